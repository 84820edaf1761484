"""The window checks the store after its first paint and on demand (File ▸ Verify store):
damage and tampering are said in a message, a whole store in the status bar."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from desktop.app import build_services
from desktop.services.cases import CaseDraft, Requester
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings
from tests.raw_sql import sqlite3


def open_window(qtbot, path, clock, tmp_path):
    services = build_services(path, clock)
    window = MainWindow(
        services, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_store_altered_outside_the_program_is_said_on_verify(
    qtbot, services, store_path, clock, tmp_path, monkeypatch
):
    case = services.cases.log_case(
        CaseDraft(channel="email", received="2026-11-20", types=["unsubscribe"],
                  requester=Requester(name="Anne de Vries", email="anne@example.org"))
    )  # fmt: skip
    services.decisions.confirm_unsubscribe(case.id)
    services.close()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))

    window = open_window(qtbot, store_path, clock, tmp_path)
    window.check_store_in_background(0)
    qtbot.waitUntil(lambda: "no damage" in window.statusBar().currentMessage(), timeout=20_000)
    assert warned == []
    window.finish_background_work()
    window.services.close()
    window.close()

    conn = sqlite3.connect(store_path, isolation_level=None)
    trigger = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'suppressions_never_deleted'"
    ).fetchone()[0]
    conn.execute("DROP TRIGGER suppressions_never_deleted")
    conn.execute("DELETE FROM suppressions")
    conn.execute(trigger)
    conn.close()

    window = open_window(qtbot, store_path, clock, tmp_path)
    window.check_store_in_background(0)
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert "suppression entry" in warned[0] and case.reference in warned[0]
    assert "altered" in window.statusBar().currentMessage()
    window.finish_background_work()
    window.services.close()


def test_back_up_now_from_the_file_menu(qtbot, services, store_path, clock, tmp_path, monkeypatch):
    monkeypatch.setenv("PRIVACYDESK_BACKUP_DIR", str(tmp_path / "office-backups"))
    services.close()
    window = open_window(qtbot, store_path, clock, tmp_path)
    action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if "Back up now" in a.text()
    )
    action.trigger()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=20_000)
    assert len(list((tmp_path / "office-backups").glob("store-*.sqlite"))) == 1
    window.finish_background_work()
    window.services.close()
