"""The intake's notice that a message belongs to a case already logged: it quotes the case's
reference, or comes from the requester of an open case. The officer files it there, or logs a
new case as before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.follow_up import CaseFound, FollowUpService

if TYPE_CHECKING:
    from desktop.services.intake import IntakeDraft


class ReplyBanner(QWidget):
    filed = Signal(int, str)  # the case's id and reference, once the message is filed there

    def __init__(self, follow_up: FollowUpService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_up = follow_up
        self.found: list[CaseFound] = []
        self._message: IntakeDraft | None = None
        self.text = QLabel()
        self.text.setObjectName("notice")
        self.text.setWordWrap(True)
        self.file_button = QPushButton()
        self.file_button.setAutoDefault(False)  # Enter logs the case; filing is a choice
        self.file_button.clicked.connect(self.file_there)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.file_button)
        self.hide()

    def check(self, message: IntakeDraft) -> None:
        """Look for the case the message belongs to; shown only when there is one."""
        self._message = message
        self.found = self.follow_up.cases_for(message)
        if not self.found:
            self.hide()
            return
        case = self.found[0]
        others = ", ".join(f.reference for f in self.found[1:])
        if case.why == "reference":
            text = self.tr("This message quotes case %1 (%2): it may be a reply in that case.")
        else:
            text = self.tr("The sender has an open case, %1 (%2): it may be a reply in it.")
        text = text.replace("%1", case.reference).replace("%2", case.requester_name)
        if others:
            text += " " + self.tr("Also: %1.").replace("%1", others)
        if case.status == "closed":
            text += " " + self.tr("The case is closed; filing the reply does not reopen it.")
        self.text.setText(text)
        self.file_button.setText(self.tr("File it in %1").replace("%1", case.reference))
        self.show()

    def file_there(self) -> int | None:
        """File the message in the first case found (the original kept as evidence)."""
        if not self.found or self._message is None:
            return None
        case = self.found[0]
        item = self.follow_up.file_message(case.case_id, self._message)
        self.filed.emit(case.case_id, case.reference)
        return item
