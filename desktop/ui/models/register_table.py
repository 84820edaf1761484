"""The processing register's three lists as Qt models: purposes, recipients, retention rules."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from desktop.core.processing import ProcessingRegister
from desktop.core.register_names import name_in
from desktop.core.retention import retention_end
from desktop.ui.models.table import Index, TableModel
from desktop.ui.palette import MUTED
from desktop.ui.text import channel_label, law, nice_date, plural, window_language

PURPOSES, RECIPIENTS, RETENTION = "purposes", "recipients", "retention"
KINDS = (PURPOSES, RECIPIENTS, RETENTION)

# The channel in a word for the table; the tooltip gives the full label.
_SHORT_CHANNELS = {
    "post": QT_TRANSLATE_NOOP("RegisterTableModel", "Post"),
    "email": QT_TRANSLATE_NOOP("RegisterTableModel", "Email"),
    "phone": QT_TRANSLATE_NOOP("RegisterTableModel", "Telephone"),
    "profiling": QT_TRANSLATE_NOOP("RegisterTableModel", "Profiling"),
    "newsletter": QT_TRANSLATE_NOOP("RegisterTableModel", "Newsletter"),
}


@dataclass(frozen=True)
class RegisterColumn:
    header: str
    value: Callable[[dict[str, Any]], str]
    width: int = 0  # 0: stretch
    tooltip: str = ""


def _channel(value: str | None) -> str:
    return channel_label(value) if value else "—"


def _short_channel(value: str | None) -> str:
    short = _SHORT_CHANNELS.get(value or "")
    return QCoreApplication.translate("RegisterTableModel", short) if short else "—"


def _named(item: dict[str, Any], key: str = "name") -> str:
    """The entry's name in the window's language where the register has one (for letters it
    keeps nl and de names beside the English one)."""
    return name_in(item[key], tuple((item.get("names") or {}).items()), window_language())


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


COLUMNS: dict[str, tuple[RegisterColumn, ...]] = {
    PURPOSES: (
        RegisterColumn("Name", lambda p: _named(p)),
        RegisterColumn("Legal basis", lambda p: law(p["legal_basis"]), 190),
        RegisterColumn(
            "Statement §", lambda p: p["section"], 64, "Section of the privacy statement"
        ),
        RegisterColumn("Recipients", lambda p: p["_recipient_names"]),
        RegisterColumn(
            "Art. 21(1)",
            lambda p: _yes_no(p["objection"]),
            84,
            "Based on legitimate interests: the person may object (Art. 21(1) GDPR)",
        ),
        RegisterColumn(
            "Consent",
            lambda p: _yes_no(p["consent"]),
            76,
            "Based on consent: the person may withdraw it (Art. 7(3) GDPR)",
        ),
        RegisterColumn("Channel", lambda p: _short_channel(p.get("channel")), 110),
    ),
    RECIPIENTS: (
        RegisterColumn("Name", lambda r: _named(r)),
        RegisterColumn("Kind", lambda r: r["kind"], 160),
        RegisterColumn("Used by", lambda r: r["_used_by"], 110),
        RegisterColumn("ID", lambda r: r["id"], 160),
    ),
    RETENTION: (
        RegisterColumn("Country", lambda r: r["country"], 80),
        RegisterColumn("Documents", lambda r: _named(r, "label")),
        RegisterColumn(
            "Years",
            lambda r: str(r["years"]),
            70,
            "Counted from the end of the year in which the document arose",
        ),
        RegisterColumn("Legal basis", lambda r: law(r["legal_basis"])),
    ),
}


class RegisterTableModel(TableModel):
    """One list of the register; a few dozen rows at most, so it is read whole."""

    def __init__(
        self,
        kind: str,
        read: Callable[[], ProcessingRegister],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = COLUMNS[kind]
        self._read = read
        self._rows: list[dict[str, Any]] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        data = self._read().to_dict()
        if self.kind == PURPOSES:
            self._rows = self._purpose_rows(data)
        elif self.kind == RECIPIENTS:
            self._rows = self._recipient_rows(data)
        else:
            self._rows = list(data[RETENTION])
        self.endResetModel()

    def item(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: str) -> int:
        for row, item in enumerate(self._rows):
            if item["id"] == item_id:
                return row
        return -1

    def count_text(self, count: int | None = None, kind: str | None = None) -> str:
        """'14 purposes': the rows of this list, or `count` entries of another `kind`."""
        count = len(self._rows) if count is None else count
        kind = kind or self.kind
        if kind == PURPOSES:
            return plural(count, self.tr("1 purpose"), self.tr("%1 purposes"))
        if kind == RECIPIENTS:
            return plural(count, self.tr("1 recipient"), self.tr("%1 recipients"))
        return plural(count, self.tr("1 retention rule"), self.tr("%1 retention rules"))

    # -- rows, read from the register -----------------------------------------------------------
    @staticmethod
    def _purpose_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
        names = {r["id"]: _named(r) for r in data[RECIPIENTS]}
        rows = []
        for purpose in data[PURPOSES]:
            recipients = [names.get(r, r) for r in purpose["recipients"]]
            rows.append({
                **purpose,
                "_recipient_names": "; ".join(recipients) or "—",
                "_tooltip": {
                    0: _named(purpose),
                    3: "\n".join(recipients),
                    6: _channel(purpose.get("channel")),
                },
            })  # fmt: skip
        return rows

    def _recipient_rows(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        rows = []
        for recipient in data[RECIPIENTS]:
            users = [_named(p) for p in data[PURPOSES] if recipient["id"] in p["recipients"]]
            rows.append({
                **recipient,
                "_used_by": self.count_text(len(users), PURPOSES) if users else "—",
                "_tooltip": {2: "\n".join(users)},
            })  # fmt: skip
        return rows

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def header_texts(self) -> list[str]:
        return [column.header for column in self.columns]

    def header_tip(self, section: int) -> str | None:
        tip = self.columns[section].tooltip
        return self.tr(tip) if tip else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        text = self.columns[index.column()].value(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(text) if text in ("Yes", "No") else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.get("_tooltip", {}).get(index.column()) or text or None
        if role == Qt.ItemDataRole.ForegroundRole and text in ("—", "No"):
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.UserRole:
            return item["id"]
        return None

    # -- the selected entry in full -------------------------------------------------------------
    def details_html(self, row: int) -> str:
        """Long names and recipient lists are cut in the table: the entry in full, or ''."""
        item = self.item(row)
        if item is None:
            return ""
        if self.kind == PURPOSES:
            title = _named(item)
            facts = [
                law(item["legal_basis"]),
                self.tr("statement § %1").replace("%1", item["section"] or "—"),
                self.tr("Art. 21(1) objection applies")
                if item["objection"]
                else self.tr("no Art. 21(1) objection"),
                self.tr("consent, may be withdrawn") if item["consent"] else self.tr("no consent"),
                self.tr("channel: %1").replace("%1", _channel(item.get("channel"))),
            ]
            more = self.tr("Recipients: %1").replace("%1", item["_recipient_names"])
        elif self.kind == RECIPIENTS:
            title = _named(item)
            facts = [item["kind"], self.tr("id %1").replace("%1", item["id"])]
            users = item["_tooltip"][2]
            more = self.tr("Used by: %1").replace(
                "%1", users.replace("\n", "; ") if users else self.tr("no purpose")
            )
        else:
            title = _named(item, "label")
            # A worked example, so that "years" is read the way the rule counts them.
            year = QDate.currentDate().year()
            until = retention_end(date(year, 1, 1), item["years"])
            facts = [item["country"], law(item["legal_basis"])]
            more = (
                self.tr("%1 years from the end of the year the document arose: a document of %2 "
                        "is kept until %3.")
                .replace("%1", str(item["years"]))
                .replace("%2", str(year))
                .replace("%3", nice_date(until))
            )  # fmt: skip
        return (
            f"<b>{html.escape(title)}</b><br>{html.escape(' · '.join(facts))}"
            f'<br><span style="color:#4b5563;">{html.escape(more)}</span>'
        )
