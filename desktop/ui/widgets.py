"""Small widgets every screen uses: labels that never read markup, tables and their cells."""

from __future__ import annotations

# QtCore.Qt, not Qt: the namespace builds ~100 enums when first touched (some 40 ms); a
# start-up that paints before it does not pay for them.
from PySide6 import QtCore
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain_label(text: str = "", object_name: str | None = None, wrap: bool = True) -> QLabel:
    """Requester data may look like markup ("<b>"); a label must never interpret it."""
    label = QLabel(text)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def read_only_rows(view: QTableView, row_height: int = 0) -> None:
    """A table one reads and picks a row from, never edits; no row numbers."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    if row_height:  # one line a row: the full text of a cut cell is in its tooltip
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(row_height)


def make_table(
    headers: list[str], stretch: int, widths: tuple[int, ...] = (), row_height: int = 0
) -> QTableWidget:
    """A read-only, row-selecting table of the case file; column `stretch` takes the rest.

    `widths` sizes the first columns (0 leaves one as it is); with `row_height` each row is
    one line of that height (the page scrolls, not the table; a cut cell's text is its tooltip).
    """
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    read_only_rows(table)
    table.setWordWrap(True)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setDefaultAlignment(
        QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter
    )
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(column, mode)
    for column, width in enumerate(widths):
        if width:
            header.resizeSection(column, width)
    table.setProperty("least_widths", list(widths))
    if row_height:
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(row_height)
    return table


def fit_columns(table: QTableWidget, most: int = 360) -> None:
    """After filling: each sized column at least as wide as its header and its cells
    (German words are long), never narrower than made, never wider than `most`."""
    header = table.horizontalHeader()
    least = list(table.property("least_widths") or [])
    for column in range(table.columnCount()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        base = least[column] if column < len(least) else 0
        needed = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        header.resizeSection(column, max(base, min(most, needed)))


def table_cell(text: str, top: bool = True) -> QTableWidgetItem:
    """Multi-line cells align to the top, so a row's columns read as one line."""
    item = QTableWidgetItem(text)
    vertical = QtCore.Qt.AlignmentFlag.AlignTop if top else QtCore.Qt.AlignmentFlag.AlignVCenter
    item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | vertical)
    return item


def fit_height(table: QTableWidget, least: int = 80) -> None:
    """A short table as tall as its rows, so the tab is not a large white void (its columns
    fitted first: their widths set the rows' heights)."""
    fit_columns(table)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(max(height, least) + 2)


def bold_font(font: QFont, grow: int = 0) -> QFont:
    """A bold copy of `font`, `grow` points larger (headings inside a window)."""
    font = QFont(font)
    font.setBold(True)
    if grow:
        font.setPointSizeF(font.pointSizeF() + grow)
    return font


def push_button(text: str, tooltip: str = "") -> QPushButton:
    """A button that Enter in a form never presses by accident (no auto-default)."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    if tooltip:
        button.setToolTip(tooltip)
    return button


def stacked(
    *items: QWidget | QLayout | tuple[QWidget | QLayout, int],
    margins: int = 0,
    spacing: int = 6,
    layout: QBoxLayout | None = None,
) -> QBoxLayout:
    """Widgets and layouts one under another (or in `layout`); (item, stretch) stretches it."""
    box = layout if layout is not None else QVBoxLayout()
    box.setContentsMargins(margins, margins, margins, margins)
    box.setSpacing(spacing)
    for item in items:
        part, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(part, QLayout):
            box.addLayout(part, stretch)
        else:
            box.addWidget(part, stretch)
    return box
