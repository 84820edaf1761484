"""A register field pasted a megabyte long neither stalls the layout nor fills the letter; the
line breaking cuts a long word in time that grows with the text, not its square."""

import random
from dataclasses import replace

from desktop.letters import LetterType, render_pdf
from desktop.letters.context import COMPANY_FIELD_MAX
from desktop.letters.fitting import wrap
from desktop.letters.fonts import REGULAR, longest_prefix, register_fonts, text_width
from desktop.letters.samples import sample_facts


def test_a_megabyte_company_field_makes_an_ordinary_letter():
    facts = sample_facts(LetterType.ACKNOWLEDGEMENT, "de")
    huge = "Hoffmann " + "x" * 1_000_000
    for field in ("name", "street", "register_court", "authority_address"):
        pdf = render_pdf(
            LetterType.ACKNOWLEDGEMENT,
            replace(facts, company=replace(facts.company, **{field: huge})),
        )
        assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") <= 3, field
        assert len(pdf) < 200_000, field
    assert COMPANY_FIELD_MAX >= 200  # a real name, street or court always fits


def test_the_longest_prefix_is_the_brute_force_answer():
    register_fonts()
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice("aiWM .,😀ßĳ") for _ in range(rng.randint(1, 120)))
        width = rng.uniform(4, 250)
        fitting = [n for n in range(1, len(text) + 1) if text_width(text[:n], REGULAR, 9) <= width]
        assert longest_prefix(text, REGULAR, 9, width) == max(fitting, default=1)


def test_a_word_wider_than_many_lines_is_cut_into_full_lines():
    register_fonts()
    lines = wrap("x" * 20_000, REGULAR, 8, 150)
    assert "".join(lines) == "x" * 20_000
    assert all(text_width(line, REGULAR, 8) <= 150 for line in lines)
    assert len({len(line) for line in lines[:-1]}) == 1  # every line but the last is full
