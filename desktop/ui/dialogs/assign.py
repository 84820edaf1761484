"""Assign a case to an officer of the office (or to nobody): the worklist's "Only my cases"
then shows it to them. Audited, before -> after."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services.assignment import AssignmentService
from desktop.ui.dialogs.form import ActionDialog


class AssignDialog(ActionDialog):
    def __init__(
        self, assignment: AssignmentService, case: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(assignment, case, parent)
        self.assignment = assignment
        self.set_titles(self.tr("Assign the case"), self.tr("&Assign"))
        self.officer = self.add_field(self.tr("Officer"), QComboBox(), "officer")
        self.officer.addItem(self.tr("Nobody"), None)
        mine = assignment.my_login()
        for officer in assignment.officers():
            login, name = officer["login"], officer["display_name"]
            shown = name if name == login else f"{name} ({login})"
            if login == mine:
                shown += " — " + self.tr("you")
            self.officer.addItem(shown, login)
        current = self.officer.findData(case.get("assigned_to"))
        self.officer.setCurrentIndex(max(current, 0))

    def apply(self) -> None:
        self.assignment.assign(self.case_id, self.officer.currentData())
        self.result_message = self.tr("Assigned.")
