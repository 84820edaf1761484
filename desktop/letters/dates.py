"""Dates written the way each letter language writes them, independent of the OS locale."""

from __future__ import annotations

from datetime import date

# Own tables: the OS locale of an office PC is unknown and may lack nl/de entirely.
_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

LANGUAGES = tuple(_MONTHS)


def format_date(day: date | None, language: str) -> str:
    """nl "5 april 2026", de "5. April 2026", en "5 April 2026"; "" for no date."""
    if day is None:
        return ""
    month = _MONTHS[check_language(language)][day.month - 1]
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def check_language(language: str) -> str:
    """The language code, or ValueError naming the ones letters exist in."""
    if language not in _MONTHS:
        raise ValueError(f"no letters in language {language!r}; use one of {', '.join(LANGUAGES)}")
    return language
