"""Withdrawal of consent (Art. 7(3)): which consents, and the systems updated."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.requests import RequestType
from desktop.services.decisions import DecisionService

# A checklist is a frame of check boxes; style.qss knows no such frame, so it carries its own
# look, including the red border ActionDialog.mark() asks for through the "invalid" property.
from desktop.ui.dialogs.decisions.base import (
    CONSENT_SYSTEMS,
    Checklist,
    DecisionDialog,
)
from desktop.ui.text import law, nice_date, plural, register_name


# -- Art. 7(3) -------------------------------------------------------------------------------------
class SystemsList(QWidget):
    """System names, each with an "updated" box; the officer adds, renames and removes them."""

    def __init__(self, systems: list[tuple[str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QLineEdit, QCheckBox, QWidget]] = []
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add system"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_system("", False, focus=True))
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(self._rows)
        column.addLayout(bottom)
        for name, updated in systems:
            self.add_system(name, updated)

    def add_system(
        self, name: str = "", updated: bool = False, focus: bool = False
    ) -> tuple[QLineEdit, QCheckBox]:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(10)
        edit = QLineEdit(name)
        edit.setPlaceholderText(self.tr("System, e.g. shop back office"))
        done = QCheckBox(self.tr("Updated"))
        done.setChecked(updated)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this system"))
        remove.setAccessibleName(self.tr("Remove this system"))
        remove.setAutoRaise(True)
        line.addWidget(edit, 1)
        line.addWidget(done)
        line.addWidget(remove)
        entry = (edit, done, row)
        remove.clicked.connect(lambda: self.remove_system(self.rows.index(entry)))
        self.rows.append(entry)
        self._rows.addWidget(row)
        if focus:
            edit.setFocus()
        return edit, done

    def remove_system(self, index: int) -> None:
        _edit, _done, row = self.rows.pop(index)
        self._rows.removeWidget(row)
        row.deleteLater()

    def systems(self) -> list[tuple[str, bool]]:
        """Rows with a name; an empty row is one the officer did not fill in."""
        return [(edit.text(), done.isChecked()) for edit, done, _ in self.rows if edit.text()]


class WithdrawalDialog(DecisionDialog):
    """Which consents end, from when, and which systems were updated (future effect only)."""

    def __init__(
        self, decisions: DecisionService, case: dict[str, Any], parent: QWidget | None = None
    ):
        super().__init__(decisions, case, parent)
        self.set_titles(self.tr("Record the withdrawal of consent"), self.tr("Record"))
        previous = self.previous(RequestType.WITHDRAWAL.value)
        data = previous["data"] if previous else {}
        intro = self.tr(
            "A withdrawal works for the future only, from the day it was received: processing "
            "before that stays lawful (Art. 7(3) GDPR). The channels of the consents withdrawn go on the "
            "suppression register. Confirm the withdrawal in writing."
        )
        if previous:
            intro += " " + self.tr(
                "Recorded on %1; recording again updates the checklist of systems."
            ).replace("%1", nice_date(previous["decided_on"]))
        self.set_intro(intro)
        self.consents = Checklist()
        for purpose in self.processing.consents():
            self.consents.add(
                register_name(purpose),
                purpose.id,
                checked=purpose.id in data.get("consents", ()),
                tooltip=law(purpose.legal_basis),
            )
        self.add_field(self.tr("Consents withdrawn"), self.consents, "consents")
        self.add_effective_and_carried_out(data.get("carried_out"))
        systems = [(s["system"], bool(s["updated"])) for s in data.get("systems", [])]
        self.systems = SystemsList(systems or [(self.tr(s), False) for s in CONSENT_SYSTEMS])
        self.add_field(self.tr("Systems to update"), self.systems, "systems")
        self.note = self.add_field(
            self.tr("Note (optional)"), self.text_edit(data.get("note", ""), height=56), "note"
        )

    def apply(self) -> None:
        consents = self.consents.checked()
        systems = self.systems.systems()
        self.decisions.record_withdrawal(
            self.case_id,
            consents,
            None,
            systems,
            self.note.toPlainText(),
            carried_out=self.carried_out_on(),
        )
        pending = sum(1 for _name, done in systems if not done)
        message = self.tr("Withdrawal recorded: %1 end on %2.")
        message = message.replace(
            "%1", plural(len(consents), self.tr("one consent"), self.tr("%1 consents"))
        ).replace("%2", nice_date(self.case["received"]))
        if pending:
            message += " " + plural(
                pending,
                self.tr("One system still to update."),
                self.tr("%1 systems still to update."),
            )
        self.result_message = message
