"""Issue 14.1–2 in the window: the reports page counts off the UI thread, shows the figures and
the report's charts, opens the cases behind a figure in the case list, saves the report; File ▸
Export writes the case list as filtered and the deadlines calendar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings

from desktop.services.demo import fill_demo_store
from desktop.ui.main_window import REPORTS, MainWindow
from desktop.ui.pages.report_tree import SLICE_ROLE
from desktop.ui.settings import UiSettings


@pytest.fixture
def window(qtbot, services, tmp_path):
    fill_demo_store(services.cases, 120, decisions=services.decisions)
    w = MainWindow(
        services, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(w)
    w.show()
    return w


def shown_page(qtbot, window):
    with qtbot.waitSignal(window.stack.page(REPORTS).charts_shown, timeout=15_000) as drawn:
        window.navigation.setCurrentRow(REPORTS)
    page = window.reports_page
    assert drawn.args[0] >= 1  # the charts' pages, in the view
    return page


def figure_rows(page) -> dict[tuple[str, str], str]:
    found = {}
    items = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    while items:
        item = items.pop()
        part = item.data(0, SLICE_ROLE)
        if part is not None:
            found[(part.figure, part.key)] = item.text(1)
        items += [item.child(i) for i in range(item.childCount())]
    return found


def test_the_page_shows_the_services_figures_and_their_charts(qtbot, window, services):
    page = shown_page(qtbot, window)
    expected = services.reports.summary(date(2026, 1, 1), date(2026, 11, 24))
    assert page.figures == expected
    rows = figure_rows(page)
    assert rows[("received", "")] == f"{expected['received']:,}"
    for figure in ("closed", "on_time", "late", "open_overdue", "extended"):
        # A figure of nothing lists nothing: it is not offered as a link.
        assert rows.get((figure, ""), "0") == f"{expected[figure]:,}"
    for channel, count in expected["by_channel"].items():
        assert rows[("by_channel", channel)] == f"{count:,}"
    assert page.charts.document().pageCount() >= 1
    assert page.pdf.startswith(b"%PDF")


def test_a_figure_opens_the_cases_behind_it_and_the_list_lets_it_go(qtbot, window, services):
    page = shown_page(qtbot, window)
    closed = page.figures["closed"]
    cases = window.cases_page
    with qtbot.waitSignal(
        cases.total_changed, timeout=10_000, check_params_cb=lambda n: n == closed
    ):
        assert page.open_figure("closed")
    assert window.stack.currentWidget() is cases
    assert cases.report_row.isVisible() and "Answered" in cases.report_label.text()
    assert cases.status.currentData() is None  # closed cases are listed: status "all"
    everything = services.queries.count(cases.current_filter().__class__(status="active"))
    with qtbot.waitSignal(cases.total_changed, timeout=10_000):
        cases.leave_report.click()
    assert not cases.report_row.isVisible() and cases.current_filter().report is None
    qtbot.waitUntil(lambda: cases.model.total != closed or everything == closed)


def test_a_company_and_a_shorter_period_count_again(qtbot, window, services):
    page = shown_page(qtbot, window)
    page.company.setCurrentIndex(page.company.findData("hoffmann-se"))
    page.start.setDate(page.start.date().addMonths(6))
    with qtbot.waitSignal(page.figures_shown, timeout=10_000) as counted:
        page.show_action.trigger()
    figures = counted.args[0]
    assert figures["company"] == "hoffmann-se" and figures["from"] == "2026-07-01"
    assert figures == services.reports.summary("2026-07-01", "2026-11-24", "hoffmann-se")


def test_the_report_saves_as_pdf_and_csv(qtbot, window, tmp_path):
    page = shown_page(qtbot, window)
    page._choose_file = lambda _parent, name, kind: tmp_path / f"annual.{kind}"
    page.save_pdf_button.click()
    page.save_csv_button.click()
    assert (tmp_path / "annual.pdf").read_bytes().startswith(b"%PDF")
    text = (tmp_path / "annual.csv").read_text(encoding="utf-8-sig")
    assert f"received,,{page.figures['received']}" in text
    assert "Saved the report" in page.status.text()


def test_the_case_list_exports_as_filtered_and_the_deadlines_as_a_calendar(
    qtbot, window, services, tmp_path
):
    import icalendar
    import openpyxl

    from desktop.ui import exports

    page = shown_page(qtbot, window)
    page.open_figure("on_time")
    flt = window.cases_page.current_filter()
    exports.export_case_list(window, tmp_path / "on-time.xlsx")
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=15_000)
    sheet = openpyxl.load_workbook(tmp_path / "on-time.xlsx").active
    assert sheet.max_row - 1 == services.queries.count(flt) == page.figures["on_time"]
    exports.export_deadlines(window, tmp_path / "due.ics")
    qtbot.waitUntil(lambda: "deadlines" in window.statusBar().currentMessage(), timeout=15_000)
    calendar = icalendar.Calendar.from_ical((tmp_path / "due.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == services.queries.count(flt.__class__(status="active"))
    assert all(str(e["summary"]).endswith(" due") for e in events)  # no names unless chosen
