"""The office's own records out of the store: the case list (as the filter shows it) as CSV or
XLSX, and the open cases' deadlines as an iCalendar file. Each file is written complete or
not at all, private to the user, never over the store itself; cells that would start a
spreadsheet formula are written as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.listing import CaseFilter, CaseSort, SortKey
from desktop.services.context import ServiceBase, ServiceContext
from desktop.services.files import (
    cannot_write,
    refuse_store_as_target,
    replaced_when_complete,
    spreadsheet_cell,
)
from desktop.services.queries import CaseQueries

# The columns of an exported case list: (heading, the row's key).
CASE_COLUMNS = (
    ("Reference", "reference"),
    ("Requester", "requester_name"),
    ("Requests", "types"),
    ("Channel", "channel"),
    ("Company", "company_name"),
    ("Company id", "company_id"),
    ("Received", "received"),
    ("Due", "current_due"),
    ("Extended", "extended"),
    ("Status", "status"),
    ("Days left", "days_left"),
)
CALENDAR_PRODUCT = "-//Privacy Desk//Deadlines//EN"


class ExportService(ServiceBase):
    def __init__(self, ctx: ServiceContext, queries: CaseQueries) -> None:
        self.ctx = ctx
        self.queries = queries

    def export_cases(self, path: Path, flt: CaseFilter | None = None) -> int:
        """The cases of `flt`, most urgent first, as .csv or .xlsx (by the file's name);
        streamed, so 100,000 cases are never held at once. Returns how many were written."""
        kind = Path(path).suffix.lower()
        if kind not in (".csv", ".xlsx"):
            raise ValidationError("file", "export to a .csv or .xlsx file")
        refuse_store_as_target(path, self.ctx.store.path)
        rows = self.queries.each(flt or CaseFilter(), CaseSort(SortKey.DUE))
        try:
            with replaced_when_complete(path, store=self.ctx.store.path) as out:
                count = _write_xlsx(out, rows) if kind == ".xlsx" else _write_csv(out, rows)
        except OSError as exc:
            raise cannot_write("file", exc) from None
        self._note_export("cases-exported", {"cases": count, "format": kind.lstrip(".")})
        return count

    def _note_export(self, action: str, detail: dict[str, object]) -> None:
        """Personal data left the store: the audit log says how much and when (not where:
        a path may name a person)."""
        with self.ctx.store.transaction():
            self.ctx.audit(None, action, detail)

    def export_deadlines(self, path: Path, with_names: bool = False) -> int:
        """One all-day event per open case on its deadline in force. The event names the case's
        reference only; `with_names` adds the requester's name (personal data in a calendar
        that may be synchronised elsewhere: the officer's choice). Returns the events written."""
        from icalendar import Calendar, Event  # on use: most commands never need it

        if Path(path).suffix.lower() != ".ics":
            raise ValidationError("file", "export to a .ics file")
        refuse_store_as_target(path, self.ctx.store.path)
        calendar = Calendar()
        calendar.add("prodid", CALENDAR_PRODUCT)
        calendar.add("version", "2.0")
        stamp = self.ctx.clock.now()
        count = 0
        for row in self.queries.each(CaseFilter(status="active"), CaseSort(SortKey.DUE)):
            due = date.fromisoformat(row["current_due"])
            event = Event()
            event.add("uid", f"{row['reference']}@privacydesk")
            event.add("dtstamp", stamp if stamp.tzinfo else stamp.astimezone())
            event.add("dtstart", due)
            event.add("dtend", due + timedelta(days=1))
            title = f"{row['reference']} due"
            if with_names:
                title += f" – {' '.join(row['requester_name'].split())}"
            event.add("summary", title)
            event.add(
                "description",
                "Response deadline (Art. 12(3) GDPR)"
                + (", extended" if row["extended"] else "")
                + f"; {row['company_name']}.",
            )
            event.add("transp", "TRANSPARENT")
            calendar.add_component(event)
            count += 1
        data = calendar.to_ical()
        try:
            with replaced_when_complete(path, store=self.ctx.store.path) as out:
                out.write(data)
        except OSError as exc:
            raise cannot_write("file", exc) from None
        self._note_export("deadlines-exported", {"events": count, "with_names": with_names})
        return count


def _cells(row: dict[str, Any]) -> list[object]:
    values: list[object] = []
    for _heading, key in CASE_COLUMNS:
        value = row.get(key)
        if key == "extended":
            value = "yes" if value else "no"
        values.append(value)
    return values


def _write_csv(out: Any, rows: Iterator[dict[str, Any]]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow([heading for heading, _key in CASE_COLUMNS])
    count = 0
    for row in rows:
        # Text that starts like a formula is neutralised; numbers ("-12" days) are numbers.
        writer.writerow([spreadsheet_cell(v) if isinstance(v, str) else v for v in _cells(row)])
        count += 1
    text.flush()
    text.detach()  # the file stays open for replaced_when_complete to finish
    return count


def _write_xlsx(out: Any, rows: Iterator[dict[str, Any]]) -> int:
    from openpyxl import Workbook  # on use: large, and only exports need it
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cases")
    sheet.freeze_panes = "A2"
    sheet.append([heading for heading, _key in CASE_COLUMNS])
    count = 0
    for row in rows:
        cells = []
        for value in _cells(row):
            if isinstance(value, str) and _looks_like_a_date(value):
                value = date.fromisoformat(value)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text: "=1+1" is never a formula
            elif isinstance(value, date | datetime):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(out)
    return count


def _looks_like_a_date(text: str) -> bool:
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
