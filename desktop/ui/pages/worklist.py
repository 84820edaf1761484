"""The start page: what needs the officer today — overdue, due soon, waiting for ID, extended."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6 import QtCore  # QtCore.Qt when rows arrive: see ui/widgets.py
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.worklist import DUE_SOON_DAYS
from desktop.services.queries import CaseQueries
from desktop.ui.ops import Ops, report
from desktop.ui.palette import days_left_colour
from desktop.ui.text import days_left_text, long_date, nice_date, type_labels
from desktop.ui.widgets import read_only_rows

ROWS_SHOWN = 200  # the most urgent; the case list shows the rest
# (key, card caption, tab title)
# Marked for lupdate here; the page translates them where it shows them.
SECTIONS = (
    ("overdue", QT_TRANSLATE_NOOP("WorklistPage", "Overdue"),
     QT_TRANSLATE_NOOP("WorklistPage", "Overdue")),
    ("due_soon", QT_TRANSLATE_NOOP("WorklistPage", "Due in the next %1 days"),
     QT_TRANSLATE_NOOP("WorklistPage", "Due soon")),
    ("waiting", QT_TRANSLATE_NOOP("WorklistPage", "Waiting for identification"),
     QT_TRANSLATE_NOOP("WorklistPage", "Waiting for ID")),
    ("extended", QT_TRANSLATE_NOOP("WorklistPage", "Extended"),
     QT_TRANSLATE_NOOP("WorklistPage", "Extended")),
)  # fmt: skip
_HEADERS = (
    QT_TRANSLATE_NOOP("WorklistPage", "Reference"), QT_TRANSLATE_NOOP("WorklistPage", "Requester"),
    QT_TRANSLATE_NOOP("WorklistPage", "Requests"), QT_TRANSLATE_NOOP("WorklistPage", "Company"),
    QT_TRANSLATE_NOOP("WorklistPage", "Due"), QT_TRANSLATE_NOOP("WorklistPage", "Left"),
)  # fmt: skip
DELETIONS = "deletions"  # the last tab: blocked data past its retention
_DELETION_HEADERS = (
    QT_TRANSLATE_NOOP("WorklistPage", "Reference"),
    QT_TRANSLATE_NOOP("WorklistPage", "Data blocked"),
    QT_TRANSLATE_NOOP("WorklistPage", "Retention duty"),
    QT_TRANSLATE_NOOP("WorklistPage", "Kept until"),
)


@dataclass(frozen=True)
class WorklistView:
    """What the page shows, read in one go (on any thread, with that thread's services)."""

    today: date
    counts: dict[str, int]
    sections: dict[str, list[dict[str, Any]]]
    due_for_deletion: list[dict[str, Any]]  # the first rows; `deletions` counts them all
    deletions: int


def read_worklist(queries: CaseQueries) -> WorklistView:
    return WorklistView(
        queries.today(),
        queries.worklist_counts(DUE_SOON_DAYS),
        queries.worklist(DUE_SOON_DAYS, limit=ROWS_SHOWN),
        queries.due_for_deletion(),
        queries.count_due_for_deletion(),
    )


class WorklistPage(QWidget):
    case_opened = Signal(int)

    def __init__(
        self,
        queries: CaseQueries,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self._queries = queries
        self._ops = ops  # with the window's ops the lists are read off the UI thread
        self._reading = False  # a read is under way in the background
        self._again = False  # and another was asked for meanwhile: one more when it is done
        title = QLabel(self.tr("Worklist"))
        title.setObjectName("pageTitle")
        self.today_label = QLabel()
        self.today_label.setObjectName("countLabel")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.today_label)

        self.count_labels: dict[str, QLabel] = {}
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        self.view: WorklistView | None = None
        # Each tab's table is built (and filled) when the tab is first shown: a start-up
        # builds one table, not five.
        self.tabs = QTabWidget()
        self._tab_keys: list[str] = []
        self._tables: dict[str, QTableWidget] = {}
        for column, (key, caption, tab) in enumerate(SECTIONS):
            card = QFrame()
            card.setObjectName("card")
            card_layout = QVBoxLayout(card)
            number = QLabel("…")  # until the first read: never a count that is not true
            number.setObjectName("cardNumber")
            text = QLabel(self.tr(caption).replace("%1", str(DUE_SOON_DAYS)))
            text.setObjectName("cardCaption")
            card_layout.addWidget(number)
            card_layout.addWidget(text)
            cards.addWidget(card, 0, column)
            self.count_labels[key] = number
            self._add_tab(key, self.tr(tab))
        # Blocked data whose retention duty has ended: delete it without a new request.
        self._add_tab(DELETIONS, self.tr("Due for deletion"))
        self.tabs.currentChanged.connect(lambda index: self.table(self._tab_keys[index]))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        self.table(self._tab_keys[self.tabs.currentIndex()])
        self.refresh()

    def _add_tab(self, key: str, title: str) -> None:
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self._tab_keys.append(key)
        self.tabs.addTab(holder, title)

    def table(self, key: str) -> QTableWidget:
        """The table of one tab (a SECTIONS key or DELETIONS), built when first asked for."""
        table = self._tables.get(key)
        if table is None:
            table = self._deletion_table() if key == DELETIONS else self._table()
            self._tables[key] = table
            self.tabs.widget(self._tab_keys.index(key)).layout().addWidget(table)
            if self.view is not None:
                self._fill_table(key, self.view)
        return table

    @property
    def deletion_table(self) -> QTableWidget:
        return self.table(DELETIONS)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(_HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in _HEADERS])
        read_only_rows(table, row_height=28)
        header = table.horizontalHeader()
        # "365 d late" in the window's language ("365 Tg. überfällig" needs more room).
        metrics = table.fontMetrics()
        left = max(110, metrics.horizontalAdvance(days_left_text(-365)) + 24)
        due = max(100, metrics.horizontalAdvance(nice_date(date(2026, 9, 30))) + 20)  # "Sept."
        for column, width in enumerate((130, 200, 220, 190, due, left)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.cellDoubleClicked.connect(lambda row, _col, t=table: self._open(t, row))
        table.cellActivated.connect(lambda row, _col, t=table: self._open(t, row))
        return table

    def _deletion_table(self) -> QTableWidget:
        table = QTableWidget(0, len(_DELETION_HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in _DELETION_HEADERS])
        read_only_rows(table, row_height=28)
        header = table.horizontalHeader()
        for column, width in enumerate((130, 260, 220, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.cellDoubleClicked.connect(self._open_deletion)
        return table

    def refresh(self) -> None:
        """Read the worklist again: here and now, or in the background with the window's ops
        (refreshes asked for while one runs come together into one more read)."""
        if self._ops is None:
            self._show(read_worklist(self._queries))
            return
        if self._reading:
            self._again = True
            return
        self._reading = True

        def done(view: WorklistView) -> None:
            self._reading = False
            self._show(view)
            if self._again:
                self._again = False
                self.refresh()

        def failed(exc: Exception) -> None:
            self._reading = False
            report(exc)

        self._ops.run(
            lambda services: read_worklist(services.queries),
            done,
            parent=self,
            on_failure=failed,
        )

    def _show(self, view: WorklistView) -> None:
        self.view = view
        self.today_label.setText(self.tr("Today: %1").replace("%1", long_date(view.today)))
        for index, (key, _caption, tab) in enumerate(SECTIONS):
            count = view.counts.get(key, 0)
            label = self.count_labels[key]
            label.setText(f"{count:,}")
            label.setProperty("overdue", key == "overdue" and count > 0)  # red, in style.qss
            label.style().unpolish(label)
            label.style().polish(label)
            self.tabs.setTabText(index, f"{self.tr(tab)} ({count:,})")
        self.tabs.setTabText(len(SECTIONS), f"{self.tr('Due for deletion')} ({view.deletions:,})")
        for key in self._tables:
            self._fill_table(key, view)

    def _fill_table(self, key: str, view: WorklistView) -> None:
        if key != DELETIONS:
            self._fill(self._tables[key], view.sections[key], waiting=key == "waiting")
            return
        table = self._tables[DELETIONS]
        table.setRowCount(len(view.due_for_deletion))
        for r, row in enumerate(view.due_for_deletion):
            values = (row["reference"], row["category"], row["legal_basis"],
                      nice_date(row["retained_until"]))  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, row["case_id"])
                table.setItem(r, c, item)

    def _fill(self, table: QTableWidget, rows: list[dict[str, Any]], waiting: bool) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            if waiting:
                left = self.tr("waiting %1 d").replace("%1", str(row.get("days_waiting", 0)))
            else:
                left = days_left_text(row["days_left"])
            values = (
                row["reference"],
                " ".join(row["requester_name"].split()),
                type_labels(row["types"]),
                row["company_name"],
                nice_date(row["current_due"]),
                left,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setData(QtCore.Qt.ItemDataRole.UserRole, row["id"])
                if c == 5:
                    item.setTextAlignment(
                        QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter
                    )
                    if not waiting:
                        item.setForeground(QBrush(days_left_colour(row["days_left"])))
                    elif row.get("remind"):
                        item.setForeground(QBrush(days_left_colour(0)))
                        item.setToolTip(self.tr("No reply for two weeks: send a reminder"))
                if c in (1, 2):
                    item.setToolTip(value)
                table.setItem(r, c, item)

    def _open_deletion(self, row: int, _column: int) -> None:
        item = self.deletion_table.item(row, 0)
        if item is not None:
            self.case_opened.emit(int(item.data(QtCore.Qt.ItemDataRole.UserRole)))

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.case_opened.emit(int(item.data(QtCore.Qt.ItemDataRole.UserRole)))
