"""Who the letter is to: the name line and address block for the window envelope, the
country line for post abroad, and the salutation, each in the letter's language's convention.

- German (DIN 5008): "Frau Dr. Maria Huber" / "Herrn …"; "Sehr geehrte Frau Dr. Huber,".
- Dutch (NEN 1026): "Mevrouw dr. Maria Huber" / "De heer …"; "Geachte mevrouw Huber," (no
  title; a family name that starts with a particle takes a capital: "Geachte heer Van Dijk").
- English (UK): "Ms Maria Huber", "Dr Maria Huber" (the title instead of Ms/Mr, without a
  full stop); "Dear Dr Huber,".
- Neutral (the form of address not known or not wanted): the full name, "Guten Tag Maria
  Huber," / "Geachte Maria Huber," / "Dear Maria Huber,".
"""

from __future__ import annotations

import functools

from desktop.core.postal import PostalAddress, family_name, without_title

_COURTESY = {  # (in the address block, in the salutation)
    "de": {"female": ("Frau", "Frau"), "male": ("Herrn", "Herr")},
    "nl": {"female": ("Mevrouw", "mevrouw"), "male": ("De heer", "heer")},
    "en": {"female": ("Ms", "Ms"), "male": ("Mr", "Mr")},
}
_SALUTATION = {
    "de": {"female": "Sehr geehrte {name},", "male": "Sehr geehrter {name},",
           "neutral": "Guten Tag {name},"},
    "nl": {"female": "Geachte {name},", "male": "Geachte {name},", "neutral": "Geachte {name},"},
    "en": {"female": "Dear {name},", "male": "Dear {name},", "neutral": "Dear {name},"},
}  # fmt: skip
# Academic titles Dutch writes in lower case, English without the full stop.
_ABBREVIATIONS = {"dr.", "prof.", "mr.", "ir.", "drs.", "ing.", "dipl.-ing.", "mag."}


def title_in(title: str, language: str) -> str:
    """ "Dr." as the language writes it before a name: "Dr." (de), "dr." (nl), "Dr" (en)."""
    words = title.split()
    if language == "nl":
        words = [w.lower() if w.lower() in _ABBREVIATIONS else w for w in words]
    elif language == "en":
        words = [w.rstrip(".") if w.lower() in _ABBREVIATIONS else w for w in words]
    return " ".join(words)


def name_line(name: str, form: str, title: str, language: str) -> str:
    """The first line of the address block."""
    title = " ".join(title.split())
    plain = without_title(name, title)
    shown_title = title_in(title, language)
    courtesy = _COURTESY[language].get(form)
    if language == "en" and shown_title:
        courtesy = None  # "Dr Maria Huber", not "Ms Dr Maria Huber"
    parts = [courtesy[0] if courtesy else "", shown_title, plain]
    return " ".join(p for p in parts if p)


def salutation(name: str, form: str, title: str, language: str) -> str:
    """The letter's opening line, with its comma."""
    title = " ".join(title.split())
    plain = without_title(name, title)
    courtesy = _COURTESY[language].get(form)
    if courtesy is None or not plain:
        return _SALUTATION[language]["neutral"].format(name=plain)
    surname = family_name(plain)
    shown_title = title_in(title, language)
    if language == "nl":
        surname = surname[:1].upper() + surname[1:]  # "De Vries" without a first name before it
        words = [courtesy[1], surname]  # Dutch leaves the academic title out of the salutation
    elif language == "en":
        words = [shown_title or courtesy[1], surname]
    else:
        words = [courtesy[1], shown_title, surname]
    return _SALUTATION[language][form].format(name=" ".join(w for w in words if w))


@functools.cache
def _territories(language: str) -> dict[str, str]:
    from babel import Locale  # CLDR's names; loaded with the first letter, not at start

    return dict(Locale.parse(language).territories)


def country_name(code: str, language: str) -> str:
    """The country's name in the language (CLDR): "NL" → "Niederlande" in German."""
    return _territories(language).get(code.upper(), code)


def address_block(
    name: str,
    form: str,
    title: str,
    postal: PostalAddress,
    sender_country: str,
    language: str,
) -> list[str]:
    """Name line, the address in the destination's order, and for post abroad the country in
    capitals in the letter's language ("NIEDERLANDE")."""
    lines = [name_line(name, form, title, language), *postal.lines()]
    if postal.country and postal.country != (sender_country or "").upper():
        lines.append(country_name(postal.country, language).upper())
    return [line for line in lines if line]
