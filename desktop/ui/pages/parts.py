"""What the register pages share: a title with help, actions with shortcuts and their buttons,
a status line, a read-only list view, and exports that run off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StoreError, ValidationError
from desktop.services.desk import Services
from desktop.ui.ops import Ops
from desktop.ui.refusals import refusal_text
from desktop.ui.widgets import read_only_rows, stacked


def page_heading(title: str, help_text: str) -> tuple[QHBoxLayout, QLabel]:
    """The row with the page's title (add its buttons to it) and the help under it."""
    label = QLabel(title)
    label.setObjectName("pageTitle")
    help_label = QLabel(help_text)
    help_label.setWordWrap(True)
    head = QHBoxLayout()
    head.addWidget(label)
    head.addStretch(1)
    return head, help_label


def status_line() -> QLabel:
    """The line that says what an action did (exported to…, imported…); hidden until then."""
    line = QLabel()
    line.setObjectName("statusLine")
    line.setWordWrap(True)
    line.hide()
    return line


def page_action(page: QWidget, name: str, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
    """An action whose shortcut works while the page (or a child) has the focus."""
    action = QAction(text, page, shortcut=QKeySequence(keys))
    action.setObjectName(name)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    page.addAction(action)
    return action


def shortcut_tooltip(action: QAction) -> str:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{action.text().rstrip('…')} ({keys})"


def action_button(action: QAction, object_name: str | None = None) -> QPushButton:
    button = QPushButton(action.text())
    button.setObjectName(object_name or action.objectName())
    button.setToolTip(shortcut_tooltip(action))
    button.clicked.connect(lambda _checked=False: action.trigger())
    return button


def list_view(model: QAbstractItemModel, object_name: str) -> QTableView:
    """A read-only list of one-line rows; one row is selected at a time."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    read_only_rows(table, row_height=28)
    return table


class _Readable(QObject):
    """Keeps the named columns of a list readable: they share the room left while there is
    enough; below `least` pixels each they keep that width and the list scrolls sideways."""

    def __init__(self, table: QTableView, columns: tuple[int, ...], least: int) -> None:
        super().__init__(table)
        self._table = table
        self._columns = columns
        self._least = least
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in self._columns and not header.isSectionHidden(c)
        )
        room = self._table.viewport().width() - others
        mode = (
            QHeaderView.ResizeMode.Stretch
            if room >= self._least * len(self._columns)
            else QHeaderView.ResizeMode.Interactive
        )
        for column in self._columns:
            header.setSectionResizeMode(column, mode)
            if mode is QHeaderView.ResizeMode.Interactive:
                header.resizeSection(column, self._least)


def keep_readable(table: QTableView, columns: tuple[int, ...], least: int = 160) -> None:
    """Names and request types never squeezed to a few letters in a narrow window."""
    _Readable(table, columns, least).fit()


class RegisterPage(QWidget):
    """A page of one register: a status line, actions with shortcuts, and exports that run off
    the UI thread when the window gives `ops` (else here and now, for scripts and tests)."""

    exported = Signal(int)  # entries written, once the file is complete

    def __init__(self, ops: Ops | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.status_line = status_line()

    def _action(self, name: str, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
        return page_action(self, name, text, keys, slot)

    def _lay_out(self, *parts: QWidget | QLayout | tuple[QWidget | QLayout, int]) -> None:
        """The page's parts one under another, as every register page has them."""
        layout = stacked(*parts, spacing=8, layout=QVBoxLayout(self))
        layout.setContentsMargins(12, 10, 12, 10)

    def _show_status(self, text: str) -> None:
        self.status_line.setText(text)
        self.status_line.show()

    def _export(
        self,
        background: Callable[[Services], int],
        here: Callable[[], int],
        done: Callable[[int], None],
        failed: Callable[[Exception], None],
        progress: str,
    ) -> int | None:
        """None when it runs in the background (`done` follows); else the count, or None."""

        def finished(count: int) -> None:
            done(count)
            self.exported.emit(count)

        if self._ops is not None:
            self._ops.run(
                background,
                finished,
                parent=self,
                progress=progress,
                on_failure=failed,
                writes=True,  # its audit entry
            )
            return None
        try:
            count = here()
        except (ValidationError, StoreError) as exc:
            failed(exc)
            return None
        finished(count)
        return count


def failure_text(exc: Exception) -> str:
    return refusal_text(exc) if isinstance(exc, ValidationError) else str(exc)
