"""Setting up an office's server store: the schema, the officers' role and its rights, an
officer's login, and moving an existing SQLite store onto the server, verified.

Run by whoever administers the database (its owner): the officers themselves get only the
rights their work needs. The audit log and the ledger only grow (no UPDATE, DELETE or
TRUNCATE, besides the triggers that refuse them too); a suppression entry is never deleted;
the schema and the officer register are the administrator's.
"""

from __future__ import annotations

import hashlib
from typing import Any

import psycopg
from psycopg import sql as pg_sql

from desktop.core.errors import StoreError
from desktop.store.db import Store
from desktop.store.ledger import head
from desktop.store.server import ServerStore, open_server_store
from desktop.store.server_address import ServerAddress

OFFICERS_ROLE = "privacydesk_officer"

_RIGHTS = f"""
GRANT USAGE ON SCHEMA public TO {OFFICERS_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {OFFICERS_ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {OFFICERS_ROLE};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, ledger FROM {OFFICERS_ROLE};
REVOKE UPDATE, TRUNCATE ON letters, blobs FROM {OFFICERS_ROLE};
REVOKE DELETE, TRUNCATE ON suppressions FROM {OFFICERS_ROLE};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_version, officers FROM {OFFICERS_ROLE};
"""

# SQLite's tables in an order that satisfies every foreign key, each with its key column.
COPIED_TABLES = (
    ("companies", None), ("company_versions", None), ("requesters", "id"),
    ("reference_counters", None), ("cases", "id"), ("requests", "id"), ("blobs", None),
    ("correspondence", "id"), ("attachments", "id"), ("notes", "id"), ("audit_log", "id"),
    ("case_links", None), ("registers", None), ("request_decisions", None),
    ("suppressions", "id"), ("blocked_data", "id"), ("art19_notices", "id"), ("letters", "id"),
    ("store_facts", None), ("ledger", "id"), ("authority_inquiries", None), ("officers", None),
)  # fmt: skip


def init_server_store(address: ServerAddress) -> dict[str, Any]:
    """Create (or bring up to date) the schema, and the officers' role with its rights."""
    store = open_server_store(address)
    try:
        with store.transaction():
            store.execute_script(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                f"'{OFFICERS_ROLE}') THEN CREATE ROLE {OFFICERS_ROLE} NOLOGIN; END IF; END $$;"
            )
            store.execute_script(_RIGHTS)
        return {"schema": store.schema_version, "role": OFFICERS_ROLE, "owner": store.login}
    finally:
        store.close()


def add_officer_login(store: ServerStore, login: str) -> bool:
    """Make `login` an officer: a role that may log in, member of the officers' role. Its
    password is the administrator's to set (psql's \\password), never this program's.
    True when the role was made; an existing role only joins."""
    made = not store.scalar("SELECT 1 FROM pg_roles WHERE rolname = :login", {"login": login})
    statement = "CREATE ROLE {login} LOGIN IN ROLE {role}" if made else "GRANT {role} TO {login}"
    query = pg_sql.SQL(statement).format(
        login=pg_sql.Identifier(login), role=pg_sql.Identifier(OFFICERS_ROLE)
    )
    try:
        store.conn.execute(query)
    except psycopg.errors.InsufficientPrivilege:
        raise StoreError(
            "your login may not create roles on this server: ask its administrator to run "
            "this (CREATEROLE), or to create the login and grant it privacydesk_officer"
        ) from None
    return made


def copy_to_server(source: Store, target: ServerStore) -> dict[str, Any]:
    """Every row of the SQLite store `source` into the empty server store `target`, in one
    transaction, then verified: the same rows in every table, the same ledger head, and every
    stored file's bytes against its SHA-256. Anything amiss: nothing stays on the server."""
    if source.schema_version != target.schema_version:
        raise StoreError(
            f"the file's schema ({source.schema_version}) and the server's "
            f"({target.schema_version}) differ: open the file once with this program first"
        )
    if target.scalar("SELECT count(*) FROM cases") or target.scalar("SELECT count(*) FROM ledger"):
        raise StoreError("the server's store is not empty: copy only into a new store")
    counts: dict[str, int] = {}
    with target.transaction():
        # The copy keeps each row as it was, "who" included: the audit trigger adds no login.
        target.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_who")
        target.execute("DELETE FROM companies")  # the shipped register a new store is seeded with
        target.execute("DELETE FROM registers")
        for table, key in COPIED_TABLES:
            counts[table] = _copy_table(source, target, table)
            if key:
                target.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', '{key}'), "
                    f"coalesce((SELECT max({key}) FROM {table}), 0) + 1, false)"
                )
        _copy_search_index(source, target)
        target.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_who")
        found = verify_copy(source, target, counts)
    return found


def _copy_table(source: Store, target: ServerStore, table: str) -> int:
    cursor = source.execute(f"SELECT * FROM {table}")  # noqa: S608 - our own table names
    columns = [d[0] for d in cursor.description]
    insert = (
        f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    copied = 0
    while batch := cursor.fetchmany(2000):
        target.execute_many(insert, [tuple(row) for row in batch])
        copied += len(batch)
    return copied


def _copy_search_index(source: Store, target: ServerStore) -> None:
    cursor = source.execute(
        "SELECT rowid, reference, name, email, address, subject FROM case_search"
    )
    while batch := cursor.fetchmany(2000):
        target.execute_many(
            "INSERT INTO case_search (case_id, reference, name, email, address, subject) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [tuple(row) for row in batch],
        )


def verify_copy(source: Store, target: ServerStore, copied: dict[str, int]) -> dict[str, Any]:
    """The copy against its source; StoreError (the transaction rolls back) when amiss."""
    for table in copied:
        there = target.scalar(f"SELECT count(*) FROM {table}")  # noqa: S608
        if there != copied[table] or there != source.scalar(f"SELECT count(*) FROM {table}"):  # noqa: S608
            raise StoreError(f"the copy of {table} is incomplete; nothing was kept on the server")
    ours, theirs = head(source), head(target)
    if ours != theirs:
        raise StoreError("the ledger's head differs after the copy; nothing was kept")
    checked = 0
    cursor = target.conn.cursor(name="blobs_checked")  # a server-side cursor: one file at a time
    cursor.execute("SELECT sha256, content FROM blobs")
    for sha256, content in cursor:
        if hashlib.sha256(content).hexdigest() != sha256:
            raise StoreError("a stored file's bytes differ after the copy; nothing was kept")
        checked += 1
    cursor.close()
    return {"tables": copied, "ledger": {"entries": theirs.entries, "head": theirs.chain},
            "files_checked": checked}  # fmt: skip
