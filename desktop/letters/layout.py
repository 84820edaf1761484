"""DIN 5008 form B on A4: the page drawn (letterhead, address field, information block, marks,
footer) and the body flowed over the pages."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

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
    Spacer,
)

from desktop.letters.bidi import visual_order
from desktop.letters.fitting import (  # noqa: F401 (the address names are used from here too)
    ADDRESS_TEXT_WIDTH,
    ADDRESS_ZONE,
    BODY_BOTTOM,
    FIELD_TOP,
    FOLDS,
    HOLE,
    INFO_BOTTOM,
    INFO_LEFT,
    INFO_TOP,
    INFO_WIDTH,
    LATER_TOP,
    LEADING,
    LEFT,
    PAGE_H,
    PAGE_W,
    RETURN_ZONE,
    RIGHT,
    SUBJECT_TOP,
    AddressWindow,
    FooterLayout,
    ellipsize,
    fit_address,
    footer_layout,
    wrap,
)
from desktop.letters.fonts import BOLD, REGULAR, font_runs, register_fonts, text_width
from desktop.letters.plain_paragraph import PlainParagraph

GREY = Color(0.35, 0.35, 0.35)
RED = Color(0.75, 0.05, 0.05)


@dataclass(frozen=True)
class PageHead:
    """The fixed parts of the page, as plain text (drawn on the canvas, never parsed)."""

    language: str
    company_name: str
    company_address: str
    return_line: str
    marks: tuple[str, ...]  # red warnings on every page: demo, sample data, draft, unsigned
    info: tuple[tuple[str, tuple[str, ...], bool], ...]  # caption, value lines, may be dropped
    footer: tuple[tuple[str, ...], ...]  # columns of lines
    continuation: str  # top-left of page 2 on: company and reference
    page_label: str  # "Page {page} of {pages}"


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


def _draw_folds(canvas: Canvas) -> None:
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    for fold in FOLDS:
        canvas.line(4 * mm, _y(fold), 9 * mm, _y(fold))
    canvas.line(4 * mm, _y(HOLE), 12 * mm, _y(HOLE))


def _draw_footer(canvas: Canvas, footer: FooterLayout) -> None:
    if not footer.columns:
        return
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.3)
    canvas.line(LEFT * mm, footer.top * mm, PAGE_W - RIGHT * mm, footer.top * mm)
    canvas.setFillColor(GREY)
    first = (footer.top - 3.5) * mm
    for x, lines in footer.columns:
        for row, line in enumerate(lines):
            draw_text(canvas, x, first - row * footer.leading, line, REGULAR, footer.size)
    canvas.setFillColor(black)


def _draw_marks(canvas: Canvas, marks: Sequence[str], top: float, size: float = 8.0) -> None:
    """The red warnings, one a line from `top` (mm) down, each fitted to the text width."""
    width = PAGE_W - (LEFT + RIGHT) * mm
    size = size if len(marks) <= 2 else size - 1
    canvas.setFillColor(RED)
    for row, mark in enumerate(marks):
        fitted = size
        while fitted > 6 and text_width(mark, BOLD, fitted) > width:
            fitted -= 0.5
        text = ellipsize(mark, BOLD, fitted, width)
        draw_text(canvas, LEFT * mm, _y(top + row * size * 0.45), text, BOLD, fitted)
    canvas.setFillColor(black)


def _draw_first_page(
    canvas: Canvas, head: PageHead, window: AddressWindow, footer: FooterLayout
) -> None:
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
    _draw_marks(canvas, head.marks, 32)
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
    _draw_folds(canvas)
    _draw_footer(canvas, footer)
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
                # Five lines hold a long DPO name, phone, fax and email; no real value has more.
                (caption, [w for v in values for w in wrap(v, REGULAR, value_size, width)][:5])
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


def _draw_later_page(canvas: Canvas, head: PageHead, footer: FooterLayout) -> None:
    canvas.saveState()
    canvas.setFillColor(GREY)
    width = PAGE_W - (LEFT + RIGHT) * mm - 40 * mm
    draw_text(
        canvas, LEFT * mm, _y(14), ellipsize(head.continuation, REGULAR, 8, width), REGULAR, 8
    )
    if head.marks:  # one line under the continuation line, clear of the body at 22 mm: the
        # marks' first words ("DRAFT", "UNSIGNED"); page 1 says why
        short = " · ".join(mark.split(" – ")[0] for mark in head.marks)
        _draw_marks(canvas, [short], 18, size=7.0)
    _draw_folds(canvas)
    _draw_footer(canvas, footer)
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


def para(text: str, style: str) -> PlainParagraph:
    style = style if style in _STYLES else "p"  # an edited draft may carry any style name
    return PlainParagraph(text, _STYLES[style], bullet="•" if style == "bullet" else None)


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
    footer = footer_layout(head.footer)
    bottom = max(BODY_BOTTOM, footer.top + 5) * mm  # a taller footer shortens the body
    first = Frame(
        LEFT * mm, bottom, width, _y(SUBJECT_TOP) - bottom,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="first",
    )  # fmt: skip
    later = Frame(
        LEFT * mm, bottom, width, _y(LATER_TOP) - bottom,
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
            PageTemplate(
                "first", [first], onPage=lambda c, d: _draw_first_page(c, head, window, footer)
            ),
            PageTemplate("later", [later], onPage=lambda c, d: _draw_later_page(c, head, footer)),
        ],
    )
    doc.build(_story(body), canvasmaker=_numbered_canvas(head))
    return buffer.getvalue()
