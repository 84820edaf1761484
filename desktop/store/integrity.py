"""Is the store whole? A quick look on every open, SQLite's full check on demand.

The full check reads every page (seconds at 100,000 cases): the window runs it on another
thread after its first paint and stops it when the window closes; `store verify` runs it in
the foreground.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.core.ledger import StoreCheck
from desktop.store.driver import StoreKey, connect_read_only, sqlite3
from desktop.store.problems import explain


def quick_damage_check(conn: sqlite3.Connection) -> None:
    """Read what every use of the store reads first: the schema (page 1 and the pages it
    names) and the first row of every table (from the table itself, not an index), so a
    damaged top of the file is refused on open. Milliseconds at any size; `IntegrityCheck`
    reads every page."""
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
    ).fetchall()
    for (name,) in tables:
        quoted = name.replace('"', '""')
        conn.execute(f'SELECT * FROM "{quoted}" NOT INDEXED LIMIT 1').fetchall()


class IntegrityCheck:
    """`PRAGMA integrity_check` on a read-only connection of its own; `cancel()` from any
    thread stops it (then `run` returns None and `cancelled` is True)."""

    def __init__(self, path: Path, key: StoreKey | None = None) -> None:
        self.path = path
        self.key = key
        self.cancelled = False
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def run(self) -> str | None:
        """What is damaged, or None. A store that cannot be read at all (busy, gone) raises
        StoreError with its own message, never a claim of damage."""
        conn = self._read_only()
        with self._lock:
            if self.cancelled:  # before it began: nothing to stop
                conn.close()
                return None
            self._conn = conn
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result == "ok" and self.key is not None:  # every page's HMAC, free ones too
                pages = conn.execute("PRAGMA cipher_integrity_check").fetchmany(5)
                result = "; ".join(str(row[0]) for row in pages) or "ok"
        except sqlite3.DatabaseError as exc:
            if self.cancelled:
                return None
            problem = explain(exc, self.path)
            if problem.damaged:
                return str(exc)
            raise problem from None
        finally:
            with self._lock:
                self._conn = None
            conn.close()
        return None if result == "ok" else str(result)

    def run_checks(self) -> StoreCheck | None:
        """The full check and then the tamper checks (store/tamper.py), on the same read-only
        connection; None when cancelled."""
        damage = self.run()
        if self.cancelled:
            return None
        if damage is not None:
            return StoreCheck(damage=damage)
        from desktop.store.db import Store
        from desktop.store.tamper import tampering

        conn = self._read_only()
        with self._lock:
            self._conn = conn
        try:
            found = tampering(Store(conn, None), cancelled=lambda: self.cancelled)
        except sqlite3.Error as exc:
            if self.cancelled:
                return None
            raise explain(exc, self.path) from None
        finally:
            with self._lock:
                self._conn = None
            conn.close()
        return None if self.cancelled else StoreCheck(altered=tuple(map(str, found)))

    def _read_only(self) -> sqlite3.Connection:
        """A read-only connection of its own (another thread may cancel what it runs)."""
        try:
            return connect_read_only(self.path, self.key, timeout=10, check_same_thread=False)
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from None

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


def integrity_problem(path: Path, key: StoreKey | None = None) -> str | None:
    """The full check, here and now (`privacydesk store verify`)."""
    return IntegrityCheck(path, key).run()
