"""`privacydesk case export FILE.csv|FILE.xlsx [filters]` and `privacydesk deadlines export
FILE.ics`: the office's own records (`case export ID --for-authority DIR` stays in cases.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.listing import CaseFilter

if TYPE_CHECKING:
    from desktop.services.desk import Services


def add_case_export_parser(csub: argparse._SubParsersAction) -> None:
    q = csub.add_parser(
        "export",
        help="the case list as FILE.csv or FILE.xlsx (with the filters below), or with "
        "--for-authority DIR one case's file for a supervisory authority (TARGET is its id)",
    )
    q.add_argument("target", metavar="TARGET", help="FILE.csv, FILE.xlsx, or a case id")
    q.add_argument("--for-authority", metavar="DIR", help="the authority's copy of case TARGET")
    q.add_argument("--status", choices=["open", "awaiting-id", "closed", "active"])
    q.add_argument("--overdue", action="store_true")
    q.add_argument("--search", default="")
    q.add_argument("--type", dest="request_type", metavar="TYPE")
    q.add_argument("--company", metavar="ID")
    q.add_argument("--channel")


def add_deadlines_parser(sub: argparse._SubParsersAction, parser_class: type) -> None:
    p = sub.add_parser("deadlines", help="the open cases' deadlines as a calendar")
    dsub = p.add_subparsers(dest="action", required=True, parser_class=parser_class,
                            metavar="ACTION")  # fmt: skip
    q = dsub.add_parser("export", help="one all-day event per open case on its due date")
    q.add_argument("file", type=Path, help="FILE.ics")
    q.add_argument(
        "--with-names",
        action="store_true",
        help="put the requester's name in each event (else only the case reference)",
    )


def case_list_export(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    flt = CaseFilter(
        status=a.status, overdue=a.overdue, text=a.search, request_type=a.request_type,
        company_id=a.company, channel=a.channel,
    )  # fmt: skip
    count = s.exports.export_cases(Path(a.target), flt)
    return {"exported": count, "file": str(a.target)}, f"Wrote {count} cases to {a.target}."


def cmd_deadlines(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    count = s.exports.export_deadlines(a.file, with_names=a.with_names)
    names = " with the requesters' names" if a.with_names else ""
    return (
        {"events": count, "file": str(a.file), "with_names": a.with_names},
        f"Wrote {count} deadlines{names} to {a.file}.",
    )
