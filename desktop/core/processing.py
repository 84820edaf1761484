"""The processing register: purposes, legal bases, recipients and retention rules (statement §3-9)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.register_fields import required_text
from desktop.core.register_names import gdpr_citation, name_in, names_from
from desktop.core.retention import RetentionRule
from desktop.core.suppression import SuppressionChannel


@dataclass(frozen=True)
class Recipient:
    id: str
    name: str
    kind: str  # group company, processor, third party
    names: tuple[tuple[str, str], ...] = ()  # (language, name): the name in nl and de letters

    def name_in(self, language: str) -> str:
        return name_in(self.name, self.names, language)


@dataclass(frozen=True)
class Purpose:
    id: str
    name: str
    legal_basis: str
    section: str
    recipients: tuple[str, ...]
    objection: bool  # based on legitimate interests: Art. 21(1) applies
    consent: bool  # based on consent: Art. 7(3) withdrawal applies
    channel: SuppressionChannel | None = None  # the advertising channel it feeds, if any
    names: tuple[tuple[str, str], ...] = ()  # (language, name): the name in nl and de letters

    def name_in(self, language: str) -> str:
        return name_in(self.name, self.names, language)

    def legal_basis_in(self, language: str) -> str:
        return gdpr_citation(self.legal_basis, language)


@dataclass(frozen=True)
class ProcessingRegister:
    purposes: tuple[Purpose, ...]
    recipients: tuple[Recipient, ...]
    retention: tuple[RetentionRule, ...]

    def purpose(self, purpose_id: str) -> Purpose:
        for purpose in self.purposes:
            if purpose.id == purpose_id:
                return purpose
        raise ValidationError(
            "purpose", "no purpose %1 in the processing register", repr(purpose_id)
        )

    def recipient(self, recipient_id: str) -> Recipient:
        for recipient in self.recipients:
            if recipient.id == recipient_id:
                return recipient
        raise ValidationError("recipient", "no recipient %1 in the register", repr(recipient_id))

    def rule(self, rule_id: str) -> RetentionRule:
        for rule in self.retention:
            if rule.id == rule_id:
                return rule
        raise ValidationError("retention", "no retention rule %1 in the register", repr(rule_id))

    def recipients_of(self, purpose_ids: tuple[str, ...]) -> tuple[Recipient, ...]:
        seen: dict[str, Recipient] = {}
        for purpose_id in purpose_ids:
            for recipient_id in self.purpose(purpose_id).recipients:
                seen.setdefault(recipient_id, self.recipient(recipient_id))
        return tuple(seen.values())

    def consents(self) -> tuple[Purpose, ...]:
        return tuple(p for p in self.purposes if p.consent)

    def objectionable(self) -> tuple[Purpose, ...]:
        return tuple(p for p in self.purposes if p.objection)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "privacydesk-processing-register",
            "version": 1,
            "purposes": [
                {
                    "id": p.id, "name": p.name, "legal_basis": p.legal_basis,
                    "section": p.section, "recipients": list(p.recipients),
                    "objection": p.objection, "consent": p.consent,
                    **({"channel": p.channel.value} if p.channel else {}),
                    **({"names": dict(p.names)} if p.names else {}),
                }
                for p in self.purposes
            ],
            "recipients": [
                {"id": r.id, "name": r.name, "kind": r.kind,
                 **({"names": dict(r.names)} if r.names else {})}
                for r in self.recipients
            ],
            "retention": [
                {"id": r.id, "country": r.country, "label": r.label, "years": r.years,
                 "legal_basis": r.legal_basis, **({"names": dict(r.names)} if r.names else {})}
                for r in self.retention
            ],
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: Any) -> ProcessingRegister:
        if not isinstance(data, dict):
            raise ValidationError("register", "must be an object")
        recipients = tuple(
            Recipient(
                required_text(r, "id", "recipients"),
                required_text(r, "name", "recipients"),
                required_text(r, "kind", "recipients"),
                names_from(r, "recipients"),
            )  # fmt: skip
            for r in _list(data, "recipients")
        )
        known = {r.id for r in recipients}
        purposes = []
        for item in _list(data, "purposes"):
            targets = tuple(item.get("recipients") or ())
            unknown = [t for t in targets if t not in known]
            if unknown:
                raise ValidationError("purposes", "unknown recipient %1", repr(unknown[0]))
            channel = item.get("channel")
            try:
                parsed = SuppressionChannel.parse(channel) if channel else None
            except ValueError as exc:
                raise ValidationError("purposes", str(exc)) from None
            purposes.append(
                Purpose(
                    required_text(item, "id", "purposes"),
                    required_text(item, "name", "purposes"),
                    required_text(item, "legal_basis", "purposes"),
                    str(item.get("section", "")),
                    targets,
                    bool(item.get("objection")),
                    bool(item.get("consent")),
                    parsed,
                    names_from(item, "purposes"),
                )  # fmt: skip
            )
        rules = []
        for item in _list(data, "retention"):
            years = item.get("years")
            if not isinstance(years, int) or not 0 < years <= 30:
                raise ValidationError("retention", "years must be a whole number from 1 to 30")
            rules.append(
                RetentionRule(
                    required_text(item, "id", "retention"),
                    required_text(item, "country", "retention").upper(),
                    required_text(item, "label", "retention"),
                    years,
                    required_text(item, "legal_basis", "retention"),
                    names_from(item, "retention"),
                )  # fmt: skip
            )
        for kind, items in (
            ("purposes", purposes),
            ("recipients", recipients),
            ("retention", rules),
        ):
            ids = [i.id for i in items]
            if len(ids) != len(set(ids)):
                raise ValidationError(kind, "the same id appears twice")
        return cls(tuple(purposes), recipients, tuple(rules))


def _list(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValidationError(key, "must be a list of objects")
    return value
