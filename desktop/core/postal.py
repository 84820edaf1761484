"""A requester's postal address, kept in parts, and the order its country's post reads it in.

The parts are what every European post knows: street and number, an additional line (c/o, a
flat, a building), postcode, city, country (ISO 3166-1 alpha-2). The block for the window
envelope follows the destination: the postcode before the city on the continent (DIN 5008,
NEN 1026), the post town in capitals and the postcode on a line of its own in the UK (Royal
Mail). The country line, in the letter's language and in capitals, is the letters' business:
they know the sender and the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.choices import Choice


class FormOfAddress(Choice):
    """How the person is addressed: "Frau"/"mevrouw"/"Ms", "Herr"/"de heer"/"Mr", or by the
    full name (neutral, also when it is not known)."""

    __noun__ = "form of address"

    FEMALE = "female"
    MALE = "male"
    NEUTRAL = "neutral"


# Spellings people and forms use that are not ISO codes; anything else must be a real code.
COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}  # EL: the EU's own code for Greece

# ISO 3166-1 alpha-2 codes in use (2024). A fixed list: an address is checked without a locale.
_ISO_CODES = """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
    BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
    DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR
    GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM
    KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP
    MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL
    PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST
    SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG
    VI VN VU WF WS XK YE YT ZA ZM ZW"""
ISO_COUNTRIES = frozenset(_ISO_CODES.split())

# Countries whose post reads the city line as "CITY" then the postcode on its own line.
_POSTCODE_LAST = {"GB", "IE"}
# Countries that write "City POSTCODE" on one line (North America, Australia).
_CITY_FIRST = {"US", "CA", "AU"}


def country_code(text: str | None) -> str | None:
    """An ISO code from what was typed ("nl", "UK"); None for nothing; ValueError for a
    code that is no country."""
    if text is None or not text.strip():
        return None
    code = text.strip().upper()
    code = COUNTRY_ALIASES.get(code, code)
    if code not in ISO_COUNTRIES:
        raise ValueError(f"{text.strip()!r} is no ISO 3166 country code (e.g. NL, DE, GB)")
    return code


def normalised_postcode(postcode: str, country: str | None) -> str:
    """The postcode as that country's post prints it: "2514ED" → "2514 ED" (NL),
    "sw1a2aa" → "SW1A 2AA" (GB); other countries as typed, spaces tidied."""
    text = " ".join(postcode.split())
    if country == "NL":
        match = re.fullmatch(r"(\d{4})\s*([A-Za-z]{2})", text)
        if match:
            return f"{match[1]} {match[2].upper()}"
    if country in ("GB", "IE"):
        compact = text.replace(" ", "").upper()
        if 5 <= len(compact) <= 8 and country == "GB":
            return f"{compact[:-3]} {compact[-3:]}"
        return text.upper()
    return text


@dataclass(frozen=True)
class PostalAddress:
    street: str = ""  # street and house number, as the country writes them
    extra: str = ""  # c/o, flat, building: printed above the street
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO 3166-1 alpha-2

    def is_empty(self) -> bool:
        return not any((self.street, self.extra, self.postcode, self.city))

    def lines(self) -> list[str]:
        """The lines under the name, in the destination country's order (no country line)."""
        postcode = normalised_postcode(self.postcode, self.country)
        lines = [self.extra, self.street]
        if self.country in _POSTCODE_LAST:
            town = self.city.upper() if self.country == "GB" else self.city
            lines += [town, postcode]
        elif self.country in _CITY_FIRST:
            lines.append(" ".join(p for p in (self.city, postcode) if p))
        else:
            lines.append(" ".join(p for p in (postcode, self.city) if p))
        return [" ".join(line.split()) for line in lines if line and line.strip()]


# Name particles that belong to the family name: "Anne de Vries" → "de Vries".
_PARTICLES = {
    "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "aan", "bij",
    "uit", "von", "vom", "zu", "zum", "zur", "du", "des", "la", "le", "di", "da", "del",
    "dos", "das", "y",
}  # fmt: skip


def without_title(name: str, title: str) -> str:
    """The name with spaces tidied, minus a title the officer also typed into it."""
    text = " ".join(name.split())
    title = " ".join(title.split())
    if title and text.lower().startswith(title.lower() + " "):
        return text[len(title) + 1 :]
    return text


def family_name(name: str, title: str = "") -> str:
    """The family name in a full name, with its particles ("Jan van den Berg" → "van den
    Berg"); "Huber, Maria" → "Huber". A title typed into the name is left out."""
    text = without_title(name, title)
    if "," in text:
        return text.split(",", 1)[0].strip()
    words = text.split(" ")
    if len(words) <= 1:
        return text
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])
