"""Which request types a letter or message seems to invoke, from the keyword table."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.core.requests import RequestType
from desktop.intake.draft import TypeSuggestion
from desktop.intake.folding import fold, original_span
from desktop.intake.keywords import KEYWORDS, SUPERSEDED_BY
from desktop.intake.language import guess_language

# Requests are stated near the top; quoted history further down only adds noise (and time).
_SCAN_LIMIT = 100_000
_KEYWORD_MAX = 120
_GAP = r"(?:[^\w.!?;]+\w+){0,8}[^\w.!?;]+"
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@dataclass(frozen=True)
class _Rule:
    type: RequestType
    language: str | None
    pattern: re.Pattern[str]


def _phrase_regex(phrase: str) -> str:
    folded, _ = fold(unicodedata.normalize("NFC", phrase))
    segments = []
    for segment in folded.split(" ... "):
        joined = ""
        for token in segment.split():
            if joined:
                # "Art. 15" may be written "Art.15" or "Art 15".
                joined += r"\s*" if joined.endswith(r"\.?") else r"\s+"
            if token.endswith("*"):
                joined += re.escape(token[:-1]) + r"\w*"
            elif token.endswith("."):
                joined += re.escape(token[:-1]) + r"\.?"
            else:
                joined += re.escape(token)
        segments.append(joined)
    body = _GAP.join(segments)
    tail = "" if body.endswith(r"\w*") else r"(?!\w)"
    return r"(?<!\w)" + body + tail


def _compile(phrase: str) -> re.Pattern[str]:
    variants = {_phrase_regex(phrase), _phrase_regex(phrase.translate(_UMLAUTS))}
    return re.compile("|".join(f"(?:{v})" for v in sorted(variants)))


_RULES: tuple[_Rule, ...] = tuple(
    _Rule(request_type, language, _compile(phrase))
    for request_type, by_language in KEYWORDS.items()
    for language, phrases in by_language.items()
    for phrase in phrases
)


def _same_sentence(folded: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] < b[1] and b[0] < a[1]:
        return True
    first, second = sorted((a, b))
    return _SENTENCE_END.search(folded, first[1], second[0]) is None


def suggest_request_types(text: str) -> tuple[TypeSuggestion, ...]:
    """The request types the text mentions, one per type, in order of first appearance.

    Only suggestions: the officer confirms each. Marketing and credit-check objections do not
    also count as objections on legitimate interests for the same sentence.
    """
    text = unicodedata.normalize("NFC", text[:_SCAN_LIMIT])
    folded, origin = fold(text)
    spans: dict[RequestType, list[tuple[int, int]]] = {}
    for rule in _RULES:
        spans.setdefault(rule.type, []).extend(m.span() for m in rule.pattern.finditer(folded))

    best: dict[RequestType, tuple[int, int, int, _Rule]] = {}
    for order, rule in enumerate(_RULES):
        superseding = [s for t in SUPERSEDED_BY.get(rule.type, ()) for s in spans.get(t, ())]
        for match in rule.pattern.finditer(folded):
            span = match.span()
            if any(_same_sentence(folded, span, other) for other in superseding):
                continue
            key = (span[0], span[0] - span[1], order, rule)
            if rule.type not in best or key[:3] < best[rule.type][:3]:
                best[rule.type] = key
            break

    text_language: str | None = None
    suggestions = []
    for start, negative_length, _, rule in sorted(best.values(), key=lambda k: k[:3]):
        begin, end = original_span(origin, start, start - negative_length)
        keyword = re.sub(r"\s+", " ", text[begin:end]).strip()
        if len(keyword) > _KEYWORD_MAX:
            keyword = keyword[: _KEYWORD_MAX - 1] + "\u2026"
        language = rule.language
        if language is None:
            text_language = text_language or guess_language(text) or "en"
            language = text_language
        suggestions.append(TypeSuggestion(rule.type, keyword, language))
    return tuple(suggestions)
