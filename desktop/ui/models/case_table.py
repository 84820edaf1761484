"""The case list as a Qt model: fetched from the store in pages, sorted and filtered in SQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont

from desktop.core.cases import CaseStatus
from desktop.core.listing import CaseFilter, CaseSort, PageKey, SortKey
from desktop.core.requests import Channel
from desktop.core.worklist import Urgency, urgency
from desktop.services.queries import CaseQueries
from desktop.ui.explanations import routing_text
from desktop.ui.models.paged import Index, PagedTableModel
from desktop.ui.palette import MUTED, days_left_colour
from desktop.ui.text import days_left_text, enum_label, nice_date, type_labels

# (header, sort key, row field)
COLUMNS: tuple[tuple[str, SortKey, str], ...] = (
    ("Reference", SortKey.REFERENCE, "reference"),
    ("Requester", SortKey.REQUESTER, "requester_name"),
    ("Requests", SortKey.TYPES, "types"),
    ("Channel", SortKey.CHANNEL, "channel"),
    ("Company", SortKey.COMPANY, "company_name"),
    ("Received", SortKey.RECEIVED, "received"),
    ("Due", SortKey.DUE, "current_due"),
    ("Left", SortKey.DUE, "days_left"),
    ("Status", SortKey.STATUS, "status"),
)
COL_LEFT = 7
COL_STATUS = 8


class CaseTableModel(PagedTableModel):
    """Rows arrive a page at a time as the view scrolls; nothing loads all 100,000 cases."""

    def __init__(
        self,
        queries: CaseQueries,
        parent: QObject | None = None,
        count_later: Callable[[Callable[[Any], int], Callable[[int], None]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.count_later = count_later
        self._queries = queries
        self._filter = CaseFilter()
        self._sort = CaseSort(SortKey.DUE)
        self._bold = QFont()
        self._bold.setBold(True)
        self.reload()

    # -- what to show -------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, flt: CaseFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def count_rows(self) -> int:
        return self._queries.count(self._filter)

    def read_rows(
        self, offset: int, limit: int, after: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        # By key, not offset: the 500th page reads as little as the first.
        key = PageKey.of(after, self._sort) if after is not None else None
        return self._queries.page_after(self._filter, self._sort, key, limit)

    def counter(self) -> Callable[[Any], int]:
        flt = self._filter  # the filter of this reload, not of a later one
        return lambda services: services.queries.count(flt)

    def case_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return data["id"] if data else None

    # -- Qt model interface ---------------------------------------------------------------------
    def header_texts(self) -> list[str]:
        return [header for header, _key, _field in COLUMNS]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        sort = CaseSort(key, order == Qt.SortOrder.DescendingOrder)
        if sort != self._sort:
            self._sort = sort
            self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        column = index.column()
        closed = row["status"] == CaseStatus.CLOSED.value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, closed)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4 and row["routing_warning"]:
                return routing_text(row.get("routing_words"), row["routing_warning"], "warning")
            if column in (1, 2):
                return self._display(row, column, closed)
        if role == Qt.ItemDataRole.ForegroundRole:
            if closed:
                return QBrush(MUTED)
            if column == COL_LEFT:
                return QBrush(days_left_colour(row["days_left"]))
        if role == Qt.ItemDataRole.FontRole and column == COL_LEFT and not closed:
            return self._bold if urgency(row["days_left"]) is not Urgency.CALM else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def _display(self, row: dict[str, Any], column: int, closed: bool) -> str:
        field = COLUMNS[column][2]
        value = row[field]
        if field == "types":
            return type_labels(value)
        if field == "channel":
            return enum_label(Channel, value)
        if field == "status":
            label = enum_label(CaseStatus, value)
            return label + (self.tr(" · extended") if row["extended"] and not closed else "")
        if field == "days_left":
            return "" if closed else days_left_text(value)
        if field in ("received", "current_due"):
            return nice_date(value)
        if field == "requester_name":
            return " ".join(value.split())  # line breaks and tabs would break the row
        return str(value)
