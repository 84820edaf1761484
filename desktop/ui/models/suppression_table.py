"""The suppression register as a Qt model: entries fetched in pages, newest first, filtered in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from desktop.core.requests import RequestType
from desktop.services.suppression import SuppressionService
from desktop.ui.models.paged import PAGE, Index, PagedTableModel
from desktop.ui.palette import SAMPLE_FOREGROUND
from desktop.ui.text import channel_label, law, nice_date, type_label

# (header, row field)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Channel", "channel"),
    ("Name", "name"),
    ("Email", "email"),
    ("Phone", "phone"),
    ("Reason", "reason"),
    ("Case", "source_reference"),
    ("Effective", "effective"),
    ("Corrected", "corrected_at"),
)
CHANNEL, NAME, EMAIL, PHONE, REASON, CASE, EFFECTIVE, CORRECTED = range(len(COLUMNS))
# Short words for the table; the tooltip gives the request type and its article.
REASON_WORDS = {
    "objection-marketing": "Objection",
    "unsubscribe": "Unsubscribe",
    "withdrawal": "Withdrawal",
}


def day_text(value: str | None) -> str:
    """An ISO date or time stamp as '24 Nov 2026'; the raw text if it is neither."""
    if not value:
        return ""
    try:
        return nice_date(value)
    except ValueError:
        return value


def reason_label(value: str) -> str:
    try:
        kind = RequestType(value)
    except ValueError:
        return value
    return f"{type_label(value)} ({law(kind.basis)})"


class SuppressionTableModel(PagedTableModel):
    """Entries arrive a page at a time as the view scrolls, newest first, filtered in SQL."""

    def __init__(
        self,
        suppression: SuppressionService,
        parent: QObject | None = None,
        page_size: int = PAGE,
    ) -> None:
        super().__init__(parent, page_size)
        self._suppression = suppression
        self._text = ""
        self._channel: str | None = None
        self.reload()

    def set_query(self, text: str, channel: str | None) -> None:
        if (text, channel) != (self._text, self._channel):
            self._text, self._channel = text, channel
            self.reload()

    def count_rows(self) -> int:
        return self._suppression.count(self._text, self._channel)

    def read_rows(
        self, offset: int, limit: int, after: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        return self._suppression.search(self._text, self._channel, offset, limit)

    def entry(self, row: int) -> dict[str, Any] | None:
        return self.row_data(row)

    # -- Qt model interface ---------------------------------------------------------------------
    def header_texts(self) -> list[str]:
        return [header for header, _field in COLUMNS]

    def header_tip(self, section: int) -> str | None:
        if section == CASE:
            return self.tr("The case the entry came from")
        if section == CORRECTED:
            return self.tr("The date of the last correction; its reason is in the tooltip")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == CORRECTED:
            return QBrush(SAMPLE_FOREGROUND)
        if role == Qt.ItemDataRole.UserRole:
            return entry["id"]
        return None

    def _display(self, entry: dict[str, Any], column: int) -> str:
        field = COLUMNS[column][1]
        value = entry[field]
        if field == "channel":
            return channel_label(value)
        if field == "reason":
            return self.tr(REASON_WORDS[value]) if value in REASON_WORDS else str(value)
        if field in ("effective", "corrected_at"):
            return day_text(value)
        if field == "name":
            return " ".join(str(value).split())  # line breaks would break the row
        return "" if value is None else str(value)

    def _tooltip(self, entry: dict[str, Any], column: int) -> str | None:
        if column == NAME:
            address = entry["postal_address"] or ""
            return "\n".join(part for part in (entry["name"], address) if part)
        if column == REASON:
            return reason_label(entry["reason"])
        if column == CORRECTED and entry["corrected_at"]:
            return (
                self.tr("Corrected %1: %2")
                .replace("%1", entry["corrected_at"].replace("T", " ")[:16])
                .replace("%2", entry["correction"] or "")
            )  # fmt: skip
        if column in (EMAIL, PHONE, CHANNEL):
            return self._display(entry, column) or None
        if column == CASE:
            return (
                self.tr("Entered %1 by %2")
                .replace("%1", entry["created_at"].replace("T", " ")[:16])
                .replace("%2", entry["created_by"])
            )  # fmt: skip
        return None
