"""Dates and fixed words in each letter language, without the OS locale."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.requests import Channel, Outcome, RequestType
from desktop.core.suppression import SuppressionChannel
from desktop.letters import format_date
from desktop.letters.labels import (
    channel_phrase,
    join_words,
    outcome_word,
    request_basis,
    request_label,
    suppression_label,
)

LANGS = ("nl", "de", "en")


def test_dates_in_each_language():
    day = date(2026, 4, 5)
    assert format_date(day, "nl") == "5 april 2026"
    assert format_date(day, "de") == "5. April 2026"
    assert format_date(day, "en") == "5 April 2026"
    assert format_date(date(2026, 3, 1), "de") == "1. März 2026"
    assert format_date(date(2033, 12, 31), "nl") == "31 december 2033"
    assert format_date(None, "en") == ""


def test_every_month_has_a_name_in_every_language():
    for lang in LANGS:
        names = {format_date(date(2026, m, 1), lang).split()[1] for m in range(1, 13)}
        assert len(names) == 12


def test_unknown_language():
    with pytest.raises(ValueError):
        format_date(date(2026, 1, 1), "fr")


@pytest.mark.parametrize("lang", LANGS)
def test_every_request_type_channel_outcome_and_suppression_has_a_word(lang):
    for request_type in RequestType:
        assert request_label(request_type.value, lang) != request_type.value
        assert request_basis(request_type.value, lang)
    for channel in Channel:
        assert channel_phrase(channel.value, lang) != channel.value
    for outcome in Outcome:
        assert outcome_word(outcome.value, lang)
    for channel in SuppressionChannel:
        assert suppression_label(channel.value, lang)


def test_words_per_language():
    assert request_label("access", "nl") == "inzage in uw persoonsgegevens"
    assert request_label("erasure", "de") == "Löschung Ihrer personenbezogenen Daten"
    assert request_basis("objection-interests", "nl") == "art. 21(1) AVG"
    assert request_basis("access", "de") == "Art. 15 DSGVO"
    assert channel_phrase("web-form", "en") == "through our web form"
    assert outcome_word("partly-granted", "de") == "teilweise stattgegeben"
    assert join_words(["a", "b", "c"], "nl") == "a, b en c"
    assert join_words(["a", "b"], "de") == "a und b"
    assert join_words(["a"], "en") == "a"


def test_unknown_codes_are_printed_as_stored_never_dropped():
    assert request_label("future-right", "en") == "future-right"
    assert channel_phrase("pigeon", "de") == "pigeon"
