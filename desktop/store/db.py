"""Opening the store: WAL, foreign keys, a quick look for damage, migrations by user_version.

SQLite's full integrity check reads every page (seconds at 100,000 cases): it runs on demand
(`privacydesk store verify`) and in the window's background after the first paint, never on
every open. Opening looks only at what every use needs first: the schema and the top of each
table. Damage met later is reported as damage (StoreError, damaged=True), never as a crash.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import StoreError
from desktop.private_files import PRIVATE_FOLDER, private_file
from desktop.store.dialects import SQLiteSQL
from desktop.store.driver import StoreKey, apply_key, sqlite3
from desktop.store.integrity import quick_damage_check
from desktop.store.no_checkpoint import no_checkpoint_on_close
from desktop.store.problems import StoreCutOff, explain, refuse_non_store, undecryptable

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 10_000  # how long a change waits for another program's write to finish
_log = logging.getLogger(__name__)

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss"})  # fmt: skip

__all__ = ["Store", "StoreCutOff", "StoreError", "open_store"]


def german_spelling(text: str | None) -> str:
    """ "Müller" as "Mueller": indexed beside the name so both spellings find it."""
    return (text or "").translate(_GERMAN)


def _connect(
    target: Path | None, key: StoreKey | None = None, *, new_file: bool = False
) -> sqlite3.Connection:
    conn = sqlite3.connect(str(target) if target else ":memory:", timeout=BUSY_TIMEOUT_MS / 1000)
    conn.isolation_level = None  # we issue BEGIN/COMMIT ourselves
    apply_key(conn, key, new_file=new_file)  # before anything reads the file
    conn.create_function("german_spelling", 1, german_spelling, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted content (an ID copy) is overwritten, not left in free pages of the file.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    if target is not None:
        # Closing must never checkpoint-and-delete the WAL: if this process's POSIX locks were
        # dropped behind SQLite's back, another process would delete a WAL still in use.
        # Checkpoints are explicit (Store.checkpoint, on close).
        if not no_checkpoint_on_close(conn, target):
            _log.warning("could not keep SQLite from deleting the -wal on close")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError("the store's folder does not allow SQLite's write-ahead log")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


class Store:
    """One open SQLite file. Writes happen only inside `transaction()`.

    The server store (`desktop/store/server.py`) answers to the same calls."""

    sql = SQLiteSQL()  # the pieces of SQL that differ between the kinds of store
    address = None  # a server's address; a file store has its `path`

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None, key: StoreKey | None = None
    ) -> None:
        self.conn = conn
        self.key = key  # None: a plain store (made before encryption) or an in-memory one
        self._db: sqlite_utils.Database | None = None
        self.path = path
        self._batch = False
        self._depth = 0
        self._closed = False
        self._checkpoint_after_commit = False
        self.erasure_pending = False  # deleted content may still be in the -wal
        self.wrote = False  # committed a change: close() then checkpoints
        self._files = self._log_files()

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection, made when first asked for: a batch's savepoints
        need it, a window's first paint does not (its import costs some 80 ms)."""
        if self._db is None or self._db.conn is not self.conn:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # -- the guard against a WAL deleted under us ------------------------------------------------
    def _log_files(self) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
        if self.path is None:
            return None
        self.scalar("SELECT count(*) FROM sqlite_master")  # a read makes -wal and -shm exist
        return (_identity(Path(f"{self.path}-wal")), _identity(Path(f"{self.path}-shm")))

    def attached(self) -> bool:
        """False when this connection's -wal or -shm is no longer the file on disk.

        That happens when this process's locks were dropped (anything in the process opened
        and closed the store file) and another process then deleted the log: our writes
        would go to a deleted file.
        """
        return self._files is None or self._files == (
            _identity(Path(f"{self.path}-wal")),
            _identity(Path(f"{self.path}-shm")),
        )

    def reattach(self) -> None:
        """Close and reopen the connection: takes this process's locks afresh.

        Safe whenever no transaction is open; the window calls it after every file dialog.
        """
        if self.path is None or self.conn.in_transaction:
            return
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        try:
            conn = _connect(self.path, self.key)
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from None
        self.conn = conn
        self._files = self._log_files()

    # -- transactions ----------------------------------------------------------------------------
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
    def transaction(self) -> Iterator[None]:
        """One service call = one transaction: all of it lands, or none of it.

        A service that reads, checks and writes holds the transaction throughout (BEGIN
        IMMEDIATE takes the write lock first), so no check is stale when it writes. Inner
        `transaction()` blocks of the same call join the outer one.
        """
        if self._batch:
            with self.db.atomic():  # a savepoint inside the batch
                yield
            return
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if self.conn.in_transaction:
            raise StoreError("a transaction is already open; services do not nest")
        if not self.attached():
            _log.warning("store log files replaced under this process; reconnecting")
            self.reattach()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from None
        self._depth = 1
        try:
            yield
        except BaseException as exc:
            self._depth = 0
            self._checkpoint_after_commit = False
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # never hide the first error
                    self.conn.execute("ROLLBACK")
            # Full disk, I/O, busy, read-only: in the officer's words. A constraint or trigger
            # refusal (IntegrityError) stays as it is: it is the program's error, not theirs.
            if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.IntegrityError):
                raise explain(exc, self.path) from None
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise explain(exc, self.path) from None
        self.wrote = True
        if self._checkpoint_after_commit:
            self._checkpoint_after_commit = False
            self.erasure_pending = True
            self.checkpoint(truncate=True)
        if not self.attached():
            self.reattach()
            raise StoreCutOff(
                "another program took the store's log file while this change was saved, so it "
                "may be lost: look at the case again and repeat the change if it is missing"
            )

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            raise _as_damage(exc, self.path) from None

    def execute_many(self, sql: str, rows: list[tuple]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.DatabaseError as exc:
            raise _as_damage(exc, self.path) from None

    def rows(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description]
        try:
            found = cursor.fetchall()
        except sqlite3.DatabaseError as exc:
            raise _as_damage(exc, self.path) from None
        return [dict(zip(names, row)) for row in found]  # noqa: B905 - one cursor, same width

    def row(self, sql: str, params: tuple | dict = ()) -> dict | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: tuple | dict = ()):  # noqa: ANN201 - any SQLite value
        try:
            row = self.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:
            raise _as_damage(exc, self.path) from None
        return row[0] if row else None

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def data_version(self) -> int:
        """Changes when another connection (another window, the command line) commits."""
        return int(self.scalar("PRAGMA data_version"))

    def checkpoint(self, truncate: bool = False) -> bool:
        """Copy committed work from the -wal into the store file; True when all of it went.

        An erasure still waiting (see `checkpoint_after_commit`) is retried here as TRUNCATE.
        """
        if self.path is None or self.conn.in_transaction:
            return False
        if truncate or self.erasure_pending:
            return self._truncate_checkpoint()
        with contextlib.suppress(sqlite3.OperationalError):  # busy: the next one will do
            busy, log, done = self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return not busy and log == done
        return False

    def _truncate_checkpoint(self) -> bool:
        # A reader elsewhere may hold the -wal: wait a moment, never the full busy timeout
        # (the window must not freeze); an erasure that could not finish is retried later.
        self.conn.execute("PRAGMA busy_timeout = 300")
        try:
            busy, _log, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            busy = 1
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        if not busy:
            self.erasure_pending = False
        return not busy

    def checkpoint_after_commit(self) -> None:
        """Empty the -wal once the current transaction has committed (after deleting content
        that must not survive anywhere, such as an ID copy). Until that succeeds,
        `erasure_pending` stays True and every `checkpoint()` tries again."""
        self._checkpoint_after_commit = True

    def close(self) -> None:
        """Checkpoint (so the store file alone holds everything) and close; twice is fine.

        A connection that only read leaves the -wal alone: a checkpoint counts as a change for
        every other connection (PRAGMA data_version), and the window would reload all it
        shows after each background read."""
        if self._closed:
            return
        if self.path is not None and (self.wrote or self.erasure_pending) and self.attached():
            self.checkpoint(truncate=True)
        self.conn.close()
        self._closed = True


def _as_damage(exc: sqlite3.DatabaseError, path: Path | None) -> BaseException:
    """A damaged page met while reading becomes the store's damage message; any other error
    (a constraint, a busy store inside a transaction) stays what it is."""
    problem = explain(exc, path)
    return problem if problem.damaged else exc


def open_store(
    path: Path | str | None,
    migrations: Path | None = None,
    *,
    full_check: bool = False,
    key: StoreKey | None = None,
) -> Store:
    """Open (or create) the store at `path`; `None` opens a private in-memory store for tests.

    `key` (from `desktop.store.unlock`) opens an encrypted store, and makes a new one
    encrypted; without it the file is plain SQLite (a store made before encryption).

    Opening checks quickly (`quick_damage_check`); `full_check=True` adds SQLite's full
    integrity check, which reads the whole file (seconds at 100,000 cases): the window runs
    `IntegrityCheck` in the background instead, the command line on demand (`store verify`).
    An existing file that is not a store is refused, never replaced.
    """
    target = Path(path) if path not in (None, ":memory:") else None
    if target is not None:
        refuse_non_store(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        except OSError as exc:
            raise explain(exc, target) from None
    ours = _log_files_we_would_make(target)
    new_file = target is None or not target.exists() or target.stat().st_size == 0
    conn = None
    try:
        conn = _connect(target, key, new_file=new_file)
        quick_damage_check(conn)
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] if full_check else "ok"
    except sqlite3.Error as exc:
        _give_up(conn, ours)
        if key is not None and target is not None:
            raise undecryptable(exc, target) from None
        raise explain(exc, target) from None
    if ok != "ok":
        _give_up(conn, ours)
        raise StoreError(
            f"{target} failed SQLite's integrity check; restore it from a backup before use",
            damaged=True,
        )
    store = Store(conn, target, key)
    if target is not None:  # a store made before files were private, and its logs
        for file in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            private_file(file)
    from desktop.store.migrations import available_migrations, migrate

    migrate(store, available_migrations(migrations))
    return store


def _log_files_we_would_make(target: Path | None) -> list[Path]:
    if target is None:
        return []
    return [f for f in (Path(f"{target}-wal"), Path(f"{target}-shm")) if not f.exists()]


def _give_up(conn: sqlite3.Connection | None, ours: list[Path]) -> None:
    """A store refused is left as it was found: no -wal or -shm of ours beside it."""
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    for made in ours:
        with contextlib.suppress(OSError):
            made.unlink()
