"""One case, all of it: header with the deadline, tabs for its file, and the actions on it."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import CaseAction, CaseStatus, allowed_actions
from desktop.core.errors import StoreError, ValidationError
from desktop.core.requests import Channel, Outcome, RequestType
from desktop.services.desk import Services
from desktop.ui.dialogs.case_actions import (
    CloseDialog,
    ExtendDialog,
    IdCheckedDialog,
    IdDocumentDialog,
    NoteDialog,
    PauseDialog,
    ReopenDialog,
    ResumeDialog,
    TransferDialog,
)
from desktop.ui.dialogs.case_history import (
    ACTION_LABELS,
    CUSTOMER_LABELS,
    LANGUAGE_LABELS,
    audit_summary,
    enum_label,
    file_kind,
    file_size,
    safe_filename,
    translated,
    when_text,
)
from desktop.ui.dialogs.decisions import (
    AddRecipientsDialog,
    AssessObjectionDialog,
    DecisionsTab,
    DeletedDialog,
    ErasureDialog,
    ExemptDialog,
    HoldDialog,
    MarketingObjectionDialog,
    NotifiedDialog,
    UnsubscribeDialog,
    WithdrawalDialog,
)
from desktop.ui.dialogs.form import ActionDialog
from desktop.ui.files import choose_file_to_open
from desktop.ui.models.case_table import MUTED, SOON, days_left_colour, type_labels
from desktop.ui.text import nice_date, plural
from desktop.ui.widgets import fit_height, make_table, plain_label, table_cell


def _set_colour(label: QLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


_D = TypeVar("_D", bound=ActionDialog)


class CaseFileDialog(QDialog):
    """Non-modal: the main window `.show()`s it; action dialogs are `.open()`ed over it."""

    case_changed = Signal(int)

    def __init__(self, services: Services, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self.case: dict[str, Any] = {}
        self.action_dialog: ActionDialog | None = None
        self._temp_dir: Path | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(880, 560)
        self.resize(1180, 740)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self._build_requests_tab(), self.tr("Requests"))
        self.decisions_tab = self._build_decisions_tab()
        self.tabs.addTab(self.decisions_tab, self.tr("Decisions"))
        self.tabs.addTab(self._build_correspondence_tab(), self.tr("Correspondence"))
        self.tabs.addTab(self._build_requester_tab(), self.tr("Requester"))
        self.tabs.addTab(self._build_notes_tab(), self.tr("Notes"))
        self.tabs.addTab(self._build_history_tab(), self.tr("History"))
        for number in range(self.tabs.count()):
            QShortcut(
                QKeySequence(f"Ctrl+{number + 1}"),
                self,
                activated=lambda n=number: self.tabs.setCurrentIndex(n),
            )
            self.tabs.setTabToolTip(number, f"Ctrl+{number + 1}")

        self.message = plain_label(object_name="countLabel")
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_box.rejected.connect(self.reject)
        close_box.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self._build_header())
        layout.addWidget(self.routing_warning)
        layout.addWidget(self.id_copy_warning)
        layout.addLayout(self._build_actions())
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.reload()
        self.tabs.setFocus()  # not the "Why this date?" link: the file is what one reads

    # -- building -------------------------------------------------------------------------------
    def _build_header(self) -> QFrame:
        self.reference_label = plain_label(object_name="pageTitle", wrap=False)
        self.status_label = plain_label(wrap=False)
        self.status_label.setFont(_bold(self.status_label.font(), 1))
        self.requester_label = plain_label()
        self.requester_label.setFont(_bold(self.requester_label.font(), 1))
        self.requester_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.received_label = plain_label()
        self.company_label = plain_label(wrap=False)
        self.company_label.setFont(_bold(self.company_label.font()))
        self.sample_badge = QLabel(self.tr("Sample"))
        self.sample_badge.setObjectName("sampleBadge")
        self.sample_badge.setToolTip(
            self.tr(
                "A sample entry of the company register: check its details before relying on it."
            )
        )
        self.routing_label = plain_label(object_name="countLabel")
        self.routing_warning = plain_label(object_name="warning")
        self.id_copy_warning = plain_label(object_name="warning")

        self.due_label = plain_label()
        self.due_label.setFont(_bold(self.due_label.font(), 3))
        self.clock_label = plain_label()
        self.why_button = QToolButton()
        self.why_button.setText(self.tr("Why this date?"))
        self.why_button.setCheckable(True)
        self.why_button.setAutoRaise(True)
        self.why_button.setCursor(Qt.CursorShape.PointingHandCursor)
        link = self.why_button.font()
        link.setUnderline(True)
        self.why_button.setFont(link)
        palette = self.why_button.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1d4ed8"))
        self.why_button.setPalette(palette)
        self.why_button.toggled.connect(self._on_why_toggled)
        self.explanation_label = plain_label(object_name="countLabel")
        self.explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation_label.hide()

        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.reference_label)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignBaseline)
        title_row.addStretch(1)
        company_row = QHBoxLayout()
        company_row.setSpacing(8)
        company_row.addWidget(plain_label(self.tr("Responsible:"), wrap=False))
        company_row.addWidget(self.company_label)
        company_row.addWidget(self.sample_badge)
        company_row.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(3)
        left.addLayout(title_row)
        left.addWidget(self.requester_label)
        left.addWidget(self.received_label)
        left.addSpacing(4)
        left.addLayout(company_row)
        left.addWidget(self.routing_label)

        right = QVBoxLayout()
        right.setSpacing(3)
        right.addWidget(self.due_label)
        right.addWidget(self.clock_label)
        right.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)
        deadline = QWidget()
        deadline.setLayout(right)
        deadline.setMinimumWidth(340)
        deadline.setMaximumWidth(430)

        card = QFrame()
        card.setObjectName("card")
        grid = QVBoxLayout(card)
        grid.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(left, 1)
        top.addWidget(deadline)
        grid.addLayout(top)
        grid.addWidget(self.explanation_label)
        return card

    def _build_actions(self) -> QHBoxLayout:
        # (button, the CaseAction that allows it; None = allowed while the case is not closed)
        self.pause_button = QPushButton(self.tr("Ask for &identification…"))
        self.id_document_button = QPushButton(self.tr("I&D document…"))
        self.id_checked_button = QPushButton(self.tr("Record ID &checked…"))
        self.resume_button = QPushButton(self.tr("Information &received"))
        self.extend_button = QPushButton(self.tr("E&xtend…"))
        self.transfer_button = QPushButton(self.tr("&Transfer…"))
        self.close_button = QPushButton(self.tr("C&lose case…"))
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.note_button = QPushButton(self.tr("Add &note…"))
        self.letter_button = QPushButton(self.tr("Letter…"))
        self.letter_button.setShortcut(QKeySequence("Ctrl+P"))
        self.letter_button.setToolTip(
            self.tr("Write the letter this case needs next, print it and keep it as sent (Ctrl+P)")
        )
        self.pause_button.setToolTip(self.tr("Stop the clock until identification arrives"))
        self.id_document_button.setToolTip(
            self.tr("File a scan of an ID; it is deleted when the check is recorded")
        )
        self.id_checked_button.setToolTip(
            self.tr('Note "ID checked on <date> by <officer>" and delete every ID copy')
        )
        self.resume_button.setToolTip(
            self.tr("The information arrived today: the clock runs again")
        )
        self._gates: list[tuple[QPushButton, CaseAction | None]] = [
            (self.pause_button, CaseAction.PAUSE),
            (self.id_document_button, None),
            (self.id_checked_button, None),
            (self.resume_button, CaseAction.RESUME),
            (self.extend_button, CaseAction.EXTEND),
            (self.transfer_button, CaseAction.TRANSFER),
            (self.close_button, CaseAction.CLOSE),
            (self.reopen_button, CaseAction.REOPEN),
        ]
        self.pause_button.clicked.connect(self.ask_for_identification)
        self.id_document_button.clicked.connect(self.attach_id_document)
        self.id_checked_button.clicked.connect(self.record_identity_checked)
        self.resume_button.clicked.connect(self.information_received)
        self.extend_button.clicked.connect(self.extend)
        self.transfer_button.clicked.connect(self.transfer)
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen)
        self.note_button.clicked.connect(self.add_note)
        self.letter_button.clicked.connect(self.open_letter)
        self.decide_button = self._build_decide_menu()
        row = QHBoxLayout()
        row.setSpacing(6)
        for button, _gate in self._gates:
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addWidget(self.decide_button)
        row.addStretch(1)
        self.note_button.setAutoDefault(False)
        row.addWidget(self.note_button)
        self.letter_button.setAutoDefault(False)
        row.addWidget(self.letter_button)
        return row

    def _build_decide_menu(self) -> QPushButton:
        """One "Decide" menu: six more buttons would not fit the row at the smallest size."""
        button = QPushButton(self.tr("Decid&e"))
        button.setAutoDefault(False)
        button.setToolTip(self.tr("Record the decision on an objection, withdrawal or erasure"))
        menu = QMenu(button)
        self.uphold_action = menu.addAction(self.tr("Uphold &marketing objection…"))
        self.uphold_action.triggered.connect(self.uphold_marketing_objection)
        self.unsubscribe_action = menu.addAction(self.tr("Confirm &unsubscribe…"))
        self.unsubscribe_action.triggered.connect(self.confirm_unsubscribe)
        self.assess_actions: dict[str, QAction] = {}
        for kind, text in (
            (RequestType.OBJECTION_INTERESTS, self.tr("&Assess objection (legitimate interests)…")),
            (RequestType.OBJECTION_CREDIT, self.tr("Assess objection to &credit check…")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=kind.value: self.assess_objection(k))
            self.assess_actions[kind.value] = action
        self.restrict_action = menu.addAction(self.tr("&Restrict while assessing"))
        self.restrict_action.setCheckable(True)
        self.restrict_action.setToolTip(
            self.tr(
                "Art. 18(1)(d): store but do not otherwise process while the objection is assessed"
            )
        )
        self.restrict_action.triggered.connect(self.set_restricted)
        self.withdrawal_action = menu.addAction(self.tr("Record &withdrawal…"))
        self.withdrawal_action.triggered.connect(self.record_withdrawal)
        self.erasure_action = menu.addAction(self.tr("Decide &erasure…"))
        self.erasure_action.triggered.connect(self.decide_erasure)
        menu.setToolTipsVisible(True)
        button.setMenu(menu)
        self.decide_menu = menu
        # Which action belongs to which request type; an action shows only if the case has it.
        self._decide_gates: list[tuple[QAction, set[str]]] = [
            (self.uphold_action, {RequestType.OBJECTION_MARKETING.value}),
            (self.unsubscribe_action, {RequestType.UNSUBSCRIBE.value}),
            *((action, {kind}) for kind, action in self.assess_actions.items()),
            (self.restrict_action, set(self.assess_actions)),
            (self.withdrawal_action, {RequestType.WITHDRAWAL.value}),
            (self.erasure_action, {RequestType.ERASURE.value}),
        ]
        return button

    def _build_decisions_tab(self) -> DecisionsTab:
        tab = DecisionsTab()
        tab.notified_button.clicked.connect(self.record_notified)
        tab.exempt_button.clicked.connect(self.record_exempt)
        tab.add_recipients_button.clicked.connect(self.add_recipients)
        tab.hold_button.clicked.connect(self.change_hold)
        tab.deleted_button.clicked.connect(self.record_deleted)
        return tab

    def _build_requests_tab(self) -> QWidget:
        self.requests_table = make_table(
            [self.tr("Request"), self.tr("Basis"), self.tr("Outcome"), self.tr("Note"),
             self.tr("Decided on")],
            stretch=3,
        )  # fmt: skip
        for column, width in enumerate((260, 150, 150, 0, 110)):
            if width:
                self.requests_table.horizontalHeader().resizeSection(column, width)
        # One closing note is shared by all requests: one line each here, in full below.
        self.requests_table.setWordWrap(False)
        self.requests_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.requests_table.verticalHeader().setDefaultSectionSize(30)
        self.requests_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.case_form = QFormLayout()
        self.deadline_form = QFormLayout()
        case_box = QGroupBox(self.tr("The request"))
        case_box.setLayout(self.case_form)
        deadline_box = QGroupBox(self.tr("Deadline"))
        deadline_box.setLayout(self.deadline_form)
        for form in (self.case_form, self.deadline_form):
            form.setContentsMargins(12, 16, 12, 10)
            form.setVerticalSpacing(6)
            form.setHorizontalSpacing(14)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        boxes = QHBoxLayout()
        boxes.setSpacing(12)
        boxes.addWidget(case_box, 1)
        boxes.addWidget(deadline_box, 1)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(12)
        layout.addWidget(self.requests_table)
        layout.addLayout(boxes)
        layout.addStretch(1)
        # Scrolls instead of squeezing when the window is small (1280x800 with a task bar).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.viewport().setAutoFillBackground(False)  # the tab's white, not the dialog grey
        page.setAutoFillBackground(False)
        return scroll

    def _build_correspondence_tab(self) -> QWidget:
        self.correspondence_list = make_table(
            [self.tr("Date"), self.tr("In/Out"), self.tr("Channel"), self.tr("Subject"),
             self.tr("Files")],
            stretch=3,
        )  # fmt: skip
        self.correspondence_list.setWordWrap(False)
        self.correspondence_list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.correspondence_list.verticalHeader().setDefaultSectionSize(28)
        for column, width in enumerate((104, 64, 82, 0, 48)):
            if width:
                self.correspondence_list.horizontalHeader().resizeSection(column, width)
        self.correspondence_list.currentCellChanged.connect(self._on_item_selected)

        self.item_subject = plain_label()
        self.item_subject.setFont(_bold(self.item_subject.font(), 1))
        self.item_meta = plain_label(object_name="countLabel")
        self.item_body = QPlainTextEdit()
        self.item_body.setReadOnly(True)
        self.item_body.setPlaceholderText(self.tr("No text: see the files."))
        self.attachment_list = make_table(
            [self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Kept")], stretch=0
        )
        self.attachment_list.setWordWrap(False)
        self.attachment_list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.attachment_list.verticalHeader().setDefaultSectionSize(28)
        for column, width in enumerate((0, 96, 72, 150)):
            if width:
                self.attachment_list.horizontalHeader().resizeSection(column, width)
        self.attachment_list.setMaximumHeight(130)
        self.attachment_list.activated.connect(self._on_attachment_activated)
        self.attachment_list.currentCellChanged.connect(self._update_open_button)
        self.attachment_list.setToolTip(self.tr("Double-click or Enter to open"))
        self.open_attachment_button = QPushButton(self.tr("Open &file"))
        self.open_attachment_button.setAutoDefault(False)
        self.open_attachment_button.setToolTip(self.tr("Open with the program set up for it"))
        self.open_attachment_button.clicked.connect(self._on_open_clicked)
        self.id_document_toggle = QPushButton(self.tr("Mark as ID document"))
        self.id_document_toggle.setAutoDefault(False)
        self.id_document_toggle.setToolTip(
            self.tr("An identity document is deleted, with every copy, when the check is recorded")
        )
        self.id_document_toggle.clicked.connect(self.toggle_id_document)
        self.files_label = plain_label(self.tr("Files"), wrap=False)
        self.files_label.setFont(_bold(self.files_label.font()))
        self.files_note = plain_label(object_name="countLabel")
        files_head = QHBoxLayout()
        files_head.addWidget(self.files_label)
        files_head.addStretch(1)
        files_head.addWidget(self.id_document_toggle)
        files_head.addWidget(self.open_attachment_button)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.setSpacing(6)
        detail_layout.addWidget(self.item_subject)
        detail_layout.addWidget(self.item_meta)
        detail_layout.addWidget(self.item_body, 1)
        detail_layout.addLayout(files_head)
        detail_layout.addWidget(self.files_note)
        detail_layout.addWidget(self.attachment_list)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.correspondence_list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 540])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(splitter)
        return page

    def _build_requester_tab(self) -> QWidget:
        self.requester_fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(12, 16, 12, 10)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in (
            ("name", self.tr("Name")), ("customer", self.tr("Customer")),
            ("email", self.tr("Email")), ("phone", self.tr("Phone")),
            ("address", self.tr("Address")), ("postcode", self.tr("Postcode")),
            ("customer_number", self.tr("Customer number")),
            ("delivery_country", self.tr("Delivery country")),
            ("delivery_location", self.tr("Delivery location")),
            ("language", self.tr("Reply in")),
        ):  # fmt: skip
            value = plain_label()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.requester_fields[key] = value
            form.addRow(caption, value)
        person = QGroupBox(self.tr("Requester"))
        person.setLayout(form)

        self.links_table = make_table(
            [self.tr("Reference"), self.tr("Status"), self.tr("Requests"), self.tr("Why linked")],
            stretch=3,
        )
        for column, width in enumerate((130, 110, 150)):
            self.links_table.horizontalHeader().resizeSection(column, width)
        self.links_table.doubleClicked.connect(self._on_link_activated)
        self.links_table.setToolTip(self.tr("Double-click to open the linked case"))
        self.no_links_label = plain_label(
            self.tr("No linked cases. Cases of the same person are linked at intake."),
            object_name="countLabel",
        )
        links = QGroupBox(self.tr("Linked cases"))
        links_layout = QVBoxLayout(links)
        links_layout.setContentsMargins(12, 16, 12, 10)
        links_layout.addWidget(self.no_links_label)
        links_layout.addWidget(self.links_table, 1)

        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(12)
        column = QVBoxLayout()
        column.addWidget(person)
        column.addStretch(1)
        layout.addLayout(column, 1)
        layout.addWidget(links, 1)
        return page

    def _build_notes_tab(self) -> QWidget:
        self.notes_table = make_table([self.tr("When"), self.tr("Who"), self.tr("Note")], stretch=2)
        self.notes_table.horizontalHeader().resizeSection(0, 140)
        self.notes_table.horizontalHeader().resizeSection(1, 130)
        self.no_notes_label = plain_label(self.tr("No notes yet."), object_name="countLabel")
        add = QPushButton(self.tr("Add note…"))
        add.setAutoDefault(False)
        add.setToolTip("Alt+N")
        add.clicked.connect(self.add_note)
        head = QHBoxLayout()
        head.addWidget(self.no_notes_label, 1)
        head.addWidget(add)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(head)
        layout.addWidget(self.notes_table, 1)
        return page

    def _build_history_tab(self) -> QWidget:
        self.history_table = make_table(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Details")], stretch=3
        )
        for column, width in enumerate((140, 130, 190)):
            self.history_table.horizontalHeader().resizeSection(column, width)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.history_table)
        return page

    # -- showing the case -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the case file again and show it; selections and the tab stay where they were."""
        self.case = self.services.cases.case_file(self.case_id)
        case = self.case
        self.setWindowTitle(self.tr("Case %1").replace("%1", case["reference"]))
        self._show_header(case)
        self._show_buttons(CaseStatus(case["status"]))
        self._show_requests(case)
        self._show_decisions(case)
        self._show_correspondence(case)
        self._show_requester(case)
        self._show_notes(case)
        self._show_history(case)
        # The row of actions sets how narrow the window may be: no button is ever cut.
        needed = self.layout().totalMinimumSize()
        # Never wider than the screen: past that the row's last buttons would be off screen.
        screen = self.screen().availableGeometry() if self.screen() else None
        width = max(880, needed.width())
        if screen is not None:
            width = min(width, screen.width() - 20)
        self.setMinimumSize(width, max(560, needed.height()))

    def _show_header(self, case: dict[str, Any]) -> None:
        status = CaseStatus(case["status"])
        self.reference_label.setText(case["reference"])
        status_text = self.tr(status.label)
        if case["extended"] and status is not CaseStatus.CLOSED:
            status_text += self.tr(" · extended")
        self.status_label.setText(status_text)
        _set_colour(
            self.status_label,
            {CaseStatus.OPEN: QColor("#1f2a37"), CaseStatus.AWAITING_ID: SOON}.get(status, MUTED),
        )
        types = ", ".join(enum_label(RequestType, r["type"]) for r in case["requests"])
        self.requester_label.setText(f"{case['requester']['name']} — {types}")
        received = self.tr("Received %1 by %2").replace("%1", nice_date(case["received"]))
        received = received.replace("%2", enum_label(Channel, case["channel"]).lower())
        if case["letter_date"]:
            received += " " + self.tr("(letter dated %1)").replace(
                "%1", nice_date(case["letter_date"])
            )
        self.received_label.setText(received)
        company = case["company"]
        self.company_label.setText(company["name"])
        self.sample_badge.setVisible(bool(company["is_sample"]))
        routing = case["routing"]
        self.routing_label.setText(routing["reason"] or "")
        self.company_label.setToolTip(routing["reason"] or "")
        self.routing_warning.setText(routing["warning"] or "")
        self.routing_warning.setVisible(bool(routing["warning"]))

        copies = self.id_copies()
        self.id_copy_warning.setText(
            plural(
                len(copies),
                self.tr("An ID copy is on file. Recording the identity check deletes it."),
                self.tr("%1 ID copies are on file. Recording the identity check deletes them."),
            )
        )
        self.id_copy_warning.setVisible(bool(copies))
        self._show_deadline(case, status)

    def _show_deadline(self, case: dict[str, Any], status: CaseStatus) -> None:
        today = self.services.ctx.clock.today()
        due = date.fromisoformat(case["current_due"])
        explanation = case["deadline_explanation"] or ""
        if case["paused_days"]:
            explanation += " " + self.tr("The clock was paused for %1 so far.").replace(
                "%1", self._days(case["paused_days"])
            )
        self.explanation_label.setText(explanation)
        self.due_label.setToolTip(explanation)
        due_text = self.tr("Due %1").replace("%1", nice_date(due))
        if status is CaseStatus.CLOSED:
            self.due_label.setText(
                self.tr("Closed on %1").replace("%1", nice_date(case["closed_at"]))
            )
            self.clock_label.setText(self.tr("It was due %1.").replace("%1", nice_date(due)))
            _set_colour(self.due_label, MUTED)
            return
        if status is CaseStatus.AWAITING_ID and case["paused_since"]:
            since = date.fromisoformat(case["paused_since"])
            left = (due - since).days
            self.due_label.setText(f"{due_text} — " + self.tr("clock paused"))
            self.clock_label.setText(
                self.tr(
                    "Clock paused since %1, with %2 left; the deadline moves on by the days waited."
                )
                .replace("%1", nice_date(since))
                .replace("%2", self._days(left) if left >= 0 else self.tr("none"))
            )
            _set_colour(self.due_label, SOON if left >= 0 else days_left_colour(left))
            return
        days = (due - today).days
        if days < 0:
            count = self.tr("1 day overdue") if days == -1 else self.tr("%1 days overdue")
            left_text = count.replace("%1", str(-days))
        elif days == 0:
            left_text = self.tr("due today")
        else:
            left_text = self._days(days) + " " + self.tr("left")
        self.due_label.setText(f"{due_text} — {left_text}")
        _set_colour(self.due_label, days_left_colour(days))
        lines = []
        if case["extended"]:
            lines.append(
                self.tr("Extended to %1 (the one-month deadline was %2).")
                .replace("%1", nice_date(case["extended_due"]))
                .replace("%2", nice_date(case["due"]))
            )
        else:
            lines.append(self.tr("If extended: %1.").replace("%1", nice_date(case["extended_due"])))
        if case["paused_days"]:
            lines.append(
                self.tr("Includes %1 paused.").replace("%1", self._days(case["paused_days"]))
            )
        self.clock_label.setText(" ".join(lines))

    def _days(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else self.tr("%1 days").replace("%1", str(count))

    def _show_buttons(self, status: CaseStatus) -> None:
        # The rule lives in core.cases; a button only asks it. ID work and closing share a gate:
        # both belong to a case that is still being worked on.
        allowed = allowed_actions(status)
        for button, gate in self._gates:
            button.setVisible((gate or CaseAction.CLOSE) in allowed)
        # Waiting for ID: recording the check is the expected next step.
        waiting = status is CaseStatus.AWAITING_ID
        self.id_checked_button.setObjectName("primary" if waiting else "")
        self.id_checked_button.style().unpolish(self.id_checked_button)
        self.id_checked_button.style().polish(self.id_checked_button)

    def _show_requests(self, case: dict[str, Any]) -> None:
        table = self.requests_table
        table.setRowCount(0)
        for request in case["requests"]:
            try:
                kind = RequestType(request["type"])
                label, basis = self.tr(kind.label), kind.basis
            except ValueError:
                label, basis = request["type"], ""
            outcome = (
                enum_label(Outcome, request["outcome"])
                if request["outcome"]
                else self.tr("Pending")
            )
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate(
                (label, basis, outcome, request["outcome_note"] or "",
                 nice_date(request["decided_at"]) if request["decided_at"] else "")
            ):  # fmt: skip
                item = table_cell(text, top=False)
                if column == 2 and not request["outcome"]:
                    item.setForeground(QBrush(MUTED))
                if column == 3 and text:
                    item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        fit_height(table)

        _fill_form(
            self.case_form,
            [
                (self.tr("Subject"), case["subject"] or self.tr("(none)")),
                (self.tr("Channel"), enum_label(Channel, case["channel"])),
                (self.tr("Received"), nice_date(case["received"])),
                (
                    self.tr("Letter dated"),
                    nice_date(case["letter_date"]) if case["letter_date"] else None,
                ),
                (self.tr("Fax number"), case["fax_number"]),
                (self.tr("Closed on"), nice_date(case["closed_at"]) if case["closed_at"] else None),
                (self.tr("Closing note"), _closing_note(case)),
            ],
        )
        why = plain_label(case["deadline_explanation"] or "", object_name="countLabel")
        _fill_form(
            self.deadline_form,
            [
                (self.tr("One month"), nice_date(case["due"])),
                (
                    self.tr("Extended"),
                    nice_date(case["extended_due"])
                    if case["extended"]
                    else self.tr("no (would be %1)").replace("%1", nice_date(case["extended_due"])),
                ),
                (self.tr("Extension reasons"), case["extension_reason"]),
                (self.tr("Days paused"), str(case["paused_days"]) if case["paused_days"] else None),
                (
                    self.tr("Paused since"),
                    nice_date(case["paused_since"]) if case["paused_since"] else None,
                ),
                (self.tr("Asked because"), _pause_reason(case)),
            ],
        )
        self.deadline_form.addRow(why)

    def _show_decisions(self, case: dict[str, Any]) -> None:
        decisions = self.services.decisions
        due = decisions.due_for_deletion_in_case(self.case_id)
        self.decisions_tab.show_case(
            case,
            decisions.case_decisions(self.case_id)["suppressions"],
            self.services.processing.register(),
            due,
        )
        # Offered only for the rights the case holds, and only while it is worked on.
        active = case["status"] != CaseStatus.CLOSED.value
        types = {r["type"] for r in case["requests"]}
        for action, wanted in self._decide_gates:
            action.setVisible(active and bool(types & wanted))
        self.decide_button.setVisible(any(a.isVisible() for a, _w in self._decide_gates))
        self.restrict_action.setChecked(bool(case["restricted"]))

    def _show_correspondence(self, case: dict[str, Any]) -> None:
        table = self.correspondence_list
        current = table.item(table.currentRow(), 0)
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        table.blockSignals(True)  # one selection change at the end, not one per row
        table.setRowCount(0)
        chosen = 0
        for row, entry in enumerate(case["correspondence"]):  # the store sorts by date
            files = len(entry["attachments"])
            table.insertRow(row)
            for column, text in enumerate(
                (
                    nice_date(entry["item_date"]),
                    self.tr("In") if entry["direction"] == "in" else self.tr("Out"),
                    enum_label(Channel, entry["channel"]),
                    " ".join((entry["subject"] or "").split()) or self.tr("(no subject)"),
                    str(files) if files else "",
                )
            ):
                item = table_cell(text, top=False)
                item.setData(Qt.ItemDataRole.UserRole, entry["id"])
                table.setItem(row, column, item)
            table.item(row, 3).setToolTip(entry["subject"] or "")
            if entry["id"] == keep:
                chosen = row
        table.blockSignals(False)
        if table.rowCount():
            table.setCurrentCell(chosen, 0)
        self._on_item_selected(chosen if table.rowCount() else -1)

    def correspondence_row(self, item_id: int) -> int:
        """The row of a correspondence item in the list, or -1."""
        for row in range(self.correspondence_list.rowCount()):
            if self.correspondence_list.item(row, 0).data(Qt.ItemDataRole.UserRole) == item_id:
                return row
        return -1

    def _show_requester(self, case: dict[str, Any]) -> None:
        person = case["requester"]
        for key, label in self.requester_fields.items():
            value = person.get(key)
            if key == "customer" and value in CUSTOMER_LABELS:
                value = translated(CUSTOMER_LABELS[value])
            elif key == "language" and value in LANGUAGE_LABELS:
                value = translated(LANGUAGE_LABELS[value])
            label.setText(value or "—")
        links = case["links"]
        self.links_table.setRowCount(0)
        for link in links:
            row = self.links_table.rowCount()
            self.links_table.insertRow(row)
            for column, text in enumerate(
                (link["reference"], enum_label(CaseStatus, link["status"]),
                 type_labels(link["types"] or ""), link["reason"] or "")
            ):  # fmt: skip
                item = table_cell(text)
                item.setData(Qt.ItemDataRole.UserRole, link["id"])
                self.links_table.setItem(row, column, item)
        self.links_table.resizeRowsToContents()
        self.links_table.setVisible(bool(links))
        self.no_links_label.setVisible(not links)

    def _show_notes(self, case: dict[str, Any]) -> None:
        table = self.notes_table
        table.setRowCount(0)
        for note in case["notes"]:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate((when_text(note["at"]), note["who"], note["text"])):
                table.setItem(row, column, table_cell(text))
        table.resizeRowsToContents()
        table.setVisible(bool(case["notes"]))
        self.no_notes_label.setText(
            plural(len(case["notes"]), self.tr("One note."), self.tr("%1 notes, oldest first."))
            if case["notes"]
            else self.tr("No notes yet.")
        )

    def _show_history(self, case: dict[str, Any]) -> None:
        table = self.history_table
        table.setRowCount(0)
        names = {f"company:{c.id}": c.name for c in self.services.register.companies()}
        names |= {f"case:{link['id']}": link["reference"] for link in case["links"]}
        processing = self.services.processing.register()
        names |= {f"recipient:{r.id}": r.name for r in processing.recipients}
        names |= {f"purpose:{p.id}": p.name for p in processing.purposes}
        names |= {f"blocked:{b['id']}": b["category"] for b in case["blocked"]}
        for entry in reversed(case["audit"]):  # newest first: what just happened is on top
            row = table.rowCount()
            table.insertRow(row)
            action = translated(ACTION_LABELS.get(entry["action"], entry["action"]))
            detail = entry["detail"] if isinstance(entry["detail"], dict) else {}
            for column, text in enumerate(
                (
                    when_text(entry["at"]),
                    entry["who"],
                    action,
                    audit_summary(detail, names, entry["action"]),
                )
            ):
                item = table_cell(text)
                if column == 2:
                    item.setToolTip(entry["action"])
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    # -- correspondence and files ---------------------------------------------------------------
    def _entry(self, item_id: int | None) -> dict[str, Any] | None:
        return next((e for e in self.case.get("correspondence", []) if e["id"] == item_id), None)

    def _on_item_selected(self, row: int, *_previous: Any) -> None:
        cell = self.correspondence_list.item(row, 0) if row >= 0 else None
        entry = self._entry(cell.data(Qt.ItemDataRole.UserRole)) if cell else None
        files = self.attachment_list
        files.setRowCount(0)
        if entry is None:
            self.item_subject.setText(self.tr("No correspondence"))
            self.item_meta.clear()
            self.item_body.clear()
            self._show_files_note(0)
            return
        self.item_subject.setText(entry["subject"] or self.tr("(no subject)"))
        direction = self.tr("Received") if entry["direction"] == "in" else self.tr("Sent")
        channel = enum_label(Channel, entry["channel"])
        self.item_meta.setText(f"{direction} {nice_date(entry['item_date'])} · {channel}")
        self.item_body.setPlainText(entry["body"] or "")
        for number, attachment in enumerate(entry["attachments"]):
            if attachment["is_id_document"]:
                kept = self.tr("until the ID check")
            elif attachment["is_original"]:
                kept = self.tr("original as received")
            else:
                kept = ""
            files.insertRow(number)
            for column, text in enumerate(
                (attachment["filename"], file_kind(attachment["media_type"]),
                 file_size(attachment["size"]), kept)
            ):  # fmt: skip
                item = table_cell(text, top=False)
                item.setData(Qt.ItemDataRole.UserRole, attachment["id"])
                if column == 3 and attachment["is_id_document"]:
                    item.setForeground(QBrush(SOON))
                    item.setToolTip(self.tr("Deleted when the identity check is recorded"))
                files.setItem(number, column, item)
        if files.rowCount():
            files.setCurrentCell(0, 0)
        self._show_files_note(files.rowCount())

    def _show_files_note(self, count: int) -> None:
        self.files_label.setText(
            self.tr("Files (%1)").replace("%1", str(count)) if count else self.tr("No files")
        )
        self.attachment_list.setVisible(bool(count))
        self.open_attachment_button.setVisible(bool(count))
        # Say why a file may be missing: ID copies are deleted once the check is recorded.
        deleted = [
            e for e in self.case.get("audit", [])
            if e["action"] == "identity-checked"
            and isinstance(e["detail"], dict) and e["detail"].get("id_documents_deleted")
        ]  # fmt: skip
        if deleted and not count:
            self.files_note.setText(
                self.tr(
                    "ID copies of this case were deleted on %1, after the identity check."
                ).replace("%1", nice_date(deleted[-1]["at"]))
            )
        self.files_note.setVisible(bool(deleted) and not count)
        self._update_open_button()

    def _update_open_button(self, *_args: Any) -> None:
        self.open_attachment_button.setEnabled(self.attachment_list.currentRow() >= 0)
        chosen = self._chosen_attachment()
        self.id_document_toggle.setVisible(
            chosen is not None
            and self.case.get("status") != "closed"
            and not (chosen["is_original"] and chosen["media_type"] in _MESSAGE_TYPES)
        )
        if chosen is not None:
            self.id_document_toggle.setText(
                self.tr("Not an ID document")
                if chosen["is_id_document"]
                else self.tr("Mark as ID document")
            )

    def _chosen_attachment(self) -> dict[str, Any] | None:
        item = self.attachment_list.item(self.attachment_list.currentRow(), 0)
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next(
            (a for e in self.case.get("correspondence", []) for a in e["attachments"]
             if a["id"] == wanted),
            None,
        )  # fmt: skip

    def toggle_id_document(self) -> bool:
        """A passport scan that came attached to a message: deleted at the identity check."""
        chosen = self._chosen_attachment()
        if chosen is None:
            return False
        try:
            with self.services.ctx.expecting(self.case_id, self.case.get("version")):
                self.services.cases.mark_id_document(chosen["id"], not chosen["is_id_document"])
        except (ValidationError, StoreError) as exc:
            self.show_message(_message_of(exc), error=True)
            return False
        self._after_change(
            self.tr("Marked as an identity document, deleted when the ID check is recorded: "
                    "%1").replace("%1", chosen["filename"])
            if not chosen["is_id_document"]
            else self.tr("No longer marked as an identity document: %1").replace(
                "%1", chosen["filename"])
        )  # fmt: skip
        return True

    def _on_open_clicked(self) -> None:
        item = self.attachment_list.item(self.attachment_list.currentRow(), 0)
        if item is not None:
            self.open_attachment(item.data(Qt.ItemDataRole.UserRole))

    def _on_attachment_activated(self, index: Any) -> None:
        self.open_attachment(index.data(Qt.ItemDataRole.UserRole))

    def id_copies(self) -> list[dict[str, Any]]:
        """The ID document attachments still on file (none after the check is recorded)."""
        return [
            a
            for entry in self.case.get("correspondence", [])
            for a in entry["attachments"]
            if a["is_id_document"]
        ]

    def open_attachment(self, attachment_id: int) -> Path | None:
        """Write the file to a private temporary folder and hand it to the system viewer."""
        try:
            filename, media_type, content = self.services.cases.attachment(attachment_id)
        except ValidationError as exc:
            self.show_message(exc.message, error=True)
            return None
        if self._temp_dir is None:
            # mkdtemp makes the folder readable by this user only; removed when we close.
            self._temp_dir = Path(tempfile.mkdtemp(prefix="privacydesk-"))
        path = self._temp_dir / f"{attachment_id}-{safe_filename(filename, media_type)}"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        self._open_with_system_viewer(path)
        return path

    def _open_with_system_viewer(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_message(
                self.tr("No program is set up to open %1.").replace("%1", path.name), error=True
            )

    # -- actions --------------------------------------------------------------------------------
    def ask_for_identification(self) -> PauseDialog:
        return self._open_action(PauseDialog(self.services, self.case, self))

    def attach_id_document(self) -> IdDocumentDialog | None:
        """Choose a scan first; the small dialog then says how and when it came in."""
        path = self._choose_id_document()
        if path is None:
            return None
        dialog = IdDocumentDialog(self.services, self.case, path, self._choose_id_document, self)
        return self._open_action(dialog)

    def _choose_id_document(self) -> Path | None:
        return choose_file_to_open(
            self,
            self.tr("Choose the scan of the ID document"),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)"),
        )

    def record_identity_checked(self) -> IdCheckedDialog:
        return self._open_action(IdCheckedDialog(self.services, self.case, self))

    def information_received(self) -> ResumeDialog:
        """On which day the information arrived: the clock runs again from then."""
        return self._open_action(ResumeDialog(self.services, self.case, self))

    def extend(self) -> ExtendDialog:
        return self._open_action(ExtendDialog(self.services, self.case, self))

    def transfer(self) -> TransferDialog:
        return self._open_action(TransferDialog(self.services, self.case, self))

    def close_case(self) -> CloseDialog:
        return self._open_action(CloseDialog(self.services, self.case, self))

    def reopen(self) -> ReopenDialog:
        return self._open_action(ReopenDialog(self.services, self.case, self))

    def open_letter(self) -> QDialog:
        """The letter dialog for this case; a letter marked sent lands in Correspondence."""
        from desktop.ui.dialogs.letter import LetterDialog

        dialog = LetterDialog(self.services, self.case_id, self)
        dialog.letter_sent.connect(self._on_letter_sent)
        dialog.show()
        return dialog

    def _on_letter_sent(self, _letter_id: int) -> None:
        self.reload()
        self.case_changed.emit(self.case_id)
        self.show_message(self.tr("Letter kept in the case as sent."))

    def add_note(self) -> NoteDialog:
        return self._open_action(NoteDialog(self.services, self.case, self))

    # -- decisions ------------------------------------------------------------------------------
    def uphold_marketing_objection(self) -> MarketingObjectionDialog:
        return self._open_action(MarketingObjectionDialog(self.services, self.case, self))

    def confirm_unsubscribe(self) -> UnsubscribeDialog:
        return self._open_action(UnsubscribeDialog(self.services, self.case, self))

    def assess_objection(self, request_type: str) -> AssessObjectionDialog:
        """Art. 21(1) for "objection-interests", Art. 21(1) and 22 for "objection-credit"."""
        return self._open_action(
            AssessObjectionDialog(self.services, self.case, request_type, self)
        )

    def set_restricted(self, restricted: bool) -> bool:
        """Art. 18(1)(d) on or off: nothing to fill in, so no dialog; a refusal shows below."""
        try:
            with self.services.ctx.expecting(self.case_id, self.case.get("version")):
                self.services.decisions.restrict_while_assessing(self.case_id, restricted)
        except (ValidationError, StoreError) as exc:
            self.reload()  # the menu tick goes back to what the store says
            self.show_message(_message_of(exc), error=True)
            return False
        self._after_change(
            self.tr("Processing restricted while the objection is assessed.")
            if restricted
            else self.tr("Restriction lifted. Tell the person before processing resumes.")
        )
        return True

    def record_withdrawal(self) -> WithdrawalDialog:
        return self._open_action(WithdrawalDialog(self.services, self.case, self))

    def decide_erasure(self) -> ErasureDialog:
        return self._open_action(ErasureDialog(self.services, self.case, self))

    def record_notified(self, notice_id: int | None = None) -> NotifiedDialog | None:
        """For the notice given, else the one selected in the Decisions tab."""
        notice = self._notice(notice_id)
        if notice is None:
            return None
        return self._open_action(NotifiedDialog(self.services, self.case, notice, self))

    def record_exempt(self, notice_id: int | None = None) -> ExemptDialog | None:
        notice = self._notice(notice_id)
        if notice is None:
            return None
        return self._open_action(ExemptDialog(self.services, self.case, notice, self))

    def add_recipients(self) -> AddRecipientsDialog:
        return self._open_action(AddRecipientsDialog(self.services, self.case, self))

    def change_hold(self, blocked_id: int | None = None) -> HoldDialog | None:
        """Put the blocked data on hold, or lift the hold it is on."""
        row = self._blocked_row(blocked_id)
        if row is None:
            return None
        return self._open_action(HoldDialog(self.services, self.case, row, self))

    def record_deleted(self, blocked_id: int | None = None) -> DeletedDialog | None:
        row = self._blocked_row(blocked_id)
        if row is None:
            return None
        return self._open_action(DeletedDialog(self.services, self.case, row, self))

    def _notice(self, notice_id: int | bool | None) -> dict[str, Any] | None:
        # A button's clicked(bool) arrives here as False: that means "the selected one".
        if isinstance(notice_id, int) and not isinstance(notice_id, bool):
            return next((n for n in self.case["notices"] if n["id"] == notice_id), None)
        return self.decisions_tab.selected_notice()

    def _blocked_row(self, blocked_id: int | bool | None) -> dict[str, Any] | None:
        if isinstance(blocked_id, int) and not isinstance(blocked_id, bool):
            return next((b for b in self.case["blocked"] if b["id"] == blocked_id), None)
        return self.decisions_tab.selected_blocked()

    def open_linked(self, case_id: int) -> CaseFileDialog:
        other = CaseFileDialog(self.services, case_id, self.parentWidget())
        other.case_changed.connect(self.case_changed)
        other.show()
        return other

    def _on_link_activated(self, index: Any) -> None:
        item = self.links_table.item(index.row(), 0)
        if item is not None:
            self.open_linked(item.data(Qt.ItemDataRole.UserRole))

    def reload_if_changed(self) -> bool:
        """Another window or program changed this case: show it as it is now."""
        version = self.services.cases.version_of(self.case_id)
        if version == self.case.get("version"):
            return False
        if version is None:
            self.show_message(self.tr("This case was purged elsewhere."), error=True)
            self.setEnabled(False)
            return True
        self.reload()
        self.show_message(self.tr("This case was changed elsewhere; it now shows the latest."))
        return True

    def _open_action(self, dialog: _D) -> _D:
        # open(), not exec(): window-modal over this case only, and nothing blocks a test.
        if self.action_dialog is not None:
            self.action_dialog.deleteLater()
        self.action_dialog = dialog
        dialog.accepted.connect(lambda: self._after_change(dialog.result_message))
        dialog.open()
        return dialog

    def _after_change(self, message: str) -> None:
        self.reload()
        self.show_message(message)
        self.case_changed.emit(self.case_id)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("fieldError" if error else "countLabel")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text[:1].upper() + text[1:])

    def _on_why_toggled(self, shown: bool) -> None:
        self.explanation_label.setVisible(shown)
        self.why_button.setText(
            self.tr("Hide the explanation") if shown else self.tr("Why this date?")
        )

    def done(self, result: int) -> None:
        # Files handed to a viewer hold personal data: do not leave them behind.
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None
        super().done(result)


_MESSAGE_TYPES = ("message/rfc822", "application/vnd.ms-outlook")  # the request itself


def _message_of(exc: Exception) -> str:
    return exc.message if isinstance(exc, ValidationError) else str(exc)


def _bold(font: QFont, grow: int = 0) -> QFont:
    font = QFont(font)
    font.setBold(True)
    if grow:
        font.setPointSizeF(font.pointSizeF() + grow)
    return font


def _pause_reason(case: dict[str, Any]) -> str | None:
    """Why the clock stands still: the reason recorded with the latest pause."""
    if not case["paused_since"]:
        return None
    paused = [e for e in case["audit"] if e["action"] == "case-paused"]
    detail = paused[-1]["detail"] if paused else {}
    return detail.get("reason") if isinstance(detail, dict) else None


def _closing_note(case: dict[str, Any]) -> str | None:
    notes = list(dict.fromkeys(r["outcome_note"] for r in case["requests"] if r["outcome_note"]))
    return "\n".join(notes) or None


def _fill_form(form: QFormLayout, rows: list[tuple[str, str | None]]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for caption, value in rows:
        if value is None or value == "":
            continue
        label = plain_label(value)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(caption, label)
