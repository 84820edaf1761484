"""The store on a PostgreSQL server, shared by the officers of one privacy office.

It answers to the same calls as the SQLite store (`desktop/store/db.py`), so every store module
and service runs on either. What differs is here and in `dialects.PostgreSQL`:
- A change is one transaction that first takes the store's write lock (a transaction-level
  advisory lock), as SQLite's BEGIN IMMEDIATE does: a service's checks are never stale when
  it writes, and the ledger's hash chain never forks.
- Each commit notifies the other officers' windows (LISTEN/NOTIFY); `data_version()` counts
  the changes others made.
- Errors become the officer's words (`StoreError`); no server message, which may quote a
  row's values, reaches a log or a dialog.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg
from psycopg import errors as pg_errors

from desktop.core.errors import StoreError
from desktop.store.dialects import PostgreSQL
from desktop.store.placeholders import psycopg_markers
from desktop.store.server_address import ServerAddress

CHANNEL = "privacydesk_changes"
WRITE_LOCK = 7_324_191  # pg_advisory_xact_lock key: one writer at a time, as in SQLite
LOCK_TIMEOUT = "10s"  # how long a change waits for another officer's change to finish


class ServerStore:
    """One connection to the office's store on a PostgreSQL server."""

    sql = PostgreSQL()
    path = None  # no file: backups, encryption and checkpoints are the server's
    key = None

    def __init__(self, conn: psycopg.Connection, address: ServerAddress) -> None:
        self.conn = conn
        self.address = address
        self._depth = 0
        self._batch = 0
        self._closed = False
        self._listener: psycopg.Connection | None = None
        self._others_changes = 0
        self.erasure_pending = False
        self.wrote = False
        self.login: str = self.scalar("SELECT current_user")  # the officer's database role

    def display_name(self) -> str | None:
        """The name the office registered for this login (`store officer`), if any."""
        from desktop.store.officers import display_name

        if not self.scalar("SELECT to_regclass('officers') IS NOT NULL"):
            return None  # a store before migration 18 (an officer may not migrate it)
        return display_name(self, self.login)

    # -- statements ------------------------------------------------------------------------------
    def execute(self, sql: str, params: tuple | dict | list = ()) -> psycopg.Cursor:
        try:
            return self.conn.execute(psycopg_markers(sql), params)
        except psycopg.Error as exc:
            raise _explain(exc) from None

    def execute_script(self, script: str) -> None:
        """A migration: several statements, no parameters, sent as written."""
        try:
            self.conn.execute(script)
        except psycopg.Error as exc:
            raise _explain(exc) from None

    def execute_many(self, sql: str, rows: list[tuple]) -> None:
        try:
            with self.conn.cursor() as cursor:
                cursor.executemany(psycopg_markers(sql), rows)
        except psycopg.Error as exc:
            raise _explain(exc) from None

    def rows(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.execute(sql, params)
        if cursor.description is None:
            return []
        names = [d.name for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]  # noqa: B905 - same width

    def row(self, sql: str, params: tuple | dict = ()) -> dict | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: tuple | dict = ()):  # noqa: ANN201 - any column's value
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    # -- transactions ----------------------------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many service calls in one transaction (demo data, imports); each call a savepoint."""
        with self.transaction():
            self._batch += 1
            try:
                yield
            finally:
                self._batch -= 1

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One service call = one transaction, holding the store's write lock throughout."""
        if self._batch:
            name = f"call_{self._depth}"
            self._depth += 1
            self.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self.execute(f"ROLLBACK TO SAVEPOINT {name}")
                raise
            finally:
                self._depth -= 1
            self.execute(f"RELEASE SAVEPOINT {name}")
            return
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if self.in_transaction:
            raise StoreError("a transaction is already open; services do not nest")
        # READ COMMITTED whatever the database's default: each statement sees what the writer
        # before us committed while we waited for the lock (the ledger's last link, the version).
        self.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        self._depth = 1
        try:
            self.execute("SELECT pg_advisory_xact_lock(:lock)", {"lock": WRITE_LOCK})
            yield
            self.execute("SELECT pg_notify(:channel, '')", {"channel": CHANNEL})
        except BaseException:
            self._depth = 0
            if not self.conn.closed:
                with contextlib.suppress(psycopg.Error, StoreError):
                    self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.execute("COMMIT")
        self.wrote = True

    # -- what the window asks of any store -------------------------------------------------------
    @property
    def schema_version(self) -> int:
        if self.scalar("SELECT to_regclass('schema_version') IS NOT NULL"):
            return int(self.scalar("SELECT coalesce(max(version), 0) FROM schema_version"))
        return 0

    def data_version(self) -> int:
        """Rises with each change another connection (another officer) committed.

        A listening connection that was dropped (a firewall's idle timeout, a restarted
        server) is made again at the next call; the count rises once then, since changes
        made meanwhile went unheard."""
        if self._listener is None:
            try:
                self._listener = _connect(self.address, autocommit=True)
                self._listener.execute(f"LISTEN {CHANNEL}")
            except (psycopg.Error, StoreError):
                self._drop_listener()
            return self._others_changes
        own = self.conn.info.backend_pid
        try:
            for note in self._listener.notifies(timeout=0):
                if note.pid != own:
                    self._others_changes += 1
        except psycopg.Error:
            self._drop_listener()
            self._others_changes += 1
        return self._others_changes

    def _drop_listener(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(psycopg.Error):
                self._listener.close()
        self._listener = None

    def listener_socket(self) -> int | None:
        """The socket on which other officers' changes arrive (the window watches it; it
        changes when the listening connection was made again)."""
        if self._listener is None:
            self.data_version()
        return self._listener.fileno() if self._listener is not None else None

    def attached(self) -> bool:
        return not self.conn.closed

    def reattach(self) -> None:
        """Nothing to take back: the server keeps no lock of this process's files."""

    def checkpoint(self, truncate: bool = False) -> bool:
        return True  # the server writes its own log

    def checkpoint_after_commit(self) -> None:
        """Deleted content is gone from the tables at commit; the server's disk is its own."""

    def close(self) -> None:
        if self._closed:
            return
        for conn in (self.conn, self._listener):
            if conn is not None:
                with contextlib.suppress(psycopg.Error):
                    conn.close()
        self._closed = True


def _connect(address: ServerAddress, *, autocommit: bool = True) -> psycopg.Connection:
    try:
        # Keepalives: an idle connection (the listening one) is noticed when a firewall drops it.
        conn = psycopg.connect(**address.connect_args(), autocommit=autocommit, keepalives=1,
                               keepalives_idle=60, keepalives_interval=10, keepalives_count=3)  # fmt: skip
    except psycopg.OperationalError as exc:
        raise _connection_refused(str(exc), address) from None
    except psycopg.Error as exc:
        raise _explain(exc, address) from None
    conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
    return conn


def open_server_store(address: ServerAddress, *, migrate: bool = True) -> ServerStore:
    """Connect to the store at `address`; bring its schema up to date when this role may."""
    store = ServerStore(_connect(address), address)
    if migrate:
        from desktop.store.migrations import available_migrations
        from desktop.store.migrations import migrate as run_migrations

        known = available_migrations(dialect="postgresql")
        try:
            behind = store.schema_version < known[-1][0]
            if behind and not store.scalar("SELECT has_schema_privilege('public', 'CREATE')"):
                raise StoreError(
                    f"the store on the server has an older schema ({store.schema_version}) than "
                    f"this program ({known[-1][0]}), and your login may not change it: ask its "
                    "owner to run privacydesk store init with this version"
                )
            run_migrations(store, known)
        except BaseException:
            store.close()
            raise
    return store


# libpq reports a refused connection in words only (no SQLSTATE): read the kind from them.
_REFUSALS = (
    (("database", "does not exist"), "the server %s has no such database: check the address"),
    (("role", "does not exist"), "the server %s knows no such login: ask its administrator"),
    (("password",), "the server %s did not accept your password: check the keychain or your "
                    ".pgpass"),
    (("pg_hba.conf",), "the server %s does not let this login in from this computer: ask its "
                       "administrator"),
    (("certificate",), "the server %s's certificate could not be checked: give its "
                       "certificate authority, or ask its administrator"),
    (("ssl",), "the server %s refused the encrypted connection: ask its administrator"),
)  # fmt: skip


def _connection_refused(text: str, address: ServerAddress) -> StoreError:
    said = text.lower()
    for words, message in _REFUSALS:
        if all(word in said for word in words):
            return StoreError(message % address.display())
    return StoreError(
        f"the store's server {address.display()} cannot be reached: check the address and "
        "the network"
    )


def _explain(exc: psycopg.Error, address: ServerAddress | None = None) -> BaseException:
    """The server's error in the officer's words, without the server's text (it may quote a
    row's values). A refusal by a constraint or trigger stays a program error, as in SQLite."""
    where = f" {address.display()}" if address is not None else ""
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return StoreError(
            "the server refused this change: your officer role may not make it (the audit "
            "log and the ledger only grow, letters as sent never change)"
        )
    if isinstance(exc, pg_errors.LockNotAvailable):
        return StoreError(
            "another officer's change took too long to finish; nothing was saved: try again"
        )
    if isinstance(exc, psycopg.OperationalError):
        return StoreError(
            f"the store's server{where} cannot be reached or closed the connection; nothing "
            "more was saved: check the network and try again"
        )
    if isinstance(exc, psycopg.IntegrityError):
        primary = exc.diag.message_primary or type(exc).__name__
        return type(exc)(primary)
    return exc
