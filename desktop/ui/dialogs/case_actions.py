"""Small dialogs for the actions on a case: each fills a form, calls one service, shows its error."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.codes import IdCheckMethod
from desktop.core.companies import GroupCompany
from desktop.core.errors import ValidationError
from desktop.core.requests import Channel, Outcome, RequestType
from desktop.services.cases import Attachment, CaseService
from desktop.services.intake import IntakeService
from desktop.ui.dialogs.form import ActionDialog
from desktop.ui.refusals import refusal_text
from desktop.ui.text import letter_language_hint, nice_date, plural, pydate


class PauseDialog(ActionDialog):
    """Ask for identification or clarification: the clock stops until it arrives."""

    def __init__(self, cases: CaseService, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Ask for identification"), self.tr("Pause the clock"))
        self.set_intro(
            self.tr(
                "Ask only on reasonable doubt and only for what is needed; prefer the customer "
                "number or a known email address over a copy of an ID. The clock stops until "
                "the information arrives; the days waited are added to the deadline."
            )
            + " "
            + letter_language_hint(case["requester"].get("language"))
        )
        self.reason = self.add_field(self.tr("Reason"), self.text_edit(), "reason")
        # A hint, not a value: a reason left as the hint is no reason (it is refused as empty).
        self.reason.setPlaceholderText(
            self.tr("e.g. reasonable doubt about the identity: the address differs from ours")
        )
        self.on = self.add_field(self.tr("Asked on"), self.date_edit(cases.today()), "date")

    def apply(self) -> None:
        self.cases.pause(self.case_id, self.reason.toPlainText(), pydate(self.on.date()))
        self.result_message = self.tr("Clock paused: waiting for identification.")


class IdDocumentDialog(ActionDialog):
    """File a scan of an ID document as incoming correspondence, flagged for deletion."""

    def __init__(
        self,
        cases: CaseService,
        intake: IntakeService,
        case: dict[str, Any],
        path: Path | None = None,
        chooser: Callable[[], Path | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(cases, case, parent)
        self.cases = cases
        self.intake = intake
        self.set_titles(self.tr("ID document"), self.tr("Attach"))
        self._chooser = chooser
        self.attachment: Attachment | None = None
        self.set_intro(
            self.tr(
                "The copy is kept only until the identity check is recorded, then deleted "
                "(EDPB 01/2022: keep no copy of an ID)."
            )
        )
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setVisible(chooser is not None)
        self.choose_button.setAutoDefault(False)  # Enter attaches; it does not choose again
        self.choose_button.clicked.connect(self._on_choose)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.file_label, 1)
        row_layout.addWidget(self.choose_button)
        self.add_field(self.tr("File"), row, "scan", "attachment")
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(self.tr(channel.label), channel.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(case["channel"])))
        self.add_field(self.tr("Came by"), self.channel, "channel")
        self.on = self.add_field(self.tr("Received on"), self.date_edit(cases.today()), "date")
        self.subject = self.add_field(
            self.tr("Subject"), QLineEdit(self.tr("Copy of an ID document")), "subject"
        )
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        """Read the scan now, so a file that is no scan is named before anything else."""
        self.clear_errors()
        self.attachment = None
        try:
            self.attachment = self.intake.read_scan(path, id_document=True)
        except ValidationError as exc:
            self.file_label.setText(path.name)
            self.show_error(exc.field, refusal_text(exc))
            return
        size = len(self.attachment.content) / 1024
        self.file_label.setText(f"{self.attachment.filename}  ({size:.0f} KB)")

    def _on_choose(self) -> None:
        path = self._chooser() if self._chooser else None
        if path is not None:
            self.set_path(path)

    def apply(self) -> None:
        if self.attachment is None:
            raise ValidationError("scan", self.tr("choose a PDF or image scan of the document"))
        self.cases.add_correspondence(
            self.case_id,
            "in",
            self.channel.currentData(),
            pydate(self.on.date()),
            self.subject.text(),
            attachments=(self.attachment,),
        )
        self.result_message = self.tr(
            "ID document filed; it is deleted when the identity check is recorded."
        )


class IdCheckedDialog(ActionDialog):
    """Record "ID checked on <date> by <officer>"; every ID copy of the case is deleted."""

    def __init__(self, cases: CaseService, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Record the identity check"), self.tr("Record"))
        copies = sum(
            1 for item in case["correspondence"] for a in item["attachments"] if a["is_id_document"]
        )
        intro = self.tr('The note "ID checked on <date> by <officer>" is added to the case.')
        if case["status"] == "awaiting-id":
            intro += " " + self.tr(
                "The clock runs again from the day the ID arrived (the latest incoming item "
                "since the request), or from the day checked if nothing came in."
            )
        if copies:
            intro += " " + plural(
                copies,
                self.tr("The ID copy on file will be deleted."),
                self.tr("The %1 ID copies on file will be deleted."),
            )
        self.set_intro(intro)
        self.how = QComboBox(editable=True)
        for method in IdCheckMethod:  # stored as its code; shown in the officer's language
            self.how.addItem(self.tr(method.label), method.value)
        # With a copy on file it was checked from the copy; otherwise most likely in person.
        self.how.setCurrentIndex(0 if copies else 1)
        self.add_field(self.tr("Checked how"), self.how, "how")
        self.on = self.add_field(self.tr("Checked on"), self.date_edit(cases.today()), "date")

    def apply(self) -> None:
        index = self.how.currentIndex()
        typed = self.how.currentText()
        # A listed way is stored as its code; a way the officer typed, as typed.
        how = self.how.itemData(index) if typed == self.how.itemText(index) else typed
        deleted = self.cases.record_identity_checked(self.case_id, how, pydate(self.on.date()))
        gone = (
            plural(
                deleted,
                self.tr("The ID copy was deleted; none is kept."),
                self.tr("%1 ID copies were deleted; none is kept."),
            )
            if deleted
            else self.tr("No ID copy was on file.")
        )
        self.result_message = self.tr("Identity check recorded.") + " " + gone


class ExtendDialog(ActionDialog):
    """Extend by two months (Art. 12(3)); the service refuses once the first month is over."""

    def __init__(self, cases: CaseService, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Extend the deadline"), self.tr("Extend"))
        self.set_intro(
            self.tr(
                "The deadline moves from %1 to %2. Tell the requester within the first month, "
                "with the reasons."
            )
            .replace("%1", nice_date(case["due"]))
            .replace("%2", nice_date(case["extended_due"]))
            + " "
            + letter_language_hint(case["requester"].get("language"))
        )
        self.reason = self.add_field(
            self.tr("Reasons"),
            self.text_edit(),
            "reason",
        )
        self.reason.setPlaceholderText(
            self.tr("Complexity or number of requests, e.g. data held in six systems")
        )

    def apply(self) -> None:
        deadline = self.cases.extend(self.case_id, self.reason.toPlainText())
        self.result_message = self.tr("Deadline extended to %1.").replace(
            "%1", nice_date(deadline.extended_due)
        )


class TransferDialog(ActionDialog):
    """Hand the case to another group company; its calendar then sets the deadlines."""

    def __init__(
        self,
        cases: CaseService,
        case: dict[str, Any],
        companies: list[GroupCompany],
        parent: QWidget | None = None,
    ):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Transfer to another company"), self.tr("Transfer"))
        self.set_intro(
            self.tr(
                "Now with %1. The deadlines are recomputed with the new company's holidays."
            ).replace("%1", case["company"]["name"])
        )
        self.company = QComboBox()
        for company in companies:
            if company.id != case["company"]["id"]:
                suffix = self.tr(" (sample)") if company.is_sample else ""
                self.company.addItem(company.name + suffix, company.id)
        self.add_field(self.tr("Company"), self.company, "company")
        self.reason = self.add_field(self.tr("Reason"), self.text_edit(height=64), "reason")

    def apply(self) -> None:
        self.cases.transfer(
            self.case_id, self.company.currentData() or "", self.reason.toPlainText()
        )
        self.result_message = self.tr("Transferred to %1.").replace(
            "%1", self.company.currentText()
        )


class ResumeDialog(ActionDialog):
    """The information asked for arrived: on which day? The clock runs again from it."""

    def __init__(self, cases: CaseService, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Information received"), self.tr("Restart the clock"))
        self.set_intro(
            self.tr(
                "The clock runs again from the day the information arrived; the days waited "
                "since %1 are added to the deadline."
            ).replace("%1", nice_date(case["paused_since"]))
        )
        arrived = cases.information_arrived(self.case_id)
        self.on = self.add_field(self.tr("Arrived on"), self.date_edit(arrived), "date")
        if case["paused_since"]:
            self.on.limit_calendar(date.fromisoformat(case["paused_since"]))

    def apply(self) -> None:
        deadline = self.cases.resume(self.case_id, pydate(self.on.date()))
        due = deadline.extended_due if self.case["extended"] else deadline.due
        self.result_message = self.tr(
            "Information received: the clock runs again; due %1."
        ).replace("%1", nice_date(due))


class CloseDialog(ActionDialog):
    """Close with an outcome for every request; a recorded decision's outcome is filled in."""

    def __init__(self, cases: CaseService, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Close the case"), self.tr("Close case"))
        self.set_intro(
            self.tr("Choose how each request ended. A request not granted in full needs its "
                    "reasons in the note.")
            + " " + letter_language_hint(case["requester"].get("language"))
        )  # fmt: skip
        self.outcomes: dict[str, QComboBox] = {}
        for request in case["requests"]:
            combo = QComboBox()
            combo.addItem(self.tr("— choose —"), None)
            for outcome in Outcome:
                combo.addItem(self.tr(outcome.label), outcome.value)
            self.outcomes[request["type"]] = combo
            self.add_field(_type_label(request["type"]), combo, request["type"])
            if request["outcome"] and request["decided_at"]:  # decided: the case closes so
                combo.setCurrentIndex(combo.findData(request["outcome"]))
                combo.setToolTip(
                    self.tr("Decided on %1").replace("%1", nice_date(request["decided_at"]))
                )
        self.note = self.add_field(self.tr("Reasons, note"), self.text_edit(height=64), "note")

    def set_outcome(self, request_type: str, outcome: str) -> None:
        combo = self.outcomes[request_type]
        combo.setCurrentIndex(combo.findData(outcome))

    def apply(self) -> None:
        chosen = {t: c.currentData() for t, c in self.outcomes.items() if c.currentData()}
        self.cases.close(self.case_id, chosen, self.note.toPlainText())
        self.result_message = self.tr("Case closed.")

    def show_error(self, field: str, message: str) -> None:
        missing = [t for t, c in self.outcomes.items() if not c.currentData()]
        if field != "outcome" or not missing:
            super().show_error(field, message)
            return
        # One message for all missing outcomes, under the first; every empty combo is marked.
        super().show_error(missing[0], self.tr("Choose an outcome for every request."))
        for request_type in missing[1:]:
            self.mark(self.outcomes[request_type])


class ReopenDialog(ActionDialog):
    def __init__(self, cases: CaseService, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Reopen the case"), self.tr("Reopen"))
        self.reason = self.add_field(self.tr("Reason"), self.text_edit(height=64), "reason")
        self.reason.setPlaceholderText(self.tr("e.g. the requester wrote again"))

    def apply(self) -> None:
        self.cases.reopen(self.case_id, self.reason.toPlainText())
        self.result_message = self.tr("Case reopened.")


class NoteDialog(ActionDialog):
    def __init__(self, cases: CaseService, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Add a note"), self.tr("Add note"))
        self.set_intro(
            self.tr("Record facts of the procedure, not copies of the personal data disclosed.")
        )
        self.text = self.add_field(self.tr("Note"), self.text_edit(height=120), "note")

    def apply(self) -> None:
        self.cases.add_note(self.case_id, self.text.toPlainText())
        self.result_message = self.tr("Note added.")


def _type_label(value: str) -> str:
    try:
        return QCoreApplication.translate("CaseFileDialog", RequestType(value).label)
    except ValueError:
        return value
