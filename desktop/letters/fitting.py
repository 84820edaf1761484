"""Fitting text into the page's fields: lines wrapped to a width, the address window, the
footer's columns. Measured in the letter fonts; nothing is drawn here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop.letters.fonts import REGULAR, longest_prefix, text_width

PAGE_W, PAGE_H = A4

# DIN 5008 form B, in mm from the top-left corner of the sheet.
LEFT = 25.0  # text starts here; the address field itself starts at 20 mm
RIGHT = 20.0
FIELD_LEFT, FIELD_TOP, FIELD_WIDTH = 20.0, 45.0, 85.0
RETURN_ZONE = 17.7  # return line and notes; then the 27.3 mm address zone
ADDRESS_ZONE = 27.3
INFO_LEFT, INFO_TOP, INFO_WIDTH, INFO_BOTTOM = 125.0, 50.0, 75.0, 96.0
SUBJECT_TOP = 98.46
FOLDS = (105.0, 210.0)
HOLE = 148.5
BODY_BOTTOM = 27.0  # from the bottom edge: the footer lives below
LATER_TOP = 22.0  # continuation pages: normal top margin, no address field
FOOTER_TOP = 22.0  # from the bottom edge, for a footer of up to four or five lines
FOOTER_FLOOR = 8.0  # no footer line below this: printers leave the last 5 mm blank
FOOTER_SIZES = (6.5, 6.0)  # a little smaller first; then the footer grows up into the page
FOOTER_GAP = 3.0  # between the footer's columns

# The window shows the text between 25 and 100 mm: 5 mm clear of each side of the field.
ADDRESS_TEXT_WIDTH = (FIELD_WIDTH - 10.0) * mm
ADDRESS_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)  # 7 pt is the floor a sorter still reads
LEADING = 1.2


@dataclass(frozen=True)
class AddressWindow:
    lines: tuple[str, ...]  # as printed in the window, wrapped
    font_size: float
    complete: bool  # False: the full address is repeated under the subject


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most `width` points; a word wider than a line is cut between characters."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while (cut := longest_prefix(word, font, size, width)) < len(word):
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """`text`, or as much of it as fits followed by "…"."""
    if text_width(text, font, size) <= width:
        return text
    room = width - text_width("…", font, size)
    return text[: longest_prefix(text, font, size, room)].rstrip() + "…"


def fit_address(lines: Sequence[str]) -> AddressWindow:
    """The largest size at which name and address fit the window. If nothing fits whole, the
    name and the lines that fit, in order, skipping any too long (the city line matters more to
    the post than a 2,000-character line); the caller then repeats the full address."""
    height = ADDRESS_ZONE * mm
    best: tuple[int, list[str], float] | None = None
    for size in ADDRESS_SIZES:
        room = int(height // (size * LEADING))
        pieces = [wrap(line, REGULAR, size, ADDRESS_TEXT_WIDTH) for line in lines]
        if sum(len(p) for p in pieces) <= room:
            return AddressWindow(tuple(w for p in pieces for w in p), size, True)
        shown = pieces[0] if pieces else []
        if len(shown) > 2:  # a name of many lines: two of them, marked as cut, then the address
            shown = [shown[0], ellipsize(shown[1] + "…", REGULAR, size, ADDRESS_TEXT_WIDTH)]
        # The last lines (postcode and city, country) route the letter: keep them if they fit,
        # then fill the room between with the lines before them, in order.
        tail = [w for w in pieces[-2:] if len(w) <= 2] if len(pieces) > 2 else pieces[1:]
        middle = pieces[1 : len(pieces) - len(tail)] if len(pieces) > 2 else []
        tail_lines = [line for w in tail for line in w]
        if len(shown) + len(tail_lines) > room:
            tail, tail_lines = [], []
            middle = pieces[1:]
        count = 1 + len(tail)
        for wrapped in middle:
            if len(shown) + len(wrapped) + len(tail_lines) <= room:
                shown = shown + wrapped
                count += 1
        shown = shown + tail_lines
        if best is None or count > best[0]:
            best = (count, shown, size)
    assert best is not None
    return AddressWindow(tuple(best[1]), best[2], False)


@dataclass(frozen=True)
class FooterLayout:
    """The footer as drawn: nothing cut, every line wrapped into its column."""

    size: float
    leading: float  # points
    columns: tuple[tuple[float, tuple[str, ...]], ...]  # x in points, lines
    top: float  # mm above the bottom edge: the rule; the body ends 5 mm above it


def footer_layout(footer: Sequence[Sequence[str]]) -> FooterLayout:
    """Columns wrapped at the largest size that fits the usual band; a longer footer (a board
    of many names) grows up into the page instead of being cut."""
    columns = [list(c) for c in footer if c]
    laid: list[tuple[float, tuple[str, ...]]] = []
    for size in FOOTER_SIZES:
        leading = size * 1.2
        laid, x = [], LEFT * mm
        for column, width in zip(columns, _widths(columns, size), strict=True):
            lines = [
                w for line in column for w in wrap(line, REGULAR, size, width - FOOTER_GAP * mm)
            ]
            laid.append((x, tuple(lines)))
            x += width
        rows = max((len(lines) for _, lines in laid), default=0)
        height = 3.5 * mm + (rows - 1) * leading  # from the rule to the last baseline
        if FOOTER_TOP * mm - height >= FOOTER_FLOOR * mm:
            return FooterLayout(size, leading, tuple(laid), FOOTER_TOP)
    return FooterLayout(size, leading, tuple(laid), FOOTER_FLOOR + height / mm)


def _widths(columns: Sequence[Sequence[str]], size: float) -> list[float]:
    """A column whose longest line is shorter than an even share gets just that; the others
    share what is left evenly (the address stays whole, the long lists get the room)."""
    natural = [
        max(text_width(line, REGULAR, size) for line in c) + FOOTER_GAP * mm for c in columns
    ]
    room = PAGE_W - (LEFT + RIGHT) * mm
    widths: list[float | None] = [None] * len(columns)
    while True:
        open_ = [i for i, w in enumerate(widths) if w is None]
        if not open_:
            break
        share = (room - sum(w for w in widths if w is not None)) / len(open_)
        narrow = [i for i in open_ if natural[i] <= share]
        if not narrow:
            for i in open_:
                widths[i] = share
            break
        for i in narrow:
            widths[i] = natural[i]
    # Room left over when every column fits is shared out: the columns still span the line.
    spare = (room - sum(w or 0.0 for w in widths)) / max(len(widths), 1)
    return [(w or 0.0) + spare for w in widths]
