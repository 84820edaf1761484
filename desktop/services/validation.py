"""Checks for what people type: each failure names the field and says what is wrong."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from desktop.core import postal
from desktop.core.errors import FieldPath, ValidationError
from desktop.core.suppression import without_format_characters

_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_GDPR_APPLIES = date(2018, 5, 25)
LANGUAGES = ("nl", "de", "en")
# Embeddings, overrides and isolates; the marks U+200E/U+200F that RTL text needs stay allowed.
_DIRECTION_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
T = TypeVar("T")


def choice(field: str | FieldPath, parse: Callable[[str], T], text: str | None) -> T:
    """One of an enum's values; the enum's own message says which values there are."""
    try:
        return parse(text or "")
    except ValueError as exc:
        raise ValidationError(field, str(exc)) from None


def clean_text(
    field: str | FieldPath,
    value: str | None,
    *,
    required: bool = False,
    max_len: int = 300,
    multiline: bool = False,
) -> str | None:
    """Trimmed text, exactly as typed otherwise; None when empty and optional."""
    if value is None or not value.strip():
        if required:
            raise ValidationError(field, "is required")
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip() if multiline else value.strip()
    for ch in text:
        if ch in "\n\t" and multiline:
            continue
        category = unicodedata.category(ch)
        if category == "Cc" or category == "Cs":
            raise ValidationError(
                field, "contains a control character (U+%1)", format(ord(ch), "04X")
            )
        if ch in _DIRECTION_OVERRIDES:  # they make stored text display as something else
            raise ValidationError(
                field, "contains an invisible direction override (U+%1)", format(ord(ch), "04X")
            )
    if len(text) > max_len:
        raise ValidationError(
            field,
            "is too long (%1 characters; at most %2)",
            format(len(text), ","),
            format(max_len, ","),
        )
    return text


def parse_date(
    field: str | FieldPath, value: str | date | None, *, required: bool = True
) -> date | None:
    if isinstance(value, date):
        return value
    if value is None or not str(value).strip():
        if required:
            raise ValidationError(field, "is required (YYYY-MM-DD)")
        return None
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValidationError(field, "%1 is not a date in the form YYYY-MM-DD", repr(text[:20]))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "%1 is not a day of the calendar", text) from None


def received_date(field: str | FieldPath, value: str | date | None, today: date) -> date:
    day = parse_date(field, value)
    assert day is not None
    if day > today:
        raise ValidationError(field, "%1 lies in the future (today is %2)", day, today)
    if day < _GDPR_APPLIES:
        raise ValidationError(field, "%1 is before the GDPR applied (2018-05-25)", day)
    return day


def email_address(field: str | FieldPath, value: str | None) -> str | None:
    """An email address checked by email-validator (offline: no DNS), without the invisible
    format characters (a zero-width space pasted in) that would make it another string."""
    text = clean_text(field, value, max_len=254)
    if text is None:
        return None
    text = without_format_characters(text)
    if not _EMAIL.match(text):
        raise ValidationError(field, "is not an email address (name@example.org)")
    from email_validator import EmailNotValidError, validate_email  # 55 ms: on first use

    try:
        validate_email(text, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        raise ValidationError(field, "is not an email address (%1)", str(exc)) from None
    return text


def country_code(field: str | FieldPath, value: str | None) -> str | None:
    """An ISO 3166 code; "UK" is taken as GB, and a code that is no country is refused."""
    text = clean_text(field, value, max_len=60)
    if text is None:
        return None
    if not _COUNTRY.match(text.upper()):
        raise ValidationError(field, "use a two-letter country code such as NL or DE")
    try:
        return postal.country_code(text)
    except ValueError as exc:
        raise ValidationError(field, str(exc)) from None


def language(field: str | FieldPath, value: str | None) -> str:
    text = (value or "").strip().lower() or "en"
    if text not in LANGUAGES:
        raise ValidationError(field, "use one of %1", ", ".join(LANGUAGES))
    return text
