"""The start page: what needs the officer today — overdue, due soon, waiting for ID, extended."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6 import QtCore  # QtCore.Qt when rows arrive: see ui/widgets.py
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.deadlines import INTERNAL_MARGIN_DAYS, MOST_MARGIN_DAYS
from desktop.core.errors import ValidationError
from desktop.core.worklist import DUE_SOON_DAYS
from desktop.services.queries import CaseQueries
from desktop.ui.ops import Ops, report
from desktop.ui.palette import days_left_colour
from desktop.ui.refusals import refusal_text
from desktop.ui.settings import MOST_DUE_SOON_DAYS, UiSettings
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
    QT_TRANSLATE_NOOP("WorklistPage", "Our deadline"),
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
    margin: int  # working days between the office's own deadline and the legal one


def read_worklist(
    queries: CaseQueries, soon_days: int = DUE_SOON_DAYS, mine: str | None = None
) -> WorklistView:
    return WorklistView(
        queries.today(),
        queries.worklist_counts(soon_days, mine),
        queries.worklist(soon_days, limit=ROWS_SHOWN, mine=mine),
        queries.due_for_deletion(),
        queries.count_due_for_deletion(),
        queries.internal_margin(),
    )


class WorklistPage(QWidget):
    case_opened = Signal(int)

    def __init__(
        self,
        queries: CaseQueries,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
        settings: UiSettings | None = None,
        set_margin: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._queries = queries
        self._settings = settings
        self.soon_days = settings.due_soon_days() if settings else DUE_SOON_DAYS
        self._ops = ops  # with the window's ops the lists are read off the UI thread
        self._reading = False  # a read is under way in the background
        self._again = False  # and another was asked for meanwhile: one more when it is done
        title = QLabel(self.tr("Worklist"))
        title.setObjectName("pageTitle")
        self.today_label = QLabel()
        self.today_label.setObjectName("countLabel")
        # How far ahead "due soon" looks: the office's rhythm, kept for the next start.
        self.soon = QSpinBox()
        self.soon.setRange(1, MOST_DUE_SOON_DAYS)
        self.soon.setValue(self.soon_days)
        self.soon.setSuffix(self.tr(" days"))
        self.soon.setToolTip(self.tr("How many days ahead a case counts as due soon"))
        soon_label = QLabel(self.tr("Due soon within"))
        soon_label.setBuddy(self.soon)
        self._soon_timer = QtCore.QTimer(self, singleShot=True, interval=300)
        self._soon_timer.timeout.connect(self._on_soon_changed)
        self.soon.valueChanged.connect(self._soon_timer.start)
        # Only the cases assigned to this officer (an office of several on one server).
        self.only_mine = QCheckBox(self.tr("Only my cases"))
        self.only_mine.setToolTip(self.tr("Only the cases assigned to you"))
        self.only_mine.setChecked(bool(settings and settings.only_my_cases()))
        self.only_mine.toggled.connect(self._on_only_mine)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(soon_label)
        head.addWidget(self.soon)
        # The office's own deadline: a rule of the store, the same for every officer.
        self._set_margin = set_margin
        self.margin = QSpinBox()
        self.margin.setRange(0, MOST_MARGIN_DAYS)
        self.margin.setValue(INTERNAL_MARGIN_DAYS)  # the store's own rule comes with the read
        self.margin.setSuffix(self.tr(" working days"))
        self.margin.setToolTip(
            self.tr("The office's own deadline: this many working days before the legal one")
        )
        self.margin.setEnabled(set_margin is not None)
        margin_label = QLabel(self.tr("Our deadline"))
        margin_label.setBuddy(self.margin)
        self._margin_timer = QtCore.QTimer(self, singleShot=True, interval=500)
        self._margin_timer.timeout.connect(self._on_margin_changed)
        self.margin.valueChanged.connect(self._margin_timer.start)
        head.addSpacing(12)
        head.addWidget(margin_label)
        head.addWidget(self.margin)
        head.addSpacing(18)
        head.addWidget(self.today_label)

        self.count_labels: dict[str, QLabel] = {}
        self._captions: dict[str, tuple[QLabel, str]] = {}
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        self.view: WorklistView | None = None
        # Each tab's table is built (and filled) when the tab is first shown: a start-up
        # builds one table, not five.
        self.tabs = QTabWidget()
        self.tabs.setCornerWidget(self.only_mine)  # top right (Qt.* stays unread at start)
        self._tab_keys: list[str] = []
        self._tables: dict[str, QTableWidget] = {}
        for column, (key, caption, tab) in enumerate(SECTIONS):
            card = QFrame()
            card.setObjectName("card")
            card_layout = QVBoxLayout(card)
            number = QLabel("…")  # until the first read: never a count that is not true
            number.setObjectName("cardNumber")
            text = QLabel(self.tr(caption).replace("%1", str(self.soon_days)))
            text.setObjectName("cardCaption")
            self._captions[key] = (text, caption)
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

    def _on_margin_changed(self) -> None:
        if self._set_margin is None:
            return
        try:
            self._set_margin(self.margin.value())
        except ValidationError as exc:
            self.today_label.setText(refusal_text(exc))
            return
        self.refresh()

    def _on_only_mine(self, checked: bool) -> None:
        if self._settings is not None:
            self._settings.set_only_my_cases(checked)
        self.refresh()

    def _mine(self) -> str | None:
        return self._queries.my_login() if self.only_mine.isChecked() else None

    def _on_soon_changed(self) -> None:
        self.soon_days = self.soon.value()
        if self._settings is not None:
            self._settings.set_due_soon_days(self.soon_days)
        label, caption = self._captions["due_soon"]
        label.setText(self.tr(caption).replace("%1", str(self.soon_days)))
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
        for column, width in enumerate((130, 200, 220, 190, due, left, due + 10)):
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
        soon, mine = self.soon_days, self._mine()
        if self._ops is None:
            self._show(read_worklist(self._queries, soon, mine))
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
            lambda services: read_worklist(services.queries, soon, mine),
            done,
            parent=self,
            on_failure=failed,
        )

    def _show(self, view: WorklistView) -> None:
        self.view = view
        if not self._margin_timer.isActive():  # not while the officer is changing it
            self.margin.blockSignals(True)
            self.margin.setValue(view.margin)
            self.margin.blockSignals(False)
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
        assert self.view is not None
        today, margin = self.view.today, self.view.margin
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            step = row.get("next_step") if waiting else None
            if waiting:
                left = self.tr("waiting %1 d").replace("%1", str(row.get("days_waiting", 0)))
                if step:
                    left += " · " + (self.tr("remind") if step == "remind" else self.tr("close"))
            else:
                left = days_left_text(row["days_left"])
            values = (
                row["reference"],
                " ".join(row["requester_name"].split()),
                type_labels(row["types"]),
                row["company_name"],
                nice_date(row["current_due"]),
                left,
                nice_date(row["internal_due"]) if row.get("internal_due") else "—",
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
                    elif step == "remind":
                        item.setForeground(QBrush(days_left_colour(0)))
                        item.setToolTip(self.tr("No reply for two weeks: send a reminder"))
                    elif step == "close":
                        item.setForeground(QBrush(days_left_colour(-1)))
                        item.setToolTip(
                            self.tr("No reply two weeks after the reminder: close the case as "
                                    "identity not confirmed")
                        )  # fmt: skip
                if c in (1, 2):
                    item.setToolTip(value)
                if c == 6 and row.get("internal_due"):
                    own = (date.fromisoformat(row["internal_due"]) - today).days
                    item.setForeground(QBrush(days_left_colour(own)))
                    item.setToolTip(self.tr("The office's own deadline, %1 working days before "
                                            "the legal one").replace("%1", str(margin)))  # fmt: skip
                table.setItem(r, c, item)

    def _open_deletion(self, row: int, _column: int) -> None:
        item = self.deletion_table.item(row, 0)
        if item is not None:
            self.case_opened.emit(int(item.data(QtCore.Qt.ItemDataRole.UserRole)))

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.case_opened.emit(int(item.data(QtCore.Qt.ItemDataRole.UserRole)))
