"""Logging a request: one dialog for every channel, with the responsible company and deadline live."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.arrival import local_time
from desktop.core.errors import ValidationError
from desktop.core.requests import Channel, RequestType
from desktop.core.routing import Context
from desktop.intake import IntakeDraft
from desktop.services.cases import Attachment, CaseDraft, LoggedCase, Requester
from desktop.services.desk import Services
from desktop.services.intake import MESSAGE_SUFFIXES, SCAN_SUFFIXES, message_attachments
from desktop.ui.dates import DateEdit
from desktop.ui.files import choose_file_to_open
from desktop.ui.marks import InvalidMarks
from desktop.ui.ops import run_in_background
from desktop.ui.text import plural, pydate, qdate

_CONTEXTS = (
    (Context.ORDER, "An order or contract"),
    (Context.SERVICE, "A service request"),
    (Context.MARKETING, "Direct mail, advertising"),
    (Context.CREDIT, "A credit check"),
    (Context.WEBSITE, "Visiting the website (cookies, analytics)"),
    (Context.LOCATION, "A particular location"),
)
_LANGUAGES = (("nl", "Dutch"), ("de", "German"), ("en", "English"))


class IntakeDialog(QDialog):
    """Nothing is stored until Save; a bad field is marked and named, and the dialog stays open."""

    case_logged = Signal(int)
    message_loaded = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Log a request"))
        self.setAcceptDrops(True)
        self.resize(1180, 760)
        self.logged: LoggedCase | None = None
        self._message: IntakeDraft | None = None
        self._scans: list[Attachment] = []
        self._suggested: list[str] = []
        self._duplicates: list[dict[str, Any]] = []
        self._marks = InvalidMarks()
        today = services.ctx.clock.today()

        # -- how it came in -------------------------------------------------------------------
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(self.tr(channel.label), channel.value)
        self.received = DateEdit(today)
        self.received.setMaximumDate(qdate(today))
        self.received.setToolTip(self.tr("The date the request reached any official channel"))
        self.received.dateChanged.connect(self._on_received_edited)
        self._arrived_at: datetime.datetime | None = None  # from the message's Received: header
        self._written_at: datetime.datetime | None = None
        self._received_by_hand = False
        self.arrival_label = QLabel()
        self.arrival_label.setWordWrap(True)
        self.arrival_label.setObjectName("countLabel")
        self.arrival_label.hide()
        self.letter_date = DateEdit()
        self.letter_date.setSpecialValueText(self.tr("not dated"))
        self.letter_date.setMinimumDate(QDate(1990, 1, 1))
        self.letter_date.setDate(self.letter_date.minimumDate())
        self.letter_date.calendar_month(today)  # not January 1990
        self.fax_number = QLineEdit(placeholderText="+31 30 123 45 67")
        self.open_message = QPushButton(self.tr("Open message file…"))
        self.attach_scan = QPushButton(self.tr("Attach scan…"))
        self.source_label = QLabel(
            self.tr("Drop an .eml or .msg file, or a scan, onto this dialog.")
        )
        self.source_label.setWordWrap(True)
        self.source_label.setObjectName("countLabel")
        self.files = QListWidget()
        self.files.setMaximumHeight(72)

        source = QGroupBox(self.tr("How it came in"))
        source_form = QFormLayout(source)
        source_form.addRow(self.tr("Channel"), self.channel)
        source_form.addRow(self.tr("Received on"), self.received)
        source_form.addRow(self.arrival_label)
        self._letter_row = QLabel(self.tr("Letter dated"))
        source_form.addRow(self._letter_row, self.letter_date)
        self._fax_row = QLabel(self.tr("Fax number"))
        source_form.addRow(self._fax_row, self.fax_number)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_message)
        buttons.addWidget(self.attach_scan)
        buttons.addStretch(1)
        source_form.addRow(buttons)
        source_form.addRow(self.source_label)
        source_form.addRow(self.tr("Files kept"), self.files)

        # -- who ------------------------------------------------------------------------------
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText(self.tr("Street and number\nPostcode and town"))
        self.address.setFixedHeight(62)
        self.postcode = QLineEdit()
        self.customer_number = QLineEdit()
        self.customer = QComboBox()
        self.customer.addItem(self.tr("Consumer"), "consumer")
        self.customer.addItem(self.tr("Business customer"), "business")
        self.delivery_country = QComboBox(editable=True)
        self.delivery_country.addItem("", None)
        for code in sorted(
            {c for co in services.register.companies() for c in co.countries} | {"US"}
        ):
            self.delivery_country.addItem(code, code)
        self.delivery_country.lineEdit().setPlaceholderText(self.tr("e.g. NL"))
        self.delivery_country.setMinimumWidth(110)
        self.location = QLineEdit(placeholderText=self.tr("delivery or service location"))
        self.contract_company = QComboBox()
        self.contract_company.addItem(self.tr("— none named —"), None)
        for company in services.register.companies():
            self.contract_company.addItem(company.name, company.id)
        self.language = QComboBox()
        for code, label in _LANGUAGES:
            self.language.addItem(self.tr(label), code)
        self.context = QComboBox()
        for context, label in _CONTEXTS:
            self.context.addItem(self.tr(label), context.value)

        who = QGroupBox(self.tr("Requester"))
        who_form = QFormLayout(who)
        who_form.addRow(self.tr("Name"), self.name)
        who_form.addRow(self.tr("Email"), self.email)
        who_form.addRow(self.tr("Phone"), self.phone)
        who_form.addRow(self.tr("Address"), self.address)
        pair = QHBoxLayout()
        pair.addWidget(self.postcode)
        pair.addWidget(QLabel(self.tr("Customer no.")))
        pair.addWidget(self.customer_number)
        who_form.addRow(self.tr("Postcode"), pair)
        who_form.addRow(self.tr("Customer"), self.customer)
        place = QHBoxLayout()
        place.addWidget(self.delivery_country)
        place.addWidget(self.location, 1)
        who_form.addRow(self.tr("Delivery country"), place)
        who_form.addRow(self.tr("Contract names"), self.contract_company)
        who_form.addRow(self.tr("Reply in"), self.language)
        who_form.addRow(self.tr("It concerns"), self.context)

        # -- what -----------------------------------------------------------------------------
        self.type_boxes: dict[str, QCheckBox] = {}
        what = QGroupBox(self.tr("What is asked (one or more)"))
        what_layout = QVBoxLayout(what)
        grid = QGridLayout()
        for number, kind in enumerate(RequestType):
            box = QCheckBox(self.tr(kind.label))
            box.setToolTip(kind.basis)
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
        form_layout.addWidget(source)
        form_layout.addWidget(what)
        form_layout.addWidget(who)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        # -- the live panel -------------------------------------------------------------------
        self.company_name = QLabel()
        self.company_name.setObjectName("pageTitle")
        self.company_name.setWordWrap(True)
        self.sample_badge = QLabel(self.tr("Sample company"))
        self.sample_badge.setObjectName("sampleBadge")
        self.routing_reason = QLabel()
        self.routing_reason.setWordWrap(True)
        self.routing_warning = QLabel()
        self.routing_warning.setObjectName("warning")
        self.routing_warning.setWordWrap(True)
        self.override = QCheckBox(self.tr("Another company is responsible"))
        self.override_company = QComboBox()
        for company in services.register.companies():
            self.override_company.addItem(company.name, company.id)
        self.override_reason = QLineEdit(placeholderText=self.tr("Why (recorded in the audit log)"))
        self.due_label = QLabel()
        self.due_label.setObjectName("pageTitle")
        self.extended_label = QLabel()
        self.deadline_explanation = QLabel()
        self.deadline_explanation.setWordWrap(True)
        self.deadline_explanation.setObjectName("countLabel")
        self.duplicate_warning = QLabel()
        self.duplicate_warning.setObjectName("warning")
        self.duplicate_warning.setWordWrap(True)
        self.link_duplicates = QCheckBox(self.tr("Link the new case to the open case(s)"))
        self.link_duplicates.setChecked(True)

        company_box = QGroupBox(self.tr("Responsible company"))
        company_layout = QVBoxLayout(company_box)
        name_row = QHBoxLayout()
        name_row.addWidget(self.company_name, 1)
        name_row.addWidget(self.sample_badge, 0, Qt.AlignmentFlag.AlignTop)
        company_layout.addLayout(name_row)
        company_layout.addWidget(self.routing_reason)
        company_layout.addWidget(self.routing_warning)
        company_layout.addWidget(self.override)
        company_layout.addWidget(self.override_company)
        company_layout.addWidget(self.override_reason)
        deadline_box = QGroupBox(self.tr("Deadline"))
        deadline_layout = QVBoxLayout(deadline_box)
        deadline_layout.addWidget(self.due_label)
        deadline_layout.addWidget(self.extended_label)
        deadline_layout.addWidget(self.deadline_explanation)
        panel = QWidget()
        panel.setMinimumWidth(360)
        panel.setMaximumWidth(430)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(6, 0, 0, 0)
        panel_layout.addWidget(company_box)
        panel_layout.addWidget(deadline_box)
        panel_layout.addWidget(self.duplicate_warning)
        panel_layout.addWidget(self.link_duplicates)
        panel_layout.addStretch(1)

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._field_widgets: dict[str, QWidget] = {
            "channel": self.channel, "received": self.received, "letter-date": self.letter_date,
            "fax-number": self.fax_number, "name": self.name, "email": self.email,
            "phone": self.phone, "address": self.address, "postcode": self.postcode,
            "customer-number": self.customer_number, "customer": self.customer,
            "delivery-country": self.delivery_country, "location": self.location,
            "contract-company": self.contract_company, "language": self.language,
            "context": self.context, "company": self.override_company,
            "company-reason": self.override_reason, "subject": self.subject, "body": self.body,
            "type": what, "attachment": self.files, "scan": self.files, "file": self.files,
        }  # fmt: skip

        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self.refresh_panel)
        for signal in (
            self.channel.currentIndexChanged, self.customer.currentIndexChanged,
            self.delivery_country.currentTextChanged, self.location.textChanged,
            self.contract_company.currentIndexChanged, self.context.currentIndexChanged,
            self.override.toggled, self.override_company.currentIndexChanged,
            self.received.dateChanged, self.name.textChanged, self.email.textChanged,
            self.postcode.textChanged, self.customer_number.textChanged,
        ):  # fmt: skip
            signal.connect(self._refresh_timer.start)
        self.channel.currentIndexChanged.connect(self._on_channel_changed)
        # Typed or pasted text is read for request types too (suggested, never ticked).
        self._suggest_timer = QTimer(self, singleShot=True, interval=300)
        self._suggest_timer.timeout.connect(self._show_suggestions)
        self.subject.textChanged.connect(self._suggest_timer.start)
        self.body.textChanged.connect(self._suggest_timer.start)
        self.open_message.clicked.connect(self._on_open_message)
        self.attach_scan.clicked.connect(self._on_attach_scan)
        self.apply_suggestion.clicked.connect(self.tick_suggestions)
        for button in (self.open_message, self.attach_scan, self.apply_suggestion):
            button.setAutoDefault(False)  # Enter saves; it must not open a file chooser
        self._on_channel_changed()
        self._show_suggestions()
        self.refresh_panel()

    # -- filling the form -------------------------------------------------------------------------
    def set_channel(self, channel: str) -> None:
        self.channel.setCurrentIndex(self.channel.findData(channel))

    def load_file(self, path: Path) -> None:
        """A message file fills the form (read off the UI thread); a scan is attached."""
        suffix = path.suffix.lower()
        if suffix in MESSAGE_SUFFIXES:
            self.source_label.setText(self.tr("Reading the message…"))
            reader = self.services.intake.read_message
            run_in_background(lambda: reader(path), self._on_message_read, self._on_file_failed)
        elif suffix in SCAN_SUFFIXES:
            self.add_scan(path)
        else:
            self._show_error(
                "file", self.tr("Use an .eml or .msg message, or a PDF or image scan.")
            )

    def add_scan(self, path: Path) -> None:
        try:
            scan = self.services.intake.read_scan(path)
        except ValidationError as exc:
            self._show_error(exc.field, exc.message)
            return
        self._scans.append(scan)
        self.files.addItem(
            f"{scan.filename}  ({scan.media_type}, {len(scan.content) / 1024:.0f} KB)"
        )
        if self.channel.currentData() not in ("letter", "fax"):
            self.set_channel("letter")
        self._clear_errors()

    def _on_message_read(self, draft: IntakeDraft) -> None:
        self._message = draft
        self.set_channel("email")
        self._arrived_at, self._written_at = draft.received_at, draft.written_at
        self._received_by_hand = False
        if draft.received:
            self._set_received(draft.received)
        self.name.setText(draft.sender_name or "")
        self.email.setText(draft.sender_email or "")
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        if draft.language:
            self.language.setCurrentIndex(self.language.findData(draft.language))
        self.files.clear()
        for item in message_attachments(draft):
            self.files.addItem(
                f"{item.filename}  ({item.media_type}, {len(item.content) / 1024:.0f} KB)"
            )
        missing = []
        if draft.received is None:
            missing.append(self.tr("the date it arrived"))
        if not draft.sender_name and not draft.sender_email:
            missing.append(self.tr("the sender"))
        text = plural(
            self.files.count(),
            self.tr("Message read: 1 file kept."),
            self.tr("Message read: %1 files kept."),
        )
        if missing:
            text += " " + self.tr("Not in the message, please fill in: %1.").replace(
                "%1", ", ".join(missing)
            )
        self.source_label.setText(text)
        self._clear_errors()
        if draft.received is None:
            self._mark(self.received)
        self._show_suggestions()
        self.refresh_panel()
        self.message_loaded.emit()

    def _on_file_failed(self, exc: Exception) -> None:
        self.source_label.setText(self.tr("The file was not read."))
        if isinstance(exc, ValidationError):
            self._show_error(exc.field, exc.message)
        else:
            self._show_error("file", self.tr("The file could not be read."))
        self.message_loaded.emit()

    def _show_suggestions(self) -> None:
        text = " ".join((self.subject.text(), self.body.toPlainText()))
        from desktop.intake import suggest_request_types

        found = suggest_request_types(text) if text.strip() else ()
        self._suggested = [s.type.value for s in found]
        if found:
            words = ", ".join(f"{self.tr(s.type.label)} (“{s.keyword}”)" for s in found)
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
        channel = self.channel.currentData()
        attachments: tuple[Attachment, ...] = ()
        if channel == "email" and self._message is not None:
            attachments = message_attachments(self._message)
        elif channel in ("letter", "fax"):
            attachments = tuple(self._scans)
        letter = self.letter_date.date()
        return CaseDraft(
            channel=channel,
            received=pydate(self.received.date()),
            types=[value for value, box in self.type_boxes.items() if box.isChecked()],
            requester=Requester(
                name=self.name.text(),
                email=self.email.text(),
                phone=self.phone.text(),
                address=self.address.toPlainText(),
                postcode=self.postcode.text(),
                customer_number=self.customer_number.text(),
                customer=self.customer.currentData(),
                delivery_country=self.delivery_country.currentText(),
                delivery_location=self.location.text(),
                language=self.language.currentData(),
            ),
            context=self.context.currentData(),
            contract_company_id=self.contract_company.currentData(),
            company_id=self.override_company.currentData() if self.override.isChecked() else None,
            company_reason=self.override_reason.text(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            letter_date=None if letter == self.letter_date.minimumDate() else pydate(letter),
            fax_number=self.fax_number.text() if channel == "fax" else None,
            attachments=attachments,
            link_to=tuple(d["id"] for d in self._duplicates)
            if self.link_duplicates.isChecked()
            else (),
        )

    def refresh_panel(self) -> None:
        draft = self.draft()
        try:
            routing = self.services.cases.routing_for(draft)
            company = self.services.register.company(routing.company.id)
        except ValidationError as exc:
            self.company_name.setText("—")
            self.routing_reason.setText(f"{exc.field}: {exc.message}")
            self.routing_warning.hide()
            self.sample_badge.hide()
            self.due_label.setText("—")
            return
        self.company_name.setText(company.name)
        self.sample_badge.setVisible(company.is_sample)
        self._show_arrival(company)
        self.routing_reason.setText(routing.reason)
        self.routing_warning.setText(routing.warning or "")
        self.routing_warning.setVisible(bool(routing.warning))
        self.override_company.setVisible(self.override.isChecked())
        self.override_reason.setVisible(self.override.isChecked())
        deadline = self.services.cases.deadline_for(pydate(self.received.date()), company)
        self.due_label.setText(self.tr("Due %1").replace("%1", deadline.due.strftime("%d %B %Y")))
        self.extended_label.setText(
            self.tr("If extended: %1").replace("%1", deadline.extended_due.strftime("%d %B %Y"))
        )
        self.deadline_explanation.setText(deadline.explanation)
        self._duplicates = self.services.cases.open_cases_of(draft.requester)
        if self._duplicates:
            refs = ", ".join(d["reference"] for d in self._duplicates[:5])
            self.duplicate_warning.setText(
                self.tr("This person already has %n open case(s): ", "", len(self._duplicates))
                + refs
            )
        self.duplicate_warning.setVisible(bool(self._duplicates))
        self.link_duplicates.setVisible(bool(self._duplicates))

    def _set_received(self, day: datetime.date) -> None:
        self.received.blockSignals(True)
        self.received.setDate(qdate(min(day, self.services.ctx.clock.today())))
        self.received.blockSignals(False)

    def _on_received_edited(self, day: QDate) -> None:
        self._received_by_hand = True  # the officer's date stands; the arrival no longer moves it
        self.letter_date.calendar_month(pydate(day))

    def _show_arrival(self, company: Any) -> None:
        """The legal received date is the arrival's day where the responsible company is."""
        if self._arrived_at is None:
            self.arrival_label.hide()
            return
        zone = company.time_zone
        if not self._received_by_hand:
            self._set_received(self.services.cases.received_date_at(self._arrived_at, company.id))
        there = local_time(self._arrived_at, zone)
        utc = local_time(self._arrived_at, "UTC")
        text = (
            self.tr("Arrived %1 UTC, that is %2 in %3, where %4 receives it.")
            .replace("%1", utc.strftime("%d %b %Y %H:%M"))
            .replace("%2", there.strftime("%d %b %Y %H:%M"))
            .replace("%3", zone)
            .replace("%4", company.name)
        )
        if self._written_at is not None and self._written_at != self._arrived_at:
            text += " " + self.tr("The sender wrote it %1 (the Date: header).").replace(
                "%1", self._written_at.strftime("%d %b %Y %H:%M %z")
            )
        self.arrival_label.setText(text)
        self.arrival_label.show()

    # -- leaving -------------------------------------------------------------------------------
    def has_input(self) -> bool:
        """Anything typed, ticked or read in that Cancel would throw away."""
        typed = (self.name, self.email, self.phone, self.subject, self.customer_number)
        return self.logged is None and (
            any(edit.text().strip() for edit in typed)
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
    def save(self) -> None:
        self._clear_errors()
        self._refresh_timer.stop()
        self.refresh_panel()
        try:
            self.logged = self.services.cases.log_case(self.draft())
        except ValidationError as exc:
            self._show_error(exc.field, exc.message)
            return
        self.case_logged.emit(self.logged.id)
        self.accept()

    def _show_error(self, field: str, message: str) -> None:
        widget = self._field_widgets.get(field)
        if widget is not None:
            self._mark(widget)
            widget.setFocus()
        label = field.replace("-", " ").capitalize()
        # "Name is required" reads better than "Name: is required"; other messages keep a colon.
        joined = message.split(" ", 1)[0] in ("is", "contains", "lies", "has")
        self.error.setText(f"{label} {message}" if joined else f"{label}: {message}")

    def _mark(self, widget: QWidget) -> None:
        self._marks.mark(widget)

    def _clear_errors(self) -> None:
        self._marks.clear()
        self.error.clear()

    def invalid_widgets(self) -> list[QWidget]:
        return list(self._marks.marked)

    # -- channel-dependent parts, files ---------------------------------------------------------
    def _on_channel_changed(self) -> None:
        channel = self.channel.currentData()
        paper = channel in ("letter", "fax")
        self._letter_row.setVisible(paper)
        self.letter_date.setVisible(paper)
        self._fax_row.setVisible(channel == "fax")
        self.fax_number.setVisible(channel == "fax")
        self.open_message.setVisible(channel == "email")
        self.attach_scan.setVisible(paper)
        self.files.clear()
        if channel == "email" and self._message is not None:
            for item in message_attachments(self._message):
                self.files.addItem(item.filename)
        elif paper:
            for scan in self._scans:
                self.files.addItem(scan.filename)
        self.files.setVisible(channel == "email" or paper)

    def _on_open_message(self) -> None:
        path = self._choose_file(self.tr("Email messages (*.eml *.msg)"))
        if path:
            self.load_file(path)

    def _on_attach_scan(self) -> None:
        path = self._choose_file(self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)"))
        if path:
            self.add_scan(path)

    def _choose_file(self, filter_text: str) -> Path | None:
        return choose_file_to_open(self, self.tr("Choose a file"), filter_text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.load_file(Path(url.toLocalFile()))
        event.acceptProposedAction()
