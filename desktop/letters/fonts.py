"""The shipped fonts, registered with reportlab once: DejaVu Sans, and Symbola for emoji."""

from __future__ import annotations

from functools import cache
from itertools import groupby

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "Symbola"  # emoji and symbols DejaVu lacks; loaded only when a text needs it
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    _fix_to_unicode()
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(_font_file(name))
    # Vera lacks Ĳ and ő: DejaVu everywhere, for <b> too.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    _registered = True


def _font_file(name: str) -> TTFont:
    """A shipped font. reportlab embeds a fresh subset of it in every PDF (subsets belong to their
    document). With `asciiReadable` off (reportlab's default is on) a subset holds only the
    characters the letter uses, not all of ASCII besides: less to cut out and to compress."""
    return TTFont(name, str(resource_path("fonts", f"{name}.ttf")), asciiReadable=False)


@cache
def _covered(font: str) -> frozenset[str]:
    """The characters `font` has a glyph for, asked once per font."""
    if font == FALLBACK:  # registered on first need: most letters never use it
        pdfmetrics.registerFont(_font_file(FALLBACK))
    return frozenset(map(chr, pdfmetrics.getFont(font).face.charToGlyph))


@cache
def _needs_fallback(font: str) -> frozenset[str]:
    """The characters `font` lacks and the fallback font has."""
    return _covered(FALLBACK) - _covered(font)


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` cut into (font, piece) runs: characters `font` lacks go to the fallback font.

    reportlab draws a missing character as an empty box and drops it from the text layer;
    a name with an emoji must print and copy out as typed.
    """
    register_fonts()
    if _covered(font).issuperset(text):  # the common case: one set test, no loop in Python
        return [(font, text)] if text else []
    fallback = _needs_fallback(font)
    return [
        (name, "".join(piece))
        for name, piece in groupby(text, lambda char: FALLBACK if char in fallback else font)
    ]


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in font_runs(text, font))


def longest_prefix(text: str, font: str, size: float, width: float) -> int:
    """How many leading characters of `text` fit in `width` points; at least one, so that a
    glyph wider than the line still moves on. The probe doubles, then halves: the cost grows
    with the line, not with the text (a 1 MB field without spaces is cut in linear time)."""
    fits, probe = 1, 2
    while probe < len(text) and text_width(text[:probe], font, size) <= width:
        fits, probe = probe, probe * 2
    top = min(probe, len(text))
    if top == len(text) and text_width(text, font, size) <= width:
        return top
    low, high = fits, top - 1  # text[:fits] fits (or is the one character forced)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _fix_to_unicode() -> None:
    """reportlab writes characters beyond U+FFFF (emoji) into the ToUnicode map as 5 hex digits,
    so text extraction and search read 😀 as U+1F60; write them as UTF-16 surrogate pairs."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_privacydesk", False):
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        text = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                text = text.replace(
                    f"\n<{index:02X}> <{code:04X}>\n", f"\n<{index:02X}> <{utf16}>\n"
                )
        return text

    make_cmap._privacydesk = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap
