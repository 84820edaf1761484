"""What company law wants on a letter, per legal form and country (issue 11, defect 8)."""

import json
from pathlib import Path

import pytest

from desktop.core.companies import GroupCompany
from desktop.core.errors import ValidationError
from desktop.core.letterhead import (
    kvk_number,
    legal_form,
    legal_form_of,
    letterhead_refusal,
    management,
    missing_letterhead_fields,
    register_entry,
    with_current_particulars,
)

SHIPPED = (
    Path(__file__).resolve().parents[2] / "desktop" / "assets" / "companies" / "companies.json"
)


def shipped(company_id):
    entries = json.loads(SHIPPED.read_text(encoding="utf-8"))["companies"]
    return next(e for e in entries if e["id"] == company_id)


def company(base="hoffmann-se", **changes):
    return GroupCompany.from_dict({**shipped(base), **changes})


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Hoffmann SE", "SE"),
        ("Hoffmann Werkzeuge GmbH", "GmbH"),
        ("Hoffmann Nederland B.V.", "B.V."),
        ("Hoffmann Nederland BV", "B.V."),
        ("Hoffmann Schweiz AG", "AG"),
        ("Hoffmann GmbH & Co. KG", "GmbH & Co. KG"),
        ("Hoffmann UK Quality Tools Ltd", "Ltd"),
        ("Hoffmann France SAS", "SAS"),
        ("Hoffmann Group", ""),
    ],
)
def test_the_legal_form_is_read_from_the_name(name, form):
    assert legal_form_of(name) == form


def test_the_shipped_hoffmann_se_lacks_what_the_statement_does_not_give():
    """The seed names no register, board or chair: letters stay drafts, nothing invented."""
    se = company()
    assert legal_form(se) == "SE" and management(se) == "board"
    assert missing_letterhead_fields(se) == [
        "register court",
        "register number",
        "board members",
        "chair of the supervisory board",
    ]
    assert letterhead_refusal(se).message == (
        "the register entry of Hoffmann SE lacks: register court, register number, board "
        "members, chair of the supervisory board; complete it under Companies"
    )


def test_a_complete_german_se_may_send():
    se = company(
        register_court="Amtsgericht München",
        register_number="HRB 123456",
        directors=["A. Eins", "B. Zwei"],
        supervisory_board_chair="C. Drei",
    )
    assert missing_letterhead_fields(se) == []
    assert letterhead_refusal(se) is None
    one_tier = company(one_tier_board=True, register_court="AG München", register_number="HRB 1")
    assert management(one_tier) == "executive"
    assert missing_letterhead_fields(one_tier) == [
        "executive directors",
        "chair of the administrative board",
    ]


def test_a_gmbh_needs_its_managing_directors_and_a_chair_only_if_it_has_one():
    gmbh = company(name="Hoffmann Werkzeuge GmbH", legal_form="")
    assert missing_letterhead_fields(gmbh) == [
        "register court",
        "register number",
        "managing directors",
    ]
    done = company(
        name="Hoffmann Werkzeuge GmbH",
        legal_form="",
        commercial_register="Amtsgericht München HRB 654321",  # an older entry's one text
        directors=["Anna Schmidt"],
    )
    assert register_entry(done) == ("Amtsgericht München", "HRB 654321")
    assert missing_letterhead_fields(done) == []


def test_a_german_company_without_a_known_form_or_seat_is_incomplete():
    nameless = company(name="Hoffmann Group", legal_form="", registered_office="")
    assert missing_letterhead_fields(nameless)[:2] == ["legal form", "registered office"]


def test_a_dutch_bv_needs_its_kvk_number():
    nl = company("hoffmann-nl", commercial_register="", kvk_number="")
    assert missing_letterhead_fields(nl) == ["KvK number"]
    assert missing_letterhead_fields(company("hoffmann-nl", kvk_number="30 12 34 56")) == []
    assert company("hoffmann-nl", kvk_number="30.123.456").kvk_number == "30123456"
    # An older entry kept it in the register text: "KvK 00000000 (sample)".
    assert kvk_number(company("hoffmann-nl")) == "00000000"
    with pytest.raises(ValidationError) as wrong:
        company("hoffmann-nl", kvk_number="1234")
    assert wrong.value.field == "kvk_number"


def test_other_countries_hold_nothing_back_yet():
    assert missing_letterhead_fields(company("hoffmann-at")) == []
    assert missing_letterhead_fields(company("hoffmann-gb")) == []


def test_an_older_entry_without_the_fields_loads_and_keeps_its_text():
    old = {k: v for k, v in shipped("hoffmann-se").items() if k not in (
        "legal_form", "register_court", "register_number", "directors",
        "supervisory_board_chair", "one_tier_board", "kvk_number",
    )}  # fmt: skip
    old["commercial_register"] = "HRB 123456"  # the number, but no court
    loaded = GroupCompany.from_dict(old)
    assert loaded.directors == () and loaded.legal_form == ""
    assert "register court" in missing_letterhead_fields(loaded)
    assert "register number" not in missing_letterhead_fields(loaded)
    again = GroupCompany.from_dict(loaded.to_dict())
    assert again == loaded


def test_a_letter_names_todays_board_of_the_company_the_case_was_handled_under():
    handled = company(dpo_name="Old DPO")
    today = company(dpo_name="New DPO", directors=["Now Board"], register_number="HRB 9")
    merged = with_current_particulars(handled, today)
    assert merged.dpo_name == "Old DPO"  # the case keeps the company data it was handled under
    assert merged.directors == ("Now Board",) and merged.register_number == "HRB 9"
    assert with_current_particulars(handled, company("hoffmann-nl")) is handled
