"""`privacydesk store init|copy|officer` and `case assign`: a privacy office of several officers
on one PostgreSQL server (README, "A team on one server")."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.desk import Services


def add_team_store_parsers(ssub: argparse._SubParsersAction) -> None:
    q = ssub.add_parser(
        "init",
        help="make the office's store on a PostgreSQL server: the schema and the officers' role "
        "(run as the database's owner)",
    )
    q.add_argument("address", help="postgresql://owner@host/database")
    q = ssub.add_parser(
        "copy",
        help="move a store file onto a new server store, verified (counts, the ledger's head, "
        "every stored file's SHA-256)",
    )
    q.add_argument("--from", dest="source", required=True, help="the store file")
    q.add_argument("--to", dest="target", required=True, help="postgresql://owner@host/database")
    q = ssub.add_parser(
        "officer",
        help="register an officer of a server store (--db postgresql://…): their login (made "
        "when missing) and name",
    )
    q.add_argument("login", help="the officer's login on the server")
    q.add_argument("--name", required=True, help="the officer's name, as the office knows them")


def add_case_assign_parser(csub: argparse._SubParsersAction) -> None:
    q = csub.add_parser("assign", help="assign a case to an officer (audited)")
    q.add_argument("id")
    who = q.add_mutually_exclusive_group(required=True)
    who.add_argument("--to", metavar="LOGIN", help="the officer's login")
    who.add_argument("--me", action="store_true", help="to yourself")
    who.add_argument("--nobody", action="store_true", help="to nobody")


def case_assign(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    login = None if a.nobody else s.assignment.my_login() if a.me else a.to
    s.assignment.assign(case_id, login)
    reference = s.cases.case_file(case_id)["reference"]
    return {"id": case_id, "reference": reference, "assigned_to": login}, (
        f"{reference} assigned to {login}" if login else f"{reference} assigned to nobody"
    )


def store_init(address: str) -> tuple[Any, str]:
    from desktop.services.team import init_server

    found = init_server(address)
    return found, (
        f"The store on the server is ready (schema {found['schema']}); officers' role: "
        f"{found['role']}. Register each officer with: privacydesk --db {address} store "
        "officer LOGIN --name NAME"
    )


def store_officer(services: Services, a: argparse.Namespace) -> tuple[Any, str]:
    from desktop.services.team import add_officer

    found = add_officer(services, a.login, a.name)
    made = (
        " (login made: set its password on the server, e.g. psql's \\password)"
        if found["role_made"]
        else ""
    )
    return found, f"{found['name']} works as {found['login']}{made}"


def store_copy(source: Services, target: str) -> tuple[Any, str]:
    from desktop.services.team import copy_to_server

    found = copy_to_server(source, target)
    rows = sum(found["tables"].values())
    return found, (
        f"Copied {rows:,} rows in {len(found['tables'])} tables; checked: every table's count, "
        f"the ledger's head ({found['ledger']['entries']:,} entries, {found['ledger']['head']}) "
        f"and {found['files_checked']:,} stored files' SHA-256"
    )
