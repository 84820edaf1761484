"""Right-to-left runs (Hebrew, Arabic) put into visual order for drawing in a left-to-right letter.

reportlab draws characters in the order given; without this a Hebrew name would print backwards
(and text extraction, which expects visual order, would reverse it). This is a deliberate subset
of the Unicode bidi algorithm: a left-to-right paragraph with embedded right-to-left runs; digits
inside a run keep their order, brackets are mirrored. Arabic letters are not shaped (isolated forms).
"""

from __future__ import annotations

import unicodedata

_STRONG_RTL = frozenset({"R", "AL"})
# Unicode puts every strong right-to-left character (bidi class R or AL) in these blocks, plus
# U+200F RIGHT-TO-LEFT MARK; tests/letters checks that against the whole of Unicode.
RTL_BLOCKS = (
    (0x0590, 0x08FF),
    (0x200F, 0x200F),
    (0xFB1D, 0xFEFF),
    (0x10800, 0x10FFF),
    (0x1E800, 0x1EFFF),
)
_RTL_CHARS = frozenset(
    char
    for first, last in RTL_BLOCKS
    for char in map(chr, range(first, last + 1))
    if unicodedata.bidirectional(char) in _STRONG_RTL
)
# Characters that may sit inside a right-to-left run without ending it.
_INSIDE = frozenset({"R", "AL", "WS", "ON", "CS", "ES", "ET", "NSM", "BN", "EN", "AN", "S"})
_NUMBER = frozenset({"EN", "AN"})
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def _is_rtl(char: str) -> bool:
    return char in _RTL_CHARS


def visual_order(text: str) -> str:
    """`text` with each right-to-left run reversed for display; unchanged if it has none."""
    if _RTL_CHARS.isdisjoint(text):
        return text  # the common case: one set test, no loop in Python
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
