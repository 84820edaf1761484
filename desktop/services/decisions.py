"""Seeing objections and withdrawals through to the end: decisions, suppression, blocking, Art. 19."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.objections import Decision, check_assessment
from desktop.core.requests import Outcome, RequestType
from desktop.core.suppression import (
    MARKETING_CHANNELS,
    UNSUBSCRIBE_CHANNELS,
    SuppressionChannel,
    normalise_email,
    normalise_phone,
    phone_key,
)
from desktop.services import validation as v
from desktop.services.access_answer import AccessAnswers
from desktop.services.case_changes import action_date, load_case
from desktop.services.context import ServiceBase, ServiceContext, atomic
from desktop.services.notices import Art19Notices
from desktop.services.processing import ProcessingRegisterService
from desktop.services.requesters import postal_address_text
from desktop.services.rights_done import RightsDone
from desktop.store import cases as case_sql
from desktop.store import decisions as decision_sql
from desktop.store import notices as notice_sql
from desktop.store import suppression as suppression_sql


@dataclass(frozen=True)
class ErasureItem:
    """One category of data: erased now, or blocked under a retention rule until its end."""

    category: str
    rule_id: str | None = None  # None: erase now
    document_date: str | date | None = None


def effective_on_receipt(effective: str | date | None, case: dict[str, Any]) -> date:
    """A withdrawal (Art. 7(3)) or an objection to direct marketing (Art. 21(3)) takes effect
    the day it is received, never later: the day the systems were updated is recorded apart."""
    received = date.fromisoformat(case["received"])
    day = v.parse_date("effective", effective, required=False) or received
    if day != received:
        raise ValidationError(
            "effective",
            "it takes effect on the day it was received (%1), not on "
            "%2; record the day the systems were updated as 'carried out on'",
            received.isoformat(),
            day.isoformat(),
        )
    return day


class DecisionService(Art19Notices, RightsDone, AccessAnswers, ServiceBase):
    """Decisions on objections, withdrawals and erasure; the Art. 19 notices are mixed in."""

    def __init__(self, ctx: ServiceContext, processing: ProcessingRegisterService) -> None:
        self.ctx = ctx
        self.processing = processing

    # -- Art. 21(2) and unsubscribe --------------------------------------------------------------
    @atomic
    def uphold_marketing_objection(
        self,
        case_id: int,
        channels: Sequence[str] | None = None,
        effective: str | date | None = None,
        note: str = "",
        carried_out: str | date | None = None,
    ) -> list[int]:
        """Always upheld (Art. 21(3)): the channels confirmed go on the suppression register.

        It takes effect when it was received; `carried_out` is the day the systems were
        updated (today when not given)."""
        case, request = self._request(case_id, RequestType.OBJECTION_MARKETING)
        chosen = self._channels(channels, MARKETING_CHANNELS)
        return self._suppress(
            case, request, "marketing", chosen, (effective, carried_out), note,
            RequestType.OBJECTION_MARKETING,
        )  # fmt: skip

    @atomic
    def confirm_unsubscribe(
        self,
        case_id: int,
        effective: str | date | None = None,
        note: str = "",
        carried_out: str | date | None = None,
    ) -> list[int]:
        """The newsletter stops (from receipt); transactional mail does not."""
        case, request = self._request(case_id, RequestType.UNSUBSCRIBE)
        return self._suppress(
            case, request, "unsubscribe", UNSUBSCRIBE_CHANNELS, (effective, carried_out), note,
            RequestType.UNSUBSCRIBE,
        )  # fmt: skip

    # -- Art. 21(1) and credit scoring ------------------------------------------------------------
    @atomic
    def assess_objection(
        self,
        case_id: int,
        request_type: str,
        *,
        purposes: Sequence[str],
        situation: str,
        decision: str,
        grounds: str = "",
        balancing: str = "",
        decided_on: str | date | None = None,
    ) -> None:
        kind = _parse_type(request_type)
        case, request = self._request(case_id, kind)
        verdict = v.choice("decision", Decision.parse, decision)
        register = self.processing.register()
        targets = tuple(dict.fromkeys(p.strip() for p in purposes if p.strip()))
        for purpose_id in targets:
            if not register.purpose(purpose_id).objection:
                raise ValidationError(
                    "purposes",
                    "%1 is not based on legitimate interests; Art. 21(1) does not "
                    "apply (explain the actual basis instead)",
                    purpose_id,
                )
        why = v.clean_text("grounds", grounds, max_len=20_000, multiline=True) or ""
        weighing = v.clean_text("balancing", balancing, max_len=20_000, multiline=True) or ""
        check_assessment(kind, verdict, targets, why, weighing)
        situation_text = v.clean_text(
            "situation", situation, required=True, max_len=20_000, multiline=True
        )
        day = action_date(self.ctx, decided_on, case)
        data = {
            "purposes": list(targets), "situation": situation_text, "grounds": why,
            "balancing": weighing, "decision": verdict.value,
        }  # fmt: skip
        with self.ctx.store.transaction():
            self._decide(request, "assessment", data, day, verdict.outcome)
            notices = []
            if verdict is not Decision.REJECTED:
                notices = self._open_notices(case_id, register.recipients_of(targets))
            if verdict is Decision.REJECTED or verdict is Decision.UPHELD:
                case_sql.update_case(self.ctx.store, case_id, {"restricted": 0})
            self.ctx.audit(
                case_id, "objection-assessed",
                {"type": kind.value, "decision": verdict.value, "purposes": list(targets),
                 "notices_opened": notices},
            )  # fmt: skip

    @atomic
    def restrict_while_assessing(self, case_id: int, restricted: bool) -> None:
        """Art. 18(1)(d): the person may ask that processing is restricted meanwhile."""
        case = load_case(self.ctx, case_id)
        if case["status"] == "closed":
            raise ValidationError("status", "the case is closed")
        with self.ctx.store.transaction():
            case_sql.update_case(self.ctx.store, case_id, {"restricted": int(restricted)})
            self.ctx.audit(
                case_id, "restriction-set",
                {"changes": {"restricted": [case["restricted"], int(restricted)]}},
            )  # fmt: skip

    # -- Art. 7(3) ----------------------------------------------------------------------------
    @atomic
    def record_withdrawal(
        self,
        case_id: int,
        consents: Sequence[str],
        effective: str | date | None = None,
        systems: Sequence[tuple[str, bool]] = (),
        note: str = "",
        carried_out: str | date | None = None,
    ) -> list[int]:
        """Which consents end, which systems were updated and when; for the future only, from
        the day the withdrawal was received (Art. 7(3))."""
        case, request = self._request(case_id, RequestType.WITHDRAWAL)
        register = self.processing.register()
        chosen = tuple(dict.fromkeys(c.strip() for c in consents if c.strip()))
        if not chosen:
            raise ValidationError("consents", "name at least one consent that is withdrawn")
        purposes = []
        for consent_id in chosen:
            purpose = register.purpose(consent_id)
            if not purpose.consent:
                raise ValidationError("consents", "%1 is not based on consent", consent_id)
            purposes.append(purpose)
        checklist = []
        for system, done in systems:
            name = v.clean_text("systems", system, required=True, max_len=200)
            checklist.append({"system": name, "updated": bool(done)})
        channels = tuple(p.channel for p in purposes if p.channel is not None)
        extra = {"consents": list(chosen), "systems": checklist}
        return self._suppress(
            case, request, "withdrawal", channels, (effective, carried_out), note,
            RequestType.WITHDRAWAL, extra=extra,
        )  # fmt: skip

    # -- Art. 17 with blocking ------------------------------------------------------------------
    @atomic
    def decide_erasure(
        self,
        case_id: int,
        items: Sequence[ErasureItem],
        hold_reason: str = "",
        decided_on: str | date | None = None,
    ) -> list[int]:
        """Erase now, or block under a retention duty until its end (then delete, no new request)."""
        case, request = self._request(case_id, RequestType.ERASURE)
        if request["outcome"]:
            raise ValidationError(
                "erasure",
                "already decided on %1; change holds or record deletions "
                "on the blocked data instead",
                request["decided_at"],
            )
        if not items:
            raise ValidationError("items", "name at least one category of data")
        register = self.processing.register()
        day = action_date(self.ctx, decided_on, case)
        hold = v.clean_text("hold", hold_reason, max_len=2000) or ""
        rows, summary = [], []
        for number, item in enumerate(items, start=1):
            category = v.clean_text(("items", number, "category"), item.category, required=True)
            if item.rule_id:
                rule = register.rule(item.rule_id)
                document = v.parse_date(("items", number, "document-date"), item.document_date)
                assert document is not None
                if document > day:
                    raise ValidationError(("items", number, "document-date"), "lies in the future")
                until = rule.retained_until(document)
                if until < day:
                    raise ValidationError(
                        ("items", number, "document-date"),
                        "the retention duty for this document ended on %1: erase it now",
                        until,
                    )
                rows.append({
                    "case_id": case_id, "request_id": request["id"], "category": category,
                    "rule_id": rule.id, "legal_basis": rule.legal_basis,
                    "document_date": document.isoformat(), "retained_until": until.isoformat(),
                    "hold": int(bool(hold)), "hold_reason": hold or None,
                })  # fmt: skip
                summary.append({"category": category, "blocked_until": until.isoformat(),
                                "rule": rule.id})  # fmt: skip
            else:
                summary.append({"category": category, "erased": day.isoformat()})
        outcome = Outcome.PARTLY_GRANTED if rows else Outcome.GRANTED
        register_recipients = register.recipients
        with self.ctx.store.transaction():
            ids = [decision_sql.add_blocked(self.ctx.store, row) for row in rows]
            self._decide(request, "erasure", {"items": summary, "hold": hold}, day, outcome)
            notices = self._open_notices(case_id, register_recipients)
            self.ctx.audit(
                case_id, "erasure-decided",
                {"items": summary, "blocked": ids, "notices_opened": notices},
            )  # fmt: skip
        return ids

    @atomic
    def set_hold(self, blocked_id: int, hold: bool, reason: str) -> None:
        """A tax audit or litigation suspends deletion; lifting it needs a reason too."""
        row = self._blocked(blocked_id)
        why = v.clean_text("reason", reason, required=True, max_len=2000)
        with self.ctx.store.transaction():
            decision_sql.update_blocked(
                self.ctx.store,
                blocked_id,
                {"hold": int(hold), "hold_reason": why if hold else None},
            )
            self.ctx.audit(
                row["case_id"], "hold-set" if hold else "hold-lifted",
                {"blocked": blocked_id, "reason": why},
            )  # fmt: skip

    @atomic
    def record_deleted(self, blocked_id: int, on: str | date | None = None) -> None:
        row = self._blocked(blocked_id)
        if row["deleted_on"]:
            raise ValidationError("blocked", "already recorded as deleted")
        if row["hold"]:
            raise ValidationError("hold", "a hold suspends deletion; lift it first")
        day = v.parse_date("date", on, required=False) or self.ctx.clock.today()
        if day <= date.fromisoformat(row["retained_until"]):
            raise ValidationError(
                "date",
                "the retention duty runs until %1; delete after it",
                row["retained_until"],
            )
        with self.ctx.store.transaction():
            decision_sql.update_blocked(self.ctx.store, blocked_id, {"deleted_on": day.isoformat()})
            self.ctx.audit(row["case_id"], "blocked-data-deleted",
                           {"blocked": blocked_id, "on": day.isoformat()})  # fmt: skip

    def due_for_deletion_in_case(self, case_id: int) -> set[int]:
        """The case's blocked data whose retention has ended (no cap: the case decides)."""
        return decision_sql.due_for_deletion_in_case(
            self.ctx.store, case_id, self.ctx.clock.today()
        )

    # -- reading ---------------------------------------------------------------------------------
    def case_decisions(self, case_id: int) -> dict[str, Any]:
        store = self.ctx.store
        return {
            "decisions": decision_sql.decisions_of_case(store, case_id),
            "blocked": decision_sql.blocked_of_case(store, case_id),
            "notices": notice_sql.notices_of_case(store, case_id),
            "suppressions": suppression_sql.suppressions_of_reference(
                store, load_case(self.ctx, case_id)["reference"]
            ),
        }  # fmt: skip

    # -- helpers -------------------------------------------------------------------------------
    def _suppress(
        self,
        case: dict[str, Any],
        request: dict[str, Any],
        kind: str,
        channels: Sequence[SuppressionChannel],
        dates: tuple[str | date | None, str | date | None],
        note: str,
        reason: RequestType,
        extra: dict[str, Any] | None = None,
    ) -> list[int]:
        day = effective_on_receipt(dates[0], case)
        done_on = action_date(self.ctx, dates[1], case, field="carried_out")
        text = v.clean_text("note", note, max_len=5000, multiline=True) or ""
        email = normalise_email(case["email"]) if case["email"] else None
        region = case.get("country") or case.get("delivery_country")
        phone = normalise_phone(case["phone"], region) if case["phone"] else None
        if phone == "" or phone == "+":
            phone = None
        now = self.ctx.stamp()
        entries = []
        for channel in channels:
            entries.append({
                "channel": channel.value, "name": case["requester_name"], "email": email,
                "phone": phone, "phone_key": phone_key(phone) if phone else None,
                "postal_address": postal_address_text(case) or None, "reason": reason.value,
                "source_reference": case["reference"], "effective": day.isoformat(),
                "created_at": now, "created_by": self.ctx.officer(),
            })  # fmt: skip
        data = {"channels": [c.value for c in channels], "effective": day.isoformat(),
                "carried_out": done_on.isoformat(), "note": text, **(extra or {})}  # fmt: skip
        register = self.processing.register()
        with self.ctx.store.transaction():
            ids = [i for e in entries if (i := suppression_sql.add_suppression(self.ctx.store, e))]
            self._decide(request, kind, data, done_on, Outcome.GRANTED)
            notices: list[int] = []
            if reason is RequestType.OBJECTION_MARKETING:
                purposes = tuple(
                    p.id for p in register.purposes if p.channel in set(channels) and p.objection
                )
                notices = self._open_notices(case["id"], register.recipients_of(purposes))
            self.ctx.audit(
                case["id"], f"{kind}-recorded",
                {"channels": data["channels"], "effective": data["effective"],
                 "carried_out": data["carried_out"], "suppression_entries": ids, "notices_opened": notices, **(extra or {})},
            )  # fmt: skip
        return ids

    def _decide(
        self, request: dict[str, Any], kind: str, data: dict[str, Any], day: date, outcome: Outcome
    ) -> None:
        decision_sql.save_decision(
            self.ctx.store, request["id"], kind, data, self.ctx.officer(), day.isoformat()
        )
        case_sql.update_request(
            self.ctx.store, request["id"],
            {"outcome": outcome.value, "decided_at": day.isoformat()},
        )  # fmt: skip

    def _channels(
        self, channels: Sequence[str] | None, default: Sequence[SuppressionChannel]
    ) -> tuple[SuppressionChannel, ...]:
        if channels is None:
            return tuple(default)
        parsed = tuple(
            dict.fromkeys(v.choice("channels", SuppressionChannel.parse, c) for c in channels)
        )
        if not parsed:
            raise ValidationError("channels", "confirm at least one channel")
        return parsed

    def _request(self, case_id: int, kind: RequestType) -> tuple[dict[str, Any], dict[str, Any]]:
        case = load_case(self.ctx, case_id)
        if case["status"] == "closed":
            raise ValidationError("status", "the case is closed; reopen it first")
        for request in case_sql.get_requests(self.ctx.store, case_id):
            if request["type"] == kind.value:
                return case, request
        raise ValidationError("type", "the case has no %1 request", kind.value)

    def _blocked(self, blocked_id: int) -> dict[str, Any]:
        row = decision_sql.get_blocked(self.ctx.store, blocked_id)
        if row is None:
            raise ValidationError("blocked", "no blocked data with id %1", blocked_id)
        return row


def _parse_type(text: str) -> RequestType:
    return v.choice("type", RequestType.parse, text)
