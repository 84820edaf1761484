"""Read-only questions for lists: pages of cases, counts, the worklist (sorted and filtered in SQL)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from desktop.core.deadlines import days_left
from desktop.core.errors import ValidationError
from desktop.core.listing import CaseFilter, CaseSort, PageKey
from desktop.core.worklist import DUE_SOON_DAYS, id_next_step
from desktop.services.context import ServiceBase, ServiceContext
from desktop.store import decisions as decision_sql
from desktop.store import reports as report_sql
from desktop.store import search as search_sql
from desktop.store import worklist as worklist_sql


class CaseQueries(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def today(self) -> date:
        return self.ctx.clock.today()

    def page(
        self, flt: CaseFilter, sort: CaseSort, offset: int, limit: int
    ) -> list[dict[str, Any]]:
        """Rows `offset` to `offset + limit`; each page reads every row before it, so a list
        that scrolls far reads with `page_after` instead."""
        rows = search_sql.list_cases(self.ctx.store, flt, sort, offset, limit, self.today())
        return self._with_days_left(rows)

    def page_after(
        self, flt: CaseFilter, sort: CaseSort, after: PageKey | None, limit: int
    ) -> list[dict[str, Any]]:
        """The `limit` rows that follow the row `after` (`PageKey.of(last_row, sort)`; None for
        the first page): keyset paging, as quick for the last page as for the first."""
        rows = search_sql.list_cases(self.ctx.store, flt, sort, 0, limit, self.today(), after=after)
        return self._with_days_left(rows)

    def key_of(self, case_id: int, sort: CaseSort) -> PageKey:
        """Where a page that starts after this case starts (`case list --after REFERENCE`)."""
        row = search_sql.case_row(self.ctx.store, case_id)
        if row is None:
            raise ValidationError("case", "no case %1", case_id)
        return PageKey.of(row, sort)

    def each(
        self,
        flt: CaseFilter,
        sort: CaseSort,
        *,
        after: PageKey | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Every case of the filter (or `limit` of them), read a thousand at a time by key:
        a caller can write out 100,000 cases without holding them."""
        rows = search_sql.iter_cases(
            self.ctx.store, flt, sort, self.today(), after=after, offset=offset, limit=limit
        )
        today = self.today()
        for row in rows:
            row["days_left"] = days_left(date.fromisoformat(row["current_due"]), today)
            yield row

    def _with_days_left(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        today = self.today()
        for row in rows:
            _as_listed(row, today)
        return rows

    def count(self, flt: CaseFilter) -> int:
        return search_sql.count_cases(self.ctx.store, flt, self.today())

    def worklist(
        self, soon_days: int = DUE_SOON_DAYS, limit: int = 500, mine: str | None = None
    ) -> dict[str, list[dict[str, Any]]]:
        """Overdue, due within `soon_days`, waiting for identification, extended (`mine`: only
        the cases assigned to that officer's login)."""
        sections = worklist_sql.worklist(self.ctx.store, self.today(), soon_days, limit, mine)
        today = self.today()
        waiting = [row["id"] for row in sections["waiting"]]
        reminded = worklist_sql.reminders_sent(self.ctx.store, waiting) if waiting else {}
        own_due = self._internal_due()
        for rows in sections.values():
            for row in rows:
                _as_listed(row, today)
                row["internal_due"] = own_due(row) if not row["paused_since"] else None
                if row["paused_since"]:
                    row["days_waiting"] = (today - date.fromisoformat(row["paused_since"])).days
                    sent = reminded.get(row["id"])
                    since = (today - date.fromisoformat(sent)).days if sent else None
                    row["reminded_on"] = sent
                    row["next_step"] = id_next_step(row["days_waiting"], since)
                    row["remind"] = row["next_step"] == "remind"
        return sections

    def _internal_due(self) -> Callable[[dict[str, Any]], str | None]:
        """The office's own deadline of a listed case, in its company's calendar (loaded
        when the worklist is read, not at start)."""
        from desktop.services.office_rules import OfficeRules

        rules = OfficeRules(self.ctx)
        companies, margin = rules.companies(), rules.internal_margin()

        def own_due(row: dict[str, Any]) -> str | None:
            company = companies.get(row["company_id"])
            if company is None:
                return None
            return rules.internal_due(row["current_due"], company, margin).isoformat()

        return own_due

    def internal_margin(self) -> int:
        from desktop.services.office_rules import OfficeRules

        return OfficeRules(self.ctx).internal_margin()

    def my_login(self) -> str:
        """Whose cases "mine" are: this officer's login (see ServiceContext.login)."""
        return self.ctx.login()

    def worklist_counts(
        self, soon_days: int = DUE_SOON_DAYS, mine: str | None = None
    ) -> dict[str, int]:
        return worklist_sql.worklist_counts(self.ctx.store, self.today(), soon_days, mine)

    def since_last_look(self, last: date, soon_days: int = DUE_SOON_DAYS) -> dict[str, int]:
        """What changed by the calendar since the officer last opened the store on `last`:
        cases that became overdue since, and cases now due within `soon_days`."""
        today = self.today()
        overdue = report_sql.became_overdue(self.ctx.store, last.isoformat(), today.isoformat())
        return {"became_overdue": overdue, "due_soon": self.worklist_counts(soon_days)["due_soon"]}

    def counts_by_status(self) -> dict[str, int]:
        return search_sql.count_cases_by_status(self.ctx.store)

    def due_for_deletion(self) -> list[dict[str, Any]]:
        """Blocked data whose retention duty has ended: to delete without a new request."""
        return decision_sql.due_for_deletion(self.ctx.store, self.ctx.clock.today())

    def count_due_for_deletion(self) -> int:
        return decision_sql.count_due_for_deletion(self.ctx.store, self.ctx.clock.today())


def _as_listed(row: dict[str, Any], today: date) -> None:
    """A row as a list shows it: the days left, and the routing's words as data (the window
    words its warning in its own language)."""
    row["days_left"] = days_left(date.fromisoformat(row["current_due"]), today)
    words = row.get("routing_words")
    row["routing_words"] = json.loads(words) if words else None
