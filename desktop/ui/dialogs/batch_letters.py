"""Printing every letter due today in one go, with progress, and keeping each as sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.letter_types import LetterType
from desktop.services.cases import CaseService
from desktop.services.changes import ChangeNote, Subject
from desktop.services.letters import LetterService, PostBatch
from desktop.ui.dialogs.letter import why_a_draft
from desktop.ui.files import ask_printer
from desktop.ui.ops import Ops
from desktop.ui.printing import print_pdfs
from desktop.ui.text import plural


class BatchLettersDialog(QDialog):
    """Acknowledgements, extension notices and decision letters the open cases need now."""

    letters_sent = Signal(int)

    def __init__(
        self,
        letters: LetterService,
        cases: CaseService,
        ops: Ops,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.letters = letters
        self.ops = ops
        self.setWindowTitle(self.tr("Letters due today"))
        self.resize(860, 560)
        self.jobs: list[tuple[int, LetterType]] = letters.due_today()
        self.sent: list[int] = []
        self.failures: list[str] = []  # not printed
        self.not_kept: list[str] = []  # printed, but not recorded as sent

        intro = QLabel(
            self.tr(
                "Each letter is printed on the responsible company's letterhead in the "
                "requester's language and kept in its case as sent by post today."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.jobs), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reference"), self.tr("Requester"), self.tr("Letter"), self.tr("Language")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        reasons: dict[str, int] = {}  # why letters are drafts, and how many
        for row, (case_id, kind) in enumerate(self.jobs):
            case = cases.case_file(case_id)
            values = (case["reference"], " ".join(case["requester"]["name"].split()),
                      self.tr(kind.label), case["requester"]["language"])  # fmt: skip
            draft_reasons = [why_a_draft(b) for b in letters.draft_reasons(case_id, kind)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:  # the officer may leave a letter out of this run
                    item.setCheckState(Qt.CheckState.Checked)
                if draft_reasons:  # a draft is never printed: left out, and the reason shown
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setToolTip("\n".join(draft_reasons))
                    if column == 0:
                        item.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
            for reason in draft_reasons:
                reasons[reason] = reasons.get(reason, 0) + 1
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 260)
        self.summary = QLabel(
            plural(len(self.jobs), self.tr("1 letter due."), self.tr("%1 letters due."))
        )
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)
        self.drafts = QLabel(
            "\n".join(
                plural(
                    count, self.tr("1 letter left out: %2"), self.tr("%1 letters left out: %2")
                ).replace("%2", reason)
                for reason, count in reasons.items()
            )
        )
        self.drafts.setObjectName("warning")
        self.drafts.setWordWrap(True)
        self.drafts.setVisible(bool(reasons))
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("Print and keep as sent…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setEnabled(bool(self.chosen()))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._on_print)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.drafts)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def chosen(self) -> list[tuple[int, LetterType]]:
        return [
            job for row, job in enumerate(self.jobs)
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]  # fmt: skip

    def run(self, printer: QPrinter) -> None:
        """Word and render the chosen letters off the UI thread, then print them as one job;
        `letters_sent` tells how many were kept as sent."""
        self.print_button.setEnabled(False)
        self.summary.setText(self.tr("Preparing the letters…"))
        chosen = self.chosen()
        self.ops.run(
            lambda services: services.letters.plan_post_batch(chosen),
            lambda batch: self.print_batch(printer, batch),
            parent=self,
            progress=self.tr("Preparing the letters…"),
        )

    def print_batch(self, printer: QPrinter, batch: PostBatch) -> int:
        """Print the planned letters as one job; keep them as sent only once it has finished."""
        progress = QProgressDialog(
            self.tr("Printing letters…"), self.tr("Stop"), 0, len(batch.letters), self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def advance(number: int) -> bool:
            progress.setValue(number)
            return not progress.wasCanceled()

        try:
            if batch.letters:
                print_pdfs(
                    printer,
                    [letter.pdf for letter in batch.letters],
                    progress=advance,
                    store=self.letters.store_path(),
                )
                self.sent = self.letters.record_printed(batch)
        except OSError as exc:  # the job failed or was stopped: none of them went out
            batch.not_printed.append((self.tr("all"), str(exc)))
        progress.setValue(len(batch.letters))
        self.failures = [f"{reference}: {why}" for reference, why in batch.not_printed]
        self.not_kept = [f"{reference}: {why}" for reference, why in batch.not_kept]
        text = plural(
            len(self.sent),
            self.tr("1 letter printed and kept as sent."),
            self.tr("%1 letters printed and kept as sent."),
        )
        if self.failures:
            text += " " + self.tr("Not printed: %1").replace("%1", "; ".join(self.failures))
        if self.not_kept:
            text += " " + self.tr(
                "Printed but NOT kept as sent (record them in the case): %1"
            ).replace("%1", "; ".join(self.not_kept))
        self.summary.setText(text)
        self._show_done(batch)
        self.print_button.setEnabled(bool(self.chosen()))  # what failed may be tried again
        if self.sent:
            kept = frozenset(letter.draft.case_id for letter in batch.letters)
            self.ops.hub.notify(ChangeNote(frozenset({Subject.CASES}), kept))
        self.letters_sent.emit(len(self.sent))
        return len(self.sent)

    def _show_done(self, batch: PostBatch) -> None:
        """A row that went out is unticked and greyed: a second run would not print it again."""
        if not self.sent:
            return
        missing = {reference for reference, _why in batch.not_kept}
        done = {letter.reference for letter in batch.letters} - missing
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.text() in done:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Printed and kept as sent"))

    def _on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self._confirm_printer(printer):
            self.run(printer)

    def _confirm_printer(self, printer: QPrinter) -> bool:
        return ask_printer(printer, self)
