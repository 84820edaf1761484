"""Opening the store: WAL, foreign keys, integrity check, migrations tracked by user_version."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from desktop.resources import migrations_dir

_MIGRATION = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss"})  # fmt: skip


def german_spelling(text: str | None) -> str:
    """ "Müller" as "Mueller": indexed beside the name so both spellings find it."""
    return (text or "").translate(_GERMAN)


class StoreError(RuntimeError):
    """The store cannot be used as it is; the message says why and what to do."""


def available_migrations(folder: Path | None = None) -> list[tuple[int, Path]]:
    folder = folder or migrations_dir()
    found = []
    for path in sorted(folder.iterdir()):
        match = _MIGRATION.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise StoreError(f"migrations in {folder} are not numbered 0001, 0002, ... without gaps")
    return found


class Store:
    """One open SQLite file. Writes happen only inside `transaction()`."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self._batch = False

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many service calls in one transaction (demo data, imports); each call a savepoint."""
        with self.transaction():
            self._batch = True
            try:
                yield
            finally:
                self._batch = False

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One service call = one transaction: all of it lands, or none of it."""
        if self._batch:
            with self.db.atomic():  # a savepoint inside the batch
                yield self.db
            return
        if self.db.conn.in_transaction:
            raise StoreError("a transaction is already open; services do not nest")
        self.db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
            raise
        else:
            self.db.conn.execute("COMMIT")

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        return self.db.conn.execute(sql, params)

    def rows(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def row(self, sql: str, params: tuple | dict = ()) -> dict | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: tuple | dict = ()):  # noqa: ANN201 - any SQLite value
        row = self.db.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def close(self) -> None:
        self.db.conn.close()


def integrity_problem(path: Path) -> str | None:
    """Run the full `PRAGMA integrity_check` on its own connection (safe off the UI thread)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None if result == "ok" else str(result)


def open_store(
    path: Path | str | None, migrations: Path | None = None, *, full_check: bool = True
) -> Store:
    """Open (or create) the store at `path`; `None` opens a private in-memory store for tests.

    `full_check=False` leaves SQLite's integrity check to the caller, who runs
    `integrity_problem` in the background (the window does, so it paints first at 100,000 cases).
    """
    target = Path(path) if path not in (None, ":memory:") else None
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(target) if target else ":memory:", timeout=10)
        conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
        conn.create_function("german_spelling", 1, german_spelling, deterministic=True)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if target is not None:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError("the store's folder does not allow SQLite's write-ahead log")
            conn.execute("PRAGMA synchronous = FULL")
        # Without the full check here the caller runs `integrity_problem` itself, off the UI thread.
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] if full_check else "ok"
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{target or 'the store'} is not a Privacy Desk store or is damaged ({exc})"
        ) from None
    if ok != "ok":
        conn.close()
        raise StoreError(
            f"{target} failed SQLite's integrity check; restore it from a backup before use"
        )
    store = Store(sqlite_utils.Database(conn), target)
    _migrate(store, available_migrations(migrations))
    return store


def _migrate(store: Store, migrations: list[tuple[int, Path]]) -> None:
    current = store.schema_version
    newest = migrations[-1][0] if migrations else 0
    if current > newest:
        store.close()
        raise StoreError(
            f"this store was written by a newer Privacy Desk (schema {current}; this version "
            f"knows up to {newest}); update the program, the store was not changed"
        )
    for number, path in migrations:
        if number <= current:
            continue
        script = path.read_text(encoding="utf-8")
        # executescript would commit on its own; run each statement inside one transaction.
        with store.transaction():
            for statement in _statements(script):
                store.execute(statement)
            store.execute(f"PRAGMA user_version = {number}")


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
