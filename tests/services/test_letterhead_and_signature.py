"""Issue 11, defects 8 and 9: the footer company law wants, drafts for an incomplete register
entry, and a signature that is the officer's name, never the system login."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.app import build_services
from desktop.core.errors import ValidationError
from desktop.core.letter_types import LetterType
from desktop.services.cases import CaseDraft, Requester
from desktop.services.context import os_login
from desktop.services.officer import Officer
from tests.letterhead_support import complete_letterhead

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
LONG_DPO = "Privacyfunctionaris / Datenschutzbeauftragter Dr. Johannes Maria Müller-Lüdenscheidt"


def text_of(pdf: bytes) -> str:
    """The PDF's words, whitespace folded (a wrapped footer line reads as one)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


def log(services, company="hoffmann-se", language="de"):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received="2026-11-20",
            types=["access"],
            company_id=company,
            company_reason="test",
            requester=Requester(
                name="Jürgen Weiß",
                language=language,
                street="Lindenstraße 12",
                postcode="80331",
                city="München",
                country="DE",
            ),
        )  # fmt: skip
    ).id


def letter(services, case_id, language=None, kind=LetterType.ACKNOWLEDGEMENT):
    draft = services.letters.draft(case_id, kind, language)
    return draft, services.letters.render(draft)


@pytest.fixture
def group(services):
    """A German SE and GmbH complete for letters, and the Dutch B.V. with its KvK number."""
    complete_letterhead(
        services, vat_id="DE123456789", dpo_name=LONG_DPO, register_number="HRB 123456"
    )
    se = services.register.company("hoffmann-se").to_dict()
    services.register.add(
        {**se, "id": "hoffmann-gmbh", "name": "Hoffmann Werkzeuge GmbH", "legal_form": "",
         "register_number": "HRB 654321", "directors": ["Anna Schmidt", "Peter Meier"],
         "supervisory_board_chair": "", "vat_id": "", "countries": ["AT"], "locations": []}
    )  # fmt: skip
    nl = services.register.company("hoffmann-nl").to_dict()
    services.register.save({**nl, "commercial_register": "", "kvk_number": "30123456"})
    return services


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", ["Sitz: München", "Registergericht: Amtsgericht München HRB 123456",
                "USt-IdNr.: DE123456789", "Vorstand: Erika Mustermann, Max Mustermann",
                "Vorsitzender des Aufsichtsrats: Hans Beispiel"]),
        ("en", ["Registered office: München",
                "Commercial register: Amtsgericht München HRB 123456", "VAT ID: DE123456789",
                "Management board: Erika Mustermann, Max Mustermann",
                "Chair of the supervisory board: Hans Beispiel"]),
        ("nl", ["Statutaire zetel: München", "Handelsregister: Amtsgericht München HRB 123456",
                "Btw-nr.: DE123456789", "Raad van bestuur: Erika Mustermann, Max Mustermann",
                "Voorzitter raad van commissarissen: Hans Beispiel"]),
    ],
)  # fmt: skip
def test_the_footer_of_a_german_se_says_what_company_law_wants(group, language, expected):
    _, pdf = letter(group, log(group), language)
    text = text_of(pdf)
    for item in expected:
        assert item in text
    assert LONG_DPO in text  # the DPO's name in full, in the info block and the footer
    assert "…" not in text  # nothing cut


@needs_pdftotext
def test_the_footer_of_a_gmbh_names_its_managing_directors(group):
    _, pdf = letter(group, log(group, "hoffmann-gmbh"))
    text = text_of(pdf)
    assert "Registergericht: Amtsgericht München HRB 654321" in text
    assert "Geschäftsführer: Anna Schmidt, Peter Meier" in text
    assert "Aufsichtsrat" not in text  # it has none: nothing to print
    _, english = letter(group, log(group, "hoffmann-gmbh", "en"))
    assert "Managing directors: Anna Schmidt, Peter Meier" in text_of(english)


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "kvk", "seat", "dpo"),
    [
        ("nl", "KvK-nummer: 30123456", "Statutaire zetel: Utrecht", "Privacyfunctionaris"),
        ("de", "KvK-Nummer: 30123456", "Sitz: Utrecht", "Datenschutzbeauftragter"),
        ("en", "KvK number: 30123456", "Registered office: Utrecht", "Data protection officer"),
    ],
)
def test_the_footer_of_a_dutch_bv_gives_its_kvk_number(group, language, kvk, seat, dpo):
    _, pdf = letter(group, log(group, "hoffmann-nl", language), language)
    text = text_of(pdf)
    assert kvk in text and seat in text
    assert f"{dpo} M. de Vries (sample)" in text  # the footer's DPO column: function, name


@needs_pdftotext
def test_an_incomplete_letterhead_makes_a_draft_that_is_never_sent(services):
    """The shipped Hoffmann SE entry lacks what the privacy statement does not give."""
    case_id = log(services)
    draft, pdf = letter(services, case_id)
    assert "ENTWURF – Briefkopf unvollständig, nicht versenden" in text_of(pdf)
    assert "DRAFT – incomplete letterhead" in text_of(letter(services, case_id, "en")[1])
    with pytest.raises(ValidationError) as refused:
        services.letters.record_sent(draft, "2026-11-23", "post")
    assert refused.value.field == "letterhead"
    assert refused.value.message == (
        "the register entry of Hoffmann SE lacks: register court, register number, board "
        "members, chair of the supervisory board; complete it under Companies"
    )
    assert services.letters.letters(case_id) == []
    batch = services.letters.plan_post_batch([(case_id, LetterType.ACKNOWLEDGEMENT)])
    assert batch.letters == [] and "board members" in batch.not_printed[0][1]

    # Completed under Companies, the case's letter may go: today's particulars are printed.
    complete_letterhead(services)
    draft, pdf = letter(services, case_id)
    assert "ENTWURF" not in text_of(pdf) and "Vorstand: Erika Mustermann" in text_of(pdf)
    assert services.letters.draft_reasons(case_id, draft.kind) == []
    assert services.letters.record_sent(draft, "2026-11-23", "post")


def test_a_batch_printed_meanwhile_is_not_kept_once_the_entry_lacks_data(services):
    complete_letterhead(services)
    case_id = log(services)
    batch = services.letters.plan_post_batch([(case_id, LetterType.ACKNOWLEDGEMENT)])
    assert len(batch.letters) == 1
    data = services.register.company("hoffmann-se").to_dict()
    services.register.save({**data, "directors": []})  # the board left meanwhile
    assert services.letters.record_printed(batch) == []
    assert "board members" in batch.not_kept[0][1]


@pytest.fixture
def unnamed(store_path, clock, monkeypatch):
    """Services as the command line builds them when no name is given."""
    monkeypatch.delenv("PRIVACYDESK_OFFICER", raising=False)
    built = build_services(store_path, clock)
    complete_letterhead(built)
    yield built
    built.close()


@needs_pdftotext
def test_a_letter_is_never_signed_with_the_login(unnamed):
    case_id = log(unnamed)
    draft, pdf = letter(unnamed, case_id)
    text = text_of(pdf)
    assert "NICHT UNTERZEICHNET" in text
    # Under the closing: the function and the company, no name at all.
    assert "Mit freundlichen Grüßen Datenschutzbeauftragter Hoffmann SE" in text
    assert os_login() not in text.split("Grüßen")[-1].split("Hoffmann SE")[0]
    assert not unnamed.letters.signatory().signed
    with pytest.raises(ValidationError) as refused:
        unnamed.letters.record_sent(draft, "2026-11-23", "post")
    assert refused.value.field == "officer" and "system login" in refused.value.message
    assert unnamed.letters.letters(case_id) == []
    # The audit still names someone, as before: the login.
    assert unnamed.ctx.officer() == os_login()
    # A function that answers with the login is no signature either.
    unnamed.ctx.officer = lambda: os_login()
    assert not unnamed.letters.signatory().signed
    unnamed.ctx.officer = os_login
    assert not unnamed.letters.signatory().signed


@needs_pdftotext
def test_the_officer_signs_with_name_and_function_in_the_letters_language(unnamed, monkeypatch):
    case_id = log(unnamed)
    monkeypatch.setenv("PRIVACYDESK_OFFICER", "Dr. Katrin  Weiß")
    monkeypatch.setenv("PRIVACYDESK_OFFICER_FUNCTION_DE", "Datenschutzbeauftragte")
    draft, pdf = letter(unnamed, case_id)
    text = text_of(pdf)
    assert "Dr. Katrin Weiß Datenschutzbeauftragte Hoffmann SE" in text
    assert "UNTERZEICHNET" not in text
    _, english = letter(unnamed, case_id, "en")
    assert "Dr. Katrin Weiß Data protection officer Hoffmann SE" in text_of(english)
    assert unnamed.letters.record_sent(draft, "2026-11-23", "post")
    # The audit keeps both: the name that signed and the login it was done under.
    who = unnamed.cases.case_file(case_id)["audit"][-1]["who"]
    assert who == f"Dr. Katrin Weiß ({os_login()})"
    unnamed.ctx.officer = Officer(lambda: "M. de Vries", lambda: {"nl": "Functionaris"})
    _, dutch = letter(unnamed, case_id, "nl", LetterType.ACKNOWLEDGEMENT)
    assert "M. de Vries Functionaris Hoffmann SE" in text_of(dutch)
