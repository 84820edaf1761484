"""What every change to a case shares: load it, check the day, write fields and the audit entry."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.companies import GroupCompany
from desktop.core.deadlines import Deadline, response_deadline
from desktop.core.errors import ValidationError
from desktop.services import validation as v
from desktop.services.companies import CompanyRegister
from desktop.services.context import ServiceContext
from desktop.store import cases as case_sql
from desktop.store import inquiries as inquiry_sql


def load_case(ctx: ServiceContext, case_id: int) -> dict[str, Any]:
    """The case row with its requester's details, or ValidationError when there is none."""
    case = case_sql.get_case(ctx.store, case_id)
    if case is None:
        raise ValidationError("case", "no case with id %1", case_id)
    return case


def action_date(
    ctx: ServiceContext, on: str | date | None, case: dict[str, Any], field: str = "date"
) -> date:
    """The day something was done in a case: today when not given, never before it arrived
    and never in the future."""
    today = ctx.clock.today()
    day = v.parse_date(field, on, required=False) or today
    if day > today:
        raise ValidationError(field, "%1 lies in the future", day)
    if day < date.fromisoformat(case["received"]):
        raise ValidationError(field, "lies before the request was received")
    return day


class CaseChanges:
    """The base of CaseService: the store, the company register, and one audited change."""

    def __init__(self, ctx: ServiceContext, register: CompanyRegister) -> None:
        self.ctx = ctx
        self.register = register

    def deadline_for(self, received: date, company: GroupCompany, paused_days: int = 0) -> Deadline:
        return response_deadline(received, company.calendar, paused_days)

    def _case(self, case_id: int) -> dict[str, Any]:
        return load_case(self.ctx, case_id)

    def _deadline(self, case: dict[str, Any], paused_days: int | None = None) -> Deadline:
        self._refuse_for_inquiry(case)
        company = self.register.company_as_handled(case["company_id"], case["company_version"])
        days = case["paused_days"] if paused_days is None else paused_days
        return self.deadline_for(date.fromisoformat(case["received"]), company, days)

    def _refuse_for_inquiry(self, case: dict[str, Any]) -> None:
        """An authority's inquiry keeps the deadline the authority set: nothing works it out
        again (extension, pause, transfer, another received date)."""
        if inquiry_sql.get_inquiry(self.ctx.store, case["id"]) is not None:
            raise ValidationError(
                "deadline",
                "the authority set this inquiry's deadline; record a new date it grants instead",
            )

    def _action_date(self, on: str | date | None, case: dict[str, Any]) -> date:
        return action_date(self.ctx, on, case)

    def _change(
        self, case: dict[str, Any], action: str, fields: dict[str, Any], extra: dict[str, Any]
    ) -> None:
        with self.ctx.store.transaction():
            self._apply(case, action, fields, extra)

    def _apply(
        self, case: dict[str, Any], action: str, fields: dict[str, Any], extra: dict[str, Any]
    ) -> None:
        """Write `fields` and the audit entry (before -> after); the caller holds the transaction."""
        changes = {k: [case.get(k), val] for k, val in fields.items() if case.get(k) != val}
        if fields:
            case_sql.update_case(
                self.ctx.store, case["id"], {**fields, "updated_at": self.ctx.stamp()}
            )
        self.ctx.audit(case["id"], action, {"changes": changes, **extra})
