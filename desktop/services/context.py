"""What every service needs: the store, the clock and who is working."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.core.clock import Clock
from desktop.store import Store
from desktop.store import cases as case_sql


def os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class ServiceContext:
    store: Store
    clock: Clock = field(default_factory=Clock)
    officer: Callable[[], str] = os_login

    def stamp(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    def audit(self, case_id: int | None, action: str, detail: dict[str, Any]) -> None:
        """Append the audit entry of the change being made (inside its transaction)."""
        case_sql.append_audit(self.store, self.stamp(), self.officer(), case_id, action, detail)
