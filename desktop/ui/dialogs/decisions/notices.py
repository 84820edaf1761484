"""Art. 19 notices: notified, exempt (a code), recipients added by hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QWidget,
)

from desktop.core.codes import ExemptionGround
from desktop.services.decisions import DecisionService

# A checklist is a frame of check boxes; style.qss knows no such frame, so it carries its own
# look, including the red border ActionDialog.mark() asks for through the "invalid" property.
from desktop.ui.dialogs.decisions.base import (
    NOTICE_CHANNELS,
    Checklist,
    DecisionDialog,
    EntryDialog,
)
from desktop.ui.text import mid_sentence, nice_date, plural, pydate, register_name


# -- Art. 19 notices -------------------------------------------------------------------------------
class NotifiedDialog(EntryDialog):
    """A recipient was told of the rectification, erasure or restriction."""

    def build(self, notice: dict[str, Any]) -> None:
        self.notice = notice
        self.set_titles(self.tr("Recipient notified"), self.tr("Record"))
        self.set_intro(
            self.tr(
                "%1 was told of the rectification, erasure or restriction (Art. 19 GDPR)."
            ).replace("%1", self.recipient_of(notice))
        )
        self.on = self.add_field(
            self.tr("Notified on"), self.date_edit(self.decisions.today()), "date"
        )
        self.channel = QComboBox(editable=True)
        self.channel.addItems([self.tr(text) for text in NOTICE_CHANNELS])
        self.add_field(self.tr("How"), self.channel, "channel")

    def apply(self) -> None:
        self.decisions.record_notice(
            self.notice["id"],
            notified_on=pydate(self.on.date()),
            channel=self.channel.currentText(),
        )
        self.result_message = (
            self.tr("%1 notified on %2.")
            .replace("%1", self.recipient_of(self.notice))
            .replace("%2", nice_date(pydate(self.on.date())))
        )


class ExemptDialog(EntryDialog):
    """No notice, because it is impossible or needs disproportionate effort: say why."""

    side_captions = False  # a choice of grounds and a reason: captions above

    def build(self, notice: dict[str, Any]) -> None:
        self.notice = notice
        self.set_titles(self.tr("No notice to this recipient"), self.tr("Record"))
        self.set_intro(
            self.tr(
                "Art. 19 GDPR spares a notice to %1 only where it is impossible or involves "
                "disproportionate effort. Record why."
            ).replace("%1", self.recipient_of(notice))
        )
        grounds, self.ground = self.radio_row(
            [(self.tr(ground.label), ground.value) for ground in ExemptionGround]
        )
        self.add_field(self.tr("Because it is"), grounds, "ground")
        self.why = self.add_field(self.tr("Why"), self.text_edit(height=64), "exempt")
        self.why.setPlaceholderText(self.tr("e.g. no data of the person were ever disclosed to it"))

    def apply(self) -> None:
        ground = self.chosen(self.ground)  # a code: the store never holds the window's words
        self.decisions.record_notice(
            self.notice["id"], exempt_ground=ground, exempt_reason=self.why.toPlainText()
        )
        self.result_message = (
            self.tr("%1: no notice (%2).")
            .replace("%1", self.recipient_of(self.notice))
            .replace("%2", mid_sentence(self.tr(ExemptionGround(ground).label)))
        )


class AddRecipientsDialog(DecisionDialog):
    """Put recipients of the register on the case's Art. 19 checklist by hand."""

    def __init__(
        self, decisions: DecisionService, case: dict[str, Any], parent: QWidget | None = None
    ):
        super().__init__(decisions, case, parent)
        self.set_titles(self.tr("Add recipients to notify"), self.tr("Add"))
        self.set_intro(
            self.tr(
                "Each recipient to whom the data were disclosed hears of a rectification, "
                "erasure or restriction (Art. 19 GDPR). Recipients already on the list are ticked."
            )
        )
        listed = {n["recipient_id"] for n in case.get("notices", [])}
        self.recipients = Checklist()
        for recipient in self.processing.recipients:
            self.recipients.add(
                register_name(recipient),
                recipient.id,
                checked=recipient.id in listed,
                tooltip=recipient.kind,
                enabled=recipient.id not in listed,
            )
        self.add_field(self.tr("Recipients"), self.recipients, "recipients", "recipient")
        if not any(box.isEnabled() for box in self.recipients.boxes.values()):
            self.set_intro(
                self.intro.text() + " " + self.tr("Every recipient of the register is on the list.")
            )

    def apply(self) -> None:
        added = self.decisions.open_notices_for(self.case_id, self.recipients.checked())
        self.result_message = plural(
            len(added),
            self.tr("One recipient added to the Art. 19 checklist."),
            self.tr("%1 recipients added to the Art. 19 checklist."),
        )
