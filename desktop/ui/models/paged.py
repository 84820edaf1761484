"""A table model whose rows arrive a page at a time as the view scrolls: long lists stay quick."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal

from desktop.ui.models.table import Index, TableModel

PAGE = 200  # rows read per query; a screenful is some 30


class PagedTableModel(TableModel):
    """Base: subclasses say how to count and read the rows; this keeps the rows and the total.

    The view asks `canFetchMore`/`fetchMore` as it scrolls; `reload()` starts again from the
    first page (after a new filter, sort or change in the store) and announces the new total.
    """

    total_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[dict[str, Any]] = []
        self._total = 0

    # -- what a subclass provides -----------------------------------------------------------------
    def count_rows(self) -> int:
        """How many rows the current query has in all."""
        raise NotImplementedError

    def read_rows(self, offset: int, limit: int) -> list[dict[str, Any]]:
        """Up to `limit` rows of the current query, from `offset` on."""
        raise NotImplementedError

    # -- rows -------------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.count_rows()
        self._rows = self.read_rows(0, self.page_size)
        self.endResetModel()
        self.total_changed.emit(self._total)

    def row_data(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: Any) -> int:
        """The row of the entry with this id among those fetched so far; -1 if not there."""
        for row, data in enumerate(self._rows):
            if data["id"] == row_id:
                return row
        return -1

    # -- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self.read_rows(len(self._rows), self.page_size)
        if not more:  # rows went away since the count: the total was too high
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
