"""Rectification (Art. 16) and restriction (Art. 18) carried out: what was done, and whom to
tell under Art. 19."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from desktop.core.requests import RequestType
from desktop.services.decisions import DecisionService
from desktop.ui.dialogs.decisions.base import Checklist, DecisionDialog
from desktop.ui.text import letter_language_hint, plural, register_name


class RightsDoneDialog(DecisionDialog):
    """One dialog for both: the letter says what was corrected or restricted, and the
    recipients ticked go on the case's Art. 19 checklist."""

    def __init__(
        self,
        decisions: DecisionService,
        case: dict[str, Any],
        kind: str,
        parent: QWidget | None = None,
    ):
        super().__init__(decisions, case, parent)
        self.kind = RequestType(kind)
        rectification = self.kind is RequestType.RECTIFICATION
        if rectification:
            self.set_titles(self.tr("Record the rectification"), self.tr("Record"))
            intro = self.tr(
                "Say what was corrected: the letter to the person repeats it (Art. 16 GDPR). "
                "Every recipient to whom the data were disclosed must hear of it (Art. 19)."
            )
            caption = self.tr("What was corrected")
            placeholder = self.tr("e.g. street corrected from Oudegracht 112 to Oudegracht 114")
        else:
            self.set_titles(self.tr("Record the restriction"), self.tr("Record"))
            intro = self.tr(
                "Say which data are restricted: they are kept but no longer used otherwise "
                "(Art. 18 GDPR), and the person is told before the restriction is lifted. "
                "Every recipient to whom the data were disclosed must hear of it (Art. 19)."
            )
            caption = self.tr("What is restricted")
            placeholder = self.tr("e.g. the order history, while the accuracy is checked")
        self.set_intro(intro + " " + letter_language_hint(case["requester"].get("language")))
        field = "corrected" if rectification else "restricted"
        self.what = self.add_field(caption, self.text_edit(height=64), field)
        self.what.setPlaceholderText(placeholder)
        self.recipients = Checklist(columns=2)
        for recipient in self.processing.recipients:
            self.recipients.add(register_name(recipient), recipient.id, tooltip=recipient.kind)
        self.add_field(self.tr("Recipients to tell"), self.recipients, "recipients")
        self.none_disclosed = QCheckBox(self.tr("The data were disclosed to nobody"))
        self.none_disclosed.toggled.connect(self.recipients.setDisabled)
        self.add_field("", self.none_disclosed, "none_disclosed", indent=True)

    def apply(self) -> None:
        record = (
            self.decisions.record_rectification
            if self.kind is RequestType.RECTIFICATION
            else self.decisions.record_restriction
        )
        opened = record(
            self.case_id,
            self.what.toPlainText(),
            [] if self.none_disclosed.isChecked() else self.recipients.checked(),
            self.none_disclosed.isChecked(),
        )
        done = (
            self.tr("Rectification recorded.")
            if self.kind is RequestType.RECTIFICATION
            else self.tr("Restriction recorded.")
        )
        self.result_message = (
            done
            + " "
            + plural(
                len(opened),
                self.tr("One recipient to notify (Art. 19)."),
                self.tr("%1 recipients to notify (Art. 19)."),
            )
            if opened
            else done
        )
