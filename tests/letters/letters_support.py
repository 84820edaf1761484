"""Shared pieces for the letter tests: the two letterheads, sample facts, PDF text extraction."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.letters import LetterFacts, Letterhead, LetterType
from desktop.letters.samples import sample_facts

HOFFMANN_SE = Letterhead(
    name="Hoffmann SE",
    street="Haberlandstr. 55",
    postcode="81241",
    city="München",
    country="DE",
    dpo_name="Dr. Katrin Weiß",
    dpo_email="dataprotection@hoffmann-group.com",
    dpo_phone="+49 89 8391-0",
    dpo_fax="",
    dpo_address="Hoffmann SE, z. Hd. Datenschutzbeauftragter, Haberlandstr. 55, 81241 München",
    registered_office="München",
    commercial_register="Amtsgericht München HRB 123456",
    vat_id="DE123456789",
    authority_name="Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
    authority_address="Promenade 18, 91522 Ansbach",
)

HOFFMANN_NL = Letterhead(
    name="Hoffmann Nederland B.V.",
    street="Industrieweg 12",
    postcode="3542 AD",
    city="Utrecht",
    country="NL",
    dpo_name="M. de Vries",
    dpo_email="privacy.nl@example.invalid",
    dpo_phone="+31 30 000 00 00",
    dpo_fax="",
    dpo_address="Hoffmann Nederland B.V., t.a.v. de privacyfunctionaris, Industrieweg 12",
    registered_office="Utrecht",
    commercial_register="KvK 00000000",
    vat_id="NL000000000B01",
    authority_name="Autoriteit Persoonsgegevens",
    authority_address="Postbus 93374, 2509 AJ Den Haag",
    is_sample=True,
)

# Marks pdftotext adds around right-to-left text; they are not part of what was typed.
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def company_for(language: str) -> Letterhead:
    return HOFFMANN_NL if language == "nl" else HOFFMANN_SE


def facts_for(kind: LetterType, language: str, **changes: object) -> LetterFacts:
    facts = sample_facts(kind, language, company_for(language))
    if kind is LetterType.TRANSFER:
        facts = replace(facts, transfer_to=HOFFMANN_NL)
    return replace(facts, **changes) if changes else facts


def pdf_text(pdf: bytes, tmp_path: Path, *args: str) -> str:
    """What a reader copying out of the PDF gets (pdftotext, as the office's tools would)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(path), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    return _BIDI_MARKS.sub("", out)


def flat(text: str) -> str:
    """Whitespace folded, so that a phrase wrapped over two lines is still found."""
    return " ".join(text.split())
