"""Issue 15: two officers' windows on one PostgreSQL server. A case closed by one shows closed
in the other's window within a second (LISTEN/NOTIFY, no polling); a change the other made
meanwhile is refused with that officer's name; the audit names the server's login."""

import time

import pytest
from PySide6.QtCore import QSettings
from ui_support import refused_as_changed

from desktop.app import build_services
from desktop.services.cases import CaseDraft, Requester
from desktop.services.team import add_officer, init_server
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings


@pytest.fixture
def office(pg_cluster, clock):
    """A fresh server store with two officers, Anna and Ben, each their own login."""
    database = pg_cluster.new_database()
    init_server(pg_cluster.address(database))
    admin = build_services(pg_cluster.address(database), clock)
    add_officer(admin, "anna", "Anna Berg")
    add_officer(admin, "ben", "Ben Okafor")
    admin.close()
    built = {
        login: build_services(pg_cluster.address(database, user=login), clock)
        for login in ("anna", "ben")
    }
    yield built
    for services in built.values():
        services.close()
    pg_cluster.drop_database(database)


def log(services) -> int:
    draft = CaseDraft(channel="email", received="2026-11-20", types=["access"],
                      requester=Requester(name="Anne de Vries", email="anne@example.org"))  # fmt: skip
    return services.cases.log_case(draft).id


def test_a_case_closed_by_one_officer_shows_closed_in_the_others_window(qtbot, office, tmp_path):
    anna, ben = office["anna"], office["ben"]
    case_id = log(ben)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(anna, settings)
    qtbot.addWidget(window)
    window.show()
    case_file = window.open_case(case_id)
    assert case_file.header.status_label.text().startswith("Open")
    assert window.store_watch.notifier is not None  # the server's notices, not the poll
    window.store_watch.poll_timer.stop()  # so only a notice can bring the change

    started = time.monotonic()
    ben.cases.close(case_id, {"access": "granted"})  # Ben, in his window
    qtbot.waitUntil(lambda: case_file.header.status_label.text().startswith("Closed"), timeout=1000)
    assert time.monotonic() - started < 1.0
    assert ben.cases.case_file(case_id)["audit"][-1]["who"] == "Ben Okafor (ben)"


def test_a_change_the_other_officer_made_meanwhile_is_refused_with_their_name(
    qtbot, office, tmp_path
):
    anna, ben = office["anna"], office["ben"]
    case_id = log(anna)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(anna, settings)
    qtbot.addWidget(window)
    case_file = window.open_case(case_id)
    pause = case_file.ask_for_identification()  # Anna's window shows the case open
    pause.reason.setPlainText("Identity in doubt")
    ben.cases.extend(case_id, "Data in several systems")  # meanwhile, Ben
    pause.accept()
    assert pause.isVisible() and refused_as_changed(pause)
    assert "Ben Okafor (ben)" in pause.error.text()
    assert [e["action"] for e in anna.cases.case_file(case_id)["audit"]][-1] == "case-extended"


def test_cases_are_assigned_and_the_worklist_shows_mine(qtbot, office, tmp_path):
    anna, ben = office["anna"], office["ben"]
    mine, theirs = log(anna), log(anna)
    anna.assignment.assign(mine, "anna")
    ben.assignment.assign(theirs, "ben")
    assert anna.cases.case_file(mine)["audit"][-1]["detail"] == {"before": None, "after": "anna"}
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(anna, settings)
    qtbot.addWidget(window)
    page = window.worklist_page
    qtbot.waitUntil(lambda: page.view is not None and page.view.counts["active"] == 2)
    page.only_mine.setChecked(True)
    qtbot.waitUntil(lambda: page.view.counts["active"] == 1)
    page.only_mine.setChecked(False)
    qtbot.waitUntil(lambda: page.view.counts["active"] == 2)
    assert settings.only_my_cases() is False
