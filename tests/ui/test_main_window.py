"""The first window: opens on a store and shows its cases, filters and searches in SQL."""

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.services.cases import CaseDraft, Requester
from desktop.ui.main_window import MainWindow
from desktop.ui.palette import OVERDUE
from desktop.ui.settings import UiSettings


@pytest.fixture
def settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def log(services, name, **kw):
    base = dict(channel="email", received="2026-11-20", types=["access"])
    base.update(kw)
    return services.cases.log_case(CaseDraft(requester=Requester(name=name), **base))


@pytest.fixture
def window(qtbot, services, settings):
    log(services, "Anne de Vries")
    log(services, "Jürgen Müller", channel="letter", types=["erasure"], received="2026-10-01")
    log(services, 'Bob <b>"bold"</b>  &  co', types=["objection-marketing"])
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.show()
    return w


def column_texts(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_window_lists_the_cases_of_the_store(window):
    model = window.cases_page.model
    assert model.rowCount() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal)  # the first column: the reference
    assert column_texts(model, 0) == [model.row_data(r)["reference"] for r in range(3)]
    names = column_texts(model, 1)
    assert "Jürgen Müller" in names
    assert 'Bob <b>"bold"</b> & co' in names  # markup shown as text, spaces folded
    # Sorted by due date: the October letter is first, and overdue.
    assert column_texts(model, 0)[0] == "PD-2026-000002"
    first = model.row_data(0)
    assert first["days_left"] == -22 and "22" in model.index(0, 7).data().split()
    assert model.index(0, 7).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert first["channel"] == "letter" and model.row_data(1)["channel"] == "email"
    assert model.index(0, 3).data() != model.index(1, 3).data()  # the letter reads otherwise


def test_search_and_filters_narrow_the_list(window, qtbot):
    page = window.cases_page
    page.search.setText("mull")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 1).data() == "Jürgen Müller"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.channel.setCurrentIndex(page.channel.findData("letter"))
    assert page.model.rowCount() == 1
    page.channel.setCurrentIndex(0)
    page.request_type.setCurrentIndex(page.request_type.findData("objection-marketing"))
    assert page.model.rowCount() == 1
    page.request_type.setCurrentIndex(0)
    page.overdue.setChecked(True)
    assert column_texts(page.model, 0) == ["PD-2026-000002"]


def test_sorting_happens_in_sql(window):
    model = window.cases_page.model
    window.cases_page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, 1)[0] == "Jürgen Müller"
    window.cases_page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, 1)[0] == "Anne de Vries"


def test_rows_are_fetched_in_pages(qtbot, services, settings):
    from desktop.services.demo import fill_demo_store

    fill_demo_store(services.cases, 450)
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    page = w.cases_page
    with qtbot.waitSignal(page.model.total_changed, timeout=10_000) as counted:
        page.status.setCurrentIndex(0)  # all statuses
    assert counted.args == [450]  # counted off the UI thread, after the first page showed
    assert page.model.rowCount() == 200
    assert page.model.canFetchMore(page.model.index(-1, -1))
    page.model.fetchMore(page.model.index(-1, -1))
    assert page.model.rowCount() == 400
    page.model.fetchMore(page.model.index(-1, -1))
    assert page.model.rowCount() == 450 and not page.model.canFetchMore(page.model.index(-1, -1))
    ids = [page.model.case_id(row) for row in range(450)]
    assert len(set(ids)) == 450  # pages by key: no row twice, none left out


def test_window_state_is_remembered(qtbot, services, settings):
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.cases_page.table.horizontalHeader().resizeSection(0, 171)
    w.close()
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert again.cases_page.table.horizontalHeader().sectionSize(0) == 171
