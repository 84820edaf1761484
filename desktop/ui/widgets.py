"""Small widgets every screen uses: labels that never read markup, tables and their cells."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)


def plain_label(text: str = "", object_name: str | None = None, wrap: bool = True) -> QLabel:
    """Requester data may look like markup ("<b>"); a label must never interpret it."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def make_table(headers: list[str], stretch: int) -> QTableWidget:
    """A read-only, row-selecting table of the case file; column `stretch` takes the rest."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(column, mode)
    return table


def table_cell(text: str, top: bool = True) -> QTableWidgetItem:
    """Multi-line cells align to the top, so a row's columns read as one line."""
    item = QTableWidgetItem(text)
    vertical = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | vertical)
    return item


def fit_height(table: QTableWidget, least: int = 80) -> None:
    """A short table as tall as its rows, so the tab is not a large white void."""
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
