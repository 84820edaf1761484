"""A first start with no store: an empty store where the officer says, or a separate demo
store marked as such; other stores are opened and made from the File menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import NotStarted, open_window
from desktop.ui.first_start import FirstStartDialog
from desktop.ui.settings import UiSettings


@pytest.fixture(autouse=True)
def _own_folders(tmp_path, monkeypatch):
    """open_window makes the log folder: here, never the user's."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))


def answer(choose) -> None:  # noqa: ANN001
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstStartDialog):
            QTimer.singleShot(20, act)
            return
        choose(dialog)

    QTimer.singleShot(0, act)


def settings_in(tmp_path: Path) -> UiSettings:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    settings.set_officer("Katrin Weiß")
    return settings


def close(window) -> None:  # noqa: ANN001
    window.finish_background_work()
    window.services.close()
    window.release_store()
    window.close()


def test_the_demo_store_is_a_file_of_its_own_and_says_so(qtbot, tmp_path):
    default = tmp_path / "data" / "privacydesk.sqlite"

    def demo(dialog: FirstStartDialog) -> None:
        dialog.demo.setChecked(True)
        dialog.accept()

    answer(demo)
    settings = settings_in(tmp_path)
    _app, window = open_window(default, [], settings, ask_first=True)
    try:
        assert window.services.is_demo() and "DEMO" in window.windowTitle()
        assert window.services.store_path() == tmp_path / "data" / "demo.sqlite"
        assert not default.exists()  # the real store was never made
        assert settings.recent_stores()[0] == tmp_path / "data" / "demo.sqlite"
    finally:
        close(window)


def test_an_empty_store_goes_where_the_officer_says(qtbot, tmp_path):
    chosen = tmp_path / "office" / "desk.sqlite"

    def empty(dialog: FirstStartDialog) -> None:
        dialog.path.setText(str(chosen))
        dialog.accept()

    answer(empty)
    _app, window = open_window(tmp_path / "default.sqlite", [], settings_in(tmp_path),
                               ask_first=True)  # fmt: skip
    try:
        assert window.services.store_path() == chosen and not window.services.is_demo()
        assert window.services.ctx.store.scalar("SELECT count(*) FROM cases") == 0
    finally:
        close(window)


def test_cancelling_the_first_start_makes_nothing(qtbot, tmp_path):
    answer(lambda dialog: dialog.reject())
    with pytest.raises(NotStarted):
        open_window(tmp_path / "privacydesk.sqlite", [], settings_in(tmp_path), ask_first=True)
    assert list(tmp_path.glob("*.sqlite*")) == []
