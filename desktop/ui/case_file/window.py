"""The case file window: header, action bar and tabs; it opens the action dialogs over itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.processing import ProcessingRegister
from desktop.services.assignment import AssignmentService
from desktop.services.authority_export import AuthorityExport
from desktop.services.cases import CaseService
from desktop.services.companies import CompanyRegister
from desktop.services.decisions import DecisionService
from desktop.services.desk import Services
from desktop.services.follow_up import FollowUpService
from desktop.services.inquiries import InquiryService
from desktop.services.intake import IntakeService
from desktop.services.letters import LetterService
from desktop.services.processing import ProcessingRegisterService
from desktop.ui.case_file.action_bar import CaseActionBar
from desktop.ui.case_file.actions import CaseActions
from desktop.ui.case_file.correspondence_tab import CorrespondenceTab
from desktop.ui.case_file.decisions_tab import DecisionsTab
from desktop.ui.case_file.header import CaseHeader
from desktop.ui.case_file.history_tab import HistoryTab
from desktop.ui.case_file.notes_tab import NotesTab
from desktop.ui.case_file.requester_tab import RequesterTab
from desktop.ui.case_file.requests_tab import RequestsTab
from desktop.ui.case_file.viewer import PrivateCopies, open_with_system_viewer
from desktop.ui.dialogs.form import ActionDialog
from desktop.ui.text import register_name
from desktop.ui.widgets import plain_label

_D = TypeVar("_D", bound=ActionDialog)


@dataclass(frozen=True)
class CaseFileServices:
    """The services a case file works through, and no more (never the store)."""

    cases: CaseService
    decisions: DecisionService
    letters: LetterService
    intake: IntakeService
    register: CompanyRegister
    processing: ProcessingRegisterService
    authority_export: AuthorityExport
    follow_up: FollowUpService
    inquiries: InquiryService
    assignment: AssignmentService

    @classmethod
    def of(cls, services: Services) -> CaseFileServices:
        return cls(
            services.cases,
            services.decisions,
            services.letters,
            services.intake,
            services.register,
            services.processing,
            services.authority_export,
            services.follow_up,
            services.inquiries,
            services.assignment,
        )


class CaseFileDialog(CaseActions, QDialog):
    """Non-modal: the main window `.show()`s it; action dialogs are `.open()`ed over it.

    `choose_id_document` and `open_file` default to the real file dialog and system viewer;
    tests pass their own.
    """

    case_changed = Signal(int)

    def __init__(
        self,
        services: CaseFileServices,
        case_id: int,
        parent: QWidget | None = None,
        *,
        choose_id_document: Callable[[], Path | None] | None = None,
        open_file: Callable[[Path], bool] = open_with_system_viewer,
        open_case: Callable[[int], QWidget] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self.case: dict[str, Any] = {}
        self.action_dialog: ActionDialog | None = None
        self._choose_id_document = choose_id_document or self._ask_for_id_document
        self._open_file = open_file
        self._open_case = open_case  # the main window's: one case file per case, kept current
        self._copies = PrivateCopies()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(880, 560)
        self.resize(1180, 740)

        self.header = CaseHeader()
        self.action_bar = CaseActionBar()
        self._wire_actions()
        self.requests = RequestsTab()
        self.decisions_tab = DecisionsTab()
        self.correspondence = CorrespondenceTab()
        self.requester = RequesterTab()
        self.notes = NotesTab()
        self.history = HistoryTab()
        self.history.export_asked.connect(lambda: self.export_for_authority())
        self.decisions_tab.notified_button.clicked.connect(self.record_notified)
        self.decisions_tab.exempt_button.clicked.connect(self.record_exempt)
        self.decisions_tab.add_recipients_button.clicked.connect(self.add_recipients)
        self.decisions_tab.hold_button.clicked.connect(self.change_hold)
        self.decisions_tab.deleted_button.clicked.connect(self.record_deleted)
        self.correspondence.open_requested.connect(self.open_attachment)
        self.correspondence.id_document_toggled.connect(self.toggle_id_document)
        self.correspondence.add_requested.connect(lambda: self.add_correspondence())
        self.setAcceptDrops(True)  # a file dropped on the case file is filed in it
        self.requester.link_opened.connect(self.open_linked)
        self.requester.link_requested.connect(self.link_case)
        self.requester.correct_requested.connect(self.correct_case)
        self.notes.add_button.clicked.connect(self.add_note)

        self.tabs = QTabWidget()
        for tab, title in (
            (self.requests, self.tr("Requests")),
            (self.decisions_tab, self.tr("Decisions")),
            (self.correspondence, self.tr("Correspondence")),
            (self.requester, self.tr("Requester")),
            (self.notes, self.tr("Notes")),
            (self.history, self.tr("History")),
        ):
            self.tabs.addTab(tab, title)
        for number in range(self.tabs.count()):
            QShortcut(
                QKeySequence(f"Ctrl+{number + 1}"),
                self,
                activated=lambda n=number: self.tabs.setCurrentIndex(n),
            )
            self.tabs.setTabToolTip(number, f"Ctrl+{number + 1}")

        self.message = plain_label(object_name="countLabel")
        self.message.setProperty("error", False)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_box.rejected.connect(self.reject)
        close_box.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload)
        QShortcut(QKeySequence("F2"), self, activated=self.correct_case)  # as Correct… elsewhere
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.header.routing_warning)
        layout.addWidget(self.header.inquiry_label)
        layout.addWidget(self.header.id_copy_warning)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.reload()
        self.tabs.setFocus()  # not the "Why this date?" link: the file is what one reads

    def _wire_actions(self) -> None:
        bar = self.action_bar
        for button, opener in (
            (bar.pause_button, self.ask_for_identification),
            (bar.id_document_button, self.attach_id_document),
            (bar.id_checked_button, self.record_identity_checked),
            (bar.resume_button, self.information_received),
            (bar.extend_button, self.extend),
            (bar.transfer_button, self.transfer),
            (bar.close_button, self.close_case),
            (bar.reopen_button, self.reopen),
            (bar.note_button, self.add_note),
            (bar.assign_button, self.assign),
            (bar.letter_button, self.open_letter),
        ):
            button.clicked.connect(opener)
        bar.uphold_action.triggered.connect(self.uphold_marketing_objection)
        bar.unsubscribe_action.triggered.connect(self.confirm_unsubscribe)
        for kind, action in bar.assess_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.assess_objection(k))
        bar.restrict_action.triggered.connect(self.set_restricted)
        bar.withdrawal_action.triggered.connect(self.record_withdrawal)
        bar.erasure_action.triggered.connect(self.decide_erasure)
        bar.rectification_action.triggered.connect(lambda: self.record_rights_done("rectification"))
        bar.restriction_action.triggered.connect(lambda: self.record_rights_done("restriction"))
        bar.access_action.triggered.connect(self.record_access_answer)

    # -- showing the case -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the case file again and show it; selections and the tab stay where they were."""
        self.case = case = self.services.cases.case_file(self.case_id)
        self.setWindowTitle(self.tr("Case %1").replace("%1", case["reference"]))
        self.correspondence.show_case(case)
        self.header.show_case(
            case, self.services.cases.today(), len(self.correspondence.id_copies())
        )
        self.action_bar.show_case(case)
        self.requests.show_case(case)
        register = self.services.processing.register()  # read once: two tabs name from it
        self.decisions_tab.show_case(
            case,
            self.services.decisions.case_decisions(self.case_id)["suppressions"],
            register,
            self.services.decisions.due_for_deletion_in_case(self.case_id),
        )
        self.requester.show_case(case)
        self.notes.show_case(case)
        self.history.show_case(case, self._names(case, register))
        # The row of actions sets how narrow the window may be: no button is ever cut.
        needed = self.layout().totalMinimumSize()
        # Never wider than the screen: past that the row's last buttons would be off screen.
        screen = self.screen().availableGeometry() if self.screen() else None
        width = max(880, needed.width())
        if screen is not None:
            width = min(width, screen.width() - 20)
        self.setMinimumSize(width, max(560, needed.height()))
        if screen is not None and self.frameGeometry().right() > screen.right():
            # Grown past the screen's edge: move back so that no button is off screen.
            self.move(max(screen.left(), screen.right() - self.frameGeometry().width()), self.y())

    def _names(self, case: dict[str, Any], processing: ProcessingRegister) -> dict[str, str]:
        """What the ids in the audit entries stand for, for the History tab."""
        names = {f"company:{c.id}": c.name for c in self.services.register.companies()}
        names |= {f"case:{link['id']}": link["reference"] for link in case["links"]}
        names |= {f"recipient:{r.id}": register_name(r) for r in processing.recipients}
        names |= {f"purpose:{p.id}": register_name(p) for p in processing.purposes}
        names |= {f"blocked:{b['id']}": b["category"] for b in case["blocked"]}
        return names

    def id_copies(self) -> list[dict[str, Any]]:
        """The ID document attachments still on file (none after the check is recorded)."""
        return self.correspondence.id_copies()

    # -- other cases, other windows ---------------------------------------------------------------
    def open_linked(self, case_id: int) -> QWidget:
        if self._open_case is not None:
            return self._open_case(case_id)
        other = CaseFileDialog(
            self.services,
            case_id,
            self.parentWidget(),
            choose_id_document=self._choose_id_document,
            open_file=self._open_file,
        )
        other.case_changed.connect(self.case_changed)
        other.show()
        return other

    def reload_if_changed(self, tell: bool = True) -> bool:
        """The case changed since it was shown: show it as it is now; `tell` says it was
        changed elsewhere (not by this window's own letter or batch print)."""
        version = self.services.cases.version_of(self.case_id)
        if version == self.case.get("version"):
            return False
        if version is None:
            self.show_message(self.tr("This case was purged elsewhere."), error=True)
            self.setEnabled(False)
            return True
        self.reload()
        if tell:
            self.show_message(self.tr("This case was changed elsewhere; it now shows the latest."))
        return True

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("fieldError" if error else "countLabel")
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text[:1].upper() + text[1:])

    def done(self, result: int) -> None:
        self._copies.clear()
        super().done(result)
