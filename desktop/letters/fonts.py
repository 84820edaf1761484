"""The shipped fonts, registered with reportlab once: DejaVu Sans, and Symbola for emoji."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "Symbola"  # emoji and symbols DejaVu lacks; loaded only when a text needs it
_registered = False
_fallback: dict[int, int] | None = None


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    _fix_to_unicode()
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
    # Vera lacks Ĳ and ő: DejaVu everywhere, for <b> too.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    _registered = True


def _fallback_glyphs() -> dict[int, int]:
    global _fallback
    if _fallback is None:
        font = TTFont(FALLBACK, str(resource_path("fonts", f"{FALLBACK}.ttf")))
        pdfmetrics.registerFont(font)
        _fallback = font.face.charToGlyph
    return _fallback


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` cut into (font, piece) runs: characters `font` lacks go to the fallback font.

    reportlab draws a missing character as an empty box and drops it from the text layer;
    a name with an emoji must print and copy out as typed.
    """
    register_fonts()
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    if all(ord(c) in glyphs for c in text):
        return [(font, text)] if text else []
    fallback = _fallback_glyphs()
    runs: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        name = font if code in glyphs or code not in fallback else FALLBACK
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in font_runs(text, font))


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
