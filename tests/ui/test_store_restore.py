"""File ▸ Restore from a backup… and Backup folder…: the backup checked and described while the
store is open, then, once the window has let go of the store, restored with the store kept
aside; backups go to the folder the office chose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import app as composition
from desktop.app import build_services
from desktop.services.cases import CaseDraft, Requester
from desktop.ui import files
from desktop.ui.main_window import MainWindow
from desktop.ui.restore import describe
from desktop.ui.settings import UiSettings


def log(services, name):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received="2026-11-20",
            types=["access"],
            requester=Requester(name=name),
        )  # fmt: skip
    )


def window_on(services, tmp_path, qtbot):
    window = MainWindow(
        services, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    window.show()
    return window


def answer(button_text: str, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if button_text in b.text()).click()

    QTimer.singleShot(0, press)


def test_a_restore_chosen_in_the_window_runs_once_it_has_closed(
    qtbot, services, store_path, tmp_path, clock, monkeypatch
):
    log(services, "Jürgen Weiß")
    report = services.backups.back_up(tmp_path / "backups")
    log(services, "After The Backup")
    window = window_on(services, tmp_path, qtbot)
    monkeypatch.setattr(files, "choose_file_to_open", lambda *a, **k: Path(report["file"]))
    seen: list[str] = []
    answer("Cancel", seen)
    window.restore_from_backup()
    assert window.restore_requested is None and window.isVisible()  # cancelled: nothing
    answer("restore", seen)
    window.restore_from_backup()
    assert "1 case," in seen[1] and "nothing is deleted" in seen[1]
    plan = window.restore_requested
    assert plan is not None and not window.isVisible()
    key = services.ctx.store.key
    window.finish_background_work()
    services.close()
    window.release_store()
    said = composition._restore(plan, store_path, key)
    assert said.startswith(f"Restored from {Path(report['file']).name}; the store before")
    again = build_services(store_path, clock)
    try:
        assert again.ctx.store.scalar("SELECT count(*) FROM cases") == 1
    finally:
        again.close()
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert {p.suffix for p in kept} >= {".key"} and len(kept) >= 2  # the store and its key


def test_what_a_restore_brings_back_is_said_before_it_runs(qtbot, services, store_path, tmp_path):
    from desktop.services.backups import RestorePlan

    window = window_on(services, tmp_path, qtbot)
    plan = RestorePlan(
        Path("office-2026-12-01T090000.sqlite"),
        {"made": "2026-12-01T09:00:00", "counts": {"cases": 1200, "letters": 1, "blobs": 0},
         "ledger": {"entries": 5, "head": "ab" * 32}},
        [f"letter {n} of purged case PD-2023-0000{n}" for n in range(12)],
        None,
    )  # fmt: skip
    text = describe(window, plan)
    assert "1200 cases, 1 letter, 0 stored files" in text
    assert "Delete it again after the restore" in text and "… and 2 more" in text
    window.finish_background_work()


def test_the_backup_folder_chosen_in_the_window_is_where_backups_go(
    qtbot, services, tmp_path, monkeypatch
):
    log(services, "Anne de Vries")
    chosen = tmp_path / "share" / "privacy-backups"
    chosen.mkdir(parents=True)
    window = window_on(services, tmp_path, qtbot)
    monkeypatch.setattr(files, "choose_folder", lambda *a, **k: chosen)
    window.care.choose_folder()
    assert window.settings.backup_folder() == chosen
    window.care.back_up_now()
    # Done when the window says so: the manifest is written after the copy, under a .part name.
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=20_000)
    names = {p.suffix for p in chosen.iterdir()}
    assert names == {".sqlite", ".json", ".key"}  # the backup, its manifest, its key file
    window.finish_background_work()
