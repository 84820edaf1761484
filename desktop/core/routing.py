"""Which group company is responsible for a request (DOMAIN.md §1, statement §1.1-1.2), and why."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.choices import Choice
from desktop.core.errors import ValidationError

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
    """The responsible company, the rule of DOMAIN.md §1 that decided (1-6), and why."""

    company: CompanyCoverage
    rule: int
    reason: str
    warning: str | None = None


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
        raise ValidationError("company", f"the register has no head company {head_id!r}")

    if question.context is Context.WEBSITE:
        return Routing(head, 1, f"Rule 1: visiting the website is always handled by {head.name}.")

    if question.customer is CustomerKind.CONSUMER and question.context in _CONTRACT_CONTEXTS:
        reason = (
            f"Rule 2: orders and service requests of consumers are always handled by {head.name}."
        )
        if question.context in _SEED_WORDS:
            section, words = _SEED_WORDS[question.context]
            reason = (
                f'Rule 2: the statement (§{section}) names "{words}"; for a consumer that is '
                f"{head.name}, which handles every consumer's orders."
            )
        named = by_id.get(question.contract_company_id or "")
        warning = None
        if named is not None and named.id != head.id:
            warning = (
                f"The contract documents name {named.name}, but the customer is a consumer: "
                f"rule 2 gives {head.name}. Check whether the customer is a business."
            )
        return Routing(head, 2, reason, warning)

    if question.contract_company_id:
        named = by_id.get(question.contract_company_id)
        if named is None:
            raise ValidationError(
                "contract-company", f"no company {question.contract_company_id!r} in the register"
            )
        return Routing(
            named,
            3,
            f"Rule 3: the order or contract documents name {named.name}; they are decisive.",
        )

    if question.context in _CONTRACT_CONTEXTS:
        where = _describe(question.delivery_country, question.location)
        if not where:
            return _fallback(head, "no delivery location is known for this business customer")
        match = _covering(companies, question.delivery_country, question.location)
        if match:
            return Routing(
                match,
                4,
                f"Rule 4: business customer; {match.name} is responsible for the delivery "
                f"location ({where}).",
                _conflict(companies, match, question.delivery_country, question.location),
            )
        return _fallback(head, f"no group company covers the delivery location ({where})")

    # Context.LOCATION
    where = _describe(question.delivery_country, question.location)
    if not where:
        return _fallback(head, "the request names no location")
    match = _covering(companies, question.delivery_country, question.location)
    if match:
        return Routing(
            match, 5, f"Rule 5: {match.name} is responsible for the location ({where}).",
            _conflict(companies, match, question.delivery_country, question.location),
        )  # fmt: skip
    return _fallback(head, f"no group company covers the location ({where})")


def _conflict(
    companies: Sequence[CompanyCoverage],
    match: CompanyCoverage,
    country: str | None,
    location: str | None,
) -> str | None:
    """A location that decided although the country says otherwise: said, not hidden."""
    code = (country or "").strip().upper()
    if not code or not (location or "").strip() or code in match.countries:
        return None
    by_country = _covering(companies, code, None)
    if by_country is None:
        return (
            f"No group company covers the delivery country {code}; the location "
            f"({location.strip()}) matches {match.name}, which was chosen. Check the country."
        )
    return (
        f"The location ({location.strip()}) lies with {match.name}, but the delivery country "
        f"{code} is covered by {by_country.name}; the location decided. Check which is right."
    )


def _fallback(head: CompanyCoverage, why: str) -> Routing:
    return Routing(
        head,
        6,
        f"Rule 6: {why}; {head.name} handles it.",
        warning=f"Check the responsible company: {why}.",
    )


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
