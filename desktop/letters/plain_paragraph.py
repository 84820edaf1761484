"""A paragraph of plain text, set line by line: the letter body's flowable.

reportlab's Paragraph parses its text as markup and measures every fragment again on each
wrap; a letter's body is plain text (a requester's words are never markup), so this one
breaks the lines once from word widths (cached: letters repeat their words) and draws them
with one text object. It splits over pages like a Paragraph that allows widows but no
orphans (never one line alone at the foot of a page).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from desktop.letters.bidi import visual_order
from desktop.letters.fonts import font_runs, longest_prefix, text_width


@lru_cache(maxsize=65536)
def _width(word: str, font: str, size: float) -> float:
    return text_width(word, font, size)


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in lines of at most `width` points, in visual order (right-to-left runs turned
    per source line, as printed); a word wider than a line is cut between characters."""
    space = pdfmetrics.stringWidth(" ", font, size)
    lines: list[str] = []
    for source in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in visual_order(source).split(" "):
            wide = _width(word, font, size)
            if line and used + space + wide <= width:
                line.append(word)
                used += space + wide
                continue
            if line:
                lines.append(" ".join(line))
            if wide > width:  # cut between characters, a line at a time
                while (cut := longest_prefix(word, font, size, width)) < len(word):
                    lines.append(word[:cut])
                    word = word[cut:]
                wide = text_width(word, font, size)
            line, used = [word], wide
        lines.append(" ".join(line))
    return lines


class PlainParagraph(Flowable):
    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        bullet: str | None = None,
        *,
        lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bullet = bullet
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._fixed = lines  # a part of a split paragraph keeps its lines
        self._lines: list[str] = []
        self._for_width: float | None = None
        self.height = 0.0

    def _broken(self, width: float) -> list[str]:
        if self._fixed is not None:
            return self._fixed
        if self._for_width != width:
            style = self.style
            usable = width - style.leftIndent - style.rightIndent
            blank = not self.text.strip()  # as a Paragraph: no text, no height
            self._lines = (
                [] if blank else break_lines(self.text, style.fontName, style.fontSize, usable)
            )
            self._for_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self._broken(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._broken(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        if fit < 2:  # no orphan: the paragraph starts on the next page
            return []
        first = PlainParagraph(self.text, self.style, self.bullet, lines=lines[:fit])
        first.spaceAfter = 0
        rest = PlainParagraph(self.text, self.style, lines=lines[fit:])
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        lines = self._broken(self.width)
        text = canvas.beginText()
        y = self.height - style.fontSize
        if self.bullet:
            text.setTextOrigin(style.bulletIndent, y)
            text.setFont(style.bulletFontName, style.bulletFontSize or style.fontSize)
            text.textOut(self.bullet)
        for line in lines:
            text.setTextOrigin(style.leftIndent, y)
            for font, piece in font_runs(line, style.fontName):
                text.setFont(font, style.fontSize, style.leading)
                text.textOut(piece)
            y -= style.leading
        canvas.setFillColor(style.textColor)
        canvas.drawText(text)
