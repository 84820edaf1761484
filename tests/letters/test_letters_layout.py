"""Fitting text into the window field and right-to-left runs, tested without a PDF."""

from __future__ import annotations

import sys
import unicodedata

from reportlab.lib.units import mm

from desktop.letters.bidi import RTL_BLOCKS, visual_order
from desktop.letters.fonts import FALLBACK, REGULAR, font_runs, text_width
from desktop.letters.layout import ADDRESS_TEXT_WIDTH, ADDRESS_ZONE, LEADING, fit_address, wrap


def _fits(window) -> bool:
    height = len(window.lines) * window.font_size * LEADING
    widths = [text_width(line, REGULAR, window.font_size) for line in window.lines]
    return height <= ADDRESS_ZONE * mm and max(widths) <= ADDRESS_TEXT_WIDTH


def test_a_normal_address_fits_at_ten_points():
    window = fit_address(["Jürgen Weiß", "Lindenstraße 12", "80331 München"])
    assert window.complete and window.font_size == 10.0
    assert window.lines == ("Jürgen Weiß", "Lindenstraße 12", "80331 München")


def test_many_lines_shrink_the_font_down_to_the_floor():
    window = fit_address([f"Line {n}" for n in range(8)])
    assert window.complete and 7.0 <= window.font_size < 10.0 and _fits(window)


def test_a_2000_character_line_is_left_out_of_the_window_but_the_city_stays():
    long_line = " ".join(f"Hof-{n}" for n in range(400))[:2000]
    window = fit_address(["Jürgen", "c/o Anna", long_line, "80331 München", "Deutschland"])
    assert not window.complete and _fits(window)
    assert window.lines == ("Jürgen", "c/o Anna", "80331 München", "Deutschland")


def test_a_name_without_spaces_is_cut_and_marked():
    window = fit_address(["X" * 3000, "Kerkstraat 5", "3511 LK Utrecht"])
    assert not window.complete and _fits(window)
    assert window.lines[1].endswith("…") and window.lines[-1] == "3511 LK Utrecht"


def test_too_many_lines_keep_name_and_last_lines():
    window = fit_address([chr(65 + n) * 3 for n in range(14)])
    assert not window.complete and _fits(window)
    assert window.lines[0] == "AAA" and window.lines[-2:] == ("MMM", "NNN")


def test_wrap_cuts_words_wider_than_a_line():
    lines = wrap("a " + "b" * 500, REGULAR, 10, 100)
    assert lines[0] == "a" and all(text_width(x, REGULAR, 10) <= 100 for x in lines)
    assert "".join(lines[1:]) == "b" * 500


def test_right_to_left_runs_in_visual_order():
    assert visual_order("plain text") == "plain text"
    assert visual_order("A שלום עולם B") == "A םלוע םולש B"
    # digits keep their order inside a run, brackets are mirrored
    assert visual_order("דוד (כהן) 12 רחוב") == "בוחר 12 (ןהכ) דוד"


def test_every_right_to_left_character_lies_in_the_blocks_bidi_checks():
    """visual_order skips texts without a character from RTL_BLOCKS; this Python's Unicode
    must have no strong right-to-left character anywhere else."""
    outside = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.bidirectional(chr(code)) in ("R", "AL")
        and not any(first <= code <= last for first, last in RTL_BLOCKS)
    ]
    assert outside == []


def test_only_what_the_font_lacks_goes_to_the_fallback_font():
    assert font_runs("", REGULAR) == []
    assert font_runs("Jürgen Weiß, Ĳsbrand", REGULAR) == [(REGULAR, "Jürgen Weiß, Ĳsbrand")]
    assert font_runs("Hi 📎👍 there 🙂", REGULAR) == [
        (REGULAR, "Hi "),
        (FALLBACK, "📎👍"),
        (REGULAR, " there "),
        (FALLBACK, "🙂"),
    ]
    # a character neither font has stays in the text's font (drawn as a box, never dropped)
    assert font_runs("a\U0010fffdb", REGULAR) == [(REGULAR, "a\U0010fffdb")]
