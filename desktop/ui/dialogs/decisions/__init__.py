"""The decision dialogs: objections, withdrawals, erasure with blocked data, Art. 19 notices."""

from desktop.ui.dialogs.decisions.access_answer import AccessAnswerDialog
from desktop.ui.dialogs.decisions.base import (
    Checklist,
    DecisionDialog,
    purpose_name,
    rule_text,
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
from desktop.ui.dialogs.decisions.rights_done import RightsDoneDialog
from desktop.ui.dialogs.decisions.withdrawal import SystemsList, WithdrawalDialog

__all__ = [
    "AccessAnswerDialog", "AddRecipientsDialog", "AssessObjectionDialog", "Checklist", "DecisionDialog",
    "DeletedDialog", "ErasureDialog", "ErasureRow", "ExemptDialog",
    "HoldDialog", "MarketingObjectionDialog", "NotifiedDialog", "RightsDoneDialog", "SystemsList",
    "UnsubscribeDialog", "WithdrawalDialog", "purpose_name", "rule_text",
]  # fmt: skip
