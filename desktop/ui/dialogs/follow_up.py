"""Add correspondence to a case: a reply (an .eml or .msg as it came), a scan, a fax, a phone
note, or an email the office sent from its mail program, with the files that go with it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.requests import Channel
from desktop.services.follow_up import FollowUpService
from desktop.services.intake import MESSAGE_SUFFIXES
from desktop.ui.dialogs.form import ActionDialog
from desktop.ui.text import enum_label, file_size, pydate, qdate

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from desktop.services.intake import IntakeDraft


class CorrespondenceDialog(ActionDialog):
    """One item in the case's correspondence. A message file brings its own date, subject and
    text and is filed as it came (the original kept as evidence); other files are described."""

    def __init__(
        self,
        follow_up: FollowUpService,
        case: dict[str, Any],
        paths: tuple[Path, ...] = (),
        chooser: Callable[[], list[Path]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(follow_up.cases, case, parent)
        self.follow_up = follow_up
        self._chooser = chooser
        self.paths: list[Path] = []
        self.message: IntakeDraft | None = None
        self.set_titles(self.tr("Add correspondence"), self.tr("&File in the case"))
        self.set_intro(
            self.tr(
                "A reply, a scan, a fax, a phone note or an email sent from the mail program. "
                "Drop files here or add them; an .eml or .msg message is filed as it came."
            )
        )
        self.setAcceptDrops(True)

        self.received = QRadioButton(self.tr("Received from the requester"))
        self.sent = QRadioButton(self.tr("Sent by us"))
        self.received.setChecked(True)
        self._direction = QButtonGroup(self)
        direction = QWidget()
        direction_row = QHBoxLayout(direction)
        direction_row.setContentsMargins(0, 0, 0, 0)
        for number, button in enumerate((self.received, self.sent)):
            self._direction.addButton(button, number)
            direction_row.addWidget(button)
        direction_row.addStretch(1)
        self.add_field(self.tr("Direction"), direction, "direction")
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(enum_label(Channel, channel.value), channel.value)
        self.channel.setCurrentIndex(self.channel.findData("letter"))
        self.add_field(self.tr("Channel"), self.channel, "channel")
        self.on = self.add_field(self.tr("Date"), self.date_edit(follow_up.today()), "date")
        self.subject = self.add_field(self.tr("Subject"), QLineEdit(), "subject")
        self.subject.setPlaceholderText(self.tr("e.g. Reply with the customer number"))
        self.note = self.add_field(self.tr("Text or note"), self.text_edit(), "body")
        self.note.setPlaceholderText(self.tr("What was said on the phone, or a summary"))

        self.files = QListWidget()
        self.files.setMinimumHeight(70)
        self.files.setMaximumHeight(120)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setAutoDefault(False)
        self.add_button.setVisible(chooser is not None)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.files, 1)
        row.addLayout(buttons)
        self.add_field(self.tr("Files"), holder, "file", "attachment")
        self.setMinimumWidth(620)
        self.add_paths(paths)

    # -- files ------------------------------------------------------------------------------
    def add_paths(self, paths: tuple[Path, ...] | list[Path]) -> None:
        """Files to file; a message is read now, so a file that is none is named at once."""
        self.clear_errors()
        for path in paths:
            path = Path(path)
            if path in self.paths:
                continue
            try:
                message = self.follow_up.read_message(path)
            except ValidationError as exc:
                self.show_validation(exc)
                continue
            if message is not None:
                self.message = message
                self._show_message(message)
            self.paths.append(path)
        self._list_files()

    def _show_message(self, message: IntakeDraft) -> None:
        self.channel.setCurrentIndex(self.channel.findData(message.channel.value))
        moment = message.received_at or message.written_at
        day = message.received or (moment.date() if moment else None)
        if day is not None:
            self.on.setDate(qdate(day))
        self.subject.setText(message.subject)
        self.note.setPlainText(message.body)

    def _list_files(self) -> None:
        self.files.clear()
        for path in self.paths:
            try:
                size = file_size(path.stat().st_size)
            except OSError:
                size = "?"
            self.files.addItem(f"{path.name}  ({size})")
        self.remove_button.setEnabled(bool(self.paths))

    def _on_add_clicked(self) -> None:
        if self._chooser is not None:
            self.add_paths(self._chooser())

    def _on_remove_clicked(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.paths):
            removed = self.paths.pop(row)
            if self.message is not None and removed.suffix.lower() in MESSAGE_SUFFIXES:
                self.message = None
            self._list_files()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.add_paths([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # -- filing -----------------------------------------------------------------------------
    def apply(self) -> None:
        direction = "out" if self.sent.isChecked() else "in"
        message = self.message
        if message is not None and len(self.paths) == 1 and self._as_read(message):
            self.follow_up.file_message(self.case_id, message, direction)
        else:
            self.follow_up.file_item(
                self.case_id, direction, self.channel.currentData(), pydate(self.on.date()),
                self.subject.text(), self.note.toPlainText(), tuple(self.paths),
            )  # fmt: skip
        self.result_message = self.tr("Filed in the case's correspondence.")

    def _as_read(self, message: IntakeDraft) -> bool:
        """The message's own subject and text, not changed by hand: filed exactly as it came."""
        return (self.subject.text(), self.note.toPlainText()) == (message.subject, message.body)


def choose_files(parent: QWidget) -> list[Path]:
    from PySide6.QtWidgets import QDialog, QFileDialog

    from desktop.ui.files import file_dialog

    dialog = file_dialog(parent, parent.tr("Add files to the case"), parent.tr("All files (*)"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [Path(p) for p in dialog.selectedFiles()]
