"""The office's figures for a period: what arrived, what was answered and how fast, what is
overdue, how cases were handled. For `privacydesk report`, the reports page and its PDF."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.companies import GroupCompany
from desktop.core.errors import ValidationError
from desktop.core.reports import median_days, percentile_days, share
from desktop.services import validation as v
from desktop.services.context import ServiceBase, ServiceContext
from desktop.services.files import spreadsheet_cell, write_file
from desktop.store import reports as report_sql


class ReportService(ServiceBase):
    def __init__(self, ctx: ServiceContext, known_company: Callable[[str], GroupCompany]) -> None:
        self.ctx = ctx
        self._known_company = known_company  # raises ValidationError for an unknown id

    def period(
        self, start: str | date | None = None, end: str | date | None = None
    ) -> tuple[date, date]:
        """The report's days: from 1 January of this year to today unless given; `end` no
        earlier than `start`. A case counts as answered on the day it was closed."""
        today = self.today()
        first = v.parse_date("from", start, required=False) or date(today.year, 1, 1)
        last = v.parse_date("to", end, required=False) or today
        if last < first:
            raise ValidationError("to", "%1 lies before the start of the period (%2)", last, first)
        return first, last

    def summary(
        self,
        start: str | date | None = None,
        end: str | date | None = None,
        company: str | None = None,
    ) -> dict[str, Any]:
        """The figures as plain data (the JSON of `privacydesk report --json`)."""
        return self.combine(
            self.by_receipt(start, end, company), self.by_answer(start, end, company)
        )

    # The figures come in two halves, each one connection's work: the window counts them on
    # two at once (a year at 100,000 cases reads some 100,000 index entries for each).
    def by_receipt(
        self, start: str | date | None, end: str | date | None, company: str | None
    ) -> dict[str, Any]:
        """What arrived in the period, and what was open at its end."""
        store, a, b = self._asked(start, end, company)
        return {
            "from": a, "to": b, "company": company,
            "arrived": report_sql.received(store, a, b, company),
            "open_overdue": report_sql.open_overdue(store, b, company),
            "backlog_by_age": report_sql.backlog_by_age(store, b, company),
            "checks": report_sql.checks_and_extensions(store, a, b, company),
            "suppressed": report_sql.suppressions_added(store, a, b, company),
        }  # fmt: skip

    def by_answer(
        self, start: str | date | None, end: str | date | None, company: str | None
    ) -> dict[str, Any]:
        """What was answered in the period, how fast, and with what outcome."""
        store, a, b = self._asked(start, end, company)
        return {
            "answered": report_sql.answered(store, a, b, company),
            "outcomes": report_sql.outcomes(store, a, b, company),
            "handled": report_sql.blocked_and_notified(store, a, b, company),
        }

    def _asked(
        self, start: str | date | None, end: str | date | None, company: str | None
    ) -> tuple[Any, str, str]:
        first, last = self.period(start, end)
        if company:
            self._known_company(company)
        return self.ctx.store, first.isoformat(), last.isoformat()

    @staticmethod
    def combine(receipt: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
        """The report's figures from its two halves."""
        arrived, answered = receipt["arrived"], answer["answered"]
        closed, on_time = answered["closed"], answered["on_time"]
        pauses = receipt["checks"]["identity_pauses"]
        checked = sum(pauses.values())
        suppressed = receipt["suppressed"]
        return {
            "from": receipt["from"],
            "to": receipt["to"],
            "company": receipt["company"],
            "received": arrived["total"],
            "closed": closed,
            "on_time": on_time,
            "late": closed - on_time,
            "open_overdue": receipt["open_overdue"],
            "share_on_time": share(on_time, closed),
            "within_one_month": answered["within_one_month"],
            "share_within_one_month": share(answered["within_one_month"], closed),
            "within_extended": answered["within_extended"],
            "share_within_extended": share(answered["within_extended"], closed),
            "median_days": median_days(answered["days"]),
            "p90_days": percentile_days(answered["days"], 90),
            "extended": arrived["extended"],
            "by_month": arrived["by_month"],
            "by_channel": arrived["by_channel"],
            "by_company": arrived["by_company"],
            "by_language": arrived["by_language"],
            "by_type": _by_type(arrived["by_type"], answer["outcomes"]),
            "backlog_by_age": receipt["backlog_by_age"],
            "identity_checked": checked,
            "share_identity_checked": share(checked, arrived["total"]),
            "median_pause_days": median_days({d: n for d, n in pauses.items() if d > 0}),
            "extension_reasons": receipt["checks"]["extension_reasons"],
            "blocked": answer["handled"]["blocked"],
            "art19_notices": answer["handled"]["art19_notices"],
            "suppressions_added": suppressed["total"],
            "suppressions_by_month": suppressed["by_month"],
            "suppressions_by_channel": suppressed["by_channel"],
        }

    def pdf(
        self, figures: dict[str, Any], say: Callable[[str], str] | None = None, period: str = ""
    ) -> bytes:
        """The printable report with its charts (letters/report.py), named after the company
        when the figures are one company's; in English unless `say` words it otherwise."""
        from desktop.letters.report import report_pdf

        office = self._known_company(figures["company"]).name if figures["company"] else ""
        names = {c: self._known_company(c).name for c in figures["by_company"]}
        return report_pdf(figures, office, names, say or (lambda text: text), period)

    def export_pdf(
        self,
        path: Path,
        figures: dict[str, Any],
        say: Callable[[str], str] | None = None,
        period: str = "",
    ) -> None:
        """The printable report, written complete or not at all."""
        if Path(path).suffix.lower() != ".pdf":
            raise ValidationError("pdf", "export to a .pdf file")
        write_file(path, self.pdf(figures, say, period), "pdf", self.ctx.store.path)

    def export_csv(self, path: Path, figures: dict[str, Any]) -> int:
        """The figures as CSV rows (figure, key, value): one row per number, safe for
        spreadsheets, written complete or not at all. Returns the rows written."""
        if Path(path).suffix.lower() != ".csv":
            raise ValidationError("csv", "export to a .csv file")
        rows = list(_rows(figures))
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["figure", "key", "value"])
        writer.writerows([spreadsheet_cell(c) for c in row] for row in rows)
        write_file(path, ("\ufeff" + out.getvalue()).encode("utf-8"), "csv", self.ctx.store.path)
        return len(rows)


def _by_type(
    received: dict[str, int], outcomes: dict[str, dict[str, int]]
) -> dict[str, dict[str, Any]]:
    """Per request type: how many arrived in the period, and the outcomes given in it."""
    kinds = sorted(set(received) | set(outcomes))
    return {k: {"received": received.get(k, 0), "outcomes": outcomes.get(k, {})} for k in kinds}


def _rows(figures: dict[str, Any]) -> Iterator[tuple[str, str, object]]:
    for name, value in figures.items():
        if name == "by_type":
            for kind, entry in value.items():
                yield name, f"{kind} received", entry["received"]
                for outcome, count in entry["outcomes"].items():
                    yield name, f"{kind} {outcome}", count
        elif isinstance(value, dict):
            for key, count in value.items():
                yield name, str(key), count
        else:
            yield name, "", "" if value is None else value
