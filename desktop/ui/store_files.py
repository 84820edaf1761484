"""File ▸ New store…, Open store… and Open recent: the window closes and opens again on the
other store (desktop/app.py, run_window), each store with its own key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop.ui.dialogs.open_store import OpenStoreDialog
    from desktop.ui.main_window import MainWindow


def switch_to(window: MainWindow, path: Path | str) -> None:
    if path == window.services.store_location():
        window.statusBar().showMessage(window.tr("That store is open already"), 5000)
        return
    window.next_store = path
    window.close()


def choose_new_store(window: MainWindow) -> None:
    from desktop.ui.files import choose_file_to_save

    chosen, _ = choose_file_to_save(
        window, window.tr("A new, empty store"), "privacydesk.sqlite",
        window.tr("Privacy Desk stores (*.sqlite)"),
    )  # fmt: skip
    if chosen is None:
        return
    chosen = chosen if chosen.suffix else chosen.with_suffix(".sqlite")
    if chosen.exists():
        window.statusBar().showMessage(
            window.tr("%1 exists already: File ▸ Open store… opens it").replace("%1", chosen.name),
            10_000,
        )
        return
    switch_to(window, chosen)


def choose_store_to_open(window: MainWindow) -> OpenStoreDialog:
    """A store file, or the office's store on a server (File ▸ Open store…)."""
    from desktop.ui.dialogs.open_store import OpenStoreDialog

    dialog = OpenStoreDialog(
        window.services.store_location(), window.services.queries.my_login(), window
    )
    dialog.accepted.connect(lambda: switch_to(window, dialog.chosen))
    dialog.open()
    return dialog


def fill_recent(window: MainWindow, menu: QMenu) -> None:
    """The stores opened last (those still there), read when the menu opens."""
    from desktop.ui.menus import menu_action

    menu.clear()
    current = window.services.store_location()
    shown = [
        p
        for p in window.settings.recent_stores()
        if p != current and (isinstance(p, str) or p.exists())
    ]
    for path in shown:
        menu_action(menu, str(path), lambda p=path: switch_to(window, p))
    if not shown:
        menu.addAction(window.tr("No other store yet")).setEnabled(False)
