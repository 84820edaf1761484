"""Issue 11, defects 2 and 3: the address in the destination's order with a country line for
post abroad, and each language's formal salutation."""

from __future__ import annotations

import pytest
from letters_support import HOFFMANN_NL, HOFFMANN_SE, facts_for, flat, pdf_text

from desktop.core.postal import PostalAddress, family_name
from desktop.letters import LetterType, letter_text, render_pdf
from desktop.letters.addressing import name_line, salutation
from desktop.letters.context import build_context

DEN_HAAG = PostalAddress("Lange Voorhout 9", "", "2514ed", "Den Haag", "NL")


@pytest.mark.parametrize(
    ("language", "form", "title", "expected"),
    [
        ("de", "female", "Dr.", "Sehr geehrte Frau Dr. Huber,"),
        ("de", "male", "", "Sehr geehrter Herr Huber,"),
        ("de", "neutral", "Dr.", "Guten Tag Maria Huber,"),
        ("nl", "female", "Dr.", "Geachte mevrouw Huber,"),
        ("nl", "male", "", "Geachte heer Huber,"),
        ("nl", "neutral", "", "Geachte Maria Huber,"),
        ("en", "female", "Dr.", "Dear Dr Huber,"),
        ("en", "female", "", "Dear Ms Huber,"),
        ("en", "male", "", "Dear Mr Huber,"),
        ("en", "neutral", "", "Dear Maria Huber,"),
    ],
)
def test_each_language_writes_its_formal_salutation(language, form, title, expected):
    assert salutation("Maria Huber", form, title, language) == expected


def test_family_names_keep_their_particles_and_dutch_capitalises_them():
    assert family_name("Jan van den Berg") == "van den Berg"
    assert family_name("Huber, Maria") == "Huber"
    assert salutation("Jan van den Berg", "male", "", "nl") == "Geachte heer Van den Berg,"
    assert salutation("Ludwig von Mises", "male", "", "de") == "Sehr geehrter Herr von Mises,"
    # A title the officer also typed into the name is not printed twice.
    assert name_line("Dr. Maria Huber", "female", "Dr.", "de") == "Frau Dr. Maria Huber"


def test_a_dutch_letter_to_den_haag_prints_the_postcode_as_postnl_does(tmp_path):
    facts = facts_for(
        LetterType.ACCESS_ANSWER, "nl", company=HOFFMANN_NL, requester_name="Maria Huber",
        requester_form="female", requester_postal=DEN_HAAG, requester_address="",
    )  # fmt: skip
    text = letter_text(LetterType.ACCESS_ANSWER, facts)
    assert text.window.lines == ("Mevrouw Maria Huber", "Lange Voorhout 9", "2514 ED Den Haag")
    assert "Geachte mevrouw Huber," in flat(
        pdf_text(render_pdf(LetterType.ACCESS_ANSWER, facts), tmp_path)
    )


@pytest.mark.parametrize(
    ("language", "country_line"),
    [("de", "NIEDERLANDE"), ("en", "NETHERLANDS"), ("nl", "NEDERLAND")],
)
def test_post_abroad_ends_with_the_country_in_capitals_in_the_letters_language(
    language, country_line
):
    facts = facts_for(
        LetterType.ACKNOWLEDGEMENT, language, company=HOFFMANN_SE, requester_name="Maria Huber",
        requester_form="female", requester_title="Dr.", requester_postal=DEN_HAAG,
    )  # fmt: skip
    lines = letter_text(LetterType.ACKNOWLEDGEMENT, facts).window.lines
    assert lines[-2:] == ("2514 ED Den Haag", country_line)
    assert lines[0] in ("Frau Dr. Maria Huber", "Dr Maria Huber", "Mevrouw dr. Maria Huber")


def test_the_uk_order_and_no_country_line_at_home():
    london = PostalAddress("10 Downing Street", "Flat 2", "sw1a2aa", "London", "GB")
    assert london.lines() == ["Flat 2", "10 Downing Street", "LONDON", "SW1A 2AA"]
    munich = PostalAddress("Leopoldstraße 77", "c/o Weber", "80802", "München", "DE")
    facts = facts_for(
        LetterType.ACKNOWLEDGEMENT, "de", company=HOFFMANN_SE, requester_name="Jörg Weiß",
        requester_form="male", requester_postal=munich,
    )  # fmt: skip
    assert letter_text(LetterType.ACKNOWLEDGEMENT, facts).window.lines == (
        "Herrn Jörg Weiß", "c/o Weber", "Leopoldstraße 77", "80802 München",
    )  # fmt: skip


def test_an_address_kept_as_free_text_is_printed_as_typed():
    facts = facts_for(
        LetterType.ACKNOWLEDGEMENT, "de", requester_name="Anna Schmidt",
        requester_address="Hauptstraße 5\n69117 Heidelberg", requester_postal=None,
    )  # fmt: skip
    context = build_context(facts)
    assert context["requester_address_lines"] == ["Hauptstraße 5", "69117 Heidelberg"]
    assert context["salutation"] == "Guten Tag Anna Schmidt,"
