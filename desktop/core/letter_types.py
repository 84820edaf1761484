"""The letters of DOMAIN.md §8, and which one a case needs next."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from desktop.core.choices import Choice


class LetterType(Choice):
    """The value names the template file (desktop/assets/letters/<lang>/<value>.txt)."""

    __noun__ = "letter type"

    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity-request"
    IDENTITY_REMINDER = "identity-reminder"  # no reply to the identity request for two weeks
    EXTENSION_NOTICE = "extension-notice"
    ACCESS_ANSWER = "access-answer"
    RIGHTS_DONE = "rights-done"  # rectification / erasure / restriction done
    OBJECTION_UPHELD = "objection-upheld"  # marketing (21(2)) or 21(1)
    OBJECTION_REJECTED = "objection-rejected"  # 21(1) only
    WITHDRAWAL_CONFIRMED = "withdrawal-confirmed"
    REFUSAL = "refusal"  # manifestly unfounded or excessive / non-action
    TRANSFER = "transfer"
    IDENTITY_NOT_CONFIRMED = "identity-not-confirmed"

    @property
    def label(self) -> str:
        return {
            "acknowledgement": "Acknowledgement",
            "identity-request": "Identity / clarification request",
            "identity-reminder": "Identity request: reminder",
            "extension-notice": "Extension notice",
            "access-answer": "Access answer",
            "rights-done": "Rectification, erasure or restriction done",
            "objection-upheld": "Objection upheld",
            "objection-rejected": "Objection rejected",
            "withdrawal-confirmed": "Withdrawal of consent confirmed",
            "refusal": "Refusal (unfounded or excessive)",
            "transfer": "Transfer to a group company",
            "identity-not-confirmed": "Identity not confirmed, case closed",
        }[self.value]


_DECISION_LETTERS = {
    # (request type, outcome) -> the letter that answers it
    ("access", "granted"): LetterType.ACCESS_ANSWER,
    ("access", "partly-granted"): LetterType.ACCESS_ANSWER,
    ("access", "no-data"): LetterType.ACCESS_ANSWER,
    ("portability", "granted"): LetterType.ACCESS_ANSWER,
    ("rectification", "granted"): LetterType.RIGHTS_DONE,
    ("erasure", "granted"): LetterType.RIGHTS_DONE,
    ("erasure", "partly-granted"): LetterType.RIGHTS_DONE,
    ("restriction", "granted"): LetterType.RIGHTS_DONE,
    ("objection-marketing", "granted"): LetterType.OBJECTION_UPHELD,
    ("unsubscribe", "granted"): LetterType.OBJECTION_UPHELD,
    ("objection-interests", "granted"): LetterType.OBJECTION_UPHELD,
    ("objection-interests", "partly-granted"): LetterType.OBJECTION_UPHELD,
    ("objection-interests", "refused"): LetterType.OBJECTION_REJECTED,
    ("objection-credit", "granted"): LetterType.OBJECTION_UPHELD,
    ("objection-credit", "partly-granted"): LetterType.OBJECTION_UPHELD,
    ("objection-credit", "refused"): LetterType.OBJECTION_REJECTED,
    ("withdrawal", "granted"): LetterType.WITHDRAWAL_CONFIRMED,
}


def letters_needed(
    status: str,
    extended: bool,
    transferred: bool,
    outcomes: Mapping[str, str | None],
    sent: Collection[LetterType],
    remind: bool = False,
) -> list[LetterType]:
    """The letters this case still needs, most pressing first (the first is proposed);
    `remind`: the identification asked for has not come for two weeks (needs_id_reminder)."""
    needed: list[LetterType] = []
    if LetterType.ACKNOWLEDGEMENT not in sent and status != "closed":
        needed.append(LetterType.ACKNOWLEDGEMENT)
    if status == "awaiting-id" and LetterType.IDENTITY_REQUEST not in sent:
        needed.append(LetterType.IDENTITY_REQUEST)
    elif status == "awaiting-id" and remind and LetterType.IDENTITY_REMINDER not in sent:
        needed.append(LetterType.IDENTITY_REMINDER)
    if extended and LetterType.EXTENSION_NOTICE not in sent:
        needed.append(LetterType.EXTENSION_NOTICE)
    if transferred and LetterType.TRANSFER not in sent:
        needed.append(LetterType.TRANSFER)
    for request_type, outcome in outcomes.items():
        if outcome is None:
            continue
        if outcome == "identity-not-confirmed":
            letter = LetterType.IDENTITY_NOT_CONFIRMED
        elif outcome == "refused" and request_type not in (
            "objection-interests",
            "objection-credit",
        ):
            letter = LetterType.REFUSAL
        else:
            letter = _DECISION_LETTERS.get((request_type, outcome))
        if letter and letter not in sent and letter not in needed:
            needed.append(letter)
    return needed


def letter_misfit(
    kind: LetterType,
    *,
    status: str,
    extended: bool,
    transferred: bool,
    paused: bool,
    outcomes: Mapping[str, str | None],
    decisions: Mapping[str, str],
) -> str | None:
    """Why `kind` would say something untrue of this case, or None when it fits.

    `decisions` maps a request type to its recorded decision ("upheld", "partly", "rejected"
    for assessments, "done" for the others).
    """
    types = set(outcomes)
    if kind is LetterType.EXTENSION_NOTICE and not extended:
        return "the case is not extended"
    if kind is LetterType.TRANSFER and not transferred:
        return "the case was not transferred"
    if kind in (LetterType.IDENTITY_REQUEST, LetterType.IDENTITY_REMINDER) and not paused:
        return "no identification was asked for (ask for it first: the clock pauses)"
    if kind is LetterType.ACCESS_ANSWER and not types & {"access", "portability"}:
        return "the case has no access or portability request"
    if kind is LetterType.RIGHTS_DONE and not any(
        outcomes.get(t) in ("granted", "partly-granted")
        for t in ("rectification", "erasure", "restriction")
    ):
        return "no rectification, erasure or restriction was done"
    if kind is LetterType.OBJECTION_REJECTED and not any(
        decisions.get(t) in ("rejected", "partly")
        for t in ("objection-interests", "objection-credit")
    ):
        return "no objection under Art. 21(1) was rejected"
    if kind is LetterType.OBJECTION_UPHELD and not any(
        decisions.get(t) in ("upheld", "partly", "done")
        for t in ("objection-marketing", "unsubscribe", "objection-interests", "objection-credit")
    ):
        return "no objection was upheld"
    if kind is LetterType.WITHDRAWAL_CONFIRMED and "withdrawal" not in decisions:
        return "no withdrawal of consent was recorded"
    if kind is LetterType.REFUSAL and "refused" not in outcomes.values():
        return "no request was refused"
    if kind is LetterType.IDENTITY_NOT_CONFIRMED and "identity-not-confirmed" not in (
        outcomes.values()
    ):
        return "no request was closed as identity not confirmed"
    del status
    return None


def moment_passed(kind: LetterType, today: date, due: date, current_due: date) -> str | None:
    """Why `kind` is no longer worth sending on `today`, or None while it still is.

    An acknowledgement promises an answer by the current deadline: once that date is past it
    would promise a date in the past. An extension notice must reach the person within the
    first month (Art. 12(3)); after it, it is late and is not proposed (it may still be chosen
    in the case, and is then flagged).
    """
    if kind is LetterType.ACKNOWLEDGEMENT and today > current_due:
        return f"it would promise an answer by {current_due}, which has passed: answer instead"
    if kind is LetterType.EXTENSION_NOTICE and today > due:
        return f"an extension notice had to reach the person by {due}"
    return None


def sent_late(kind: LetterType, sent_on: date, due: date) -> bool:
    """Art. 12(3): an extension notice must reach the person within the first month."""
    return kind is LetterType.EXTENSION_NOTICE and sent_on > due
