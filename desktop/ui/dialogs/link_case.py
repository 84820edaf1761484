"""Link a case to another: a complaint to the case it is about, a second request of the same
person missed at intake. While a complaint is open, the cases linked to it are kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services.cases import CaseService
from desktop.ui.dialogs.form import ActionDialog


class LinkCaseDialog(ActionDialog):
    def __init__(self, cases: CaseService, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Link a case"), self.tr("&Link"))
        self.other = self.add_field(self.tr("Case"), QLineEdit(), "case")
        self.other.setPlaceholderText(self.tr("Its reference, e.g. PD-2026-000123"))
        self.reason = self.add_field(
            self.tr("Why"), QLineEdit(self.tr("The complaint concerns it")), "reason"
        )

    def apply(self) -> None:
        other = self.cases.case_id(self.other.text())
        self.cases.link(self.case_id, other, self.reason.text())
        self.result_message = self.tr("Linked.")
