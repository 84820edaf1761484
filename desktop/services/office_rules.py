"""Rules the office sets for itself, kept in the store so that every officer and the command
line follow the same: how many working days before the legal deadline its own one falls."""

from __future__ import annotations

from datetime import date

from desktop.core.companies import GroupCompany
from desktop.core.deadlines import INTERNAL_MARGIN_DAYS, MOST_MARGIN_DAYS, internal_due
from desktop.core.errors import ValidationError
from desktop.services.context import ServiceBase, ServiceContext, atomic
from desktop.store import companies as company_sql
from desktop.store import facts as fact_sql

_MARGIN = "internal_margin_working_days"


class OfficeRules(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def internal_margin(self) -> int:
        """Working days between the office's own deadline and the legal one."""
        text = fact_sql.get_fact(self.ctx.store, _MARGIN)
        return int(text) if text and text.isdigit() else INTERNAL_MARGIN_DAYS

    @atomic
    def set_internal_margin(self, days: int) -> None:
        if not isinstance(days, int) or not 0 <= days <= MOST_MARGIN_DAYS:
            raise ValidationError("margin", "give 0 to %1 working days", MOST_MARGIN_DAYS)
        before = self.internal_margin()
        if days == before:
            return
        with self.ctx.store.transaction():
            fact_sql.set_fact(self.ctx.store, _MARGIN, str(days))
            self.ctx.audit(None, "office-rule-changed", {"internal_margin": [before, days]})

    def companies(self) -> dict[str, GroupCompany]:
        """The register's companies by id, for their calendars (read here, not through the
        company register: the worklist asks at start, the register loads when first used)."""
        rows = company_sql.list_companies(self.ctx.store)
        return {r["id"]: GroupCompany.from_dict(r["data"]) for r in rows}

    def internal_due(
        self, due: date | str, company: GroupCompany, margin: int | None = None
    ) -> date:
        """The office's own deadline for a legal `due` in `company`'s calendar; `margin` the
        rule once read (a list of cases reads it once, not once per row)."""
        day = date.fromisoformat(due) if isinstance(due, str) else due
        days = self.internal_margin() if margin is None else margin
        return internal_due(day, company.calendar, days)
