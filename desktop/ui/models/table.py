"""The base of every table model: its header, translated, with a tooltip where one helps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """Subclasses name their columns in `header_texts()`; a header tooltip in `header_tip()`."""

    def header_texts(self) -> Sequence[str]:
        raise NotImplementedError

    def header_tip(self, section: int) -> str | None:
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.header_texts())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.header_texts()[section]
            return self.tr(text) if text else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None
