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

APP_ID = "io.github.privacydesk.PrivacyDesk"  # desktop entry, icon, AppStream metainfo


def create_application(argv: list[str], log_folder: Path | None = None) -> QApplication:
    """The QApplication, refused on a PySide6 build that leaks None; errors become messages."""
    app = QApplication.instance() or QApplication(argv)
    if leaky_none_refcount():
        raise RuntimeError(LEAK_MESSAGE)
    app.setApplicationName("Privacy Desk")
    app.setOrganizationName("PrivacyDesk")
    # The desktop entry's id: Wayland and the docks show the entry's name and icon.
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", "privacydesk.png")
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
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


def use_language(app: QApplication, chosen: str) -> str:
    """The window's language (ui/language.py): the officer's choice, else the system's."""
    from desktop.ui.language import install_language

    return install_language(app, chosen)


def ask_first_start(store: Path, demo: Path) -> tuple[Path, bool] | None:
    """No store yet: an empty one (where) or the demo store (ui/first_start.py)."""
    from desktop.ui.first_start import ask_first_start as ask

    return ask(store, demo)


def window_passphrases() -> _WindowPassphrases:
    return _WindowPassphrases()


def show_fatal(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "Privacy Desk", message)
