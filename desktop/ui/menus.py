"""The main window's menu bar: File, Edit, View, Help."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

Keys = QKeySequence.StandardKey | str | None


def menu_action(menu: QMenu, text: str, slot: Callable[[], Any], keys: Keys = None) -> QAction:
    """An action in `menu`; `keys` a standard key (all the platform's bindings) or "Ctrl+F".

    Bound with setShortcuts: every overload of setShortcut builds the ~100 enums of Qt's
    namespace on first use (some 40 ms), which would fall on the window's first paint."""
    action = QAction(text, menu.parent())
    if isinstance(keys, str):
        action.setShortcuts([QKeySequence(keys)])
    elif keys is not None:
        action.setShortcuts(keys)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """The menus; the actions tests and other screens reach are kept on the window."""
    standard = QKeySequence.StandardKey
    bar = window.menuBar()
    file_menu = bar.addMenu(window.tr("&File"))
    window.new_case_action = menu_action(
        file_menu, window.tr("&New case…"), window.new_case, standard.New
    )
    window.import_action = menu_action(
        file_menu, window.tr("&Import message or scan…"), window.import_message, standard.Open
    )
    menu_action(file_menu, window.tr("New authority &inquiry…"), window.new_inquiry)
    window.batch_action = menu_action(
        file_menu, window.tr("&Print letters due today…"), window.print_letters_due, "Ctrl+Shift+P"
    )
    export_menu = file_menu.addMenu(window.tr("&Export"))
    menu_action(
        export_menu, window.tr("The &case list as shown…"), lambda: _export(window, "cases")
    )
    menu_action(
        export_menu, window.tr("&Deadlines as a calendar…"), lambda: _export(window, "deadlines")
    )
    file_menu.addSeparator()
    _store_menu(window, file_menu)
    file_menu.addSeparator()
    menu_action(file_menu, window.tr("Officer &name and function…"), window.officer_settings)
    menu_action(file_menu, window.tr("&Verify store"), lambda: window.check_store_in_background(0))
    menu_action(file_menu, window.tr("&Back up now"), lambda: window.care.back_up_now())
    menu_action(file_menu, window.tr("&Restore from a backup…"), window.restore_from_backup)
    menu_action(file_menu, window.tr("Backup &folder…"), lambda: window.care.choose_folder())
    file_menu.addSeparator()
    menu_action(file_menu, window.tr("&Quit"), window.close, standard.Quit)

    edit_menu = bar.addMenu(window.tr("&Edit"))
    window.find_action = menu_action(
        edit_menu, window.tr("&Find case…"), window.find_case, "Ctrl+F"
    )

    view_menu = bar.addMenu(window.tr("&View"))
    for number, title in enumerate(window.pages):
        menu_action(
            view_menu,
            title,
            lambda n=number: window.navigation.setCurrentRow(n),
            f"Ctrl+{number + 1}",
        )
    menu_action(view_menu, window.tr("&Refresh"), window.refresh, standard.Refresh)
    view_menu.addSeparator()
    language_menu(window, view_menu.addMenu(window.tr("&Language")))

    help_menu = bar.addMenu(window.tr("&Help"))
    menu_action(help_menu, window.tr("&About Privacy Desk"), window.about)


def _export(window: MainWindow, what: str) -> None:
    from desktop.ui import exports  # loaded with the first export, not at start

    if what == "cases":
        exports.export_case_list(window)
    else:
        exports.export_deadlines(window)


def language_menu(window: MainWindow, menu: QMenu) -> None:
    """The window's language, from the next start: the system's, or one chosen."""
    from PySide6.QtGui import QActionGroup

    from desktop.ui.language import LANGUAGES

    group = QActionGroup(menu)
    chosen = window.settings.language()
    names = {"": window.tr("As the system"), **LANGUAGES}  # each language in its own words
    for code, name in names.items():
        action = menu_action(menu, name, lambda c=code: _choose_language(window, c))
        action.setCheckable(True)
        action.setChecked(code == chosen)
        group.addAction(action)


def _choose_language(window: MainWindow, code: str) -> None:
    window.settings.set_language(code)
    window.settings.sync()
    window.statusBar().showMessage(
        window.tr("The new language applies when Privacy Desk next starts"), 10_000
    )


def _store_menu(window: MainWindow, file_menu: QMenu) -> None:
    from desktop.ui import store_files

    menu_action(file_menu, window.tr("New &store…"), lambda: store_files.choose_new_store(window))
    menu_action(
        file_menu, window.tr("&Open store…"), lambda: store_files.choose_store_to_open(window)
    )
    recent = file_menu.addMenu(window.tr("Open &recent"))
    recent.aboutToShow.connect(lambda: store_files.fill_recent(window, recent))
