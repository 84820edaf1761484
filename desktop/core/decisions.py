"""Which decisions a case offers: each belongs to a request type and to a case still worked on."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from desktop.core.cases import CaseStatus
from desktop.core.requests import RequestType


class DecisionAction(Enum):
    UPHOLD_MARKETING_OBJECTION = "uphold-marketing-objection"  # Art. 21(2)-(3): absolute
    CONFIRM_UNSUBSCRIBE = "confirm-unsubscribe"
    ASSESS_OBJECTION_INTERESTS = "assess-objection-interests"  # Art. 21(1)
    ASSESS_OBJECTION_CREDIT = "assess-objection-credit"  # Art. 21(1) and 22
    RESTRICT_WHILE_ASSESSING = "restrict-while-assessing"  # Art. 18(1)(d)
    RECORD_WITHDRAWAL = "record-withdrawal"  # Art. 7(3)
    DECIDE_ERASURE = "decide-erasure"  # Art. 17, with blocking under a retention duty
    RECORD_RECTIFICATION = "record-rectification"  # Art. 16, with Art. 19 notices
    RECORD_RESTRICTION = "record-restriction"  # Art. 18, with Art. 19 notices
    RECORD_ACCESS_ANSWER = "record-access-answer"  # Art. 15: what applies to this person


_FOR: dict[DecisionAction, frozenset[RequestType]] = {
    DecisionAction.UPHOLD_MARKETING_OBJECTION: frozenset({RequestType.OBJECTION_MARKETING}),
    DecisionAction.CONFIRM_UNSUBSCRIBE: frozenset({RequestType.UNSUBSCRIBE}),
    DecisionAction.ASSESS_OBJECTION_INTERESTS: frozenset({RequestType.OBJECTION_INTERESTS}),
    DecisionAction.ASSESS_OBJECTION_CREDIT: frozenset({RequestType.OBJECTION_CREDIT}),
    DecisionAction.RESTRICT_WHILE_ASSESSING: frozenset(
        {RequestType.OBJECTION_INTERESTS, RequestType.OBJECTION_CREDIT}
    ),
    DecisionAction.RECORD_WITHDRAWAL: frozenset({RequestType.WITHDRAWAL}),
    DecisionAction.DECIDE_ERASURE: frozenset({RequestType.ERASURE}),
    DecisionAction.RECORD_RECTIFICATION: frozenset({RequestType.RECTIFICATION}),
    DecisionAction.RECORD_RESTRICTION: frozenset({RequestType.RESTRICTION}),
    DecisionAction.RECORD_ACCESS_ANSWER: frozenset({RequestType.ACCESS, RequestType.PORTABILITY}),
}


def offered_decisions(
    status: CaseStatus, request_types: Iterable[str]
) -> frozenset[DecisionAction]:
    """The decisions an officer may record now: only for the rights the case holds, never once
    it is closed (reopen it first)."""
    if status is CaseStatus.CLOSED:
        return frozenset()
    values = set(request_types)
    held = {t for t in RequestType if t.value in values}
    return frozenset(action for action, types in _FOR.items() if types & held)
