"""The intake's files: a message read off the UI thread into the form, scans attached, files
chosen or dropped. Mixed into IntakeDialog; its words keep the dialog's translation context
(written out at each call: lupdate reads literal contexts)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import ValidationError
from desktop.services.intake import MESSAGE_SUFFIXES, SCAN_SUFFIXES, message_attachments
from desktop.ui.files import choose_file_to_open
from desktop.ui.ops import run_in_background
from desktop.ui.text import file_kind, file_size, plural

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from desktop.services.intake import IntakeDraft


class IntakeFiles:
    """Needs the dialog's intake service, source box, requester form and its form methods."""

    def load_file(self, path: Path) -> None:
        """A message file fills the form (read off the UI thread); a scan is attached."""
        suffix = path.suffix.lower()
        if suffix in MESSAGE_SUFFIXES:
            self.source.note.setText(
                QCoreApplication.translate("IntakeDialog", "Reading the message…")
            )
            reader = self.intake.read_message
            run_in_background(lambda: reader(path), self._on_message_read, self._on_file_failed)
        elif suffix in SCAN_SUFFIXES:
            self.add_scan(path)
        else:
            self.show_error(
                "file",
                QCoreApplication.translate(
                    "IntakeDialog", "Use an .eml or .msg message, or a PDF or image scan."
                ),
            )

    def add_scan(self, path: Path) -> None:
        try:
            scan = self.intake.read_scan(path)
        except ValidationError as exc:
            self.show_validation(exc)
            return
        self._scans.append(scan)
        self.source.files.addItem(
            f"{scan.filename}  ({file_kind(scan.media_type)}, {file_size(len(scan.content))})"
        )
        if self.source.channel.currentData() not in ("letter", "fax"):
            self.set_channel("letter")
        self.clear_errors()

    def _on_message_read(self, draft: IntakeDraft) -> None:
        self._message = draft
        self.set_channel("email")
        self._arrived_at, self._written_at = draft.received_at, draft.written_at
        self._received_by_hand = False
        if draft.received:
            self._set_received(draft.received)
        self.requester.set_sender(draft.sender_name, draft.sender_email, draft.language)
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        self.source.files.clear()
        for item in message_attachments(draft):
            self.source.files.addItem(
                f"{item.filename}  ({file_kind(item.media_type)}, {file_size(len(item.content))})"
            )
        missing = []
        if draft.received is None:
            missing.append(QCoreApplication.translate("IntakeDialog", "the date it arrived"))
        if not draft.sender_name and not draft.sender_email:
            missing.append(QCoreApplication.translate("IntakeDialog", "the sender"))
        text = plural(
            self.source.files.count(),
            QCoreApplication.translate("IntakeDialog", "Message read: 1 file kept."),
            QCoreApplication.translate("IntakeDialog", "Message read: %1 files kept."),
        )
        if missing:
            text += " " + QCoreApplication.translate(
                "IntakeDialog", "Not in the message, please fill in: %1."
            ).replace("%1", ", ".join(missing))
        self.source.note.setText(text)
        self.clear_errors()
        if draft.received is None:
            self.mark(self.source.received)
        self._show_suggestions()
        self.refresh_panel()
        if self.reply is not None:
            self.reply.check(draft)
        self.message_loaded.emit()

    def _on_open_message(self) -> None:
        path = self._choose_file(
            QCoreApplication.translate("IntakeDialog", "Email messages (*.eml *.msg)")
        )
        if path:
            self.load_file(path)

    def _on_attach_scan(self) -> None:
        path = self._choose_file(
            QCoreApplication.translate(
                "IntakeDialog", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)"
            )
        )
        if path:
            self.add_scan(path)

    def _choose_file(self, filter_text: str) -> Path | None:
        return choose_file_to_open(
            self, QCoreApplication.translate("IntakeDialog", "Choose a file"), filter_text
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.load_file(Path(url.toLocalFile()))
        event.acceptProposedAction()
