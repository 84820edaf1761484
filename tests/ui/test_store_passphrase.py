"""The store's recovery passphrase in the window: chosen for a new store (twice, or a strong
one suggested and shown), asked to unlock a store the keychain does not know, and a plain
store said to be plain for as long as it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop.app import build_services
from desktop.core.errors import StoreError
from desktop.store import open_store
from desktop.store.unlock import ENV_PASSPHRASE, FromEnvironmentOr
from desktop.ui.dialogs.passphrase import NewPassphraseDialog, UnlockDialog, WindowPassphrases
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings
from tests.conftest import PASSPHRASE


def test_a_new_store_asks_for_a_passphrase_of_some_length_twice(qtbot, tmp_path):
    dialog = NewPassphraseDialog(tmp_path / "office.sqlite")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("kurz")
    dialog.again.setText("kurz")
    assert not dialog.submit()
    assert "at least 12 characters" in dialog.errors()["passphrase"]
    dialog.passphrase.setText("lang genug und geheim")
    dialog.again.setText("lang genug und anders")
    assert not dialog.submit()
    assert "differ" in dialog.errors()["again"]
    suggest = next(b for b in dialog.findChildren(type(dialog.ok_button)) if "Suggest" in b.text())
    suggest.click()
    assert dialog.passphrase.text() == dialog.again.text() and len(dialog.passphrase.text()) >= 24
    assert dialog.show_it.isChecked()  # a suggestion is shown, to be written down
    assert dialog.submit()


def test_the_window_makes_and_then_unlocks_an_encrypted_store(
    qtbot, tmp_path, clock, keychain, monkeypatch
):
    monkeypatch.delenv(ENV_PASSPHRASE)
    path = tmp_path / "office.sqlite"
    chosen = "Aktenschrank im Keller 42"

    def answer(passphrase: str) -> None:
        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, fill)
                return
            if isinstance(dialog, NewPassphraseDialog):
                dialog.again.setText(passphrase)
            dialog.passphrase.setText(passphrase)
            dialog.accept()

        QTimer.singleShot(0, fill)

    answer(chosen)
    services = build_services(path, clock, passphrases=FromEnvironmentOr(WindowPassphrases()))
    services.close()
    keychain.items.clear()  # another computer, or no keychain: the dialog asks
    seen: list[str] = []

    def wrong_then_right() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, wrong_then_right)
            return
        assert isinstance(dialog, UnlockDialog)
        seen.append(" ".join(dialog.errors().values()))
        dialog.passphrase.setText(chosen if len(seen) > 1 else "falsch falsch falsch")
        dialog.accept()
        if len(seen) == 1:
            QTimer.singleShot(0, wrong_then_right)

    QTimer.singleShot(0, wrong_then_right)
    services = build_services(path, clock, passphrases=FromEnvironmentOr(WindowPassphrases()))
    services.close()
    assert len(seen) == 2 and "does not open the store" in seen[1]
    assert len(keychain.items) == 1  # and now the keychain holds it


def test_cancelling_the_unlock_keeps_the_store_locked(qtbot, tmp_path, clock, keychain):
    path = tmp_path / "office.sqlite"
    build_services(path, clock).close()
    keychain.items.clear()

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel)
    with pytest.raises(StoreError, match="stays locked"):
        build_services(path, clock, passphrases=WindowPassphrases())


def test_a_plain_store_is_said_to_be_plain(qtbot, tmp_path, clock):
    path = tmp_path / "old.sqlite"
    open_store(path).close()  # made before encryption
    services = build_services(path, clock)
    window = MainWindow(
        services, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    window.show()
    label = window.statusBar().findChild(QLabel, "storeNotEncrypted")
    assert label is not None and label.isVisible()
    assert "store encrypt" in label.toolTip()
    window.finish_background_work()
    services.close()


def test_an_encrypted_store_is_not_said_to_be_plain(qtbot, services, tmp_path):
    window = MainWindow(
        services, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    window.show()
    assert window.statusBar().findChild(QLabel, "storeNotEncrypted") is None
    assert PASSPHRASE  # the suite's stores are all encrypted with it
    window.finish_background_work()
