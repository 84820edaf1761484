"""A response letter from a case: choose, edit, preview, print or save, and record it as sent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StoreError, ValidationError
from desktop.core.letter_types import LetterType
from desktop.core.letterhead import IncompleteLetterhead
from desktop.services.cases import CaseService
from desktop.services.files import write_file
from desktop.services.letters import LetterDraft, LetterService
from desktop.ui.dates import DateEdit
from desktop.ui.files import ask_printer, choose_file_to_save
from desktop.ui.printing import PdfBytes, print_pdf
from desktop.ui.refusals import refusal_text
from desktop.ui.text import letterhead_gaps

_LANGUAGES = (("nl", "Dutch"), ("de", "German"), ("en", "English"))
_VIA = (("post", "Post"), ("fax", "Fax"), ("email", "Email"))


def why_a_draft(problem: ValidationError) -> str:
    """A refusal as the window words it: the command line's hints are no use here."""
    if problem.field == "officer":
        return QCoreApplication.translate(
            "LetterDialog",
            "Your name is not set: letters are signed with it, never with the computer's "
            "login. Set it under File ▸ Officer name and function…",
        )
    if isinstance(problem, IncompleteLetterhead):
        return (
            QCoreApplication.translate(
                "LetterDialog",
                "Letterhead: the register entry of %1 lacks: %2; complete it under Companies",
            )
            .replace("%2", letterhead_gaps(problem.missing))
            .replace("%1", problem.company_name)
        )
    return f"{problem.field.capitalize()}: {refusal_text(problem)}"


class LetterDialog(QDialog):
    """The letter the case needs next is proposed; nothing is archived until it is marked sent."""

    letter_sent = Signal(int)

    def __init__(
        self,
        letters: LetterService,
        cases: CaseService,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.letters = letters
        self.cases = cases
        self.case_id = case_id
        self.sent_letter_id: int | None = None
        self._pdf: PdfBytes | None = None
        self._pdf_bytes = b""
        case = cases.case_file(case_id)
        self.seen_version = case["version"]  # the letter speaks of the case as it was then
        self.setWindowTitle(self.tr("Letter — %1").replace("%1", case["reference"]))
        self.resize(1180, 760)

        needed = letters.needed(case_id)
        fitting = letters.fitting(case_id)
        self.kind = QComboBox()
        for kind in LetterType:
            label = self.tr(kind.label)
            if needed and kind is needed[0]:
                label += "  " + self.tr("(proposed)")
            elif kind in needed:
                label += "  " + self.tr("(due)")
            self.kind.addItem(label, kind.value)
            if fitting[kind]:  # a letter that would say something untrue is not offered
                index = self.kind.count() - 1
                self.kind.model().item(index).setEnabled(False)
                self.kind.setItemData(index, fitting[kind], Qt.ItemDataRole.ToolTipRole)
        proposed = letters.proposed(case_id)
        self.kind.setCurrentIndex(self.kind.findData(proposed.value))
        self.language = QComboBox()
        for code, label in _LANGUAGES:
            self.language.addItem(self.tr(label), code)
        self.language.setCurrentIndex(self.language.findData(case["requester"]["language"]))
        self.reword = QPushButton(self.tr("Start from the template"))
        self.reword.setToolTip(self.tr("Replace the text below with the template's wording"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Letter")))
        top.addWidget(self.kind, 1)
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.language)
        top.addWidget(self.reword)

        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setToolTip(
            self.tr(
                'Paragraphs are separated by an empty line. A paragraph starting with "## " '
                'is a heading; lines starting with "- " are a list.'
            )
        )
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(QLabel(self.tr("Subject")))
        editor_layout.addWidget(self.subject)
        editor_layout.addWidget(QLabel(self.tr("Text (editable)")))
        editor_layout.addWidget(self.body, 1)

        self.preview = QPdfView()
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("countLabel")
        viewer = QWidget()
        viewer_layout = QVBoxLayout(viewer)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        viewer_layout.addWidget(self.pages_label)
        viewer_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(viewer)
        splitter.setSizes([520, 640])

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.late_warning = QLabel()
        self.late_warning.setObjectName("warning")
        self.late_warning.setWordWrap(True)
        self.late_warning.hide()
        self.sample_warning = QLabel(
            self.tr(
                "%1 is a sample entry of the company register: replace its data before this "
                "letter is sent."
            ).replace("%1", case["company"]["name"])
        )
        self.sample_warning.setObjectName("warning")
        self.sample_warning.setWordWrap(True)
        self.sample_warning.setVisible(bool(case["company"]["is_sample"]))
        # Why this letter may be previewed and saved, but not printed or marked as sent.
        self.final_warning = QLabel()
        self.final_warning.setObjectName("warning")
        self.final_warning.setWordWrap(True)
        self.final_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.final_warning.hide()
        self.draft_reasons: list[ValidationError] = []

        self.sent_on = DateEdit()
        today = letters.today()
        self.sent_on.setDate(QDate(today.year, today.month, today.day))
        self.via = QComboBox()
        for value, label in _VIA:
            self.via.addItem(self.tr(label), value)
        usual = letters.channel_for(case_id)
        if usual:
            self.via.setCurrentIndex(self.via.findData(usual))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.sent_button = QPushButton(self.tr("Mark as sent"))
        self.sent_button.setObjectName("primary")
        for button in (self.reword, self.save_button, self.print_button):
            button.setAutoDefault(False)  # Enter in the editor must not trigger them
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        form = QFormLayout()
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent_on)
        sent_row.addWidget(self.via)
        form.addRow(self.tr("Sent on / by"), sent_row)
        bottom.addLayout(form)
        bottom.addWidget(self.sent_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.sample_warning)
        layout.addWidget(self.final_warning)
        layout.addWidget(self.late_warning)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self._preview_timer = QTimer(self, singleShot=True, interval=400)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self.load_template)
        self.language.currentIndexChanged.connect(self.load_template)
        self.reword.clicked.connect(self.load_template)
        self.subject.textChanged.connect(self._preview_timer.start)
        self.body.textChanged.connect(self._preview_timer.start)
        self.sent_on.dateChanged.connect(self._check_late)
        self.save_button.clicked.connect(self._on_save)
        self.print_button.clicked.connect(self._on_print)
        self.sent_button.clicked.connect(self.mark_sent)
        self.load_template()

    # -- the words -------------------------------------------------------------------------------
    def current_kind(self) -> LetterType:
        return LetterType(self.kind.currentData())

    def load_template(self) -> None:
        try:
            draft = self.letters.draft(
                self.case_id, self.current_kind(), self.language.currentData()
            )
        except (ValidationError, ValueError) as exc:
            self.error.setText(str(exc))
            return
        self._base = draft
        self.subject.blockSignals(True)
        self.body.blockSignals(True)
        self.subject.setText(draft.subject)
        self.subject.setCursorPosition(0)  # the start of a long subject, not its end
        self.body.setPlainText(draft.body)
        self.subject.blockSignals(False)
        self.body.blockSignals(False)
        self._check_late()
        self.check_final()
        self.refresh_preview()

    def draft(self) -> LetterDraft:
        return replace(
            self._base,
            kind=self.current_kind(),
            language=self.language.currentData(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
        )

    def refresh_preview(self) -> bool:
        self._preview_timer.stop()
        try:
            data = self.letters.render(self.draft())
        except ValidationError as exc:
            self.error.setText(f"{exc.field.capitalize()}: {refusal_text(exc)}")
            return False
        self.error.clear()
        self._pdf_bytes = data
        shown = PdfBytes(data)
        # The view lets go of the old document before it is freed (else a dangling pointer).
        self.preview.setDocument(shown.document)
        self._pdf = shown
        pages = self._pdf.pages
        self.pages_label.setText(
            self.tr("Preview: 1 page")
            if pages == 1
            else self.tr("Preview: %1 pages").replace("%1", str(pages))
        )
        return True

    def pdf_bytes(self) -> bytes:
        return self._pdf_bytes

    def check_final(self) -> bool:
        """Whether this letter may be printed and marked as sent; if not, say why and keep
        those buttons off. Asked again when the dialog comes back to the front (the officer
        may have completed the register entry or set a name meanwhile)."""
        try:
            draft_reasons = self.letters.draft_reasons(self.case_id, self.current_kind())
        except ValidationError:
            draft_reasons = []  # a letter that does not fit: the preview says so
        changed = [b.message for b in draft_reasons] != [b.message for b in self.draft_reasons]
        self.draft_reasons = draft_reasons
        reasons = [self._reason(b) for b in draft_reasons]
        self.final_warning.setText(
            self.tr("A draft: it can be previewed and saved, not printed or marked as sent.")
            + "".join(f"\n• {reason}" for reason in reasons)
        )
        self.final_warning.setVisible(bool(draft_reasons))
        for button in (self.print_button, self.sent_button):
            button.setEnabled(not draft_reasons)
        # style.qss colours #primary over :disabled: a blue "Mark as sent" would look usable.
        self.sent_button.setObjectName("" if draft_reasons else "primary")
        self.sent_button.style().unpolish(self.sent_button)
        self.sent_button.style().polish(self.sent_button)
        self.sent_button.setToolTip(
            "\n".join(reasons)
            or self.tr("Keeps this PDF in the case as sent; it cannot be changed afterwards")
        )
        self.print_button.setToolTip("\n".join(reasons))
        return changed

    def _reason(self, problem: ValidationError) -> str:
        return why_a_draft(problem)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        back = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if back and self.check_final():
            self.refresh_preview()  # the marks on the page follow

    def _check_late(self) -> None:
        sent = self.sent_on.date()
        due = self.letters.would_be_late(
            self.case_id, self.current_kind(), date(sent.year(), sent.month(), sent.day())
        )
        self.late_warning.setText(
            self.tr(
                "The one-month deadline was %1: an extension notice sent after it is late "
                "(Art. 12(3) GDPR) and will be flagged."
            ).replace("%1", due or "")
        )
        self.late_warning.setVisible(due is not None)

    # -- paper -----------------------------------------------------------------------------------
    def save_pdf(self, path: Path) -> None:
        """Written through a temporary file: a failure leaves any earlier file as it was."""
        if self.refresh_preview():
            write_file(path, self._pdf_bytes, store=self.letters.store_path())

    def print_to(self, printer: QPrinter) -> int:
        """Only a final letter goes to paper: a draft (incomplete letterhead, no name) is
        refused with its reason."""
        self.check_final()
        if self.draft_reasons:
            self.error.setText(self._reason(self.draft_reasons[0]))
            return 0
        if not self.refresh_preview():
            return 0
        return print_pdf(printer, self._pdf_bytes, store=self.letters.store_path())

    def mark_sent(self) -> int | None:
        """Archive exactly this letter as sent (date, channel); it cannot change afterwards."""
        sent = self.sent_on.date()
        try:
            # A case changed since this letter was worded (extended, closed elsewhere) is
            # refused: the letter could state what is no longer true.
            with self.letters.expecting(self.case_id, self.seen_version):
                letter_id = self.letters.record_sent(
                    self.draft(), sent.toString("yyyy-MM-dd"), self.via.currentData()
                )
        except ValidationError as exc:
            self.error.setText(self._reason(exc))
            return None
        except StoreError as exc:
            self.error.setText(str(exc)[:1].upper() + str(exc)[1:])
            return None
        self.sent_letter_id = letter_id
        self.letter_sent.emit(letter_id)
        self.accept()
        return letter_id

    def done(self, result: int) -> None:
        # The view must not outlive its document's memory: let go of it first.
        self.preview.setDocument(None)
        super().done(result)

    def _on_save(self) -> None:
        path = self._choose_save_path()
        if path is not None:
            try:
                self.save_pdf(path)
            except ValidationError as exc:  # disk full, no rights, the store itself
                self.error.setText(f"{exc.field.capitalize()}: {refusal_text(exc)}")

    def _on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self._confirm_printer(printer):
            self.print_to(printer)

    def _choose_save_path(self) -> Path | None:
        case = self.cases.case_file(self.case_id)
        suggested = f"{case['reference']}-{self.current_kind().value}.pdf"
        return choose_file_to_save(
            self, self.tr("Save the letter"), suggested, self.tr("PDF (*.pdf)")
        )[0]

    def _confirm_printer(self, printer: QPrinter) -> bool:
        return ask_printer(printer, self)
