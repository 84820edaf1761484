"""Which group company is responsible for a request (DOMAIN.md §1, statement §1.1-1.2), and why."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.choices import Choice
from desktop.core.errors import ValidationError
from desktop.core.explanations import Words

HEAD_COMPANY_ID = "hoffmann-se"


class CustomerKind(Choice):
    __noun__ = "customer kind"

    CONSUMER = "consumer"
    BUSINESS = "business"


class Context(Choice):
    """What the processing the request is about relates to."""

    __noun__ = "context"

    WEBSITE = "website"  # server logs, cookies, web analytics, retargeting
    ORDER = "order"
    SERVICE = "service"  # service requests, customer service
    LOCATION = "location"  # services relating to a particular location
    MARKETING = "marketing"  # direct mail (statement §5)
    CREDIT = "credit"  # credit checks and scoring (statement §6)


@dataclass(frozen=True)
class CompanyCoverage:
    """The part of a register entry routing needs: who it is and where it is responsible."""

    id: str
    name: str
    countries: tuple[str, ...]
    locations: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoutingQuestion:
    customer: CustomerKind
    context: Context
    delivery_country: str | None = None
    location: str | None = None
    contract_company_id: str | None = None


@dataclass(frozen=True)
class Routing:
    """The responsible company, the rule of DOMAIN.md §1 that decided (1-6), and why (in
    English, and as data for the window's language)."""

    company: CompanyCoverage
    rule: int
    reason: str
    warning: str | None = None
    reason_words: Words | None = None
    warning_words: Words | None = None


def because(
    company: CompanyCoverage, rule: int, reason: Words, warning: Words | None = None
) -> Routing:
    """A routing and its reason, in English and as data."""
    return Routing(
        company, rule, reason.english(), warning.english() if warning else None, reason, warning
    )


# The reasons' sentences (the window marks each for translation: ui/explanations.py).
RULE_1 = "Rule 1: visiting the website is always handled by %1."
RULE_2 = "Rule 2: orders and service requests of consumers are always handled by %1."
RULE_2_STATEMENT = (
    'Rule 2: the statement (§%1) names "%2"; for a consumer that is %3, which handles every '
    "consumer's orders."
)
RULE_2_WARNING = (
    "The contract documents name %1, but the customer is a consumer: rule 2 gives %2. Check "
    "whether the customer is a business."
)
RULE_3 = "Rule 3: the order or contract documents name %1; they are decisive."
RULE_4 = "Rule 4: business customer; %1 is responsible for the delivery location (%2)."
RULE_5 = "Rule 5: %1 is responsible for the location (%2)."
NO_COUNTRY_COVER = (
    "No group company covers the delivery country %1; the location (%2) matches %3, which was "
    "chosen. Check the country."
)
LOCATION_DECIDED = (
    "The location (%1) lies with %2, but the delivery country %3 is covered by %4; the "
    "location decided. Check which is right."
)
RULE_6 = "Rule 6: %1; %2 handles it."
RULE_6_WARNING = "Check the responsible company: %1."
NO_DELIVERY_LOCATION = "no delivery location is known for this business customer"
DELIVERY_NOT_COVERED = "no group company covers the delivery location (%1)"
NO_LOCATION = "the request names no location"
LOCATION_NOT_COVERED = "no group company covers the location (%1)"
# Set by the officer, not by a rule (rule 0): an override at intake, a transfer later.
OVERRIDDEN = "Chosen by the officer instead of %1: %2"
TRANSFERRED = "Transferred by the officer to %1: %2"
REASON_SENTENCES = (
    OVERRIDDEN, TRANSFERRED,
    RULE_1, RULE_2, RULE_2_STATEMENT, RULE_2_WARNING, RULE_3, RULE_4, RULE_5, NO_COUNTRY_COVER,
    LOCATION_DECIDED, RULE_6, RULE_6_WARNING, NO_DELIVERY_LOCATION, DELIVERY_NOT_COVERED,
    NO_LOCATION, LOCATION_NOT_COVERED,
)  # fmt: skip


_CONTRACT_CONTEXTS = {Context.ORDER, Context.SERVICE, Context.MARKETING, Context.CREDIT}
# The statement's own words for who handles direct mail (§5) and credit checks (§6).
_SEED_WORDS = {
    Context.MARKETING: (
        "5",
        "De Hoffmann SE of het voor u verantwoordelijke bedrijf uit de Hoffmann groep",
    ),
    Context.CREDIT: (
        "6",
        "Hoffmann SE of het voor u verantwoordelijke bedrijf binnen de Hoffmann groep",
    ),
}


def responsible_company(
    question: RoutingQuestion,
    companies: Sequence[CompanyCoverage],
    head_id: str = HEAD_COMPANY_ID,
) -> Routing:
    """Apply routing rules 1-6 in order; the first that applies decides."""
    by_id = {c.id: c for c in companies}
    head = by_id.get(head_id)
    if head is None:
        raise ValidationError("company", "the register has no head company %1", repr(head_id))

    if question.context is Context.WEBSITE:
        return because(head, 1, Words(RULE_1, (head.name,)))

    if question.customer is CustomerKind.CONSUMER and question.context in _CONTRACT_CONTEXTS:
        reason = Words(RULE_2, (head.name,))
        if question.context in _SEED_WORDS:
            section, words = _SEED_WORDS[question.context]
            reason = Words(RULE_2_STATEMENT, (section, words, head.name))
        named = by_id.get(question.contract_company_id or "")
        warning = None
        if named is not None and named.id != head.id:
            warning = Words(RULE_2_WARNING, (named.name, head.name))
        return because(head, 2, reason, warning)

    if question.contract_company_id:
        named = by_id.get(question.contract_company_id)
        if named is None:
            raise ValidationError(
                "contract-company",
                "no company %1 in the register",
                repr(question.contract_company_id),
            )
        return because(named, 3, Words(RULE_3, (named.name,)))

    if question.context in _CONTRACT_CONTEXTS:
        where = _describe(question.delivery_country, question.location)
        if not where:
            return _fallback(head, Words(NO_DELIVERY_LOCATION))
        match = _covering(companies, question.delivery_country, question.location)
        if match:
            return because(
                match, 4, Words(RULE_4, (match.name, where)),
                _conflict(companies, match, question.delivery_country, question.location),
            )  # fmt: skip
        return _fallback(head, Words(DELIVERY_NOT_COVERED, (where,)))

    # Context.LOCATION
    where = _describe(question.delivery_country, question.location)
    if not where:
        return _fallback(head, Words(NO_LOCATION))
    match = _covering(companies, question.delivery_country, question.location)
    if match:
        return because(
            match, 5, Words(RULE_5, (match.name, where)),
            _conflict(companies, match, question.delivery_country, question.location),
        )  # fmt: skip
    return _fallback(head, Words(LOCATION_NOT_COVERED, (where,)))


def _conflict(
    companies: Sequence[CompanyCoverage],
    match: CompanyCoverage,
    country: str | None,
    location: str | None,
) -> Words | None:
    """A location that decided although the country says otherwise: said, not hidden."""
    code = (country or "").strip().upper()
    if not code or not (location or "").strip() or code in match.countries:
        return None
    by_country = _covering(companies, code, None)
    if by_country is None:
        return Words(NO_COUNTRY_COVER, (code, location.strip(), match.name))
    return Words(LOCATION_DECIDED, (location.strip(), match.name, code, by_country.name))


def _fallback(head: CompanyCoverage, why: Words) -> Routing:
    return because(head, 6, Words(RULE_6, ((why,), head.name)), Words(RULE_6_WARNING, ((why,),)))


def _describe(country: str | None, location: str | None) -> str:
    parts = [p for p in ((location or "").strip(), (country or "").strip().upper()) if p]
    return ", ".join(parts)


def _covering(
    companies: Sequence[CompanyCoverage], country: str | None, location: str | None
) -> CompanyCoverage | None:
    """A named location beats a country; among equals, register order decides."""
    wanted = _norm(location or "")
    if wanted:
        for company in companies:
            if any(_contains_words(wanted, _norm(loc)) for loc in company.locations):
                return company
    code = (country or "").strip().upper()
    if code:
        for company in companies:
            if code in company.countries:
                return company
    return None


def _contains_words(text: str, words: str) -> bool:
    """Whole-word containment, so that "Ede" does not match "Sweden"."""
    return bool(words) and f" {words} " in f" {text} "


def _norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(
        ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch)
    )
    return " ".join(plain.split())
