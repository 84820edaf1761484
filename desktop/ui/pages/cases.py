"""The case list: filters, as-you-type search and a lazily fetched table of every case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import CaseStatus
from desktop.core.listing import CaseFilter
from desktop.core.reports import ReportSlice
from desktop.core.requests import Channel, RequestType
from desktop.services.companies import CompanyRegister
from desktop.services.queries import CaseQueries
from desktop.ui.models.case_table import COLUMNS, CaseTableModel
from desktop.ui.ops import Ops
from desktop.ui.pages.parts import keep_readable, list_view
from desktop.ui.settings import UiSettings
from desktop.ui.text import days_left_text, enum_label, nice_date, period_text, plural

_DUE_WINDOWS = ((None, "Any due date"), (0, "Due today"), (7, "Due within 7 days"),
                (30, "Due within 30 days"))  # fmt: skip
_HEADER_KEY = "cases/header-v3"  # a new key when the columns change: old layouts do not fit
_WIDTHS = (118, 170, 170, 72, 165, 94, 94, 100, 110)


class CasesPage(QWidget):
    case_opened = Signal(int)
    total_changed = Signal(int)

    def __init__(
        self,
        queries: CaseQueries,
        register: CompanyRegister,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._register = register

        def count_later(counter: Callable[[Any], int], deliver: Callable[[int], None]) -> None:
            assert ops is not None
            ops.run(lambda services: counter(services), deliver, parent=self)

        # Pages of cases come at once; the count of a filter follows from the background.
        self.model = CaseTableModel(queries, self, count_later if ops is not None else None)
        self.model.total_changed.connect(self._on_total_changed)

        self.search = QLineEdit(
            placeholderText=self.tr("Search reference, name, email, address, subject…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.status = self._combo(
            [(None, self.tr("All statuses")), ("active", self.tr("Not closed"))]
            + [(s.value, s.label) for s in CaseStatus]
        )
        self.status.setCurrentIndex(1)
        self.request_type = self._combo(
            [(None, self.tr("All request types"))] + [(t.value, t.label) for t in RequestType]
        )
        self.channel = self._combo(
            [(None, self.tr("All channels"))] + [(c.value, c.label) for c in Channel]
        )
        self.company = self._combo(
            [(None, self.tr("All companies"))] + [(c.id, c.name) for c in register.companies()]
        )
        self.due = self._combo([(days, self.tr(label)) for days, label in _DUE_WINDOWS])
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        # The cases behind a report's figure, until the officer lets it go.
        self._report: ReportSlice | None = None
        self.report_label = QLabel()
        self.report_label.setObjectName("notice")
        self.report_label.setWordWrap(True)
        self.leave_report = QPushButton(self.tr("Show every case again"))
        self.leave_report.clicked.connect(self.clear_report_slice)
        self.report_row = QWidget()
        report_layout = QHBoxLayout(self.report_row)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.report_label, 1)
        report_layout.addWidget(self.leave_report)
        self.report_row.hide()

        filters = QHBoxLayout()
        filters.setSpacing(8)
        for widget in (self.status, self.request_type, self.channel, self.company, self.due):
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = list_view(self.model, "cases")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate(self._widths()):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(60)
        saved = settings.blob(_HEADER_KEY)
        if saved is not None:
            header.restoreState(saved)
        # Names, request types and companies take the room left; a saved state must not squeeze them.
        keep_readable(self.table, (1, 2, 4), least=120)
        # The model sorts in SQL: follow the sort the header shows.
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.activated.connect(self._on_double_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.report_row)
        layout.addWidget(self.table, 1)

        # As-you-type search without a query per keystroke.
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.request_type, self.channel, self.company, self.due):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        self.apply_filter()

    def _widths(self) -> list[int]:
        """The columns' widths, wide enough for their titles and their longest dates, channels,
        "days late" and statuses in the window's language (German needs more room)."""
        titles = self.table.horizontalHeader().fontMetrics()
        cells = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)  # urgent "days left" are bold
        longest = {  # the model's columns: channel, received, due, left, status
            3: [enum_label(Channel, c.value) for c in Channel],
            5: [nice_date(date(2026, 9, 30))],
            6: [nice_date(date(2026, 9, 30))],
            7: [days_left_text(-365)],
            8: [enum_label(CaseStatus, s.value) for s in CaseStatus],
        }
        widths = []
        for column, width in enumerate(_WIDTHS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            need = titles.horizontalAdvance(title) + 34  # the sort arrow and padding
            metrics = QFontMetrics(bold) if column == 7 else cells
            for text in longest.get(column, ()):
                need = max(need, metrics.horizontalAdvance(text) + 20)
            widths.append(max(width, need))
        return widths

    def _combo(self, items: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        for value, label in items:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def reload_companies(self) -> None:
        """The company filter lists the register as it is now (after an edit or import)."""
        chosen = self.company.currentData()
        self.company.blockSignals(True)
        self.company.clear()
        self.company.addItem(self.tr("All companies"), None)
        for company in self._register.companies():
            self.company.addItem(company.name, company.id)
        self.company.setCurrentIndex(max(0, self.company.findData(chosen)))
        self.company.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            status=self.status.currentData(),
            request_type=self.request_type.currentData(),
            channel=self.channel.currentData(),
            company_id=self.company.currentData(),
            overdue=self.overdue.isChecked(),
            due_within_days=self.due.currentData(),
            text=self.search.text(),
            report=self._report,
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        self.model.reload()

    def show_report_slice(self, part: ReportSlice, title: str) -> None:
        """The cases behind a report's figure; the list's own filters start from "all" and
        may narrow it further."""
        self._report = part
        for combo in (self.status, self.request_type, self.channel, self.company, self.due):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        period = period_text(part.start, part.end)
        self.report_label.setText(
            self.tr("From the report (%1): %2").replace("%1", period).replace("%2", title)
        )
        self.report_row.show()
        self.apply_filter()

    def clear_report_slice(self) -> None:
        self._report = None
        self.report_row.hide()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self) -> None:
        self._settings.set_blob(_HEADER_KEY, self.table.horizontalHeader().saveState())

    def _on_total_changed(self, total: int) -> None:
        self.count_label.setText(
            plural(total, self.tr("1 case"), self.tr("%1 cases")).replace(str(total), f"{total:,}")
        )
        self.total_changed.emit(total)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.case_opened.emit(case_id)


assert len(_WIDTHS) == len(COLUMNS)
