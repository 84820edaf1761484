"""Read-only questions for lists: pages of cases, counts, the worklist (sorted and filtered in SQL)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.deadlines import days_left
from desktop.core.listing import CaseFilter, CaseSort
from desktop.core.worklist import DUE_SOON_DAYS, needs_id_reminder
from desktop.services.context import ServiceBase, ServiceContext
from desktop.store import search as search_sql


class CaseQueries(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def today(self) -> date:
        return self.ctx.clock.today()

    def page(
        self, flt: CaseFilter, sort: CaseSort, offset: int, limit: int
    ) -> list[dict[str, Any]]:
        rows = search_sql.list_cases(self.ctx.store, flt, sort, offset, limit, self.today())
        today = self.today()
        for row in rows:
            row["days_left"] = days_left(date.fromisoformat(row["current_due"]), today)
        return rows

    def count(self, flt: CaseFilter) -> int:
        return search_sql.count_cases(self.ctx.store, flt, self.today())

    def worklist(
        self, soon_days: int = DUE_SOON_DAYS, limit: int = 500
    ) -> dict[str, list[dict[str, Any]]]:
        """Overdue, due within `soon_days`, waiting for identification, extended."""
        sections = search_sql.worklist(self.ctx.store, self.today(), soon_days, limit)
        today = self.today()
        for rows in sections.values():
            for row in rows:
                row["days_left"] = days_left(date.fromisoformat(row["current_due"]), today)
                if row["paused_since"]:
                    row["days_waiting"] = (today - date.fromisoformat(row["paused_since"])).days
                    row["remind"] = needs_id_reminder(row["days_waiting"])
        return sections

    def worklist_counts(self, soon_days: int = DUE_SOON_DAYS) -> dict[str, int]:
        return search_sql.worklist_counts(self.ctx.store, self.today(), soon_days)

    def counts_by_status(self) -> dict[str, int]:
        return search_sql.count_cases_by_status(self.ctx.store)
