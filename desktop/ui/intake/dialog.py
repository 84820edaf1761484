"""Logging a request: one dialog for every channel, with the responsible company and deadline live."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.arrival import local_time
from desktop.core.errors import ValidationError
from desktop.core.requests import RequestType
from desktop.services.cases import Attachment, CaseDraft, CaseService, LoggedCase
from desktop.services.companies import CompanyRegister
from desktop.services.follow_up import FollowUpService
from desktop.services.intake import (
    IntakeService,
    message_attachments,
)
from desktop.ui.dialogs.form import Button, FormDialog
from desktop.ui.intake.boxes import RequesterForm, SourceBox
from desktop.ui.intake.fields import field_caption
from desktop.ui.intake.files_in import IntakeFiles
from desktop.ui.intake.reply_banner import ReplyBanner
from desktop.ui.intake.responsible_panel import ResponsiblePanel
from desktop.ui.refusals import refusal_text
from desktop.ui.text import (
    law,
    nice_moment,
    pydate,
    qdate,
    type_label,
)

if TYPE_CHECKING:
    from desktop.services.intake import IntakeDraft


class IntakeDialog(IntakeFiles, FormDialog):
    """Nothing is stored until Save; a bad field is marked and named, and the dialog stays open."""

    case_logged = Signal(int)
    filed_in_case = Signal(int)  # a reply filed in an existing case instead
    message_loaded = Signal()

    def __init__(
        self,
        cases: CaseService,
        intake: IntakeService,
        register: CompanyRegister,
        parent: QWidget | None = None,
        follow_up: FollowUpService | None = None,
    ) -> None:
        super().__init__(parent, ok=Button.Save, beside=True)
        self.cases = cases
        self.intake = intake
        self.register = register
        self.setWindowTitle(self.tr("Log a request"))
        self.setAcceptDrops(True)
        self.resize(1180, 760)
        self.logged: LoggedCase | None = None
        self._message: IntakeDraft | None = None
        self._scans: list[Attachment] = []
        self._suggested: list[str] = []
        self._duplicates: list[dict[str, Any]] = []
        today = cases.today()

        # -- how it came in -------------------------------------------------------------------
        self.source = SourceBox(today)
        self.source.received.dateChanged.connect(self._on_received_edited)
        self._arrived_at: datetime.datetime | None = None  # from the message's Received: header
        self._written_at: datetime.datetime | None = None
        self._received_by_hand = False

        # -- who ------------------------------------------------------------------------------
        companies = register.companies()
        self.requester = RequesterForm(companies)

        # -- what -----------------------------------------------------------------------------
        self.type_boxes: dict[str, QCheckBox] = {}
        what = QGroupBox(self.tr("What is asked (one or more)"))
        what_layout = QVBoxLayout(what)
        grid = QGridLayout()
        for number, kind in enumerate(RequestType):
            box = QCheckBox(self.tr(kind.label))
            box.setToolTip(law(kind.basis))
            self.type_boxes[kind.value] = box
            grid.addWidget(box, number // 2, number % 2)
        what_layout.addLayout(grid)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.apply_suggestion = QPushButton(self.tr("Tick the suggestions"))
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.apply_suggestion)
        what_layout.addLayout(suggestion_row)
        self.subject = QLineEdit(placeholderText=self.tr("Subject or a one-line summary"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("The text of the request, or a summary of the letter"))
        self.body.setMinimumHeight(90)
        what_layout.addWidget(self.subject)
        what_layout.addWidget(self.body)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 6, 0)
        # What is asked sits next to the text it is read from, before who asks it.
        form_layout.addWidget(self.source)
        form_layout.addWidget(what)
        form_layout.addWidget(self.requester)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        # -- the live panel -------------------------------------------------------------------
        self.panel = ResponsiblePanel(companies)

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(self.panel)
        # A reply to a case already logged is filed there instead (the officer's choice).
        self.reply = ReplyBanner(follow_up) if follow_up is not None else None
        if self.reply is not None:
            self.reply.filed.connect(self._on_filed_in_case)
            self.content.addWidget(self.reply)
        self.content.addLayout(body)

        # The service's field names: a refusal marks the widget and is named on the error line.
        for name, widget in {
            "channel": self.source.channel, "received": self.source.received, "letter-date": self.source.letter_date,
            "fax-number": self.source.fax_number, **self.requester.field_widgets(),
            "company": self.panel.override_company, "company-reason": self.panel.override_reason,
            "subject": self.subject, "body": self.body, "type": what,
        }.items():  # fmt: skip
            self.bind_field(widget, name)
        self.bind_field(self.source.files, "file", "attachment", "scan")

        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self.refresh_panel)
        who, panel = self.requester, self.panel
        for signal in (
            self.source.channel.currentIndexChanged, who.customer.currentIndexChanged,
            who.delivery_country.currentTextChanged, who.location.textChanged,
            who.contract_company.currentIndexChanged, who.context.currentIndexChanged,
            panel.override.toggled, panel.override_company.currentIndexChanged,
            self.source.received.dateChanged, who.name.textChanged, who.email.textChanged,
            who.postcode.textChanged, who.customer_number.textChanged,
        ):  # fmt: skip
            signal.connect(self._refresh_timer.start)
        self.source.channel.currentIndexChanged.connect(self._on_channel_changed)
        # Typed or pasted text is read for request types too (suggested, never ticked).
        self._suggest_timer = QTimer(self, singleShot=True, interval=300)
        self._suggest_timer.timeout.connect(self._show_suggestions)
        self.subject.textChanged.connect(self._suggest_timer.start)
        self.body.textChanged.connect(self._suggest_timer.start)
        self.source.open_message.clicked.connect(self._on_open_message)
        self.source.attach_scan.clicked.connect(self._on_attach_scan)
        self.apply_suggestion.clicked.connect(self.tick_suggestions)
        for button in (self.source.open_message, self.source.attach_scan, self.apply_suggestion):
            button.setAutoDefault(False)  # Enter saves; it must not open a file chooser
        self._on_channel_changed()
        self._show_suggestions()
        self.refresh_panel()

    # -- filling the form -------------------------------------------------------------------------
    def set_channel(self, channel: str) -> None:
        self.source.set_channel(channel)

    def _on_filed_in_case(self, case_id: int, _reference: str) -> None:
        self._refresh_timer.stop()
        self._suggest_timer.stop()
        self.filed_in_case.emit(case_id)
        QDialog.accept(self)  # nothing to log: the message is in its case

    def _on_file_failed(self, exc: Exception) -> None:
        self.source.note.setText(self.tr("The file was not read."))
        if isinstance(exc, ValidationError):
            self.show_validation(exc)
        else:
            self.show_error("file", self.tr("The file could not be read."))
        self.message_loaded.emit()

    def _show_suggestions(self) -> None:
        text = " ".join((self.subject.text(), self.body.toPlainText()))
        found = self.intake.suggest_types(text)
        self._suggested = [kind for kind, _word in found]
        if found:
            words = ", ".join(f"{type_label(kind)} (“{word}”)" for kind, word in found)
            self.suggestion.setText(self.tr("Suggested from the text: %1").replace("%1", words))
        else:
            self.suggestion.setText(self.tr("No request type recognised in the text yet."))
        self.apply_suggestion.setEnabled(bool(found))

    def tick_suggestions(self) -> None:
        """The officer confirms the suggestions; they are never ticked on their own."""
        for value in self._suggested:
            self.type_boxes[value].setChecked(True)

    # -- the draft and the live panel -------------------------------------------------------------
    def draft(self) -> CaseDraft:
        channel = self.source.channel.currentData()
        attachments: tuple[Attachment, ...] = ()
        if channel == "email" and self._message is not None:
            attachments = message_attachments(self._message)
        elif channel in ("letter", "fax"):
            attachments = tuple(self._scans)
        return CaseDraft(
            channel=channel,
            received=pydate(self.source.received.date()),
            types=[value for value, box in self.type_boxes.items() if box.isChecked()],
            requester=self.requester.requester(),
            context=self.requester.context.currentData(),
            contract_company_id=self.requester.contract_company.currentData(),
            company_id=self.panel.chosen_company(),
            company_reason=self.panel.override_reason.text(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            letter_date=self.source.letter_dated(),
            fax_number=self.source.fax_number.text() if channel == "fax" else None,
            attachments=attachments,
            link_to=tuple(d["id"] for d in self._duplicates)
            if self.panel.link_duplicates.isChecked()
            else (),
        )

    def refresh_panel(self) -> None:
        draft = self.draft()
        try:
            routing = self.cases.routing_for(draft)
            company = self.register.company(routing.company.id)
        except ValidationError as exc:
            self.panel.show_refusal(exc.field, refusal_text(exc))
            return
        self.panel.show_routing(company, routing)
        self._show_arrival(company)
        self.panel.show_deadline(
            self.cases.deadline_for(pydate(self.source.received.date()), company)
        )
        self._duplicates = self.cases.open_cases_of(draft.requester)
        self.panel.show_open_cases(self._duplicates)

    def _set_received(self, day: datetime.date) -> None:
        self.source.received.blockSignals(True)
        self.source.received.setDate(qdate(min(day, self.cases.today())))
        self.source.received.blockSignals(False)

    def _on_received_edited(self, day: QDate) -> None:
        self._received_by_hand = True  # the officer's date stands; the arrival no longer moves it
        self.source.letter_date.calendar_month(pydate(day))

    def _show_arrival(self, company: Any) -> None:
        """The legal received date is the arrival's day where the responsible company is."""
        if self._arrived_at is None:
            self.source.arrival_label.hide()
            return
        zone = company.time_zone
        if not self._received_by_hand:
            self._set_received(self.cases.received_date_at(self._arrived_at, company.id))
        there = local_time(self._arrived_at, zone)
        utc = local_time(self._arrived_at, "UTC")
        text = (
            self.tr("Arrived %1 UTC, that is %2 in %3, where %4 receives it.")
            .replace("%1", nice_moment(utc))
            .replace("%2", nice_moment(there))
            .replace("%3", zone)
            .replace("%4", company.name)
        )
        if self._written_at is not None and self._written_at != self._arrived_at:
            text += " " + self.tr("The sender wrote it %1 (the Date: header).").replace(
                "%1", nice_moment(self._written_at, zone=True)
            )
        self.source.arrival_label.setText(text)
        self.source.arrival_label.show()

    # -- leaving -------------------------------------------------------------------------------
    def has_input(self) -> bool:
        """Anything typed, ticked or read in that Cancel would throw away."""
        return self.logged is None and (
            self.requester.has_input()
            or bool(self.subject.text().strip())
            or bool(self.body.toPlainText().strip())
            or any(box.isChecked() for box in self.type_boxes.values())
            or self._message is not None
            or bool(self._scans)
        )

    def confirm_discard(self) -> bool:
        """Asked before a filled form is thrown away; tests replace it."""
        answer = QMessageBox.question(
            self,
            self.tr("Discard this request?"),
            self.tr("Nothing of this request has been stored yet. Discard what was entered?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:  # Cancel, Escape and the window's close button all come here
        if self.has_input() and not self.confirm_discard():
            return
        super().reject()

    # -- saving -------------------------------------------------------------------------------
    save = FormDialog.submit  # log the case, or show why not (the buttons go through accept)

    def apply(self) -> None:
        self._refresh_timer.stop()
        self.refresh_panel()
        self.logged = self.cases.log_case(self.draft())
        self.case_logged.emit(self.logged.id)

    def caption(self, name: str) -> str:
        return field_caption(name)

    # -- channel-dependent parts, files ---------------------------------------------------------
    def _on_channel_changed(self) -> None:
        channel = self.source.channel.currentData()
        self.source.show_channel_parts(channel)
        files = self.source.files
        files.clear()
        if channel == "email" and self._message is not None:
            for item in message_attachments(self._message):
                files.addItem(item.filename)
        elif channel in ("letter", "fax"):
            for scan in self._scans:
                files.addItem(scan.filename)
