"""Case states and the transitions an officer may make between them."""

from __future__ import annotations

from enum import Enum

from desktop.core.choices import Choice
from desktop.core.errors import ValidationError


class CaseStatus(Choice):
    __noun__ = "status"

    OPEN = "open"
    AWAITING_ID = "awaiting-id"  # waiting for identification or clarification; clock paused
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {"open": "Open", "awaiting-id": "Waiting for ID", "closed": "Closed"}[self.value]


class CaseAction(Enum):
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"
    TRANSFER = "transfer"
    CLOSE = "close"
    REOPEN = "reopen"


_ALLOWED: dict[CaseAction, frozenset[CaseStatus]] = {
    CaseAction.PAUSE: frozenset({CaseStatus.OPEN}),
    CaseAction.RESUME: frozenset({CaseStatus.AWAITING_ID}),
    CaseAction.EXTEND: frozenset({CaseStatus.OPEN, CaseStatus.AWAITING_ID}),
    CaseAction.TRANSFER: frozenset({CaseStatus.OPEN, CaseStatus.AWAITING_ID}),
    CaseAction.CLOSE: frozenset({CaseStatus.OPEN, CaseStatus.AWAITING_ID}),
    CaseAction.REOPEN: frozenset({CaseStatus.CLOSED}),
}

_RESULT: dict[CaseAction, CaseStatus | None] = {
    CaseAction.PAUSE: CaseStatus.AWAITING_ID,
    CaseAction.RESUME: CaseStatus.OPEN,
    CaseAction.EXTEND: None,
    CaseAction.TRANSFER: None,
    CaseAction.CLOSE: CaseStatus.CLOSED,
    CaseAction.REOPEN: CaseStatus.OPEN,
}


def allowed_actions(
    status: CaseStatus, extended: bool = False, inquiry: bool = False
) -> frozenset[CaseAction]:
    """What an officer may do with a case now; a deadline is extended once (Art. 12(3)). An
    authority's inquiry keeps the authority's deadline: never paused, extended or moved."""
    allowed = frozenset(a for a, states in _ALLOWED.items() if status in states)
    if inquiry:
        allowed -= {CaseAction.PAUSE, CaseAction.EXTEND, CaseAction.TRANSFER}
    return allowed - {CaseAction.EXTEND} if extended else allowed


def status_after(action: CaseAction, status: CaseStatus) -> CaseStatus:
    """The status after `action`; raises ValidationError when the case's status forbids it."""
    if status not in _ALLOWED[action]:
        raise ValidationError(
            "status", "a case that is %1 cannot be %2", status.label.lower(), _PAST[action]
        )
    return _RESULT[action] or status


_PAST = {
    CaseAction.PAUSE: "paused",
    CaseAction.RESUME: "resumed",
    CaseAction.EXTEND: "extended",
    CaseAction.TRANSFER: "transferred",
    CaseAction.CLOSE: "closed",
    CaseAction.REOPEN: "reopened",
}
