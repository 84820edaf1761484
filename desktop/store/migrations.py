"""Migrations: the numbered SQL files of desktop/assets/migrations/<kind of store>/, applied in
order, each in one transaction (with the Python step that completes it, where SQL alone cannot).

A SQLite file keeps its schema's number in PRAGMA user_version, a server store in its
`schema_version` table (a row per migration, with when it was applied). The same number means
the same schema in both folders."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import StoreError
from desktop.resources import migrations_dir
from desktop.store.driver import sqlite3
from desktop.store.problems import explain

if TYPE_CHECKING:
    from desktop.store.db import Store

_MIGRATION = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available_migrations(
    folder: Path | None = None, *, dialect: str = "sqlite"
) -> list[tuple[int, Path]]:
    folder = folder or migrations_dir(dialect)
    found = []
    for path in sorted(folder.iterdir()):
        match = _MIGRATION.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise StoreError(f"migrations in {folder} are not numbered 0001, 0002, ... without gaps")
    return found


def migrate(store: Store, migrations: list[tuple[int, Path]]) -> None:
    current = store.schema_version
    newest = migrations[-1][0] if migrations else 0
    if current > newest:
        store.conn.close()
        raise StoreError(
            f"this store was written by a newer Privacy Desk (schema {current}; this version "
            f"knows up to {newest}); update the program, the store was not changed"
        )
    for number, path in migrations:
        if number <= current:
            continue
        script = path.read_text(encoding="utf-8")
        server = store.sql.name == "postgresql"
        steps = _SERVER_DATA_STEPS if server else _DATA_STEPS
        # executescript would commit on its own; run each statement inside one transaction.
        try:
            with store.transaction():
                if server and store.schema_version >= number:
                    continue  # another officer's program migrated it while this one waited
                if server:  # a function body may hold semicolons: the server splits
                    store.execute_script(script)
                else:
                    for statement in _statements(script):
                        store.execute(statement)
                if number in steps:  # what SQL alone cannot do, in the same transaction
                    steps[number](store)
                if server:
                    store.execute(
                        "INSERT INTO schema_version (version, applied_at) VALUES (:number, now())",
                        {"number": number},
                    )
                else:
                    store.execute(f"PRAGMA user_version = {number}")
        except (sqlite3.Error, StoreError) as exc:
            store.conn.close()
            problem = exc if isinstance(exc, StoreError) else explain(exc, store.path)
            if problem.user_situation:
                raise problem from None
            raise StoreError(
                f"updating the store to schema {number} failed ({type(exc).__name__}); the "
                "store was not changed",
                user_situation=False,
            ) from None
    if current < newest:
        store.checkpoint()  # a new store's header reaches the file, not only the -wal


def _seal_existing(store: Store) -> None:
    from desktop.store.ledger import seal_existing

    seal_existing(store)


def _renormalise_identifiers(store: Store) -> None:
    from desktop.store.suppression import renormalise_identifiers

    renormalise_identifiers(store)


def _add_explanations_as_data(store: Store) -> None:
    columns = {row["name"] for row in store.rows("PRAGMA table_info(cases)")}
    for column in ("deadline_words", "routing_words"):
        if column not in columns:
            store.execute(f"ALTER TABLE cases ADD COLUMN {column} TEXT")


def _add_assignment(store: Store) -> None:
    columns = {row["name"] for row in store.rows("PRAGMA table_info(cases)")}
    if "assigned_to" not in columns:
        store.execute("ALTER TABLE cases ADD COLUMN assigned_to TEXT")
    store.execute(
        "CREATE INDEX IF NOT EXISTS cases_assigned ON cases (assigned_to, current_due, id) "
        "WHERE status != 'closed'"
    )


# Migration number -> the Python step that completes it.
_DATA_STEPS = {
    11: _seal_existing,
    12: _renormalise_identifiers,
    14: _add_explanations_as_data,
    18: _add_assignment,
}
_SERVER_DATA_STEPS = {11: _seal_existing, 12: _renormalise_identifiers}  # 14: in its SQL


def migration_statements(folder: Path | None = None) -> list[str]:  # SQLite's
    """Every statement of the migrations, in order (`store verify` compares the triggers)."""
    return [
        statement
        for _number, path in available_migrations(folder)
        for statement in _statements(path.read_text(encoding="utf-8"))
    ]


def _statements(script: str) -> list[str]:
    """Split a migration into complete statements (trigger bodies contain semicolons)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
