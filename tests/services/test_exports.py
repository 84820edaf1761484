"""Issue 14.2: the case list as CSV and XLSX (the filter's cases, safe for spreadsheets) and the
open cases' deadlines as iCalendar (no personal data unless chosen)."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest
from icalendar import Calendar

from desktop.core.errors import ValidationError
from desktop.core.listing import CaseFilter
from desktop.services.cases import CaseDraft, Requester

HOSTILE = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture
def cases(services):
    ids = []
    for name, received in (("Anne de Vries", "2026-11-02"), (HOSTILE, "2026-11-10"),
                           ("Jürgen Weiß", "2026-10-01")):  # fmt: skip
        person = Requester(name=name, email="a@example.org", language="nl")
        draft = CaseDraft(requester=person, channel="email", received=received, types=["access"])
        ids.append(services.cases.log_case(draft).id)
    services.cases.close(ids[2], {"access": "granted"}, on="2026-10-20")
    return ids


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_case_list_as_csv_and_xlsx_holds_the_same_values(services, cases, tmp_path):
    assert services.exports.export_cases(tmp_path / "cases.csv") == 3
    assert services.exports.export_cases(tmp_path / "cases.xlsx") == 3
    table = read_csv(tmp_path / "cases.csv")
    sheet = openpyxl.load_workbook(tmp_path / "cases.xlsx")["Cases"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert table[0] == rows[0] and table[0][:3] == ["Reference", "Requester", "Requests"]
    for text_row, cells in zip(table[1:], rows[1:], strict=True):
        shown = [
            v.isoformat()[:10] if isinstance(v, date) else "" if v is None else str(v)
            for v in cells
        ]
        assert [t.removeprefix("'") for t in text_row] == shown
    # A name that is a formula stays text: an apostrophe in the CSV, a text cell in the XLSX.
    hostile = next(r for r in table if HOSTILE in r[1])
    assert hostile[1] == "'" + HOSTILE
    cell = next(row[1] for row in sheet.iter_rows() if row[1].value == HOSTILE)
    assert cell.data_type == "s"
    assert all(not str(r[10]).startswith("'") for r in table[1:])  # days left: numbers


def test_the_export_follows_the_filter(services, cases, tmp_path):
    written = services.exports.export_cases(tmp_path / "open.csv", CaseFilter(status="active"))
    assert written == 2
    assert {r[9] for r in read_csv(tmp_path / "open.csv")[1:]} == {"open"}


def test_the_deadlines_calendar_names_no_one_unless_asked(services, cases, tmp_path):
    assert services.exports.export_deadlines(tmp_path / "due.ics") == 2  # the open cases
    calendar = Calendar.from_ical((tmp_path / "due.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    open_cases = [services.cases.case_file(i) for i in cases[:2]]
    assert {(str(e["summary"]), e["dtstart"].dt) for e in events} == {
        (f"{c['reference']} due", date.fromisoformat(c["current_due"])) for c in open_cases
    }
    assert all(str(e["uid"]).endswith("@privacydesk") for e in events)
    assert b"Anne" not in (tmp_path / "due.ics").read_bytes()
    services.exports.export_deadlines(tmp_path / "named.ics", with_names=True)
    named = Calendar.from_ical((tmp_path / "named.ics").read_bytes())
    assert any("Anne de Vries" in str(e["summary"]) for e in named.walk("VEVENT"))


def test_a_wrong_file_or_the_store_itself_is_refused(services, cases, tmp_path):
    for call, name in ((services.exports.export_cases, "cases.txt"),
                       (services.exports.export_deadlines, "due.csv")):  # fmt: skip
        with pytest.raises(ValidationError) as refused:
            call(tmp_path / name)
        assert refused.value.field == "file"
        assert not (tmp_path / name).exists()
    if services.ctx.store.path is not None:  # a server store has no file of its own
        with pytest.raises(ValidationError):
            services.exports.export_cases(services.ctx.store.path)


def test_the_command_line_exports(run, tmp_path):
    code, _out, _err = run("case", "add", "--channel", "email", "--received", "2026-11-02",
                           "--type", "access", "--name", "Anne de Vries",
                           "--email", "anne@example.org")  # fmt: skip
    assert code == 0
    code, out, _err = run("case", "export", str(tmp_path / "all.xlsx"), "--status", "active")
    assert code == 0 and "Wrote 1 cases" in out
    assert openpyxl.load_workbook(tmp_path / "all.xlsx")["Cases"].max_row == 2
    code, out, _err = run("deadlines", "export", str(tmp_path / "due.ics"), "--json")
    assert code == 0 and '"events": 1' in out
    code, _out, err = run("case", "export", str(tmp_path / "all.pdf"))
    assert code == 2 and "csv or .xlsx" in err
