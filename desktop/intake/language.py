"""A rough guess whether a text is Dutch, German or English, by counting common short words."""

from __future__ import annotations

import re

from desktop.intake.folding import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words frequent in one language and rare in the other two ("die", "is", "of", "in" are shared).
STOP_WORDS: dict[str, frozenset[str]] = {
    "nl": _words(
        "de het een en van ik mijn niet dat met voor zijn op te u uw wij graag deze naar bij "
        "ook maar heb wil verzoek geachte gegevens hierbij om wordt worden mij jullie"
    ),
    "de": _words(
        "der das und ich nicht mein meine meiner meinen mit von zu ist sie bitte sehr geehrte "
        "geehrter ihre ihr ihnen auf fur dass eine einen wir auch hiermit daten werden dem "
        "mich mir sind bei nach"
    ),
    "en": _words(
        "the and to my i are please you your with this that for have would like me be not "
        "we our it on dear hereby from which will can"
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_SCAN_LIMIT = 50_000
_MIN_HITS = 2
_MARGIN = 1.5  # the winner must beat the runner-up by half again, else the text is mixed


def guess_language(text: str) -> str | None:
    """'nl', 'de' or 'en' when the text clearly reads as one of them, else None."""
    folded, _ = fold(text[:_SCAN_LIMIT])
    counts = dict.fromkeys(STOP_WORDS, 0)
    for word in _WORD.findall(folded):
        for language, words in STOP_WORDS.items():
            if word in words:
                counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, hits), (_, runner_up) = ranked[0], ranked[1]
    if hits < _MIN_HITS or hits < runner_up * _MARGIN:
        return None
    return best
