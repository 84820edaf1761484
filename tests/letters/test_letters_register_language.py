"""Issue 11, defect 6: the processing register speaks the letter's language."""

from __future__ import annotations

import pytest

from desktop.core.register_names import gdpr_citation, years_in
from desktop.services.cases import CaseDraft, Requester
from desktop.services.decisions import ErasureItem

ENGLISH = ("Handling orders", "Advertising by post", "as amended by BEG IV", "Companies of the Hoffmann Group",
           "Business letters", "GDPR")  # fmt: skip


@pytest.mark.parametrize("language", ["nl", "de"])
def test_register_names_in_a_dutch_or_german_letter_are_never_english(services, language):
    from desktop.core.letter_types import LetterType

    case_id = services.cases.log_case(
        CaseDraft(channel="letter", received="2026-11-20", types=["access", "erasure"],
                  requester=Requester(name="Anna Schmidt", language=language, street="Hauptstraße 5",
                                      postcode="69117", city="Heidelberg", country="DE")),
    ).id  # fmt: skip
    services.decisions.decide_erasure(
        case_id, [ErasureItem("Rechnungen", "de-vouchers", "2025-03-15")]
    )
    for notice in services.cases.case_file(case_id)["notices"]:
        services.decisions.record_notice(notice["id"], notified_on="2026-11-23", channel="email")
    services.cases.close(case_id, {"access": "granted", "erasure": "partly-granted"})  # blocked
    for kind in (LetterType.ACCESS_ANSWER, LetterType.RIGHTS_DONE):
        draft = services.letters.draft(case_id, kind)
        text = " ".join(f"{draft.subject} {draft.body}".split())
        assert [word for word in ENGLISH if word in text] == [], kind
    access = services.letters.draft(case_id, LetterType.ACCESS_ANSWER).body
    unit = "Jahre" if language == "de" else "jaar"
    assert f"8 {unit}" in access  # storage periods with their unit
    assert "art. 52 AWR" not in access  # the German company: German retention rules only


def test_gdpr_citations_and_units_read_as_each_language_writes_them():
    assert gdpr_citation("Art. 6(1)(f) GDPR", "nl") == "artikel 6, lid 1, onder f, AVG"
    assert (
        gdpr_citation("Art. 6(1)(a) GDPR (consent)", "de")
        == "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)"
    )
    assert years_in(7, "nl") == "7 jaar" and years_in(10, "de") == "10 Jahre"
