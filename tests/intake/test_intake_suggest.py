"""Suggested request types from Dutch, German and English texts, and the language guess."""

from __future__ import annotations

import time

import pytest

from desktop.core.requests import RequestType as T
from desktop.intake import KEYWORDS, TypeSuggestion, guess_language, suggest_request_types


def types(text: str) -> list[T]:
    return [s.type for s in suggest_request_types(text)]


@pytest.mark.parametrize(
    ("text", "expected", "keyword", "language"),
    [
        # access
        ("Hierbij dien ik een inzageverzoek in.", T.ACCESS, "inzageverzoek", "nl"),
        ("Ik wil graag inzage in mijn gegevens.", T.ACCESS, "inzage", "nl"),
        ("Ich bitte um Auskunft über meine Daten.", T.ACCESS, "Auskunft", "de"),
        ("Auskunftsersuchen nach DSGVO", T.ACCESS, "Auskunftsersuchen", "de"),
        ("This is a subject access request.", T.ACCESS, "subject access", "en"),
        ("Please send me a copy of my data.", T.ACCESS, "copy of my data", "en"),
        ("Please send a copy of all the personal data you hold.", T.ACCESS,
         "copy of all the personal data", "en"),
        # rectification
        ("Graag correctie van mijn adres.", T.RECTIFICATION, "correctie", "nl"),
        ("Verzoek tot rectificatie", T.RECTIFICATION, "rectificatie", "nl"),
        ("Ich beantrage die Berichtigung meiner Anschrift.", T.RECTIFICATION, "Berichtigung", "de"),
        ("Please correct my date of birth.", T.RECTIFICATION, "correct my", "en"),
        ("Please rectify my address.", T.RECTIFICATION, "rectify", "en"),
        # erasure
        ("Verwijder al mijn gegevens.", T.ERASURE, "Verwijder", "nl"),
        ("Ik wil mijn account verwijderen.", T.ERASURE, "account verwijderen", "nl"),
        ("Ik wil vergeten worden.", T.ERASURE, "vergeten", "nl"),
        ("Antrag auf Löschung meiner Daten", T.ERASURE, "Löschung", "de"),
        ("Bitte Konto löschen!", T.ERASURE, "Konto löschen", "de"),
        ("Please erase everything.", T.ERASURE, "erase", "en"),
        ("Please delete my account.", T.ERASURE, "delete my", "en"),
        ("Request for erasure", T.ERASURE, "erasure", "en"),
        # restriction
        ("Ik vraag om beperking van de verwerking.", T.RESTRICTION, "beperking", "nl"),
        ("Einschränkung der Verarbeitung", T.RESTRICTION, "Einschränkung", "de"),
        ("Please restrict the processing.", T.RESTRICTION, "restrict", "en"),
        # portability
        ("Recht op dataportabiliteit", T.PORTABILITY, "dataportabiliteit", "nl"),
        ("Recht op overdraagbaarheid van gegevens", T.PORTABILITY, "overdraagbaarheid", "nl"),
        ("Recht auf Datenübertragbarkeit", T.PORTABILITY, "Datenübertragbarkeit", "de"),
        ("Data portability please", T.PORTABILITY, "portability", "en"),
        # objection, marketing
        ("Ik maak bezwaar tegen reclame.", T.OBJECTION_MARKETING, "bezwaar tegen reclame", "nl"),
        ("Ik wil geen reclame meer.", T.OBJECTION_MARKETING, "geen reclame", "nl"),
        ("Ich lege Widerspruch gegen Werbung ein.", T.OBJECTION_MARKETING,
         "Widerspruch gegen Werbung", "de"),
        ("Ich möchte keine Werbung.", T.OBJECTION_MARKETING, "keine Werbung", "de"),
        ("Stop all direct marketing.", T.OBJECTION_MARKETING, "direct marketing", "en"),
        ("Stop sending me advertising!", T.OBJECTION_MARKETING, "Stop sending me advertising",
         "en"),
        # objection, interests
        ("Ik maak bezwaar tegen de verwerking.", T.OBJECTION_INTERESTS, "bezwaar", "nl"),
        ("Hiermit lege ich Widerspruch ein.", T.OBJECTION_INTERESTS, "Widerspruch", "de"),
        ("We object to this processing.", T.OBJECTION_INTERESTS, "object to", "en"),
        ("Formal objection", T.OBJECTION_INTERESTS, "objection", "en"),
        # objection, credit
        ("Bezwaar tegen de toets van mijn kredietwaardigheid", T.OBJECTION_CREDIT,
         "kredietwaardigheid", "nl"),
        ("Keine Bonitätsprüfung bitte", T.OBJECTION_CREDIT, "Bonitätsprüfung", "de"),
        ("Die Schufa-Abfrage", T.OBJECTION_CREDIT, "Schufa", "de"),
        ("No credit check please.", T.OBJECTION_CREDIT, "credit check", "en"),
        # withdrawal
        ("Ik wil mijn toestemming intrekken.", T.WITHDRAWAL, "intrekken", "nl"),
        ("Hierbij trek mijn toestemming in.", T.WITHDRAWAL, "trek mijn toestemming in", "nl"),
        ("Ik herroep mijn toestemming.", T.WITHDRAWAL, "herroep", "nl"),
        ("Hiermit widerrufe ich", T.WITHDRAWAL, "widerrufe", "de"),
        ("Widerruf", T.WITHDRAWAL, "Widerruf", "de"),
        ("Meine Einwilligung gilt nicht mehr.", T.WITHDRAWAL, "Einwilligung", "de"),
        ("I withdraw my consent.", T.WITHDRAWAL, "withdraw my consent", "en"),
        ("I want to withdraw consent", T.WITHDRAWAL, "withdraw consent", "en"),
        # unsubscribe
        ("Graag uitschrijven.", T.UNSUBSCRIBE, "uitschrijven", "nl"),
        ("Ik wil me afmelden.", T.UNSUBSCRIBE, "afmelden", "nl"),
        ("Bitte abmelden.", T.UNSUBSCRIBE, "abmelden", "de"),
        ("Please unsubscribe me.", T.UNSUBSCRIBE, "unsubscribe", "en"),
        # complaint
        ("Dit is een klacht.", T.COMPLAINT, "klacht", "nl"),
        ("Ich erhebe Beschwerde.", T.COMPLAINT, "Beschwerde", "de"),
        ("This is a complaint.", T.COMPLAINT, "complaint", "en"),
    ],
)  # fmt: skip
def test_keyword_suggests_type(text, expected, keyword, language):
    suggestions = suggest_request_types(text)
    assert suggestions[0] == TypeSuggestion(expected, keyword, language)


def test_newsletter_in_dutch_and_german():
    assert types("Stop met de nieuwsbrief") == [T.UNSUBSCRIBE]
    assert types("Bitte keinen Newsletter mehr") == [T.UNSUBSCRIBE]


@pytest.mark.parametrize(
    "text",
    [
        "Ik maak bezwaar tegen het gebruik van mijn gegevens voor reclame.",
        "Ich widerspreche der Nutzung meiner Daten für Werbezwecke.",
        "I object to the use of my data for direct marketing.",
        "I object to your marketing.",
        "Ik maak bezwaar tegen profiling.",
    ],
)
def test_marketing_objection_is_not_also_a_legitimate_interest_objection(text):
    assert types(text) == [T.OBJECTION_MARKETING]


def test_credit_objection_is_not_also_a_legitimate_interest_objection():
    assert types("Ik maak bezwaar tegen de controle van mijn kredietwaardigheid.") == [
        T.OBJECTION_CREDIT
    ]
    assert types("Ich widerspreche dem Scoring durch die Schufa.") == [T.OBJECTION_CREDIT]


def test_a_separate_general_objection_still_counts():
    text = "Ik maak bezwaar tegen reclame. Ook maak ik bezwaar tegen de verwerking voor analyse."
    assert types(text) == [T.OBJECTION_MARKETING, T.OBJECTION_INTERESTS]


def test_several_requests_in_order_of_first_appearance_without_duplicates():
    text = (
        "Sehr geehrte Damen und Herren,\n"
        "ich bitte um Auskunft nach Art. 15 DSGVO und anschließend um Löschung meiner Daten. "
        "Außerdem widerrufe ich meine Einwilligung für den Newsletter. "
        "Bitte löschen Sie auch mein Konto; die Auskunft bitte per Post."
    )
    suggestions = suggest_request_types(text)
    assert [s.type for s in suggestions] == [T.ACCESS, T.ERASURE, T.WITHDRAWAL, T.UNSUBSCRIBE]
    assert [s.keyword for s in suggestions] == ["Auskunft", "Löschung", "widerrufe", "Newsletter"]
    assert {s.language for s in suggestions} == {"de"}


@pytest.mark.parametrize(
    "text",
    ["LÖSCHUNG", "loeschung", "Loschung", "LOESCHEN SIE", "Lo\u0308schung", "löschen"],
)
def test_case_and_accent_tolerant(text):
    assert types(text) == [T.ERASURE]


def test_keyword_is_given_as_written_in_the_text():
    (suggestion,) = suggest_request_types("BITTE LOESCHEN")
    assert suggestion.keyword == "LOESCHEN"
    (suggestion,) = suggest_request_types("Datenübertragbarkeit")
    assert suggestion.keyword == "Datenübertragbarkeit"


def test_phrase_may_wrap_across_a_line():
    assert types("Please send me a copy of\nmy data.") == [T.ACCESS]


@pytest.mark.parametrize(
    "text",
    [
        "Our restaurant is open.",  # "restrict" must not match inside other words
        "Herase",
        "She erased it",  # "erase" is a whole word
        "Your objective is clear.",
        "De Newsletterabteilung",  # whole word only
        "",
        "   \n\t  ",
        "Thank you for your quick reply.",
    ],
)
def test_word_boundaries_and_nothing_found(text):
    assert types(text) == []


def test_gap_phrases_stay_inside_one_sentence():
    text = "Ik maak bezwaar. Uw reclame vind ik mooi."
    assert types(text) == [T.OBJECTION_INTERESTS]


def test_article_numbers():
    assert types("Verzoek op grond van Art. 15 AVG") == [T.ACCESS]
    assert types("gemäß Art.17 DSGVO") == [T.ERASURE]
    assert types("under Article 20 GDPR") == [T.PORTABILITY]
    assert types("Art. 150 of some other act") == []


def test_shared_keywords_take_the_language_of_the_text():
    (nl,) = suggest_request_types("Ik wil niet dat u mijn gegevens voor profiling gebruikt.")
    (en,) = suggest_request_types("I do not want you to use my data for profiling.")
    assert (nl.type, nl.language) == (T.OBJECTION_MARKETING, "nl")
    assert (en.type, en.language) == (T.OBJECTION_MARKETING, "en")


def test_hostile_text_does_not_break_suggestions():
    text = "\x00\u202e👩‍👩‍👧 " * 1000 + "inzage" + "\U0010ffff" * 10 + "\ud800"
    assert types(text) == [T.ACCESS]


def test_long_text_is_fast():
    text = ("Lorem ipsum dolor sit amet, consectetur adipiscing élit. " * 20_000) + " inzage"
    started = time.perf_counter()
    suggest_request_types(text)
    assert time.perf_counter() - started < 5


def test_every_type_has_keywords_in_every_language():
    for request_type in T:
        languages = set(KEYWORDS[request_type])
        assert {"nl", "de", "en"} <= languages, request_type


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Geachte heer, hierbij wil ik graag inzage in mijn gegevens.", "nl"),
        ("Sehr geehrte Damen und Herren, ich bitte um Löschung meiner Daten.", "de"),
        ("Dear Sir, I would like to receive a copy of my data, please.", "en"),
        ("Auskunft", None),
        ("", None),
        ("12345 !!!", None),
        ("the und de", None),
    ],
)
def test_language_guess(text, language):
    assert guess_language(text) == language
