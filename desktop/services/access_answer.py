"""What the access answer (Art. 15) says for this person: the purposes, categories, recipients
by name, sources, whether credit scoring was used, the transfers to third countries and their
safeguards, the copy enclosed and what was withheld. Pre-filled from the register and the
case, ticked and edited by the officer; the letter lists only what was recorded. Part of
DecisionService."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.core.errors import ValidationError
from desktop.services import validation as v
from desktop.services.case_changes import load_case
from desktop.services.context import ServiceContext, atomic
from desktop.services.processing import ProcessingRegisterService
from desktop.store import cases as case_sql
from desktop.store import decisions as decision_sql

# The register's recipients that are processors in the US (Google): their transfer, pre-filled.
_DPF = "EU–US Data Privacy Framework (adequacy decision of 10 July 2023)"
_US_RECIPIENTS = {"google": f"Google LLC, USA: {_DPF}"}
# Purposes a consumer's order case usually involves: the officer adds or removes.
_USUAL = ("order-handling", "service-requests", "legal-obligations")


@dataclass(frozen=True)
class AccessFacts:
    """One access answer's content, as the officer confirmed it."""

    purposes: tuple[str, ...] = ()  # register purpose ids
    categories: tuple[str, ...] = ()  # in the letter's language, as the officer wrote them
    recipients: tuple[str, ...] = ()  # by name (CJEU C-154/21): "DHL Paket GmbH, Bonn"
    sources: tuple[str, ...] = ()  # where the data came from, when not from the person
    credit_scoring: bool = False  # Art. 15(1)(h): the logic, significance and consequences
    transfers: tuple[str, ...] = ()  # "Google LLC, USA: EU–US Data Privacy Framework …"
    copy_enclosed: bool = True  # Art. 15(3)
    redactions: tuple[str, ...] = field(default_factory=tuple)  # Art. 15(4), with reasons

    def as_data(self) -> dict[str, Any]:
        return {k: list(val) if isinstance(val, tuple) else val for k, val in asdict(self).items()}

    @classmethod
    def of(cls, data: dict[str, Any]) -> AccessFacts:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**{k: tuple(val) if isinstance(val, list) else val for k, val in known.items()})


class AccessAnswers:
    ctx: ServiceContext
    processing: ProcessingRegisterService

    def access_facts(self, case_id: int) -> AccessFacts | None:
        """What was recorded for the case's access answer, or None."""
        case, request = self._access_request(case_id, closed_too=True)
        row = decision_sql.decision_of_request(self.ctx.store, request["id"])
        return AccessFacts.of(row["data"]) if row and row["kind"] == "access" else None

    def proposed_access_facts(self, case_id: int, language: str) -> AccessFacts:
        """A start for the officer: the usual purposes (credit checks for a purchase on
        account are added by hand), their recipients by the register's name in `language`,
        the US transfer when Google is among them, and a copy enclosed."""
        recorded = self.access_facts(case_id)
        if recorded is not None:
            return recorded
        register = self.processing.register()
        purposes = tuple(p for p in _USUAL if any(x.id == p for x in register.purposes))
        recipients = register.recipients_of(purposes)
        return AccessFacts(
            purposes=purposes,
            recipients=tuple(r.name_in(language) for r in recipients),
            transfers=tuple(_US_RECIPIENTS[r.id] for r in recipients if r.id in _US_RECIPIENTS),
        )

    @atomic
    def record_access_facts(self, case_id: int, facts: AccessFacts) -> None:
        """Record (or replace) what the access answer says; the request keeps its outcome."""
        case, request = self._access_request(case_id)
        register = self.processing.register()
        purposes = tuple(dict.fromkeys(p.strip() for p in facts.purposes if p.strip()))
        for purpose_id in purposes:
            register.purpose(purpose_id)  # unknown ids are refused by name
        if not purposes:
            raise ValidationError("purposes", "tick the purposes that apply to this person")
        checked = AccessFacts(
            purposes=purposes,
            categories=_lines("categories", facts.categories),
            recipients=_lines("recipients", facts.recipients),
            sources=_lines("sources", facts.sources),
            credit_scoring=bool(facts.credit_scoring),
            transfers=_lines("transfers", facts.transfers),
            copy_enclosed=bool(facts.copy_enclosed),
            redactions=_lines("redactions", facts.redactions),
        )
        if not checked.categories:
            raise ValidationError("categories", "name the categories of data processed")
        if checked.credit_scoring and "credit-checks" not in purposes:
            raise ValidationError(
                "purposes", "credit scoring was used: tick the purpose 'credit checks' too"
            )
        with self.ctx.store.transaction():
            decision_sql.save_decision(
                self.ctx.store, request["id"], "access", checked.as_data(), self.ctx.officer(),
                self.ctx.clock.today().isoformat(),
            )  # fmt: skip
            self.ctx.audit(case_id, "access-facts-recorded", {
                "purposes": list(purposes), "credit_scoring": checked.credit_scoring,
                "recipients": len(checked.recipients), "transfers": len(checked.transfers),
                "redactions": len(checked.redactions),
            })  # fmt: skip

    def _access_request(
        self, case_id: int, closed_too: bool = False
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The case's access (or portability) request; reading it works on a closed case too,
        recording only on an open one."""
        case = load_case(self.ctx, case_id)
        if not closed_too and case["status"] == "closed":
            raise ValidationError("status", "the case is closed; reopen it first")
        for wanted in ("access", "portability"):
            for request in case_sql.get_requests(self.ctx.store, case_id):
                if request["type"] == wanted:
                    return case, request
        raise ValidationError("type", "the case has no access request")


def _lines(field_name: str, items: Sequence[str]) -> tuple[str, ...]:
    out = []
    for item in items:
        text = v.clean_text(field_name, item, max_len=500)
        if text:
            out.append(text)
    if len(out) > 100:
        raise ValidationError(field_name, "at most 100 lines")
    return tuple(dict.fromkeys(out))
