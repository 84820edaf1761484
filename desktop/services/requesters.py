"""The person behind a case as the services take it in: checked field by field, each error
naming its field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.postal import FormOfAddress, PostalAddress, normalised_postcode
from desktop.core.routing import CustomerKind
from desktop.services import validation as v


@dataclass(frozen=True)
class Requester:
    name: str
    email: str | None = None
    phone: str | None = None
    address: str | None = None  # free text, as typed or imported before addresses had parts
    postcode: str | None = None
    customer_number: str | None = None
    customer: str = "consumer"
    delivery_country: str | None = None
    delivery_location: str | None = None
    language: str = "en"
    # The postal address in parts (printed in the destination's order) and the salutation.
    street: str | None = None
    address_extra: str | None = None
    city: str | None = None
    country: str | None = None  # ISO code; "UK" is taken as GB
    form_of_address: str = "neutral"  # female | male | neutral
    title: str | None = None  # an academic title: "Dr.", "Prof. Dr."


# Columns of `requesters` a correction may change, in the order the case file shows them.
REQUESTER_FIELDS = (
    "name", "form_of_address", "title", "email", "phone", "street", "address_extra",
    "postcode", "city", "country", "address", "customer_number", "customer_kind",
    "delivery_country", "delivery_location", "language",
)  # fmt: skip


def requester_fields(person: Requester) -> dict[str, Any]:
    """The requester's columns, each checked; a structured address needs its city and country
    (the post abroad reads the country line)."""
    customer = v.choice("customer", CustomerKind.parse, person.customer)
    form = v.choice("form-of-address", FormOfAddress.parse, person.form_of_address or "neutral")
    country = v.country_code("country", person.country)
    street = v.clean_text("street", person.street, max_len=200)
    extra = v.clean_text("address-extra", person.address_extra, max_len=200)
    city = v.clean_text("city", person.city, max_len=120)
    postcode = v.clean_text("postcode", person.postcode, max_len=20)
    if street or extra or city:
        if not city:
            raise ValidationError("city", "give the city (or town) of the postal address")
        if not country:
            raise ValidationError(
                "country", "give the country of the postal address as an ISO code, e.g. NL"
            )
    return {
        "name": v.clean_text("name", person.name, required=True, max_len=300),
        "form_of_address": form.value,
        "title": v.clean_text("title", person.title, max_len=40),
        "email": v.email_address("email", person.email),
        "phone": v.clean_text("phone", person.phone, max_len=40),
        "street": street,
        "address_extra": extra,
        "postcode": normalised_postcode(postcode, country) if postcode else None,
        "city": city,
        "country": country,
        "address": v.clean_text("address", person.address, max_len=4000, multiline=True),
        "customer_number": v.clean_text("customer-number", person.customer_number, max_len=40),
        "customer_kind": customer.value,
        "delivery_country": v.country_code("delivery-country", person.delivery_country),
        "delivery_location": v.clean_text("location", person.delivery_location, max_len=200),
        "language": v.language("language", person.language),
    }


def postal_address(person: Mapping[str, Any]) -> PostalAddress | None:
    """The requester's address in parts, or None when it has none (no city)."""
    if not person.get("city"):
        return None
    return PostalAddress(
        street=person.get("street") or "", extra=person.get("address_extra") or "",
        postcode=person.get("postcode") or "", city=person["city"],
        country=person.get("country") or "",
    )  # fmt: skip


def postal_address_text(person: Mapping[str, Any]) -> str:
    """The postal address on file as lines: the parts when it has them (country as its code),
    else the free text as typed; "" when there is none."""
    address = postal_address(person)
    if address is not None:
        return "\n".join([*address.lines(), *([address.country] if address.country else [])])
    return (person.get("address") or "").strip()


def country_choices(language: str = "en") -> list[tuple[str, str]]:
    """Every ISO country as (code, name in `language` from CLDR), sorted by name ("Åland
    Islands" under A): what a country field offers to choose from."""
    import unicodedata

    from desktop.core.postal import ISO_COUNTRIES

    def plain(name: str) -> str:  # accents left out, so that "Åland" sorts with the A's
        letters = unicodedata.normalize("NFKD", name)
        return "".join(c for c in letters if not unicodedata.combining(c)).casefold()

    names = _cldr(language).territories
    pairs = [(code, names.get(code, code)) for code in ISO_COUNTRIES]
    return sorted(pairs, key=lambda pair: plain(pair[1]))


def language_name(code: str, language: str = "en") -> str | None:
    """The language `code` ("de") named in `language` ("Duits" in "nl"), from CLDR; None
    when CLDR knows no such language."""
    return _cldr(language).languages.get(code)


def _cldr(language: str) -> Any:
    """CLDR's data for `language` (a babel Locale); English for a language CLDR lacks."""
    from babel import Locale  # loaded when a form first needs it, not at start
    from babel.core import UnknownLocaleError

    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")
