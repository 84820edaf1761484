"""Correcting a case after logging: one audited change with before, after and the reason; the
deadline follows a corrected received date; letters already sent stay as sent."""

from __future__ import annotations

import pytest

from desktop.core.errors import ValidationError
from desktop.core.letter_types import LetterType
from desktop.core.listing import CaseFilter, CaseSort
from desktop.services.case_corrections import Correction
from desktop.services.cases import CaseDraft, Requester
from desktop.services.decisions import ErasureItem


def log(services, *types, received="2026-11-20"):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received=received,
            types=list(types or ["access"]),
            requester=Requester(
                name="Maria Hubr",
                language="de",
                street="Lange Voorhout 9",
                postcode="2514 ED",
                city="Den Haag",
                country="NL",
            ),
        )  # fmt: skip
    ).id


def corrections(services, case_id):
    return [
        a for a in services.cases.case_file(case_id)["audit"] if a["action"] == "case-corrected"
    ]


def test_a_corrected_requester_is_one_audited_change_and_is_found_by_the_new_name(services):
    case_id = log(services)
    changes = services.cases.correct(
        case_id,
        Correction(
            reason="Misspelt from the envelope",
            requester={
                "name": "Maria Huber",
                "form_of_address": "female",
                "title": "Dr.",
                "email": "maria@example.org",
                "country": "de",
                "postcode": "80802",
                "street": "Leopoldstraße 77",
                "city": "München",
            },
        ),  # fmt: skip
    )
    assert changes["name"] == ["Maria Hubr", "Maria Huber"]
    assert changes["country"] == ["NL", "DE"] and changes["form_of_address"] == [
        "neutral",
        "female",
    ]
    case = services.cases.case_file(case_id)
    assert case["requester"]["name"] == "Maria Huber"
    assert case["requester"]["city"] == "München"
    [entry] = corrections(services, case_id)
    assert entry["detail"]["reason"] == "Misspelt from the envelope"
    assert entry["detail"]["changes"]["email"] == [None, "maria@example.org"]
    found = services.queries.page_after(CaseFilter(text="huber"), CaseSort(), None, 10)
    assert [(row["id"], row["requester_name"]) for row in found] == [(case_id, "Maria Huber")]
    assert services.queries.page_after(CaseFilter(text="Den Haag"), CaseSort(), None, 10) == []


def test_a_corrected_received_date_moves_the_deadline_and_says_so(services):
    case_id = log(services, received="2026-11-20")
    before = services.cases.case_file(case_id)["due"]
    changes = services.cases.correct(
        case_id, Correction(reason="Post stamp", received="2026-11-18")
    )
    case = services.cases.case_file(case_id)
    assert before == "2026-12-21" and case["due"] == "2026-12-18"
    assert changes["received"] == ["2026-11-20", "2026-11-18"]
    assert changes["due"] == [before, "2026-12-18"]  # in the history
    with pytest.raises(ValidationError) as err:
        services.cases.correct(case_id, Correction(reason="x", received="2027-01-05"))
    assert err.value.field == "received"


def test_request_types_are_added_and_a_mistaken_one_withdrawn(services):
    case_id = log(services, "access", "objection-marketing")
    services.cases.correct(
        case_id, Correction(reason="Read again", add_types=["erasure"],
                            withdraw_types=["objection-marketing"]),
    )  # fmt: skip
    case = services.cases.case_file(case_id)
    assert [r["type"] for r in case["requests"]] == ["access", "erasure"]
    [row] = services.queries.page_after(CaseFilter(), CaseSort(), None, 10)
    assert row["types"] == "access, erasure"  # the case list shows the corrected types
    services.decisions.decide_erasure(case_id, [ErasureItem("customer account")])  # decided
    with pytest.raises(ValidationError) as err:
        services.cases.correct(case_id, Correction(reason="x", withdraw_types=["erasure"]))
    assert "decision" in err.value.message
    only = log(services, "access")
    with pytest.raises(ValidationError) as err:
        services.cases.correct(only, Correction(reason="x", withdraw_types=["access"]))
    assert "at least one" in err.value.message
    assert [r["type"] for r in services.cases.case_file(only)["requests"]] == ["access"]


def test_a_refused_correction_changes_nothing(services):
    case_id = log(services)
    version = services.cases.case_file(case_id)["version"]
    for correction, field in [
        (Correction(reason="x", requester={"name": "Maria Huber", "country": "XX"}), "country"),
        (Correction(reason="x", requester={"city": ""}), "city"),
        (Correction(reason="", requester={"name": "Maria Huber"}), "reason"),
        (Correction(reason="x", requester={"name": "Maria Hubr"}), "correction"),
        (Correction(reason="x", requester={"shoe_size": "42"}), "requester"),
    ]:
        with pytest.raises(ValidationError) as err:
            services.cases.correct(case_id, correction)
        assert err.value.field == field
    case = services.cases.case_file(case_id)
    assert case["requester"]["name"] == "Maria Hubr" and case["version"] == version
    assert corrections(services, case_id) == []


def test_letters_already_sent_stay_as_sent(services):
    from tests.letterhead_support import complete_letterhead

    complete_letterhead(services)  # the shipped entry lacks its board: its letters are drafts
    case_id = log(services)
    draft = services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT)
    letter_id = services.letters.record_sent(draft, "2026-11-23", "post")
    sent = services.letters.letter_pdf(letter_id)
    services.cases.correct(case_id, Correction(reason="Typo", requester={"name": "Maria Huber"}))
    assert services.letters.letter_pdf(letter_id) == sent
    again = services.letters.render(services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT))
    assert again != sent  # a new letter has the corrected name
