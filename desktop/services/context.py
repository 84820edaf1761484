"""What every service needs: the store, the clock and who is working."""

from __future__ import annotations

import contextlib
import functools
import getpass
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.clock import Clock
from desktop.core.errors import ChangedMeanwhile
from desktop.store import Store
from desktop.store import audit as audit_sql

CHANGED_MEANWHILE = (
    "this case was changed meanwhile (in another window or program): reload it and try again"
)
CHANGED_MEANWHILE_BY = "this case was changed meanwhile by %1: reload it and try again"

_F = TypeVar("_F", bound=Callable[..., Any])


def os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def atomic(method: _F) -> _F:
    """Run a service call in ONE transaction: its reads, checks, writes and audit entry.

    BEGIN IMMEDIATE takes the write lock before the first read, so a second process cannot
    change the case between the check and the write.
    """

    @functools.wraps(method)
    def in_one_transaction(self: Any, *args: Any, **kwargs: Any) -> Any:
        with self.ctx.store.transaction():
            self.ctx.check_expected()
            return method(self, *args, **kwargs)

    return in_one_transaction  # type: ignore[return-value]


@dataclass
class ServiceContext:
    store: Store
    clock: Clock = field(default_factory=Clock)
    officer: Callable[[], str] = os_login
    _expected: dict[int, int] = field(default_factory=dict, repr=False)

    def login(self) -> str:
        """The login this officer works under: the server's role, else the computer's."""
        return getattr(self.store, "login", None) or os_login()

    def stamp(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    @contextlib.contextmanager
    def expecting(self, case_id: int, version: int | None) -> Iterator[None]:
        """Changes made inside apply only to the case as the caller saw it (`version`).

        The window passes the version it shows; a case changed meanwhile is refused with
        CHANGED_MEANWHILE and nothing is written.
        """
        if version is None:
            yield
            return
        self._expected[case_id] = version
        try:
            yield
        finally:
            self._expected.pop(case_id, None)

    def check_expected(self) -> None:
        """Inside the transaction, first of all: is each case still as the caller saw it?"""
        while self._expected:
            case_id, seen = self._expected.popitem()  # checked once: what follows is ours
            if audit_sql.case_version(self.store, case_id) not in (seen, None):
                who = audit_sql.last_changed_by(self.store, case_id)
                if who:  # another officer, or this one in another window or program
                    raise ChangedMeanwhile("case", CHANGED_MEANWHILE_BY, who)
                raise ChangedMeanwhile("case", CHANGED_MEANWHILE)

    def audit(self, case_id: int | None, action: str, detail: dict[str, Any]) -> None:
        """Append the audit entry of the change being made (inside its transaction)."""
        self.check_expected()
        audit_sql.append_audit(self.store, self.stamp(), self.officer(), case_id, action, detail)


class ServiceBase:
    """What a window may ask of any service about its context; never the store itself."""

    ctx: ServiceContext

    def today(self) -> date:
        return self.ctx.clock.today()

    def expecting(self, case_id: int, version: int | None) -> contextlib.AbstractContextManager:
        """Changes inside apply only to the case as the caller saw it (see ServiceContext)."""
        return self.ctx.expecting(case_id, version)

    def store_path(self) -> Path | None:
        """The store's file, which no export or print-to-file may overwrite."""
        return self.ctx.store.path
