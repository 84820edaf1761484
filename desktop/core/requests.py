"""What people ask for (DOMAIN.md §2): request types, channels and the outcome of each request."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.choices import Choice


@dataclass(frozen=True)
class _TypeInfo:
    label: str
    basis: str


class RequestType(Choice):
    """One right invoked. Values are the short names used on the command line and in the store."""

    __noun__ = "request type"

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION_INTERESTS = "objection-interests"
    OBJECTION_MARKETING = "objection-marketing"
    WITHDRAWAL = "withdrawal"
    UNSUBSCRIBE = "unsubscribe"
    OBJECTION_CREDIT = "objection-credit"
    COMPLAINT = "complaint"

    @property
    def label(self) -> str:
        return _TYPES[self].label

    @property
    def basis(self) -> str:
        return _TYPES[self].basis


_TYPES = {
    RequestType.ACCESS: _TypeInfo("Access", "Art. 15 GDPR"),
    RequestType.RECTIFICATION: _TypeInfo("Rectification", "Art. 16 GDPR"),
    RequestType.ERASURE: _TypeInfo("Erasure", "Art. 17 GDPR"),
    RequestType.RESTRICTION: _TypeInfo("Restriction", "Art. 18 GDPR"),
    RequestType.PORTABILITY: _TypeInfo("Portability", "Art. 20 GDPR"),
    RequestType.OBJECTION_INTERESTS: _TypeInfo(
        "Objection (legitimate interests)", "Art. 21(1) GDPR"
    ),
    RequestType.OBJECTION_MARKETING: _TypeInfo(
        "Objection (direct marketing, profiling)", "Art. 21(2)-(3) GDPR"
    ),
    RequestType.WITHDRAWAL: _TypeInfo("Withdrawal of consent", "Art. 7(3) GDPR"),
    RequestType.UNSUBSCRIBE: _TypeInfo("Newsletter unsubscribe", "Art. 7(3), 21(2) GDPR"),
    RequestType.OBJECTION_CREDIT: _TypeInfo(
        "Objection (credit check, scoring)", "Art. 21(1), 22 GDPR"
    ),
    RequestType.COMPLAINT: _TypeInfo("Complaint / other", "Art. 77 GDPR"),
}


class Channel(Choice):
    """How a request reached the office; any official channel starts the clock."""

    __noun__ = "channel"

    EMAIL = "email"
    LETTER = "letter"
    FAX = "fax"
    PHONE = "phone"
    WEB_FORM = "web-form"
    IN_PERSON = "in-person"

    @property
    def label(self) -> str:
        return {
            "email": "Email",
            "letter": "Letter",
            "fax": "Fax",
            "phone": "Phone",
            "web-form": "Web form",
            "in-person": "In person",
        }[self.value]


class Outcome(Choice):
    """How one request ended."""

    __noun__ = "outcome"

    GRANTED = "granted"
    PARTLY_GRANTED = "partly-granted"
    REFUSED = "refused"
    NO_DATA = "no-data"
    IDENTITY_NOT_CONFIRMED = "identity-not-confirmed"
    WITHDRAWN = "withdrawn"
    TRANSFERRED = "transferred"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


# A request of these types is granted only through its recorded decision: the decision is
# what puts a person on the suppression register, blocks data or opens Art. 19 notices.
_DECISION_FIRST = {
    RequestType.ERASURE: "record the erasure decision first (erase, or block under a retention "
    "duty), so that blocking and Art. 19 notices follow",
    RequestType.OBJECTION_MARKETING: "uphold the marketing objection first (choose the "
    "channels), so that the person is on the suppression register",
    RequestType.UNSUBSCRIBE: "confirm the unsubscribe first, so that the newsletter stops",
    RequestType.RECTIFICATION: "record the rectification first (what was corrected, which "
    "recipients to tell), so that the Art. 19 notices follow",
    RequestType.RESTRICTION: "record the restriction first (what is restricted, which "
    "recipients to tell), so that the Art. 19 notices follow",
    RequestType.WITHDRAWAL: "record the withdrawal first (which consents, which systems), so "
    "that the processing based on them stops",
    RequestType.OBJECTION_INTERESTS: "assess the objection first (purposes, situation, "
    "decision), so that the outcome rests on a recorded assessment",
    RequestType.OBJECTION_CREDIT: "assess the objection first (purposes, situation, "
    "decision), so that the outcome rests on a recorded assessment",
}


_ASSESSED = (RequestType.OBJECTION_INTERESTS, RequestType.OBJECTION_CREDIT)
# Outcomes that decide nothing on the merits: no decision is needed to record them.
_NOT_ON_THE_MERITS = (
    Outcome.NO_DATA, Outcome.WITHDRAWN, Outcome.TRANSFERRED, Outcome.IDENTITY_NOT_CONFIRMED,
)  # fmt: skip


def decision_needed_to_close(kind: RequestType, outcome: Outcome, decided: bool) -> str | None:
    """Why `kind` cannot be closed with `outcome` yet, or None when it can.

    Granting needs the decision that carries it out; refusing an Art. 21(1) objection needs
    the recorded assessment of compelling legitimate grounds just as much.
    """
    if decided or outcome in _NOT_ON_THE_MERITS:
        return None
    if outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED) or kind in _ASSESSED:
        return _DECISION_FIRST.get(kind)
    return None
