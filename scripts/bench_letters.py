"""Benchmark letter rendering: 1,000 mixed letters beside 1,000 bare reportlab pages.

    python scripts/bench_letters.py [--count 1000]

Both sides use the same embedded DejaVu fonts and write one PDF per item, so the ratio shows what
templates, layout and the DIN 5008 page furniture cost on top of reportlab itself.
"""

from __future__ import annotations

import argparse
import io
import itertools
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desktop.letters import LetterType, letter_text, render_many  # noqa: E402
from desktop.letters.fonts import REGULAR, register_fonts  # noqa: E402
from desktop.letters.samples import sample_facts  # noqa: E402


def jobs(count: int) -> list[tuple[LetterType, object]]:
    """Every letter type in nl, de and en in turn, each with its own reference."""
    kinds = itertools.cycle(itertools.product(LetterType, ("nl", "de", "en")))
    return [
        (kind, replace(sample_facts(kind, lang), reference=f"DSR-2026-{n:05d}"))
        for n, (kind, lang) in zip(range(count), kinds, strict=False)
    ]


def bare_pages(count: int) -> list[bytes]:
    """One page per PDF with one line of text: reportlab's own floor."""
    out = []
    for n in range(count):
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=1)
        canvas.setFont(REGULAR, 10)
        canvas.drawString(72, 750, f"Bare page {n}: Jürgen Weiß, Lindenstraße 12, 80331 München")
        canvas.showPage()
        canvas.save()
        out.append(buffer.getvalue())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    count = parser.parse_args(argv).count

    register_fonts()
    batch = jobs(count)
    render_many(batch[:33])  # warm-up: fonts parsed, templates cached
    bare_pages(5)

    start = time.perf_counter()
    for kind, facts in batch:
        letter_text(kind, facts)
    words = time.perf_counter() - start

    start = time.perf_counter()
    letters = render_many(batch)
    letters_s = time.perf_counter() - start

    start = time.perf_counter()
    bare = bare_pages(count)
    bare_s = time.perf_counter() - start

    pages = sum(pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") for pdf in letters)
    print(
        f"{count} letters (11 types x nl/de/en, {pages} pages): {letters_s:8.2f} s  "
        f"({letters_s / count * 1000:.1f} ms each; wording alone {words / count * 1000:.2f} ms)"
    )
    print(
        f"{count} bare reportlab pages (one line each):     {bare_s:8.2f} s  "
        f"({bare_s / count * 1000:.1f} ms each)"
    )
    print(
        f"ratio letters / bare pages: {letters_s / bare_s:.1f}x  "
        f"(per page: {letters_s / max(pages, 1) / (bare_s / count):.1f}x)"
    )
    print(f"average sizes: letter {sum(map(len, letters)) / count / 1024:.0f} KiB, "
          f"bare page {sum(map(len, bare)) / count / 1024:.0f} KiB")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
