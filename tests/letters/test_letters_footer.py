"""The footer company law wants (issue 11, defect 8): wrapped, never cut, growing when long."""

from dataclasses import replace

from letters_support import HOFFMANN_NL, HOFFMANN_SE, facts_for, flat, pdf_text

from desktop.letters import LetterType, layout_pdf, letter_text, render_pdf
from desktop.letters.fitting import FOOTER_TOP, footer_layout
from desktop.letters.render import signed

BOARD = tuple(f"Dr. Vorstandsmitglied Nummer{n} Mustermann-Beispielhausen" for n in range(1, 9))
SE = replace(
    HOFFMANN_SE,
    dpo_name="Privacyfunctionaris / Datenschutzbeauftragter Dr. Johannes Maria Müller-Lüdenscheidt",
    legal_form="SE",
    register_court="Amtsgericht München",
    register_number="HRB 123456",
    commercial_register="",
    directors=BOARD,
    management="board",
    supervisory_board_chair="Dr. h. c. Friedrich-Wilhelm Hoffmann",
)


def test_a_long_footer_grows_instead_of_being_cut():
    head = letter_text(LetterType.ACKNOWLEDGEMENT, facts_for(LetterType.ACKNOWLEDGEMENT, "de"))
    usual = footer_layout(head.head.footer)
    assert usual.top == FOOTER_TOP and usual.size == 6.5
    long = letter_text(
        LetterType.ACKNOWLEDGEMENT, facts_for(LetterType.ACKNOWLEDGEMENT, "de", company=SE)
    )
    laid = footer_layout(long.head.footer)
    assert laid.top > FOOTER_TOP and laid.size >= 6.0  # taller, still readable
    words = " ".join(line for _, lines in laid.columns for line in lines).split()
    wanted = " ".join(line for column in long.head.footer for line in column).split()
    assert words == wanted  # every word printed, none cut or lost
    lefts = [x for x, _ in laid.columns]
    assert lefts == sorted(lefts) and len(set(lefts)) == 3  # side by side, not on top


def test_the_footer_prints_the_board_and_the_dpo_in_full(tmp_path):
    facts = facts_for(LetterType.ACKNOWLEDGEMENT, "de", company=SE)
    text = flat(pdf_text(render_pdf(LetterType.ACKNOWLEDGEMENT, facts), tmp_path))
    assert "Vorstand: " + ", ".join(BOARD) in text
    assert "Vorsitzender des Aufsichtsrats: Dr. h. c. Friedrich-Wilhelm Hoffmann" in text
    assert "Registergericht: Amtsgericht München HRB 123456" in text
    assert "Datenschutzbeauftragter " + SE.dpo_name in text  # the footer's DPO column
    assert "…" not in text


def test_a_legal_form_the_name_does_not_show_is_printed(tmp_path):
    company = replace(HOFFMANN_SE, name="Hoffmann Werkzeuge", legal_form="GmbH")
    facts = facts_for(LetterType.ACKNOWLEDGEMENT, "en", company=company)
    assert "Legal form: GmbH" in flat(
        pdf_text(render_pdf(LetterType.ACKNOWLEDGEMENT, facts), tmp_path)
    )
    facts = facts_for(LetterType.ACKNOWLEDGEMENT, "en", company=SE)
    assert "Legal form" not in flat(
        pdf_text(render_pdf(LetterType.ACKNOWLEDGEMENT, facts), tmp_path)
    )


def test_a_draft_and_an_unsigned_letter_say_so_on_every_page(tmp_path):
    company = replace(HOFFMANN_NL, missing=("KvK number",))
    facts = facts_for(LetterType.ACCESS_ANSWER, "nl", company=company)
    letter = signed(letter_text(LetterType.ACCESS_ANSWER, facts), "", "Privacyfunctionaris")
    pages = [p for p in pdf_text(layout_pdf(letter), tmp_path).split("\f") if p.strip()]
    assert len(pages) >= 2
    assert "CONCEPT – briefhoofd onvolledig" in flat(pages[0])
    assert "NIET ONDERTEKEND – naam van de functionaris ontbreekt" in flat(pages[0])
    for page in pages[1:]:  # the marks' first words, in one line under the continuation
        assert "VOORBEELDGEGEVENS · CONCEPT · NIET ONDERTEKEND" in flat(page)
    assert letter.signature == ("Privacyfunctionaris", "Hoffmann Nederland B.V.")
