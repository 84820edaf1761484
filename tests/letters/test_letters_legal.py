"""Issue 11, defects 5 and 12: reasons for what was not granted, the legal bases cited, and the
right to complain (also in the member state of residence) in every letter that closes a request."""

from __future__ import annotations

import pytest
from letters_support import facts_for, flat

from desktop.letters import LetterType, RequestFacts, letter_text

LANGUAGES = ("nl", "de", "en")
CLOSING = (
    LetterType.ACCESS_ANSWER, LetterType.RIGHTS_DONE, LetterType.OBJECTION_UPHELD,
    LetterType.OBJECTION_REJECTED, LetterType.WITHDRAWAL_CONFIRMED, LetterType.REFUSAL,
    LetterType.IDENTITY_NOT_CONFIRMED,
)  # fmt: skip
MEMBER_STATE = {"nl": "lidstaat waar u gewoonlijk verblijft", "en": "Member State of your habitual residence",
                "de": "Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts"}  # fmt: skip
COUNTRY = {"nl": ("Nederland", "Autoriteit Persoonsgegevens"), "en": ("Germany", "BayLDA"),
           "de": ("Deutschland", "BayLDA")}  # fmt: skip


def words(kind, language, **changes):
    text = letter_text(kind, facts_for(kind, language, **changes))
    return flat(text.text)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", CLOSING)
def test_every_closing_letter_names_the_complaint_right_with_the_authority_and_its_country(
    kind, language
):
    text = words(kind, language)
    assert MEMBER_STATE[language] in text
    country, authority = COUNTRY[language]
    assert authority in text
    assert (
        f", {country}" in text
    )  # the authority's address ends with its country, in the letter's language


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_partly_granted_access_request_gives_its_reasons(language):
    reason = "Die E-Mails eines Kollegen enthalten Daten Dritter."
    requests = (RequestFacts("access", "", "partly-granted", reason),)
    text = words(LetterType.ACCESS_ANSWER, language, requests=requests, redactions=())
    assert reason in text
    bare = {"en": "We have not been able to comply with your request in full.",
            "de": "Wir konnten Ihrem Antrag nicht vollständig entsprechen.",
            "nl": "Wij hebben niet volledig aan uw verzoek kunnen voldoen."}  # fmt: skip
    assert bare[language] not in text  # never the bare sentence without its reasons


@pytest.mark.parametrize(
    ("language", "basis"),
    [
        ("en", "Art. 12(5)(b) GDPR"),
        ("de", "Art. 12 Abs. 5 Satz 2 Buchst. b DSGVO"),
        ("nl", "artikel 12, lid 5, onder b, AVG"),
    ],
)
def test_a_refusal_cites_article_12_5_b(language, basis):
    assert basis in words(LetterType.REFUSAL, language)


@pytest.mark.parametrize(
    ("language", "safeguards"),
    [("en", "Art. 22(3) GDPR"), ("de", "Art. 22 Abs. 3 DSGVO"), ("nl", "artikel 22, lid 3, AVG")],
)
def test_a_rejected_objection_to_credit_scoring_states_the_article_22_safeguards(
    language, safeguards
):
    from dataclasses import replace

    facts = facts_for(LetterType.OBJECTION_REJECTED, language)
    assert safeguards in flat(letter_text(LetterType.OBJECTION_REJECTED, facts).text)
    interests = replace(facts, objection=replace(facts.objection, credit=False))
    assert safeguards not in flat(letter_text(LetterType.OBJECTION_REJECTED, interests).text)
