"""Correcting what was logged wrongly: the requester, the received date, the channel, a request
type missed or logged by mistake. One call is one audited change (before → after, and why);
a corrected received date recomputes the deadline, and letters already sent stay as sent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core.cases import CaseStatus
from desktop.core.errors import ValidationError
from desktop.core.requests import Channel, RequestType
from desktop.services import validation as v
from desktop.services.case_changes import CaseChanges
from desktop.services.context import atomic
from desktop.services.explanation_fields import deadline_fields
from desktop.services.requesters import REQUESTER_FIELDS, Requester, requester_fields
from desktop.store import cases as case_sql
from desktop.store import requesters as requester_sql

# The requester's columns by the name a Requester gives them (the rest are the same).
_AS_REQUESTER = {"customer_kind": "customer"}


@dataclass(frozen=True)
class Correction:
    """What to correct; anything left out stays as it is. `requester` maps a requester field
    (REQUESTER_FIELDS) to its new value ("" or None clears it)."""

    reason: str
    requester: Mapping[str, str | None] = field(default_factory=dict)
    received: str | date | None = None
    channel: str | None = None
    add_types: Sequence[str] = ()
    withdraw_types: Sequence[str] = ()


class CaseCorrections(CaseChanges):
    @atomic
    def correct(self, case_id: int, correction: Correction) -> dict[str, list[Any]]:
        """Apply `correction` to the case: returns what changed, {field: [before, after]}."""
        case = self._case(case_id)
        reason = v.clean_text("reason", correction.reason, required=True, max_len=1000)
        changes: dict[str, list[Any]] = {}
        store = self.ctx.store
        with store.transaction():
            person = self._corrected_requester(case, correction.requester, changes)
            if person is not None:
                requester_sql.update_requester(store, case["requester_id"], person)
            fields = self._corrected_case(case, correction, changes)
            if person is not None and person["name"] != case["requester_name"]:
                fields["requester_name"] = person["name"]
            types = self._corrected_types(case, correction, changes)
            if types is not None:
                fields["types"] = ", ".join(types)
            if not changes:
                raise ValidationError("correction", "nothing differs from what is recorded")
            case_sql.update_case(store, case_id, {**fields, "updated_at": self.ctx.stamp()})
            if person is not None:  # the address and email are searched too
                case_sql.reindex_case(store, case_id)
            self.ctx.audit(case_id, "case-corrected", {"changes": changes, "reason": reason})
        return changes

    # -- the parts ---------------------------------------------------------------------------
    def _corrected_requester(
        self, case: dict[str, Any], given: Mapping[str, str | None], changes: dict[str, list[Any]]
    ) -> dict[str, Any] | None:
        unknown = set(given) - set(REQUESTER_FIELDS)
        if unknown:
            raise ValidationError("requester", "no such field: %1", ", ".join(sorted(unknown)))
        if not given:
            return None
        now = {key: case.get(key) for key in REQUESTER_FIELDS if key != "name"}
        now["name"] = case["requester_name"]
        merged = {**now, **{k: (val or None) for k, val in given.items()}}
        merged["customer_kind"] = merged["customer_kind"] or "consumer"
        merged["form_of_address"] = merged["form_of_address"] or "neutral"
        merged["language"] = merged["language"] or "en"
        person = Requester(**{_AS_REQUESTER.get(k, k): merged[k] for k in REQUESTER_FIELDS})
        checked = requester_fields(person)
        for key in REQUESTER_FIELDS:
            if checked[key] != now[key]:
                changes[key] = [now[key], checked[key]]
        return checked if any(k in changes for k in REQUESTER_FIELDS) else None

    def _corrected_case(
        self, case: dict[str, Any], correction: Correction, changes: dict[str, list[Any]]
    ) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if correction.channel is not None:
            channel = v.choice("channel", Channel.parse, correction.channel).value
            if channel != case["channel"]:
                fields["channel"] = channel
                changes["channel"] = [case["channel"], channel]
        if correction.received is not None:
            received = v.received_date("received", correction.received, self.ctx.clock.today())
            if received.isoformat() != case["received"]:
                self._may_change_received(case, received)
                fields["received"] = received.isoformat()
                changes["received"] = [case["received"], received.isoformat()]
                deadline = self._deadline({**case, "received": received.isoformat()})
                new = deadline_fields(deadline, bool(case["extended"]))
                for key in ("due", "extended_due", "current_due"):
                    if new[key] != case[key]:
                        changes[key] = [case[key], new[key]]
                fields.update(new)
        return fields

    def _may_change_received(self, case: dict[str, Any], received: date) -> None:
        if case["status"] == CaseStatus.CLOSED.value:
            raise ValidationError("received", "the case is closed: reopen it to correct the date")
        letter_date = case.get("letter_date")
        if letter_date and date.fromisoformat(letter_date) > received:
            raise ValidationError(
                "received", "lies before the date of the person's letter (%1)", letter_date
            )
        if case.get("paused_since") and date.fromisoformat(case["paused_since"]) < received:
            raise ValidationError(
                "received", "lies after the identity check began (%1)", case["paused_since"]
            )

    def _corrected_types(
        self, case: dict[str, Any], correction: Correction, changes: dict[str, list[Any]]
    ) -> list[str] | None:
        if not correction.add_types and not correction.withdraw_types:
            return None
        if case["status"] == CaseStatus.CLOSED.value:
            raise ValidationError("type", "the case is closed: reopen it to change its requests")
        store = self.ctx.store
        requests = case_sql.get_requests(store, case["id"])
        before = [r["type"] for r in requests]
        after = list(before)
        for text in correction.withdraw_types:
            kind = v.choice("type", RequestType.parse, text).value
            request = next((r for r in requests if r["type"] == kind), None)
            if request is None:
                raise ValidationError("type", "the case has no %1 request", kind)
            if request["outcome"] or case_sql.request_has_decision(store, request["id"]):
                raise ValidationError(
                    "type", "the %1 request has a decision or an outcome: it stays", kind
                )
            case_sql.delete_request(store, request["id"])
            after.remove(kind)
        for text in correction.add_types:
            kind = v.choice("type", RequestType.parse, text).value
            if kind not in after:
                case_sql.insert_request(store, case["id"], kind)
                after.append(kind)
        if not after:
            raise ValidationError("type", "a case keeps at least one request")
        if after != before:
            changes["types"] = [before, after]
        return after
