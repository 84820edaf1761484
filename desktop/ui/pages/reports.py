"""The reports page: the office's figures for a period and a company, the charts of the printable
report beside them, and from every figure the list of cases behind it (Art. 5(2), 12(3) GDPR)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.reports import ReportSlice
from desktop.core.requests import Channel, Outcome, RequestType
from desktop.core.suppression import SuppressionChannel
from desktop.services.companies import CompanyRegister
from desktop.services.reports import ReportService
from desktop.ui.dates import DateEdit
from desktop.ui.ops import Ops
from desktop.ui.pages.parts import failure_text, page_action, page_heading, status_line
from desktop.ui.pages.report_tree import SLICE_ROLE, TITLE_ROLE, fill_tree
from desktop.ui.printing import PdfBytes
from desktop.ui.report_words import REPORT_WORDS, report_word
from desktop.ui.text import period_text, pydate
from desktop.ui.widgets import push_button

ChooseFile = Callable[[QWidget, str, str], "Path | None"]  # (parent, suggested name, kind)


def choose_report_file(parent: QWidget, suggested: str, kind: str) -> Path | None:
    from desktop.ui.files import choose_file_to_save

    filters = {"pdf": parent.tr("PDF report (*.pdf)"), "csv": parent.tr("CSV figures (*.csv)")}
    path, _ = choose_file_to_save(parent, parent.tr("Save the report"), suggested, filters[kind])
    if path is not None and path.suffix.lower() != f".{kind}":
        path = path.with_name(f"{path.name}.{kind}")
    return path


class ReportsPage(QWidget):
    """Figures are counted off the UI thread when the window gives `ops` (else at once)."""

    cases_requested = Signal(object, str)  # the ReportSlice and what the officer clicked
    figures_shown = Signal(dict)
    charts_shown = Signal(int)  # pages

    def __init__(
        self,
        reports: ReportService,
        register: CompanyRegister,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
        choose_file: ChooseFile = choose_report_file,
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._register = register
        self._ops = ops
        self._choose_file = choose_file
        self.figures: dict[str, Any] | None = None
        self.pdf: bytes = b""
        self._pdf_document: PdfBytes | None = None
        self._stale = True
        self._counting: dict[str, dict[str, Any]] = {}

        head, help_text = page_heading(
            self.tr("Reports"),
            self.tr(
                "What arrived, what was answered and how fast, what is overdue: for the DPO's "
                "annual report and for an authority. A case counts as answered on the day it "
                "was closed. Double-click a figure for the cases behind it."
            ),
        )
        first, last = reports.period()
        self.start = DateEdit(first)
        self.end = DateEdit(last)
        self.company = QComboBox()
        self.company.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_companies()
        self.show_action = page_action(
            self, "showReport", self.tr("&Count"), "Ctrl+Return", self.show_figures
        )
        self.pdf_action = page_action(
            self, "saveReportPdf", self.tr("Save as &PDF…"), "Ctrl+Shift+S", self.save_pdf
        )
        self.csv_action = page_action(
            self, "saveReportCsv", self.tr("Save figures as &CSV…"), "Ctrl+Shift+E", self.save_csv
        )
        count = push_button(self.show_action.text(), self.show_action.toolTip())
        count.clicked.connect(self.show_figures)
        count.setObjectName("primary")
        self.save_pdf_button = push_button(self.pdf_action.text(), self.pdf_action.toolTip())
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_csv_button = push_button(self.csv_action.text(), self.csv_action.toolTip())
        self.save_csv_button.clicked.connect(self.save_csv)

        controls = QHBoxLayout()
        controls.setSpacing(8)
        for label, widget in (
            (self.tr("From"), self.start), (self.tr("to"), self.end),
            (self.tr("Company"), self.company),
        ):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addWidget(count)
        controls.addStretch(1)
        head.addWidget(self.save_pdf_button)  # beside the title: the row below stays roomy
        head.addWidget(self.save_csv_button)

        self.tree = QTreeWidget()
        self.tree.setObjectName("reportFigures")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Figure"), self.tr("Number"), self.tr("Share")])
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_item_activated)

        self.charts = QPdfView()
        self.charts.setObjectName("reportCharts")
        self.charts.setPageMode(QPdfView.PageMode.MultiPage)
        self.charts.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setChildrenCollapsible(False)

        self.status = status_line()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(help_text)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    # -- counting ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.show_figures()

    def refresh(self) -> None:
        """Count again now when the page is on screen, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self.show_figures()

    def reload_companies(self) -> None:
        self._fill_companies()
        self.refresh()

    def show_figures(self) -> None:
        self._stale = False
        start, end = pydate(self.start.date()), pydate(self.end.date())
        company = self.company.currentData()
        began = time.perf_counter()
        self._show_status(self.tr("Counting…"))

        # The two halves of the figures on two connections at once; combined when both came.
        halves: dict[str, dict[str, Any]] = {}
        self._counting = halves

        def arrived(name: str, half: dict[str, Any]) -> None:
            halves[name] = half
            if len(halves) == 2 and self._counting is halves:  # not counting anew meanwhile
                figures = ReportService.combine(halves["receipt"], halves["answer"])
                self._on_counted(figures, began)

        self._run(lambda r: r.by_receipt(start, end, company), lambda h: arrived("receipt", h))
        self._run(lambda r: r.by_answer(start, end, company), lambda h: arrived("answer", h))

    def _on_counted(self, figures: dict[str, Any], began: float) -> None:
        self.figures = figures
        fill_tree(self.tree, figures, self._company_name)
        seconds = time.perf_counter() - began
        self._show_status(
            self.tr("%1: counted in %2 s. Drawing the charts…")
            .replace("%1", self._title(figures))
            .replace("%2", f"{seconds:.1f}")
        )
        self.figures_shown.emit(figures)
        words = self._words(figures)
        self._run(lambda reports: reports.pdf(figures, *words), self._on_drawn)

    def _on_drawn(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._pdf_document = PdfBytes(pdf)
        self.charts.setDocument(self._pdf_document.document)
        pages = self._pdf_document.pages
        if self._pdf_document.document.status() == QPdfDocument.Status.Ready and self.figures:
            self._show_status(self._title(self.figures))
        self.charts_shown.emit(pages)

    def _run(self, work: Callable[[ReportService], Any], done: Callable[[Any], None]) -> None:
        if self._ops is not None:
            self._ops.run(
                lambda services: work(services.reports), done, parent=self,
                on_failure=self._failed,
            )  # fmt: skip
            return
        try:
            result = work(self._reports)
        except ValidationError as exc:
            self._failed(exc)
            return
        done(result)

    def _failed(self, exc: Exception) -> None:
        self._show_status(failure_text(exc))

    # -- saving ------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        figures = self.figures or {}
        self._save(
            "pdf", lambda path: self._reports.export_pdf(path, figures, *self._words(figures))
        )

    def save_csv(self) -> None:
        self._save("csv", lambda path: self._reports.export_csv(path, self.figures or {}))

    def _save(self, kind: str, write: Callable[[Path], Any]) -> None:
        if self.figures is None:
            return
        f = self.figures
        path = self._choose_file(self, f"report-{f['from']}-{f['to']}.{kind}", kind)
        if path is None:
            return
        try:
            write(path)
        except ValidationError as exc:
            QMessageBox.warning(
                self, self.tr("Not saved"),
                self.tr("The report was not saved to %1: %2")
                .replace("%1", str(path)).replace("%2", failure_text(exc)),
            )  # fmt: skip
            return
        self._show_status(self.tr("Saved the report to %1.").replace("%1", str(path)))

    # -- the cases behind a figure -----------------------------------------------------------
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        part = item.data(0, SLICE_ROLE)
        if isinstance(part, ReportSlice):
            self.cases_requested.emit(part, item.data(0, TITLE_ROLE))

    def open_figure(self, figure: str, key: str = "") -> bool:
        """Open the cases behind a figure as a double-click would (for tests and scripts)."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while items:
            item = items.pop(0)
            part = item.data(0, SLICE_ROLE)
            if isinstance(part, ReportSlice) and (part.figure, part.key) == (figure, key):
                self._on_item_activated(item, 0)
                return True
            items += [item.child(i) for i in range(item.childCount())]
        return False

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _words(figures: dict[str, Any]) -> tuple[Callable[[str], str], str]:
        """The report in the window's language: its words, and its period as the window writes
        it (the words are looked up on the UI thread, before the PDF is drawn elsewhere)."""
        if not figures:
            return report_word, ""
        start, end = (date.fromisoformat(figures[k]) for k in ("from", "to"))
        known: dict[str, str] = {}

        def say(text: str) -> str:
            return known.get(text, text)

        for text in REPORT_WORDS:
            known[text] = report_word(text)
        for kind in (Channel, RequestType, Outcome, SuppressionChannel):
            for member in kind:
                known[member.label] = report_word(member.label)
        for status in ("notified", "exempt", "open"):
            known[status] = report_word(status)
        return say, period_text(start, end)

    def _fill_companies(self) -> None:
        chosen = self.company.currentData()
        self.company.clear()
        self.company.addItem(self.tr("All companies"), None)
        for company in self._register.companies():
            self.company.addItem(company.name, company.id)
        self.company.setCurrentIndex(max(0, self.company.findData(chosen)))

    def _company_name(self, company_id: str) -> str:
        index = self.company.findData(company_id)
        return self.company.itemText(index) if index >= 0 else company_id

    def _title(self, f: dict[str, Any]) -> str:
        who = self._company_name(f["company"]) if f["company"] else self.tr("All companies")
        return f"{who} · {period_text(date.fromisoformat(f['from']), date.fromisoformat(f['to']))}"

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
