"""Decisions on objections (Art. 21) and what each decision requires before it can be recorded."""

from __future__ import annotations

from desktop.core.choices import Choice
from desktop.core.errors import ValidationError
from desktop.core.requests import Outcome, RequestType


class Decision(Choice):
    __noun__ = "decision"

    UPHELD = "upheld"
    PARTLY = "partly"
    REJECTED = "rejected"

    @property
    def outcome(self) -> Outcome:
        return {
            Decision.UPHELD: Outcome.GRANTED,
            Decision.PARTLY: Outcome.PARTLY_GRANTED,
            Decision.REJECTED: Outcome.REFUSED,
        }[self]


ASSESSED_TYPES = (RequestType.OBJECTION_INTERESTS, RequestType.OBJECTION_CREDIT)


def check_assessment(
    request_type: RequestType,
    decision: Decision,
    purposes: tuple[str, ...],
    grounds: str,
    balancing: str,
) -> None:
    """Art. 21(1): the burden is on the controller; a rejection needs written grounds."""
    if request_type is RequestType.OBJECTION_MARKETING:
        raise ValidationError(
            "decision", "an objection to direct marketing is absolute: it is always upheld"
        )
    if request_type not in ASSESSED_TYPES:
        raise ValidationError("type", "only objections under Art. 21(1) are assessed")
    if not purposes:
        raise ValidationError("purposes", "name the processing the objection targets")
    if decision in (Decision.REJECTED, Decision.PARTLY):
        if not grounds.strip():
            raise ValidationError(
                "grounds",
                "a rejection needs the compelling legitimate grounds or the legal claim, in writing",
            )
        if not balancing.strip():
            raise ValidationError("balancing", "record the balancing of interests")
