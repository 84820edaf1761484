"""The values a template may use, built from LetterFacts, and their schema for checking templates."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from desktop.core.postal import PostalAddress
from desktop.core.requests import RequestType
from desktop.letters.addressing import address_block, name_line, salutation
from desktop.letters.dates import check_language, format_date
from desktop.letters.facts import LetterFacts, Letterhead
from desktop.letters.labels import (
    caption,
    channel_phrase,
    country_name,
    outcome_word,
    request_basis,
    request_label,
    suppression_label,
)
from desktop.letters.templates import Field, Kind

T, F, L = Field(Kind.TEXT), Field(Kind.FLAG), Field(Kind.LIST)


def _record(**fields: Field) -> Field:
    return Field(Kind.RECORD, fields)


def _records(**fields: Field) -> Field:
    return Field(Kind.RECORDS, fields)


_COMPANY = _record(
    name=T, street=T, postcode=T, city=T, country=T, country_code=T, address=T,
    dpo_name=T, dpo_email=T, dpo_phone=T, dpo_fax=T, dpo_address=T,
    registered_office=T, commercial_register=T, vat_id=T,
    authority_name=T, authority_address=T,
)  # fmt: skip

REQUEST_TYPES = tuple(t.value for t in RequestType)

# LetterFacts.notes keys the access answer reads (one entry a line); services may fill them.
ACCESS_NOTES = (
    "purposes", "categories", "recipients", "storage", "source",
    "automated_decisions", "third_countries",
)  # fmt: skip

SCHEMA: dict[str, Field] = {
    "letter_date": T,
    "reference": T,
    "requester_name": T,
    "salutation": T,  # "Sehr geehrte Frau Dr. Huber," with its comma, in the letter's language
    "requester_address": T,  # one line, parts separated by ", "
    "requester_address_lines": L,
    "received": T,
    "channel": T,  # a phrase: "by email", "per e-mail", "per E-Mail"
    "due": T,
    "extended_due": T,
    "deadline": T,  # the date that now applies: extended_due if extended, else due
    "extended": F,
    "extension_possible": F,  # the letter is dated on or before the one-month deadline
    "pause_phrase": T,  # " plus the 7 days we waited …" when the identity check paused the clock
    "extension_reasons": T,
    "officer": T,
    "information_needed": T,
    "identity_asked_on": T,
    "reply_by": T,  # notes["reply_by"] (ISO date), when the office set one
    "refusal_reasons": T,
    "fee_announced": T,
    "extra_text": T,
    "transferred_from": T,  # notes["transferred_from"]
    "request_labels": L,
    "several_requests": F,
    "requests": _records(
        label=T, phrase=T, type=T, basis=T, outcome=T, note=T,
        granted=F, partly=F, refused=F, no_data=F,
    ),
    "erasures": _records(category=T, erased=F, blocked=F, legal_basis=T, retained_until=T),
    "any_erased": F,
    "any_blocked": F,
    "any_refused": F,  # a request refused or partly granted: the Art. 12(4) notices are due
    "requested": _record(**{t.replace("-", "_"): F for t in REQUEST_TYPES}),
    "recipients_notified": L,
    "corrected": T,  # what a rectification changed
    "restricted": T,  # what a restriction covers
    "access_enclosures": L,
    "redactions": L,
    "company": _COMPANY,
    "transfer_to": _COMPANY,
    "objection": _record(
        kind=T, decision=T, marketing=F, interests=F, credit=F, upheld=F, partly=F, rejected=F,
        purposes=L, effective=T, channels=L, grounds=T, balancing=T,
    ),
    "withdrawal": _record(consents=L, effective=T),
    "access": _record(
        no_data=F, partly=F, withheld=F, reasons=L, recorded=F, credit_scoring=F,
        **{key: L for key in ACCESS_NOTES},
    ),
}  # fmt: skip


# Unicode categories Cc (controls but the line break), Cs (surrogates) and Co (private use): fixed
# ranges under Unicode's stability policy; tests/letters checks them against unicodedata.
UNPRINTABLE = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def clean(text: str | None) -> str:
    """User text as typed, minus control characters (they would print as boxes or break PDFs)."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return UNPRINTABLE.sub("", text)


def one_line(text: str | None) -> str:
    return " ".join(clean(text).split())


COMPANY_FIELD_MAX = 300  # characters of one register field on the letterhead


def company_line(text: str | None) -> str:
    """A register field on one line, at most COMPANY_FIELD_MAX characters (then "…"): a field
    pasted a megabyte long must not fill the page or stall the layout."""
    line = one_line(text[: COMPANY_FIELD_MAX * 4] if text else text)
    return line if len(line) <= COMPANY_FIELD_MAX else line[: COMPANY_FIELD_MAX - 1] + "…"


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in clean(text).split("\n") if line.strip()]


def _texts(items: Any) -> list[str]:
    return [one_line(item) for item in items if one_line(item)]


def address_lines(facts: LetterFacts) -> list[str]:
    """The requester's name and address for the window: in parts, in the destination's order
    with a country line for post abroad; an address kept as free text, as typed."""
    postal = facts.requester_postal
    if postal is not None and not postal.is_empty():
        parts = PostalAddress(*(one_line(getattr(postal, f)) for f in _POSTAL_PARTS))
        return address_block(
            one_line(facts.requester_name), facts.requester_form,
            one_line(facts.requester_title), parts, facts.company.country,
            check_language(facts.language),
        )  # fmt: skip
    name = name_line(
        one_line(facts.requester_name), facts.requester_form, one_line(facts.requester_title),
        check_language(facts.language),
    )  # fmt: skip
    return [name, *_lines(facts.requester_address)] if name else _lines(facts.requester_address)


_POSTAL_PARTS = ("street", "extra", "postcode", "city", "country")


def _company(head: Letterhead | None, language: str) -> dict[str, str] | None:
    if head is None:
        return None
    country = country_name(head.country, language) if head.country else ""
    city_line = " ".join(p for p in (company_line(head.postcode), company_line(head.city)) if p)
    # The authority's address ends with its country in the letter's language: the person may
    # write to it from another country.
    authority = company_line(", ".join(_lines(head.authority_address))).split(", ")
    if authority[-1] and head.country:  # a country already written there gives way to ours
        names = {country_name(head.country, lang).casefold() for lang in ("nl", "de", "en")}
        if authority[-1].casefold() in names:
            authority.pop()
        authority.append(country)
    authority = [part for part in authority if part]
    return {
        "name": company_line(head.name),
        "street": company_line(head.street),
        "postcode": company_line(head.postcode),
        "city": company_line(head.city),
        "country": country,
        "country_code": company_line(head.country),
        "address": ", ".join(p for p in (company_line(head.street), city_line, country) if p),
        "dpo_name": company_line(head.dpo_name),
        "dpo_email": company_line(head.dpo_email),
        "dpo_phone": company_line(head.dpo_phone),
        "dpo_fax": company_line(head.dpo_fax),
        "dpo_address": company_line(", ".join(_lines(head.dpo_address))),
        "registered_office": company_line(head.registered_office),
        "commercial_register": company_line(head.commercial_register),
        "vat_id": company_line(head.vat_id),
        "authority_name": company_line(head.authority_name),
        "authority_address": ", ".join(authority),
    }


def _note_date(value: str | None, language: str) -> str:
    if not value:
        return ""
    try:
        return format_date(date.fromisoformat(value.strip()), language)
    except ValueError:
        return one_line(value)  # the office wrote a date in words: print it as written


def build_context(facts: LetterFacts) -> dict[str, Any]:
    """Plain values for the template: texts cleaned, dates written in the letter's language."""
    lang = check_language(facts.language)

    def day(value: date | None) -> str:
        return format_date(value, lang)

    requests = []
    for request in facts.requests:
        given = one_line(request.label)
        label = given or request_label(request.type, lang)
        requests.append(
            {
                # a list item starts a line: "Access to ...", while request_labels run in a
                # sentence ("your request for access to ..."); a label the office typed stays.
                "label": given or label[:1].upper() + label[1:],
                "phrase": label,
                "type": request.type,
                "basis": request_basis(request.type, lang),
                "outcome": outcome_word(request.outcome, lang),
                "note": clean(request.note).strip(),
                "granted": request.outcome == "granted",
                "partly": request.outcome == "partly-granted",
                "refused": request.outcome == "refused",
                "no_data": request.outcome == "no-data",
            }
        )
    erasures = [
        {
            "category": one_line(e.category),
            "erased": e.erased,
            "blocked": not e.erased,
            "legal_basis": one_line(e.legal_basis),
            "retained_until": day(e.retained_until),
        }
        for e in facts.erasures
    ]
    objection = None
    if facts.objection is not None:
        o = facts.objection
        objection = {
            "kind": o.kind,
            "decision": o.decision,
            "marketing": o.kind == "marketing",
            "interests": o.kind != "marketing",
            "credit": o.credit,
            "upheld": o.decision == "upheld",
            "partly": o.decision == "partly",
            "rejected": o.decision == "rejected",
            "purposes": _texts(o.purposes),
            "effective": day(o.effective),
            "channels": [suppression_label(c, lang) for c in o.channels],
            "grounds": clean(o.grounds).strip(),
            "balancing": clean(o.balancing).strip(),
        }
    withdrawal = None
    if facts.withdrawal is not None:
        withdrawal = {
            "consents": _texts(facts.withdrawal.consents),
            "effective": day(facts.withdrawal.effective),
        }
    access_types = ("access", "portability")
    access = {
        "no_data": any(r.type in access_types and r.outcome == "no-data" for r in facts.requests),
        "partly": any(
            r.type in access_types and r.outcome in ("partly-granted", "refused")
            for r in facts.requests
        ),
        **{key: _lines(facts.notes.get(f"access_{key}")) for key in ACCESS_NOTES},
    }
    access["withheld"] = access["partly"] or bool(facts.redactions)
    # The officer recorded what applies to this person: the letter says so, item by item.
    access["recorded"] = facts.notes.get("access_recorded") == "1"
    access["credit_scoring"] = facts.notes.get("access_credit_scoring") == "1"
    # Why the access request was not met in full: the officer's reasons given at closing.
    access["reasons"] = [
        line
        for r in facts.requests
        if r.type in access_types and r.outcome in ("partly-granted", "refused")
        for line in _lines(r.note)
    ]
    asked = {r.type for r in facts.requests}
    return {
        "letter_date": day(facts.letter_date),
        "reference": one_line(facts.reference),
        "requester_name": one_line(facts.requester_name),
        "salutation": salutation(
            one_line(facts.requester_name),
            facts.requester_form,
            one_line(facts.requester_title),
            lang,
        ),  # fmt: skip
        "requester_address": ", ".join(address_lines(facts)[1:]),
        "requester_address_lines": address_lines(facts)[1:],
        "received": day(facts.received),
        "channel": channel_phrase(facts.channel, lang),
        "due": day(facts.due),
        "extended_due": day(facts.extended_due),
        "deadline": day(facts.extended_due or facts.due),
        "extended": facts.extended_due is not None,
        "extension_possible": facts.letter_date <= facts.due,
        "pause_phrase": (
            caption("pause_phrase", lang).format(days=facts.paused_days)
            if facts.paused_days > 0
            else ""
        ),
        "extension_reasons": clean(facts.extension_reasons).strip(),
        "officer": one_line(facts.officer) or one_line(facts.company.dpo_name),
        "information_needed": clean(facts.information_needed).strip(),
        "identity_asked_on": day(facts.identity_asked_on),
        "reply_by": _note_date(facts.notes.get("reply_by"), lang),
        "refusal_reasons": clean(facts.refusal_reasons).strip(),
        "fee_announced": clean(facts.fee_announced).strip(),
        "extra_text": clean(facts.extra_text).strip(),
        "transferred_from": one_line(facts.notes.get("transferred_from")),
        "request_labels": [r["phrase"] for r in requests],
        "several_requests": len(requests) > 1,
        "requests": requests,
        "erasures": erasures,
        "any_erased": any(e.erased for e in facts.erasures),
        "any_blocked": any(not e.erased for e in facts.erasures),
        "any_refused": any(r.outcome in ("refused", "partly-granted") for r in facts.requests),
        "requested": {t.replace("-", "_"): t in asked for t in REQUEST_TYPES},
        "recipients_notified": _texts(facts.recipients_notified),
        "corrected": clean(facts.corrected).strip(),
        "restricted": clean(facts.restricted).strip(),
        "access_enclosures": _texts(facts.access_enclosures),
        "redactions": _texts(facts.redactions),
        "company": _company(facts.company, lang),
        "transfer_to": _company(facts.transfer_to, lang),
        "objection": objection,
        "withdrawal": withdrawal,
        "access": access,
    }
