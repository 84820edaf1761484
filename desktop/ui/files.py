"""Every file and print dialog of the window: they never read the files they list.

Why: SQLite's locks are POSIX locks, held per process and per file. Qt's own file dialog
sniffs each listed file's content for its type and icon; opening and closing the store file
(or its -wal/-shm) that way drops all of this process's locks on it, and another process
(the command line) may then delete the WAL that still holds the window's committed work.
So these dialogs name types by extension only, start in the documents folder, and announce
when they close (`dialog_events.closed`), after which the window takes its locks afresh.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileInfo, QMimeDatabase, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFileIconProvider,
    QWidget,
)

from desktop.ui.dialog_events import dialog_events

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from the file name alone: never opens a file to look inside."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()
        system = QFileIconProvider()
        self._file = system.icon(QAbstractFileIconProvider.IconType.File)
        self._folder = system.icon(QAbstractFileIconProvider.IconType.Folder)
        self._system = system

    def icon(self, which: object) -> QIcon:  # both overloads: IconType, QFileInfo
        if isinstance(which, QFileInfo):
            return self._folder if which.isDir() else self._file
        return self._system.icon(which)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        mime = self._mime.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or "File"


def _start_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def file_dialog(parent: QWidget | None, title: str, filters: str, start: str = "") -> QFileDialog:
    """A QFileDialog that cannot drop the store's locks (see the module's docstring)."""
    dialog = QFileDialog(parent, title, start or _start_folder(), filters)
    if sys.platform != "win32":  # Windows locks are not POSIX locks; elsewhere Qt's own dialog
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(NameOnlyIcons())
    dialog.finished.connect(lambda _result: dialog_events.closed.emit())
    dialog.resize(880, 540)  # names, sizes and dates readable, not cut to "36…iB"
    return dialog


def choose_file_to_open(
    parent: QWidget | None, title: str, filters: str, start: str = ""
) -> Path | None:
    dialog = file_dialog(parent, title, filters, start)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    dialog = file_dialog(parent, title, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def choose_file_to_save(
    parent: QWidget | None, title: str, suggested: str, filters: str
) -> tuple[Path | None, str]:
    """The chosen path (None when cancelled) and the name filter chosen with it."""
    dialog = file_dialog(parent, title, filters, str(Path(_start_folder()) / suggested))
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None, ""
    return Path(dialog.selectedFiles()[0]), dialog.selectedNameFilter()


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """The print dialog; its "print to file" browses with Qt's own file dialog, so the window
    takes its store locks afresh when it closes."""
    from PySide6.QtPrintSupport import QPrintDialog  # loads with the first print, not at start

    try:
        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted
    finally:
        dialog_events.closed.emit()
