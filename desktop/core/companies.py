"""A group company as the register knows it: identity, coverage, DPO, calendar and letterhead."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from desktop.core.arrival import time_zone_of
from desktop.core.deadlines import HolidayCalendar
from desktop.core.errors import ValidationError
from desktop.core.register_fields import required_text
from desktop.core.routing import CompanyCoverage

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
LETTER_LANGUAGES = ("nl", "de", "en")  # the languages desktop/assets/letters/ has templates for


@dataclass(frozen=True)
class PostalAddress:
    street: str
    postcode: str
    city: str
    country: str  # ISO 3166-1 alpha-2

    def lines(self) -> tuple[str, ...]:
        return (self.street, f"{self.postcode} {self.city}".strip())


@dataclass(frozen=True)
class Authority:
    """The competent supervisory authority; named in refusal letters (Art. 12(4))."""

    name: str
    address: str


@dataclass(frozen=True)
class GroupCompany:
    id: str
    name: str
    address: PostalAddress
    countries: tuple[str, ...]
    locations: tuple[str, ...]
    dpo_name: str
    dpo_email: str
    dpo_phone: str
    dpo_fax: str
    dpo_address: str
    languages: tuple[str, ...]
    calendar_country: str
    calendar_subdiv: str | None
    calendar_categories: tuple[str, ...]
    calendar_extra_dates: tuple[date, ...]
    calendar_label: str
    authority: Authority
    registered_office: str
    commercial_register: str  # one text, as older entries kept court and number
    vat_id: str
    # What company law wants on a business letter (core/letterhead.py says which, per form).
    legal_form: str = ""  # empty: read from the name ("Hoffmann SE" -> SE)
    register_court: str = ""  # "Amtsgericht München"
    register_number: str = ""  # "HRB 123456"
    directors: tuple[str, ...] = ()  # board members (SE, AG) or managing directors (GmbH)
    supervisory_board_chair: str = ""
    one_tier_board: bool = False  # an SE with an administrative board (§ 43 SEAG)
    kvk_number: str = ""  # the Dutch Chamber of Commerce number, 8 digits
    is_sample: bool = False
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def time_zone(self) -> str:
        """Where the company receives mail: the legal received date is the day there."""
        return time_zone_of(self.calendar_country)

    @property
    def calendar(self) -> HolidayCalendar:
        return HolidayCalendar(
            self.calendar_country,
            self.calendar_subdiv,
            self.calendar_categories,
            self.calendar_extra_dates,
            self.calendar_label,
        )

    @property
    def coverage(self) -> CompanyCoverage:
        return CompanyCoverage(self.id, self.name, self.countries, self.locations)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        data["calendar_extra_dates"] = [d.isoformat() for d in self.calendar_extra_dates]
        for key in ("countries", "locations", "languages", "calendar_categories", "directors"):
            data[key] = list(data[key])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GroupCompany:
        """Build and check an entry from register JSON; names the field that is wrong."""
        if not isinstance(data, dict):
            raise ValidationError("company", "each entry must be an object")

        def text(key: str, required: bool = True) -> str:
            value = data.get(key, "")
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise ValidationError(key, "must be text")
            if required and not value.strip():
                raise ValidationError(key, "is required")
            return value.strip()

        def texts(key: str) -> tuple[str, ...]:
            value = data.get(key, [])
            if value is None:
                value = []
            if isinstance(value, str):
                value = re.split(r"[;|]", value)
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValidationError(key, "must be a list of text")
            return tuple(v.strip() for v in value if v.strip())

        company_id = text("id")
        if not _ID.match(company_id):
            raise ValidationError(
                "id", "use 2-63 lower-case letters, digits and hyphens (e.g. hoffmann-nl)"
            )
        address = data.get("address")
        if not isinstance(address, dict):
            raise ValidationError("address", "must be an object with street, postcode, city")
        postal = PostalAddress(
            required_text(address, "street", "address"),
            required_text(address, "postcode", "address"),
            required_text(address, "city", "address"),
            required_text(address, "country", "address").upper(),
        )
        countries = tuple(c.upper() for c in texts("countries"))
        for code in (*countries, postal.country):
            if not _COUNTRY.match(code):
                raise ValidationError(
                    "countries", "%1 is not a two-letter country code", repr(code)
                )
        authority = data.get("authority")
        if not isinstance(authority, dict):
            raise ValidationError("authority", "must be an object with name and address")
        extra_dates: list[date] = []
        for raw in texts("calendar_extra_dates"):
            try:
                extra_dates.append(date.fromisoformat(raw))
            except ValueError:
                raise ValidationError(
                    "calendar_extra_dates", "%1 is not a date (YYYY-MM-DD)", repr(raw)
                ) from None
        subdiv = text("calendar_subdiv", required=False) or None
        dpo_email = text("dpo_email")
        if not _EMAIL.match(dpo_email):
            raise ValidationError("dpo_email", "is not an email address (name@example.org)")
        languages = tuple(lang.lower() for lang in texts("languages")) or ("en",)
        unknown = [lang for lang in languages if lang not in LETTER_LANGUAGES]
        if unknown:
            raise ValidationError(
                "languages",
                "%1: letters exist in %2",
                repr(unknown[0]),
                ", ".join(LETTER_LANGUAGES),
            )
        company = cls(
            id=company_id,
            name=text("name"),
            address=postal,
            countries=countries,
            locations=texts("locations"),
            dpo_name=text("dpo_name", required=False),
            dpo_email=dpo_email,
            dpo_phone=text("dpo_phone", required=False),
            dpo_fax=text("dpo_fax", required=False),
            dpo_address=text("dpo_address", required=False),
            languages=languages,
            calendar_country=(text("calendar_country", required=False) or postal.country).upper(),
            calendar_subdiv=subdiv,
            calendar_categories=texts("calendar_categories") or ("public",),
            calendar_extra_dates=tuple(extra_dates),
            calendar_label=text("calendar_label", required=False),
            authority=Authority(
                required_text(authority, "name", "authority"),
                required_text(authority, "address", "authority"),
            ),
            registered_office=text("registered_office", required=False),
            commercial_register=text("commercial_register", required=False),
            vat_id=text("vat_id", required=False),
            legal_form=text("legal_form", required=False),
            register_court=text("register_court", required=False),
            register_number=text("register_number", required=False),
            directors=texts("directors"),
            supervisory_board_chair=text("supervisory_board_chair", required=False),
            one_tier_board=bool(data.get("one_tier_board", False)),
            kvk_number=_kvk_number(text("kvk_number", required=False)),
            is_sample=bool(data.get("is_sample", False)),
            note=text("note", required=False),
        )
        _ = company.calendar  # fails early on an unknown country or region
        return company


def _kvk_number(text: str) -> str:
    """The KvK number as its eight digits ("12 34 56 78", "12.345.678" are typed too)."""
    digits = re.sub(r"[\s.]", "", text)
    if digits and not re.fullmatch(r"\d{8}", digits):
        raise ValidationError(
            "kvk_number", "is the 8-digit number of the Dutch Chamber of Commerce"
        )
    return digits
