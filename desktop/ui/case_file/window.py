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

from desktop.core.errors import StoreError, ValidationError
from desktop.services.cases import CaseService
from desktop.services.companies import CompanyRegister
from desktop.services.decisions import DecisionService
from desktop.services.desk import Services
from desktop.services.intake import IntakeService
from desktop.services.letters import LetterService
from desktop.services.processing import ProcessingRegisterService
from desktop.ui.case_file.action_bar import CaseActionBar
from desktop.ui.case_file.correspondence_tab import CorrespondenceTab
from desktop.ui.case_file.decisions_tab import DecisionsTab
from desktop.ui.case_file.header import CaseHeader
from desktop.ui.case_file.history_tab import HistoryTab
from desktop.ui.case_file.notes_tab import NotesTab
from desktop.ui.case_file.requester_tab import RequesterTab
from desktop.ui.case_file.requests_tab import RequestsTab
from desktop.ui.case_file.viewer import PrivateCopies, open_with_system_viewer
from desktop.ui.dialogs import case_actions as actions
from desktop.ui.dialogs import decisions
from desktop.ui.dialogs.form import ActionDialog
from desktop.ui.files import choose_file_to_open
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

    @classmethod
    def of(cls, services: Services) -> CaseFileServices:
        return cls(
            services.cases,
            services.decisions,
            services.letters,
            services.intake,
            services.register,
            services.processing,
        )


class CaseFileDialog(QDialog):
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
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.case_id = case_id
        self.case: dict[str, Any] = {}
        self.action_dialog: ActionDialog | None = None
        self._choose_id_document = choose_id_document or self._ask_for_id_document
        self._open_file = open_file
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
        self.decisions_tab.notified_button.clicked.connect(self.record_notified)
        self.decisions_tab.exempt_button.clicked.connect(self.record_exempt)
        self.decisions_tab.add_recipients_button.clicked.connect(self.add_recipients)
        self.decisions_tab.hold_button.clicked.connect(self.change_hold)
        self.decisions_tab.deleted_button.clicked.connect(self.record_deleted)
        self.correspondence.open_requested.connect(self.open_attachment)
        self.correspondence.id_document_toggled.connect(self.toggle_id_document)
        self.requester.link_opened.connect(self.open_linked)
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
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.header.routing_warning)
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
        self.decisions_tab.show_case(
            case,
            self.services.decisions.case_decisions(self.case_id)["suppressions"],
            self.services.processing.register(),
            self.services.decisions.due_for_deletion_in_case(self.case_id),
        )
        self.requester.show_case(case)
        self.notes.show_case(case)
        self.history.show_case(case, self._names(case))
        # The row of actions sets how narrow the window may be: no button is ever cut.
        needed = self.layout().totalMinimumSize()
        # Never wider than the screen: past that the row's last buttons would be off screen.
        screen = self.screen().availableGeometry() if self.screen() else None
        width = max(880, needed.width())
        if screen is not None:
            width = min(width, screen.width() - 20)
        self.setMinimumSize(width, max(560, needed.height()))

    def _names(self, case: dict[str, Any]) -> dict[str, str]:
        """What the ids in the audit entries stand for, for the History tab."""
        names = {f"company:{c.id}": c.name for c in self.services.register.companies()}
        names |= {f"case:{link['id']}": link["reference"] for link in case["links"]}
        processing = self.services.processing.register()
        names |= {f"recipient:{r.id}": r.name for r in processing.recipients}
        names |= {f"purpose:{p.id}": p.name for p in processing.purposes}
        names |= {f"blocked:{b['id']}": b["category"] for b in case["blocked"]}
        return names

    def id_copies(self) -> list[dict[str, Any]]:
        """The ID document attachments still on file (none after the check is recorded)."""
        return self.correspondence.id_copies()

    # -- files ----------------------------------------------------------------------------------
    def toggle_id_document(self, chosen: dict[str, Any] | None = None) -> bool:
        """A passport scan that came attached to a message: deleted at the identity check."""
        chosen = chosen or self.correspondence.chosen_attachment()
        if chosen is None:
            return False
        marking = not chosen["is_id_document"]
        if not self._change(lambda: self.services.cases.mark_id_document(chosen["id"], marking)):
            return False
        self._after_change(
            self.tr("Marked as an identity document, deleted when the ID check is recorded: "
                    "%1").replace("%1", chosen["filename"])
            if marking
            else self.tr("No longer marked as an identity document: %1").replace(
                "%1", chosen["filename"])
        )  # fmt: skip
        return True

    def open_attachment(self, attachment_id: int) -> Path | None:
        """Write the file to a private temporary folder and hand it to the system viewer."""
        try:
            filename, media_type, content = self.services.cases.attachment(attachment_id)
        except ValidationError as exc:
            self.show_message(exc.message, error=True)
            return None
        path = self._copies.write(attachment_id, filename, media_type, content)
        if not self._open_file(path):
            self.show_message(
                self.tr("No program is set up to open %1.").replace("%1", path.name), error=True
            )
        return path

    def _ask_for_id_document(self) -> Path | None:
        return choose_file_to_open(
            self,
            self.tr("Choose the scan of the ID document"),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)"),
        )

    # -- actions on the case ----------------------------------------------------------------------
    def ask_for_identification(self) -> actions.PauseDialog:
        return self._open_action(actions.PauseDialog(self.services.cases, self.case, self))

    def attach_id_document(self) -> actions.IdDocumentDialog | None:
        """Choose a scan first; the small dialog then says how and when it came in."""
        path = self._choose_id_document()
        if path is None:
            return None
        return self._open_action(
            actions.IdDocumentDialog(
                self.services.cases,
                self.services.intake,
                self.case,
                path,
                self._choose_id_document,
                self,
            )
        )

    def record_identity_checked(self) -> actions.IdCheckedDialog:
        return self._open_action(actions.IdCheckedDialog(self.services.cases, self.case, self))

    def information_received(self) -> actions.ResumeDialog:
        """On which day the information arrived: the clock runs again from then."""
        return self._open_action(actions.ResumeDialog(self.services.cases, self.case, self))

    def extend(self) -> actions.ExtendDialog:
        return self._open_action(actions.ExtendDialog(self.services.cases, self.case, self))

    def transfer(self) -> actions.TransferDialog:
        return self._open_action(
            actions.TransferDialog(
                self.services.cases, self.case, self.services.register.companies(), self
            )
        )

    def close_case(self) -> actions.CloseDialog:
        return self._open_action(actions.CloseDialog(self.services.cases, self.case, self))

    def reopen(self) -> actions.ReopenDialog:
        return self._open_action(actions.ReopenDialog(self.services.cases, self.case, self))

    def add_note(self) -> actions.NoteDialog:
        return self._open_action(actions.NoteDialog(self.services.cases, self.case, self))

    def open_letter(self) -> QDialog:
        """The letter dialog for this case; a letter marked sent lands in Correspondence."""
        from desktop.ui.dialogs.letter import LetterDialog

        dialog = LetterDialog(self.services.letters, self.services.cases, self.case_id, self)
        dialog.letter_sent.connect(self._on_letter_sent)
        dialog.show()
        return dialog

    def _on_letter_sent(self, _letter_id: int) -> None:
        self.reload()
        self.case_changed.emit(self.case_id)
        self.show_message(self.tr("Letter kept in the case as sent."))

    # -- decisions ------------------------------------------------------------------------------
    def uphold_marketing_objection(self) -> decisions.MarketingObjectionDialog:
        return self._open_action(
            decisions.MarketingObjectionDialog(self.services.decisions, self.case, self)
        )

    def confirm_unsubscribe(self) -> decisions.UnsubscribeDialog:
        return self._open_action(
            decisions.UnsubscribeDialog(self.services.decisions, self.case, self)
        )

    def assess_objection(self, request_type: str) -> decisions.AssessObjectionDialog:
        """Art. 21(1) for "objection-interests", Art. 21(1) and 22 for "objection-credit"."""
        return self._open_action(
            decisions.AssessObjectionDialog(self.services.decisions, self.case, request_type, self)
        )

    def set_restricted(self, restricted: bool) -> bool:
        """Art. 18(1)(d) on or off: nothing to fill in, so no dialog; a refusal shows below."""
        if not self._change(
            lambda: self.services.decisions.restrict_while_assessing(self.case_id, restricted)
        ):
            self.reload()  # the menu tick goes back to what the store says
            return False
        self._after_change(
            self.tr("Processing restricted while the objection is assessed.")
            if restricted
            else self.tr("Restriction lifted. Tell the person before processing resumes.")
        )
        return True

    def record_withdrawal(self) -> decisions.WithdrawalDialog:
        return self._open_action(
            decisions.WithdrawalDialog(self.services.decisions, self.case, self)
        )

    def decide_erasure(self) -> decisions.ErasureDialog:
        return self._open_action(decisions.ErasureDialog(self.services.decisions, self.case, self))

    def record_notified(self, notice_id: int | None = None) -> decisions.NotifiedDialog | None:
        """For the notice given, else the one selected in the Decisions tab."""
        notice = self._notice(notice_id)
        if notice is None:
            return None
        return self._open_action(
            decisions.NotifiedDialog(self.services.decisions, self.case, notice, self)
        )

    def record_exempt(self, notice_id: int | None = None) -> decisions.ExemptDialog | None:
        notice = self._notice(notice_id)
        if notice is None:
            return None
        return self._open_action(
            decisions.ExemptDialog(self.services.decisions, self.case, notice, self)
        )

    def add_recipients(self) -> decisions.AddRecipientsDialog:
        return self._open_action(
            decisions.AddRecipientsDialog(self.services.decisions, self.case, self)
        )

    def change_hold(self, blocked_id: int | None = None) -> decisions.HoldDialog | None:
        """Put the blocked data on hold, or lift the hold it is on."""
        row = self._blocked_row(blocked_id)
        if row is None:
            return None
        return self._open_action(
            decisions.HoldDialog(self.services.decisions, self.case, row, self)
        )

    def record_deleted(self, blocked_id: int | None = None) -> decisions.DeletedDialog | None:
        row = self._blocked_row(blocked_id)
        if row is None:
            return None
        return self._open_action(
            decisions.DeletedDialog(self.services.decisions, self.case, row, self)
        )

    def _notice(self, notice_id: int | bool | None) -> dict[str, Any] | None:
        # A button's clicked(bool) arrives here as False: that means "the selected one".
        if isinstance(notice_id, int) and not isinstance(notice_id, bool):
            return next((n for n in self.case["notices"] if n["id"] == notice_id), None)
        return self.decisions_tab.selected_notice()

    def _blocked_row(self, blocked_id: int | bool | None) -> dict[str, Any] | None:
        if isinstance(blocked_id, int) and not isinstance(blocked_id, bool):
            return next((b for b in self.case["blocked"] if b["id"] == blocked_id), None)
        return self.decisions_tab.selected_blocked()

    # -- other cases, other windows ---------------------------------------------------------------
    def open_linked(self, case_id: int) -> CaseFileDialog:
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

    # -- plumbing ---------------------------------------------------------------------------------
    def _change(self, call: Callable[[], Any]) -> bool:
        """A change without a form, made only to the case as shown; a refusal shows below."""
        try:
            with self.services.cases.expecting(self.case_id, self.case.get("version")):
                call()
        except ValidationError as exc:
            self.show_message(exc.message, error=True)
            return False
        except StoreError as exc:
            self.show_message(str(exc), error=True)
            return False
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
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text[:1].upper() + text[1:])

    def done(self, result: int) -> None:
        self._copies.clear()
        super().done(result)
