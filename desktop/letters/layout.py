"""DIN 5008 form B on A4: window-envelope address field, information block, marks, footer, pages."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
)

from desktop.letters.bidi import visual_order
from desktop.letters.fonts import BOLD, FALLBACK, REGULAR, font_runs, register_fonts, text_width

PAGE_W, PAGE_H = A4
GREY = Color(0.35, 0.35, 0.35)
RED = Color(0.75, 0.05, 0.05)

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
FOOTER_TOP = 22.0  # from the bottom edge

# The window shows the text between 25 and 100 mm: 5 mm clear of each side of the field.
ADDRESS_TEXT_WIDTH = (FIELD_WIDTH - 10.0) * mm
ADDRESS_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)  # 7 pt is the floor a sorter still reads
LEADING = 1.2


@dataclass(frozen=True)
class AddressWindow:
    lines: tuple[str, ...]  # as printed in the window, wrapped
    font_size: float
    complete: bool  # False: the full address is repeated under the subject


@dataclass(frozen=True)
class PageHead:
    """The fixed parts of the page, as plain text (drawn on the canvas, never parsed)."""

    language: str
    company_name: str
    company_address: str
    return_line: str
    sample_note: str  # "" unless the company is sample data
    info: tuple[tuple[str, tuple[str, ...], bool], ...]  # caption, value lines, may be dropped
    footer: tuple[tuple[str, ...], ...]  # columns of lines
    continuation: str  # top-left of page 2 on: company and reference
    page_label: str  # "Page {page} of {pages}"


# text fitting -----------------------------------------------------------------------------
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
        current = ""
        while text_width(word, font, size) > width:
            cut = _longest_prefix(word, font, size, width)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    low, high = 1, len(word)  # at least one character per line, or a wide glyph loops forever
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """`text`, or as much of it as fits followed by "…"."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


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


# drawing ----------------------------------------------------------------------------------
def _y(from_top_mm: float) -> float:
    return PAGE_H - from_top_mm * mm


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one line (visual order, fallback font for emoji); returns its width."""
    start = x
    for name, piece in font_runs(visual_order(text), font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, name, size)
    return x - start


def draw_right(canvas: Canvas, right: float, y: float, text: str, font: str, size: float) -> None:
    draw_text(canvas, right - text_width(text, font, size), y, text, font, size)


def _draw_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    for fold in FOLDS:
        canvas.line(4 * mm, _y(fold), 9 * mm, _y(fold))
    canvas.line(4 * mm, _y(HOLE), 12 * mm, _y(HOLE))


def _draw_footer(canvas: Canvas, head: PageHead) -> None:
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.3)
    canvas.line(LEFT * mm, FOOTER_TOP * mm, PAGE_W - RIGHT * mm, FOOTER_TOP * mm)
    columns = [c for c in head.footer if c]
    if not columns:
        return
    width = (PAGE_W - (LEFT + RIGHT) * mm) / len(columns)
    size, leading = 6.5, 7.8
    canvas.setFillColor(GREY)
    for index, column in enumerate(columns):
        x = LEFT * mm + index * width
        for row, line in enumerate(column[:4]):  # four lines fill the footer band
            text = ellipsize(line, REGULAR, size, width - 3 * mm)
            draw_text(canvas, x, (FOOTER_TOP - 3.5) * mm - row * leading, text, REGULAR, size)
    canvas.setFillColor(black)


def _draw_first_page(canvas: Canvas, head: PageHead, window: AddressWindow) -> None:
    canvas.saveState()
    text_right = PAGE_W - RIGHT * mm
    width = text_right - LEFT * mm
    # Letterhead.
    size = 16.0
    while size > 9 and text_width(head.company_name, BOLD, size) > width:
        size -= 0.5
    draw_text(
        canvas, LEFT * mm, _y(20), ellipsize(head.company_name, BOLD, size, width), BOLD, size
    )
    canvas.setFillColor(GREY)
    draw_text(
        canvas,
        LEFT * mm,
        _y(26),
        ellipsize(head.company_address, REGULAR, 8.5, width),
        REGULAR,
        8.5,
    )
    if head.sample_note:
        canvas.setFillColor(RED)
        draw_text(canvas, LEFT * mm, _y(32), head.sample_note, BOLD, 8)
    canvas.setFillColor(black)
    # Return line: one small line at the foot of the 17.7 mm zone, so it shows in the window.
    size = 7.0
    while size > 5.5 and text_width(head.return_line, REGULAR, size) > ADDRESS_TEXT_WIDTH:
        size -= 0.5
    line = ellipsize(head.return_line, REGULAR, size, ADDRESS_TEXT_WIDTH)
    baseline = _y(FIELD_TOP + RETURN_ZONE - 2.0)
    drawn = draw_text(canvas, LEFT * mm, baseline, line, REGULAR, size)
    canvas.setLineWidth(0.3)
    canvas.line(LEFT * mm, baseline - 1.3, LEFT * mm + drawn, baseline - 1.3)
    # Address zone.
    size = window.font_size
    top = _y(FIELD_TOP + RETURN_ZONE)
    for row, text in enumerate(window.lines):
        draw_text(canvas, LEFT * mm, top - size - row * size * LEADING, text, REGULAR, size)
    _draw_info(canvas, head)
    _draw_marks(canvas)
    _draw_footer(canvas, head)
    canvas.restoreState()


def _draw_info(canvas: Canvas, head: PageHead) -> None:
    """Caption over value, from 50 mm down; optional rows go first when space runs out."""
    width = INFO_WIDTH * mm
    room = (INFO_BOTTOM - INFO_TOP) * mm
    cap_size, cap_gap = 6.5, 8.0
    for value_size in (8.5, 8.0, 7.5, 7.0):
        value_leading = value_size * 1.25
        rows = list(head.info)
        while True:
            laid = [
                (caption, [w for v in values for w in wrap(v, REGULAR, value_size, width)][:3])
                for caption, values, _ in rows
            ]
            height = sum(cap_gap + len(lines) * value_leading + 3 for _, lines in laid)
            optional = [i for i, row in enumerate(rows) if row[2]]
            if height <= room or not optional:
                break
            del rows[optional[-1]]
        if height <= room or value_size == 7.0:
            break
    y = _y(INFO_TOP)
    for caption, lines in laid:
        if y - cap_gap - len(lines) * value_leading < _y(INFO_BOTTOM):
            break  # never into the subject line
        canvas.setFillColor(GREY)
        draw_text(canvas, INFO_LEFT * mm, y - cap_size, caption, REGULAR, cap_size)
        canvas.setFillColor(black)
        y -= cap_gap
        for line in lines:
            draw_text(canvas, INFO_LEFT * mm, y - value_size, line, REGULAR, value_size)
            y -= value_leading
        y -= 3


def _draw_later_page(canvas: Canvas, head: PageHead) -> None:
    canvas.saveState()
    canvas.setFillColor(GREY)
    width = PAGE_W - (LEFT + RIGHT) * mm - 40 * mm
    draw_text(
        canvas, LEFT * mm, _y(14), ellipsize(head.continuation, REGULAR, 8, width), REGULAR, 8
    )
    _draw_marks(canvas)
    _draw_footer(canvas, head)
    canvas.restoreState()


def _numbered_canvas(head: PageHead) -> type[Canvas]:
    """A canvas that writes "Page n of N" from page 2 on, once N is known (at save)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    label = head.page_label.format(page=self._pageNumber, pages=total)
                    self.setFillColor(GREY)
                    draw_right(self, PAGE_W - RIGHT * mm, _y(14), label, REGULAR, 8)
                super().showPage()
            super().save()

    return NumberedCanvas


# the body -----------------------------------------------------------------------------------
_BODY = ParagraphStyle(
    "body", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=9, splitLongWords=1
)
_STYLES = {
    "subject": ParagraphStyle("subject", parent=_BODY, fontName=BOLD, fontSize=10.5, spaceAfter=18),
    "p": _BODY,
    "heading": ParagraphStyle("heading", parent=_BODY, fontName=BOLD, spaceBefore=6, spaceAfter=4),
    "bullet": ParagraphStyle(
        "bullet", parent=_BODY, leftIndent=14, bulletIndent=3, spaceAfter=3, bulletFontName=REGULAR
    ),
    "block": ParagraphStyle("block", parent=_BODY, leftIndent=14),
    "signature": ParagraphStyle("signature", parent=_BODY, spaceAfter=0),
}


def markup(text: str, font: str = REGULAR) -> str:
    """Plain text as Paragraph markup: escaped (so `<Müller>` prints), line breaks kept,
    emoji in the fallback font, right-to-left runs in visual order."""
    pieces = []
    for line in text.split("\n"):
        runs = font_runs(visual_order(line), font)
        pieces.append(
            "".join(
                f'<font face="{FALLBACK}">{escape(piece)}</font>'
                if name == FALLBACK
                else escape(piece)
                for name, piece in runs
            )
        )
    return "<br/>".join(pieces)


def para(text: str, style: str) -> Paragraph:
    style = style if style in _STYLES else "p"  # an edited draft may carry any style name
    font = _STYLES[style].fontName
    if style == "bullet":
        return Paragraph(markup(text, font), _STYLES[style], bulletText="•")
    return Paragraph(markup(text, font), _STYLES[style])


@dataclass(frozen=True)
class Body:
    subject: str
    paragraphs: Sequence[tuple[str, str]]  # (style, text)
    signature: Sequence[str]
    enclosures_caption: str
    enclosures: Sequence[str]


def _story(body: Body) -> list[Flowable]:
    story: list[Flowable] = [NextPageTemplate("later"), para(body.subject, "subject")]
    styles = [style for style, _ in body.paragraphs]
    flowing: list[Flowable] = []
    for index, (style, text) in enumerate(body.paragraphs):
        flowable = para(text, style)
        if style == "heading":
            flowable.keepWithNext = True
        elif style == "bullet" and styles[index + 1 : index + 2] not in (["bullet"], []):
            flowing.append(flowable)
            flowable = Spacer(0, _BODY.spaceAfter - _STYLES["bullet"].spaceAfter)  # list ends
        flowing.append(flowable)
    # The last paragraph, the closing, room for a handwritten signature and the name stay on one
    # page: a page holding only "Kind regards" and a name looks like a forgery risk and is one.
    tail = flowing[-2:]
    story.extend(flowing[: len(flowing) - len(tail)])
    signature = [*tail, Spacer(0, 26)] + [para(line, "signature") for line in body.signature]
    story.append(KeepTogether(signature))
    if body.enclosures:
        story.append(Spacer(0, 14))
        items = [para(body.enclosures_caption, "heading")]
        items += [para(e, "bullet") for e in body.enclosures]
        story.append(KeepTogether(items))
    return story


def build_pdf(
    body: Body,
    head: PageHead,
    window: AddressWindow,
    *,
    title: str,
    author: str,
) -> bytes:
    """The letter as PDF bytes; the same input gives the same bytes (invariant mode)."""
    register_fonts()
    buffer = io.BytesIO()
    width = PAGE_W - (LEFT + RIGHT) * mm
    first = Frame(
        LEFT * mm, BODY_BOTTOM * mm, width, _y(SUBJECT_TOP) - BODY_BOTTOM * mm,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first",
    )  # fmt: skip
    later = Frame(
        LEFT * mm, BODY_BOTTOM * mm, width, _y(LATER_TOP) - BODY_BOTTOM * mm,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="later",
    )  # fmt: skip
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=author,
        subject=title,
        creator="Privacy Desk",
        invariant=1,
        lang=head.language,
        pageTemplates=[
            PageTemplate("first", [first], onPage=lambda c, d: _draw_first_page(c, head, window)),
            PageTemplate("later", [later], onPage=lambda c, d: _draw_later_page(c, head)),
        ],
    )
    doc.build(_story(body), canvasmaker=_numbered_canvas(head))
    return buffer.getvalue()
