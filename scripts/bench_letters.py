"""Benchmark letter rendering: 1,000 mixed letters beside the same text on bare reportlab pages.

    python scripts/bench_letters.py [--count 1000]

The bare side draws each letter's printed words (head, address, body, footer on every page) line
by line with `drawString` on as many pages as the letter took, in the same embedded DejaVu fonts,
one PDF per letter: the same fonts, pages and amount of text, without templates, fitting or
layout. The ratio is what the letter code costs on top of reportlab itself (goal: at most 2x).
"""

from __future__ import annotations

import argparse
import io
import itertools
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desktop.letters import LetterText, LetterType, letter_text, render_many  # noqa: E402
from desktop.letters.fonts import BOLD, REGULAR, register_fonts  # noqa: E402
from desktop.letters.samples import sample_facts  # noqa: E402

CHUNK = 50  # letters a turn


def jobs(count: int) -> list[tuple[LetterType, object]]:
    """Every letter type in nl, de and en in turn, each with its own reference."""
    kinds = itertools.cycle(itertools.product(LetterType, ("nl", "de", "en")))
    return [
        (kind, replace(sample_facts(kind, lang), reference=f"DSR-2026-{n:05d}"))
        for n, (kind, lang) in zip(range(count), kinds, strict=False)
    ]


def page_count(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ")


def bare_lines(letter: LetterText, pages: int) -> list[tuple[str, list[str]]]:
    """`letter`'s printed words as (bold first line, lines) per page, wrapped beforehand: the
    head and address, the body spread over `pages` pages, the footer on every page."""
    head = letter.head
    first = [
        head.company_address,
        head.return_line,
        *letter.window.lines,
        *(f"{caption}: {' '.join(values)}" for caption, values, _ in head.info),
    ]
    body = [line for block in letter.text.split("\n") for line in textwrap.wrap(block, 95) or [""]]
    footer = [line for column in head.footer for line in column]
    per_page = -(-len(body) // pages)
    return [
        (
            head.company_name if page == 0 else head.continuation,
            (first if page == 0 else [head.page_label.format(page=page + 1, pages=pages)])
            + body[page * per_page : (page + 1) * per_page]
            + footer,
        )
        for page in range(pages)
    ]


def bare_pdf(pages: list[tuple[str, list[str]]]) -> bytes:
    """One PDF of plain `drawString` lines in the letter fonts: reportlab's own floor."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for title, lines in pages:
        canvas.setFont(BOLD, 12)
        canvas.drawString(72, 800, title)
        canvas.setFont(REGULAR, 9)
        leading = min(12.0, 740 / max(len(lines), 1))
        for row, line in enumerate(lines):
            canvas.drawString(72, 785 - row * leading, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def accelerator() -> str:
    try:
        import _rl_accel  # noqa: F401  (reportlab uses it when it imports)
    except ImportError:
        return "not installed: reportlab runs its pure-Python fallbacks"
    from importlib.metadata import version

    return f"rl_accel {version('rl_accel')} (C)"


def _timed(work: Callable[[], list[bytes]]) -> tuple[float, list[bytes]]:
    start = time.perf_counter()
    out = work()
    return time.perf_counter() - start, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument(
        "--rounds", type=int, default=3, help="best of N for each turn of the sides"
    )
    args = parser.parse_args(argv)
    count = args.count

    register_fonts()
    batch = jobs(count)
    render_many(batch[:33])  # warm-up: fonts parsed, templates cached
    for kind, facts in batch[:33]:
        bare_pdf(bare_lines(letter_text(kind, facts), 1))

    start = time.perf_counter()
    texts = [letter_text(kind, facts) for kind, facts in batch]
    words_s = time.perf_counter() - start

    letters = render_many(batch)
    pages = [page_count(pdf) for pdf in letters]
    prepared = [bare_lines(text, n) for text, n in zip(texts, pages, strict=True)]
    bare = [bare_pdf(lines) for lines in prepared]
    # The sides take turns every CHUNK letters, so that a shared machine's slow spells fall on
    # both alike; each side's time is the sum of its best round per chunk.
    letters_best = [float("inf")] * len(range(0, count, CHUNK))
    bare_best = list(letters_best)
    for _ in range(max(args.rounds, 1)):
        for n, first in enumerate(range(0, count, CHUNK)):
            chunk = batch[first : first + CHUNK]
            lines = prepared[first : first + CHUNK]
            letters_best[n] = min(letters_best[n], _timed(lambda c=chunk: render_many(c))[0])
            bare_best[n] = min(bare_best[n], _timed(lambda ls=lines: [bare_pdf(x) for x in ls])[0])
    letters_s, bare_s = sum(letters_best), sum(bare_best)

    assert [page_count(pdf) for pdf in bare] == pages
    print(f"reportlab accelerator: {accelerator()}")
    print(f"sides taking turns every {CHUNK} letters, best of {max(args.rounds, 1)} rounds a turn")
    print(
        f"{count} letters (11 types x nl/de/en, {sum(pages)} pages): {letters_s * 1000:8.0f} ms  "
        f"({letters_s / count * 1000:.1f} ms each; wording alone {words_s / count * 1000:.2f} ms)"
    )
    print(
        f"{count} bare PDFs, same text and pages:           {bare_s * 1000:8.0f} ms  "
        f"({bare_s / count * 1000:.1f} ms each)"
    )
    print(f"ratio letters / bare: {letters_s / bare_s:.2f}x  (goal: at most 2x)")
    print(f"average sizes: letter {sum(map(len, letters)) / count / 1024:.0f} KiB, "
          f"bare {sum(map(len, bare)) / count / 1024:.0f} KiB")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
