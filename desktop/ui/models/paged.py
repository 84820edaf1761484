"""A table model whose rows arrive a page at a time as the view scrolls: long lists stay quick."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal

from desktop.ui.models.table import Index, TableModel

PAGE = 200  # rows read per query; a screenful is some 30


class PagedTableModel(TableModel):
    """Base: subclasses say how to count and read the rows; this keeps the rows and the total.

    The view asks `canFetchMore`/`fetchMore` as it scrolls: there is more while the last page
    read was full, so scrolling never waits for a count. `reload()` starts again from the
    first page (after a new filter, sort or change in the store); the total follows, counted
    here or, with `count_later`, in the background (`total_changed` announces it).
    """

    total_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        # Rows are kept as tuples under one list of field names: at 100,000 rows a dict per
        # row would cost some 50 MB more. `row_data` gives a row back as a dict.
        self._names: tuple[str, ...] = ()
        self._rows: list[tuple[Any, ...]] = []
        self._last: tuple[int, dict[str, Any] | None] = (-1, None)
        self._total = 0
        self._more = False
        self._asked = 0  # which reload a count belongs to: a late count of an old filter is dropped
        # Counting every case of a filter costs more than a page: the window counts off the
        # UI thread (`count_later(counter, deliver)`, the counter given the services of that
        # thread); without it the count is made here.
        self.count_later: Callable[[Callable[[Any], int], Callable[[int], None]], None] | None = (
            None
        )

    # -- what a subclass provides -----------------------------------------------------------------
    def count_rows(self) -> int:
        """How many rows the current query has in all."""
        raise NotImplementedError

    def read_rows(
        self, offset: int, limit: int, after: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        """Up to `limit` rows of the current query from `offset` on; `after` is the last row
        read so far (None for the first page), for a subclass that pages by key."""
        raise NotImplementedError

    def counter(self) -> Callable[[Any], int]:
        """How to count the current query with the services of another thread (`count_later`);
        a model that counts only here need not say."""
        raise NotImplementedError

    # -- rows -------------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        self.beginResetModel()
        self._names, self._last = (), (-1, None)  # another query may read other fields
        self._rows = self._kept(self.read_rows(0, self.page_size, None))
        self._more = len(self._rows) == self.page_size
        self.endResetModel()
        self._asked += 1
        asked = self._asked

        def counted(total: int) -> None:
            if asked == self._asked:
                self._total = max(total, len(self._rows))
                self.total_changed.emit(self._total)

        if self.count_later is None:
            counted(self.count_rows())
        else:
            self.count_later(self.counter(), counted)

    def row_data(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < len(self._rows):
            return None
        # Qt asks for one row's cells and roles in a run: the dict of the last row is kept.
        if self._last[0] != row or self._last[1] is None:
            self._last = (row, dict(zip(self._names, self._rows[row], strict=True)))
        return dict(self._last[1])

    def _kept(self, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        if rows and not self._names:
            self._names = tuple(rows[0])
        return [tuple(row[name] for name in self._names) for row in rows]

    def row_of(self, row_id: Any) -> int:
        """The row of the entry with this id among those fetched so far; -1 if not there."""
        if not self._names:
            return -1
        at = self._names.index("id")
        for row, data in enumerate(self._rows):
            if data[at] == row_id:
                return row
        return -1

    # -- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        last = self.row_data(len(self._rows) - 1) if self._rows else None
        more = self._kept(self.read_rows(len(self._rows), self.page_size, last))
        self._more = len(more) == self.page_size
        if not more:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        if len(self._rows) > self._total:  # more than counted (cases logged meanwhile)
            self._total = len(self._rows)
            self.total_changed.emit(self._total)
