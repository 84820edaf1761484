"""Who handles which case: the office's officers (on a server store, each a database role)
and the officer a case is assigned to. Every assignment is audited, before -> after."""

from __future__ import annotations

from typing import Any

from desktop.core.errors import ValidationError
from desktop.services.context import ServiceBase, ServiceContext, atomic
from desktop.services.validation import clean_text
from desktop.store import officers as officer_sql

_LOGIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-@")


class AssignmentService(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def my_login(self) -> str:
        """The login this officer works under: the server's role, else the computer's login."""
        return self.ctx.login()

    def officers(self) -> list[dict[str, Any]]:
        """The registered officers; this officer always among them."""
        found = officer_sql.officers(self.ctx.store)
        mine = self.my_login()
        if all(o["login"] != mine for o in found):
            found.append({"login": mine, "display_name": mine})
        return found

    @atomic
    def register_officer(self, login: str, display_name: str) -> None:
        login, display_name = checked_login(login), _display_name(display_name)
        before = officer_sql.register_officer(self.ctx.store, login, display_name)
        self.ctx.audit(None, "officer-registered", {
            "login": login,
            "before": before["display_name"] if before else None,
            "after": display_name,
        })  # fmt: skip

    @atomic
    def assign(self, case_id: int, login: str | None) -> bool:
        """Assign the case to the officer `login` (None: to nobody); False when it was so
        already (nothing written)."""
        login = checked_login(login) if login else None
        before = officer_sql.assigned_to(self.ctx.store, case_id)
        if before == login:
            return False
        officer_sql.assign(self.ctx.store, case_id, login)
        self.ctx.audit(case_id, "case-assigned", {"before": before, "after": login})
        return True


def checked_login(text: str) -> str:
    login = (text or "").strip()
    if not login:
        raise ValidationError("officer", "give the officer's login")
    if len(login) > 63 or not set(login.lower()) <= _LOGIN_CHARS:
        raise ValidationError(
            "officer",
            "a login is at most 63 letters, digits and . _ - @ (the server's role name)",
        )
    return login


def _display_name(text: str) -> str:
    return clean_text("name", text, required=True, max_len=120) or ""
