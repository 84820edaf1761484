"""The application object: refused on a PySide6 build that would abort, styled, and with
every unexpected error turned into a message (ui/safety.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path
from desktop.ui.safety import (
    LEAK_MESSAGE,
    MainThreadGarbageCollector,
    install_error_handler,
    leaky_none_refcount,
)


def create_application(argv: list[str], log_folder: Path | None = None) -> QApplication:
    """The QApplication, refused on a PySide6 build that leaks None; errors become messages."""
    app = QApplication.instance() or QApplication(argv)
    if leaky_none_refcount():
        raise RuntimeError(LEAK_MESSAGE)
    app.setApplicationName("Privacy Desk")
    app.setOrganizationName("PrivacyDesk")
    qss = resource_path("style.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    if log_folder is not None:
        install_error_handler(log_folder, _show_error)
    app.garbage_collector = MainThreadGarbageCollector()  # lives as long as the application
    return app


def _show_error(text: str) -> None:
    parent = QApplication.activeWindow()
    from PySide6.QtWidgets import QMessageBox  # on the first error: not at start-up

    QMessageBox.warning(parent, "Privacy Desk", text)


class _WindowPassphrases:
    """The store's recovery passphrase, asked in dialogs (desktop.store.unlock.Passphrases).
    The dialogs load only when asked for: a start with the keychain needs none of them."""

    def current(self, keyfile: Path, failed: int) -> str:
        from desktop.ui.dialogs.passphrase import WindowPassphrases

        return WindowPassphrases().current(keyfile, failed)

    def new(self, store: Path) -> str:
        from desktop.ui.dialogs.passphrase import WindowPassphrases

        return WindowPassphrases().new(store)


def window_passphrases() -> _WindowPassphrases:
    return _WindowPassphrases()


def show_fatal(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "Privacy Desk", message)
