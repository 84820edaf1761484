"""The actions on a case that the case file window opens: each a dialog over the window, or a
change without a form; after each, the window shows the case as it is now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QDialog

from desktop.core.errors import StoreError, ValidationError
from desktop.ui.dialogs import case_actions as actions
from desktop.ui.dialogs import decisions
from desktop.ui.dialogs.correction import CorrectionDialog
from desktop.ui.dialogs.form import ActionDialog
from desktop.ui.files import choose_file_to_open, choose_folder
from desktop.ui.refusals import refusal_text

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from desktop.ui.case_file.correspondence_tab import CorrespondenceTab
    from desktop.ui.case_file.decisions_tab import DecisionsTab
    from desktop.ui.case_file.viewer import PrivateCopies
    from desktop.ui.case_file.window import CaseFileServices
    from desktop.ui.dialogs.follow_up import CorrespondenceDialog

_D = TypeVar("_D", bound=ActionDialog)


class CaseActions:
    """Mixed into CaseFileDialog: the openers the action bar, the Decide menu and the tabs call."""

    # What the window provides (see CaseFileDialog).
    services: CaseFileServices
    case: dict[str, Any]
    case_id: int
    case_changed: SignalInstance
    action_dialog: ActionDialog | None
    correspondence: CorrespondenceTab
    decisions_tab: DecisionsTab
    _copies: PrivateCopies
    _open_file: Callable[[Path], bool]
    _choose_id_document: Callable[[], Path | None]
    reload: Callable[[], None]
    show_message: Callable[..., None]
    tr: Callable[[str], str]

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
            self.show_message(refusal_text(exc), error=True)
            return None
        except StoreError as exc:  # altered behind the program's back: never shown as the file
            self.show_message(str(exc), error=True)
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
        return self._case_action(actions.PauseDialog)

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

    def add_correspondence(self, paths: tuple[Path, ...] = ()) -> CorrespondenceDialog:
        """A reply, scan, fax, phone note or sent email, with its files (also dropped here)."""
        from desktop.ui.dialogs.follow_up import CorrespondenceDialog, choose_files

        return self._open_action(
            CorrespondenceDialog(
                self.services.follow_up, self.case, paths, lambda: choose_files(self), self
            )
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = tuple(Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile())
        event.acceptProposedAction()
        if paths:
            self.add_correspondence(paths)

    def assign(self) -> ActionDialog:
        from desktop.ui.dialogs.assign import AssignDialog

        return self._open_action(AssignDialog(self.services.assignment, self.case, self))

    def link_case(self) -> ActionDialog:
        from desktop.ui.dialogs.link_case import LinkCaseDialog

        return self._case_action(LinkCaseDialog)

    def record_identity_checked(self) -> actions.IdCheckedDialog:
        return self._case_action(actions.IdCheckedDialog)

    def information_received(self) -> actions.ResumeDialog:
        """On which day the information arrived: the clock runs again from then."""
        return self._case_action(actions.ResumeDialog)

    def extend(self) -> ActionDialog:
        """Two more months (Art. 12(3)); for an authority's inquiry, the date it grants."""
        if self.case.get("inquiry"):
            from desktop.ui.dialogs.inquiry import InquiryDeadlineDialog

            return self._open_action(
                InquiryDeadlineDialog(self.services.inquiries, self.case, self)
            )
        return self._case_action(actions.ExtendDialog)

    def transfer(self) -> actions.TransferDialog:
        return self._open_action(
            actions.TransferDialog(
                self.services.cases, self.case, self.services.register.companies(), self
            )
        )

    def close_case(self) -> actions.CloseDialog:
        return self._case_action(actions.CloseDialog)

    def reopen(self) -> actions.ReopenDialog:
        return self._case_action(actions.ReopenDialog)

    def add_note(self) -> actions.NoteDialog:
        return self._case_action(actions.NoteDialog)

    def correct_case(self) -> CorrectionDialog:
        """What was logged wrongly: the requester, the received date, the channel, a type."""
        return self._case_action(CorrectionDialog)

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
        return self._decision(decisions.MarketingObjectionDialog)

    def confirm_unsubscribe(self) -> decisions.UnsubscribeDialog:
        return self._decision(decisions.UnsubscribeDialog)

    def assess_objection(self, request_type: str) -> decisions.AssessObjectionDialog:
        """Art. 21(1) for "objection-interests", Art. 21(1) and 22 for "objection-credit"."""
        return self._decision(decisions.AssessObjectionDialog, request_type)

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
        return self._decision(decisions.WithdrawalDialog)

    def decide_erasure(self) -> decisions.ErasureDialog:
        return self._decision(decisions.ErasureDialog)

    def record_access_answer(self) -> decisions.AccessAnswerDialog:
        """What the Art. 15 answer says for this person."""
        return self._decision(decisions.AccessAnswerDialog)

    def record_rights_done(self, kind: str) -> decisions.RightsDoneDialog:
        """A rectification or restriction carried out ("rectification" | "restriction")."""
        return self._decision(decisions.RightsDoneDialog, kind)

    def record_notified(self, notice_id: int | None = None) -> decisions.NotifiedDialog | None:
        """For the notice given, else the one selected in the Decisions tab."""
        notice = self._notice(notice_id)
        if notice is None:
            return None
        return self._decision(decisions.NotifiedDialog, notice)

    def record_exempt(self, notice_id: int | None = None) -> decisions.ExemptDialog | None:
        notice = self._notice(notice_id)
        if notice is None:
            return None
        return self._decision(decisions.ExemptDialog, notice)

    def add_recipients(self) -> decisions.AddRecipientsDialog:
        return self._decision(decisions.AddRecipientsDialog)

    def change_hold(self, blocked_id: int | None = None) -> decisions.HoldDialog | None:
        """Put the blocked data on hold, or lift the hold it is on."""
        row = self._blocked_row(blocked_id)
        if row is None:
            return None
        return self._decision(decisions.HoldDialog, row)

    def record_deleted(self, blocked_id: int | None = None) -> decisions.DeletedDialog | None:
        row = self._blocked_row(blocked_id)
        if row is None:
            return None
        return self._decision(decisions.DeletedDialog, row)

    def _notice(self, notice_id: int | bool | None) -> dict[str, Any] | None:
        # A button's clicked(bool) arrives here as False: that means "the selected one".
        if isinstance(notice_id, int) and not isinstance(notice_id, bool):
            return next((n for n in self.case["notices"] if n["id"] == notice_id), None)
        return self.decisions_tab.selected_notice()

    def _blocked_row(self, blocked_id: int | bool | None) -> dict[str, Any] | None:
        if isinstance(blocked_id, int) and not isinstance(blocked_id, bool):
            return next((b for b in self.case["blocked"] if b["id"] == blocked_id), None)
        return self.decisions_tab.selected_blocked()

    def export_for_authority(self, folder: Path | None = None) -> Path | None:
        """History ▸ Export for an authority: the case's file, checked and hashed, in a folder."""
        folder = folder or choose_folder(self, self.tr("Folder for the authority's copy"))
        if folder is None:
            return None
        try:
            if self.case.get("inquiry"):  # the inquiry's file and every case it concerns
                reports = self.services.inquiries.export_for_authority(self.case_id, folder)
            else:
                reports = [self.services.authority_export.export(self.case_id, folder)]
        except (ValidationError, StoreError) as exc:
            text = refusal_text(exc) if isinstance(exc, ValidationError) else str(exc)
            self.show_message(text, error=True)
            return None
        self._after_change(  # the export is in the history now
            self.tr("Exported %1 files to %2; check them there with: sha256sum -c SHA256SUMS")
            .replace("%1", str(sum(r["files"] for r in reports)))
            .replace("%2", reports[0]["folder"] if len(reports) == 1 else str(folder))
        )
        return Path(reports[0]["folder"]) if len(reports) == 1 else Path(folder)

    # -- plumbing ---------------------------------------------------------------------------------
    def _change(self, call: Callable[[], Any]) -> bool:
        """A change without a form, made only to the case as shown; a refusal shows below."""
        try:
            with self.services.cases.expecting(self.case_id, self.case.get("version")):
                call()
        except ValidationError as exc:
            self.show_message(refusal_text(exc), error=True)
            return False
        except StoreError as exc:
            self.show_message(str(exc), error=True)
            return False
        return True

    def _case_action(self, kind: type[_D], *args: Any) -> _D:
        return self._open_action(kind(self.services.cases, self.case, *args, self))

    def _decision(self, kind: type[_D], *args: Any) -> _D:
        return self._open_action(kind(self.services.decisions, self.case, *args, self))

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
