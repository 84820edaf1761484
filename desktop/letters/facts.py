"""What a letter may say: the facts of a case, gathered by the services, in plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.core.letter_types import LetterType as LetterType  # re-exported for letters code
from desktop.core.postal import PostalAddress


@dataclass(frozen=True)
class Letterhead:
    """The responsible company as the register had it when the case was handled."""

    name: str
    street: str
    postcode: str
    city: str
    country: str  # ISO code
    dpo_name: str
    dpo_email: str
    dpo_phone: str
    dpo_fax: str
    dpo_address: str
    registered_office: str
    commercial_register: str
    vat_id: str
    authority_name: str
    authority_address: str
    is_sample: bool = False
    is_demo: bool = False  # the store is a demo store: the case is invented
    # What company law wants on the letter (core/letterhead.py); empty when not recorded.
    legal_form: str = ""  # "SE", "GmbH", "B.V."
    register_court: str = ""
    register_number: str = ""
    directors: tuple[str, ...] = ()
    management: str = "directors"  # who `directors` are: board | executive | managing | directors
    supervisory_board_chair: str = ""
    kvk_number: str = ""
    missing: tuple[str, ...] = ()  # what the register entry lacks: the letter is a draft


@dataclass(frozen=True)
class RequestFacts:
    type: str  # RequestType value
    label: str  # in the letter's language, filled by the letters package if empty
    outcome: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ErasureFacts:
    """Per erased or blocked data category."""

    category: str
    erased: bool  # False: blocked under a retention duty
    legal_basis: str = ""  # e.g. "§ 147 AO", "art. 52 AWR"
    retained_until: date | None = None


@dataclass(frozen=True)
class ObjectionFacts:
    kind: str  # "marketing" (Art. 21(2)) or "interests" (Art. 21(1))
    decision: str  # "upheld" | "partly" | "rejected"
    purposes: tuple[str, ...] = ()  # the processing that stops / was assessed
    effective: date | None = None
    channels: tuple[
        str, ...
    ] = ()  # suppression channels: post, email, phone, profiling, newsletter
    grounds: str = ""  # compelling legitimate grounds or legal claims (rejection)
    credit: bool = False  # an objection to credit scoring: Art. 22(3) safeguards apply
    balancing: str = ""  # summary of the balancing test


@dataclass(frozen=True)
class WithdrawalFacts:
    consents: tuple[str, ...]  # e.g. "advertising by telephone", "newsletter"
    effective: date


@dataclass(frozen=True)
class LetterFacts:
    """Everything a template can use. Every text here is user data: escape it when rendering."""

    letter_date: date
    reference: str
    language: str  # nl, de, en
    company: Letterhead
    requester_name: str
    requester_address: str  # free text as typed before addresses had parts: lines by "\n"
    received: date
    channel: str  # Channel value
    requests: tuple[RequestFacts, ...]
    due: date
    extended_due: date | None = None
    extension_reasons: str = ""
    officer: str = ""
    # identity / clarification
    information_needed: str = ""  # what is needed and why
    identity_asked_on: date | None = None
    # decisions
    erasures: tuple[ErasureFacts, ...] = ()
    objection: ObjectionFacts | None = None
    withdrawal: WithdrawalFacts | None = None
    recipients_notified: tuple[str, ...] = ()  # Art. 19 recipients told of the change
    corrected: str = ""  # what a rectification changed (Art. 16), in the officer's words
    restricted: str = ""  # what is restricted (Art. 18)
    refusal_reasons: str = ""
    fee_announced: str = ""  # only when a fee was announced before
    transfer_to: Letterhead | None = None
    access_enclosures: tuple[str, ...] = ()  # what is enclosed with an access answer
    redactions: tuple[str, ...] = ()  # redaction reasons
    extra_text: str = ""  # the officer's own paragraph, added before the closing
    notes: dict[str, str] = field(default_factory=dict)
    # How the person is addressed, and the postal address in parts (when recorded so, it is
    # printed instead of `requester_address`, in the destination country's order).
    requester_form: str = "neutral"  # female | male | neutral
    requester_title: str = ""
    requester_postal: PostalAddress | None = None
    # The date the person's own letter bears (the reference line cites it), when known.
    request_letter_date: date | None = None
    paused_days: int = 0  # days the identity check stopped the clock: the deadline moved by them
