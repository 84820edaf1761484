"""Right-to-left runs (Hebrew, Arabic) put into visual order for drawing in a left-to-right letter.

reportlab draws characters in the order given; without this a Hebrew name would print backwards
(and text extraction, which expects visual order, would reverse it). This is a deliberate subset
of the Unicode bidi algorithm: a left-to-right paragraph with embedded right-to-left runs; digits
inside a run keep their order, brackets are mirrored. Arabic letters are not shaped (isolated forms).
"""

from __future__ import annotations

import unicodedata

_STRONG_RTL = frozenset({"R", "AL"})
# Characters that may sit inside a right-to-left run without ending it.
_INSIDE = frozenset({"R", "AL", "WS", "ON", "CS", "ES", "ET", "NSM", "BN", "EN", "AN", "S"})
_NUMBER = frozenset({"EN", "AN"})
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in _STRONG_RTL


def visual_order(text: str) -> str:
    """`text` with each right-to-left run reversed for display; unchanged if it has none."""
    if not any(_is_rtl(c) for c in text):
        return text  # the common case, kept cheap
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if not _is_rtl(text[i]):
            out.append(text[i])
            i += 1
            continue
        j, last = i, i
        while j < n and unicodedata.bidirectional(text[j]) in _INSIDE:
            if _is_rtl(text[j]):
                last = j
            j += 1
        out.append(_reverse_run(text[i : last + 1]))
        i = last + 1
    return "".join(out)


def _reverse_run(run: str) -> str:
    clusters: list[str] = []
    for char in run:
        kind = unicodedata.bidirectional(char)
        if clusters and (
            kind == "NSM"  # a combining mark stays after its letter
            or (kind in _NUMBER and unicodedata.bidirectional(clusters[-1][-1]) in _NUMBER)
        ):
            clusters[-1] += char
        else:
            clusters.append(_MIRROR.get(char, char))
    return "".join(reversed(clusters))
