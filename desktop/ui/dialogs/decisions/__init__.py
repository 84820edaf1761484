"""Decisions on objections, withdrawals and erasure, Art. 19 notices, and the Decisions tab."""

from desktop.ui.dialogs.decisions.base import (
    Checklist,
    DecisionDialog,
    channel_label,
    purpose_name,
    rule_text,
    type_label,
)
from desktop.ui.dialogs.decisions.erasure import (
    DeletedDialog,
    ErasureDialog,
    ErasureRow,
    HoldDialog,
)
from desktop.ui.dialogs.decisions.notices import AddRecipientsDialog, ExemptDialog, NotifiedDialog
from desktop.ui.dialogs.decisions.objections import (
    AssessObjectionDialog,
    MarketingObjectionDialog,
    UnsubscribeDialog,
)
from desktop.ui.dialogs.decisions.tab import DecisionsTab
from desktop.ui.dialogs.decisions.withdrawal import SystemsList, WithdrawalDialog

__all__ = [
    "AddRecipientsDialog", "AssessObjectionDialog", "Checklist", "DecisionDialog",
    "DecisionsTab", "DeletedDialog", "ErasureDialog", "ErasureRow", "ExemptDialog",
    "HoldDialog", "MarketingObjectionDialog", "NotifiedDialog", "SystemsList",
    "UnsubscribeDialog", "WithdrawalDialog", "channel_label", "purpose_name", "rule_text",
    "type_label",
]  # fmt: skip
