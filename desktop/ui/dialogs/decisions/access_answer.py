"""What the access answer says for this person (Art. 15): ticked and written by the officer,
started from the register and the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from desktop.services.access_answer import AccessFacts
from desktop.services.decisions import DecisionService
from desktop.ui.dialogs.decisions.base import Checklist, DecisionDialog
from desktop.ui.text import law, register_name


class AccessAnswerDialog(DecisionDialog):
    """Purposes ticked; categories, recipients by name, sources, transfers and what was
    withheld one a line, in the letter's language; credit scoring and the copy ticked."""

    def __init__(
        self, decisions: DecisionService, case: dict[str, Any], parent: QWidget | None = None
    ):
        super().__init__(decisions, case, parent)
        language = case["requester"].get("language") or "en"
        self.set_titles(self.tr("What the access answer says"), self.tr("Record"))
        self.set_intro(
            self.tr(
                "The letter lists only what applies to this person (Art. 15 GDPR). Write the "
                "lines in the letter's language (%1), one a line; recipients by name (CJEU "
                "C-154/21)."
            ).replace("%1", language)
        )
        self.setMinimumWidth(1060)  # the purposes' names in one line, the lines beside them
        start = decisions.proposed_access_facts(self.case_id, language)
        left = self.form
        right = self.add_column(stretch=2)
        self.purposes = Checklist(columns=1)
        for purpose in self.processing.purposes:
            self.purposes.add(
                register_name(purpose), purpose.id, checked=purpose.id in start.purposes,
                tooltip=law(purpose.legal_basis),
            )  # fmt: skip
        self.add_field(self.tr("Purposes that apply"), self.purposes, "purposes", "purpose",
                       form=left)  # fmt: skip
        self.credit_scoring = QCheckBox(
            self.tr("A credit score was used (explain the logic, Art. 15(1)(h), Art. 22)")
        )
        self.credit_scoring.setChecked(start.credit_scoring)
        self.add_field("", self.credit_scoring, "credit_scoring", form=left, indent=True)
        self.copy_enclosed = QCheckBox(self.tr("A copy of the data is enclosed (Art. 15(3))"))
        self.copy_enclosed.setChecked(start.copy_enclosed)
        self.add_field("", self.copy_enclosed, "copy_enclosed", form=left, indent=True)
        self.categories = self._lines(self.tr("Categories of data"), start.categories,
                                      "categories", right)  # fmt: skip
        self.recipients = self._lines(self.tr("Recipients, by name"), start.recipients,
                                      "recipients", right)  # fmt: skip
        self.sources = self._lines(self.tr("Sources (when not the person)"), start.sources,
                                   "sources", right)  # fmt: skip
        self.transfers = self._lines(self.tr("Transfers to third countries, with safeguards"),
                                     start.transfers, "transfers", right)  # fmt: skip
        self.redactions = self._lines(self.tr("Withheld, and why (Art. 15(4))"),
                                      start.redactions, "redactions", right)  # fmt: skip

    def _lines(self, caption: str, lines: tuple[str, ...], field: str, form: Any) -> QPlainTextEdit:
        edit = self.text_edit("\n".join(lines), height=52)
        return self.add_field(caption, edit, field, form=form)

    @staticmethod
    def _split(edit: QPlainTextEdit) -> tuple[str, ...]:
        return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())

    def apply(self) -> None:
        self.decisions.record_access_facts(
            self.case_id,
            AccessFacts(
                purposes=tuple(self.purposes.checked()),
                categories=self._split(self.categories),
                recipients=self._split(self.recipients),
                sources=self._split(self.sources),
                credit_scoring=self.credit_scoring.isChecked(),
                transfers=self._split(self.transfers),
                copy_enclosed=self.copy_enclosed.isChecked(),
                redactions=self._split(self.redactions),
            ),
        )
        self.result_message = self.tr("Access answer recorded: the letter lists what applies.")
