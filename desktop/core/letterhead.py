"""What company law wants on a business letter, and what a register entry still lacks for it.

Germany: § 80 AktG (an AG, and a two-tier SE by Art. 9 SE Regulation), § 43 SEAG (a one-tier
SE), § 35a GmbHG, §§ 37a, 125a HGB (the other registered forms). The Netherlands: art. 27
Handelsregisterbesluit 2008 (the KvK number), art. 2:75 and 2:186 BW (an N.V.'s or B.V.'s
seat). Other countries: nothing is required here yet, so nothing is held back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.companies import GroupCompany
from desktop.core.errors import ValidationError

# (how a name ends, the form). Longer forms first: "GmbH & Co. KG" is not a "KG" letter.
_FORMS = (
    (r"gmbh\s*&\s*co\.?\s*kg", "GmbH & Co. KG"),
    (r"se\s*&\s*co\.?\s*kgaa", "SE & Co. KGaA"),
    (r"kgaa", "KGaA"),
    (r"ug\s*\(haftungsbeschränkt\)", "UG (haftungsbeschränkt)"),
    (r"gmbh", "GmbH"),
    (r"se", "SE"),
    (r"ag", "AG"),
    (r"kg", "KG"),
    (r"ohg", "OHG"),
    (r"e\.\s?k\.", "e.K."),
    (r"eg", "eG"),
    (r"b\.?\s?v\.?", "B.V."),
    (r"n\.?\s?v\.?", "N.V."),
    (r"ltd\.?|limited", "Ltd"),
    (r"plc", "PLC"),
    (r"s\.?a\.?s\.?", "SAS"),
    (r"s\.?a\.?r\.?l\.?|s\.à\s?r\.l\.", "SARL"),
    (r"s\.?a\.?", "SA"),
)
_STOCK = {"SE", "AG"}  # a board and a supervisory (or administrative) board chair
_LIMITED = {"GmbH", "UG (haftungsbeschränkt)"}  # managing directors
_DUTCH_CAPITAL = {"B.V.", "N.V."}  # the seat belongs on the letter too
# Court and number as older entries kept them in one text: "Amtsgericht München HRB 123456".
_REGISTER = re.compile(
    r"^(?P<court>.*?)[\s,;:]*\b(?P<number>(?:HRA|HRB|GnR|PR|VR)\s*\d+\s*[A-Z]?)\b"
)
_KVK = re.compile(
    r"\bKvK[\s-]*(?:nummer|nr\.?|number|no\.?)?\s*:?\s*(\d{2}\.?\s?\d{2}\.?\s?\d{4})\b", re.I
)


def legal_form_of(name: str) -> str:
    """The legal form a company's name ends with ("Hoffmann SE" -> "SE"), else ""."""
    for pattern, form in _FORMS:
        if re.search(rf"(?:^|[\s,]){pattern}$", name.strip(), re.IGNORECASE):
            return form
    return ""


def legal_form(company: GroupCompany) -> str:
    """As recorded (a known spelling made canonical), else as the name says."""
    recorded = company.legal_form.strip()
    return (legal_form_of(recorded) or recorded) if recorded else legal_form_of(company.name)


def register_entry(company: GroupCompany) -> tuple[str, str]:
    """Register court and number; an older entry's one text is read for them."""
    court, number = company.register_court.strip(), company.register_number.strip()
    if court or number:
        return court, number
    found = _REGISTER.match(company.commercial_register.strip())
    if not found:
        return "", ""
    return found["court"].removeprefix("Registergericht").strip(" :,"), found["number"]


def kvk_number(company: GroupCompany) -> str:
    """The KvK number; an older entry's commercial register text may hold it ("KvK 12345678")."""
    if company.kvk_number:
        return company.kvk_number
    found = _KVK.search(company.commercial_register)
    return re.sub(r"[\s.]", "", found[1]) if found else ""


def management(company: GroupCompany) -> str:
    """Who the entry's `directors` are: "board" (the Vorstand of an SE or AG), "executive"
    (a one-tier SE's executive directors), "managing" (a GmbH's), else "directors"."""
    form = legal_form(company)
    if form == "SE" and company.one_tier_board:
        return "executive"
    if form in _STOCK:
        return "board"
    return "managing" if form in _LIMITED else "directors"


_DIRECTORS_WORDS = {
    "board": "board members",
    "executive": "executive directors",
    "managing": "managing directors",
    "directors": "directors",
}


FIELD_WORDS = (  # every field a register entry may lack, as missing_letterhead_fields names it
    "legal form", "registered office", "register court", "register number",
    *_DIRECTORS_WORDS.values(), "chair of the administrative board",
    "chair of the supervisory board", "KvK number",
)  # fmt: skip


def chair_words(company: GroupCompany) -> str:
    if management(company) == "executive":
        return "chair of the administrative board"
    return "chair of the supervisory board"


def missing_letterhead_fields(company: GroupCompany) -> list[str]:
    """The register fields a letter of `company` must show and the entry lacks, in the
    officer's words; empty when its letters may go out."""
    country = company.address.country.upper()
    form = legal_form(company)
    missing: list[str] = []
    if country == "DE":
        court, number = register_entry(company)
        missing += [] if form else ["legal form"]
        missing += [] if company.registered_office.strip() else ["registered office"]
        missing += [] if court else ["register court"]
        missing += [] if number else ["register number"]
        if form in _STOCK or form in _LIMITED:
            missing += [] if company.directors else [_DIRECTORS_WORDS[management(company)]]
        if form in _STOCK and not company.supervisory_board_chair.strip():
            missing.append(chair_words(company))  # a GmbH prints its chair only if it has one
    elif country == "NL":
        if form in _DUTCH_CAPITAL and not company.registered_office.strip():
            missing.append("registered office")
        missing += [] if kvk_number(company) else ["KvK number"]
    return missing


class IncompleteLetterhead(ValidationError):
    """A letter of this company may only be a draft: its register entry lacks `missing`
    (the officer's words, which a window translates)."""

    def __init__(self, company_name: str, missing: list[str]) -> None:
        self.company_name = company_name
        self.missing = tuple(missing)
        super().__init__(
            "letterhead",
            f"the register entry of {company_name} lacks: {', '.join(missing)}; "
            "complete it under Companies",
        )


def letterhead_refusal(company: GroupCompany) -> IncompleteLetterhead | None:
    """Why a letter of `company` may only be a draft, or None."""
    missing = missing_letterhead_fields(company)
    return IncompleteLetterhead(company.name, missing) if missing else None


def with_current_particulars(handled: GroupCompany, current: GroupCompany) -> GroupCompany:
    """The company a case was handled under, with the particulars company law wants on a
    letter as they are today: a letter names the board of the day it is sent."""
    if handled.id != current.id:
        return handled
    return replace(
        handled,
        legal_form=current.legal_form,
        registered_office=current.registered_office,
        commercial_register=current.commercial_register,
        register_court=current.register_court,
        register_number=current.register_number,
        vat_id=current.vat_id,
        directors=current.directors,
        supervisory_board_chair=current.supervisory_board_chair,
        one_tier_board=current.one_tier_board,
        kvk_number=current.kvk_number,
    )
