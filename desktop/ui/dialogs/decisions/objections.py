"""Objections: to direct marketing (Art. 21(2)), the newsletter, and under Art. 21(1)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QWidget,
)

from desktop.core.objections import Decision
from desktop.core.suppression import SuppressionChannel
from desktop.services.decisions import DecisionService

# A checklist is a frame of check boxes; style.qss knows no such frame, so it carries its own
# look, including the red border ActionDialog.mark() asks for through the "invalid" property.
from desktop.ui.dialogs.decisions.base import (
    Checklist,
    DecisionDialog,
)
from desktop.ui.text import (
    law,
    letter_language_hint,
    nice_date,
    plural,
    pydate,
    register_name,
    translated,
    type_label,
)


# -- Art. 21(2) and the newsletter -----------------------------------------------------------------
class MarketingObjectionDialog(DecisionDialog):
    """Uphold an objection to direct marketing: always upheld; the officer confirms channels."""

    def __init__(
        self, decisions: DecisionService, case: dict[str, Any], parent: QWidget | None = None
    ):
        super().__init__(decisions, case, parent)
        self.set_titles(self.tr("Uphold the marketing objection"), self.tr("Uphold"))
        self.set_intro(
            self.tr(
                "An objection to direct marketing is absolute (Art. 21(3) GDPR): no balancing, "
                "no refusal. The person goes on the suppression register for every channel "
                "ticked, with only what is needed to honour the objection."
            )
        )
        self.channels = Checklist(columns=2)
        for channel in SuppressionChannel:
            self.channels.add(translated(channel.label), channel.value, checked=True)
        self.add_field(self.tr("Stop advertising by"), self.channels, "channels")
        self.add_effective_and_note()

    def apply(self) -> None:
        chosen = self.channels.checked()
        ids = self.decisions.uphold_marketing_objection(
            self.case_id, chosen, None, self.note.toPlainText(), self.carried_out_on()
        )
        self.result_message = (
            self.tr("Marketing objection upheld: %1 stopped from %2.")
            .replace("%1", plural(len(chosen), self.tr("one channel"), self.tr("%1 channels")))
            .replace("%2", nice_date(self.case["received"]))
        )
        if not ids:
            self.result_message += " " + self.tr("The suppression register already had them.")


class UnsubscribeDialog(DecisionDialog):
    """Confirm a newsletter unsubscribe: the newsletter stops, transactional mail does not."""

    def __init__(
        self, decisions: DecisionService, case: dict[str, Any], parent: QWidget | None = None
    ):
        super().__init__(decisions, case, parent)
        self.set_titles(self.tr("Confirm the unsubscribe"), self.tr("Confirm"))
        self.set_intro(
            self.tr(
                "Only the newsletter stops: the address goes on the suppression register for "
                "the newsletter. Transactional mail (order confirmations, delivery notes, "
                "invoices, messages about the customer account) continues: it is no advertising."
            )
        )
        self.add_effective_and_note()

    def apply(self) -> None:
        self.decisions.confirm_unsubscribe(
            self.case_id, None, self.note.toPlainText(), self.carried_out_on()
        )
        self.result_message = self.tr("Unsubscribe confirmed: no newsletter from %1.").replace(
            "%1", nice_date(self.case["received"])
        )


# -- Art. 21(1) ------------------------------------------------------------------------------------
class AssessObjectionDialog(DecisionDialog):
    """The documented assessment of an objection on legitimate interests or to credit scoring."""

    def __init__(
        self,
        decisions: DecisionService,
        case: dict[str, Any],
        request_type: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(decisions, case, parent)
        self.request_type = request_type
        self.set_titles(
            self.tr("Assess the objection: %1").replace("%1", type_label(request_type)),
            self.tr("Record decision"),
        )
        self.set_intro(
            self.tr(
                "Processing stops unless compelling legitimate grounds override the person's "
                "interests, or it serves legal claims; the burden lies with us (Art. 21(1) GDPR)."
            )
            + " "
            + letter_language_hint(case["requester"].get("language"))
        )
        previous = self.previous(request_type)
        data = previous["data"] if previous else {}
        self.purposes = Checklist()
        for purpose in self.processing.objectionable():
            self.purposes.add(
                register_name(purpose),
                purpose.id,
                checked=purpose.id in data.get("purposes", ()),
                tooltip=f"{law(purpose.legal_basis)} · §{purpose.section}",
            )
        self.add_field(self.tr("Processing the objection targets"), self.purposes, "purposes")
        decision_row, self.decision = self.radio_row(
            [
                (self.tr("Upheld"), Decision.UPHELD.value),
                (self.tr("Partly upheld"), Decision.PARTLY.value),
                (self.tr("Rejected"), Decision.REJECTED.value),
            ]
        )
        for button in self.decision.buttons():
            button.setChecked(button.property("value") == data.get("decision"))
        self.add_field(self.tr("Decision"), decision_row, "decision")
        self.decided_on = self.add_field(
            self.tr("Decided on"), self.date_edit(decisions.today()), "date"
        )

        right = self.add_column(stretch=2)
        self.columns.setStretch(0, 3)  # the purposes' names are long; the texts wrap
        self.situation = self.add_field(
            self.tr("The person's particular situation"),
            self.text_edit(data.get("situation", ""), height=64),
            "situation",
            form=right,
        )
        self.grounds = self.add_field(
            self.tr("Compelling legitimate grounds or legal claims"),
            self.text_edit(data.get("grounds", ""), height=64),
            "grounds",
            form=right,
        )
        self.grounds.setPlaceholderText(
            self.tr("Needed to reject or partly uphold, e.g. a pending court case")
        )
        self.balancing = self.add_field(
            self.tr("Balancing of interests"),
            self.text_edit(data.get("balancing", ""), height=64),
            "balancing",
            form=right,
        )
        self.setMinimumWidth(960)

    def apply(self) -> None:
        self.decisions.assess_objection(
            self.case_id,
            self.request_type,
            purposes=self.purposes.checked(),
            situation=self.situation.toPlainText(),
            decision=self.chosen(self.decision),
            grounds=self.grounds.toPlainText(),
            balancing=self.balancing.toPlainText(),
            decided_on=pydate(self.decided_on.date()),
        )
        verdict = {
            Decision.UPHELD.value: self.tr("Objection upheld."),
            Decision.PARTLY.value: self.tr("Objection partly upheld."),
            Decision.REJECTED.value: self.tr("Objection rejected."),
        }[self.chosen(self.decision)]
        self.result_message = verdict

    def show_error(self, field: str, message: str) -> None:
        if field == "decision" and not self.chosen(self.decision):
            message = self.tr("choose upheld, partly upheld or rejected")
        super().show_error(field, message)
