"""Every letter renders in nl, de and en with what DOMAIN.md §8 requires, as a reader copies it out."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import pytest
from letters_support import HOFFMANN_NL, HOFFMANN_SE, facts_for, flat, pdf_text

from desktop.letters import LetterType, letter_text, render_many, render_pdf

L = LetterType
LANGS = ("nl", "de", "en")

# What each letter must say, per language (DOMAIN.md §8), beyond letterhead, reference and dates.
REQUIRED: dict[LetterType, dict[str, list[str]]] = {
    L.ACKNOWLEDGEMENT: {
        "nl": ["5 maart 2026", "uiterlijk op 7 april 2026", "Inzage in uw persoonsgegevens",
               "Wissing van uw persoonsgegevens", "Hoe gaat het verder?"],
        "de": ["am 5. März 2026", "spätestens bis zum 7. April 2026",
               "Auskunft über Ihre personenbezogenen Daten", "Wie geht es weiter?"],
        "en": ["on 5 March 2026", "at the latest by 7 April 2026",
               "Access to your personal data", "What happens next"],
    },
    L.IDENTITY_REQUEST: {
        "nl": ["redelijkerwijs", "Uw klantnummer", "bewaren geen kopie", "staat de termijn",
               "stil", "9 april 2026", "zonder het te beantwoorden"],
        "de": ["begründete Zweifel", "Ihre Kundennummer", "bewahren keine Kopie auf",
               "ruht die Frist", "9. April 2026", "ohne Beantwortung abschließen"],
        "en": ["reasonable doubts", "Your customer number", "will not keep the copy",
               "is paused", "9 April 2026", "close your request without answering it"],
    },
    L.IDENTITY_REMINDER: {
        "nl": ["Herinnering", "9 maart 2026", "nog niet ontvangen", "Uw klantnummer",
               "blijft stilstaan", "6 april 2026", "zonder het te beantwoorden"],
        "de": ["Erinnerung", "9. März 2026", "noch nicht erhalten", "Ihre Kundennummer",
               "ruht weiter", "6. April 2026", "ohne Beantwortung ab"],
        "en": ["Reminder", "9 March 2026", "not yet received", "Your customer number",
               "remains paused", "6 April 2026", "close your request without answering it"],
    },
    L.EXTENSION_NOTICE: {
        "nl": ["uiterlijk op 5 juni 2026", "drie bestelsystemen", "artikel 12, lid 3, AVG",
               "binnen de eerste maand"],
        "de": ["spätestens am 5. Juni 2026", "drei Bestellsysteme", "Art. 12 Abs. 3 DSGVO",
               "innerhalb des ersten Monats"],
        "en": ["by 5 June 2026 at the latest", "three order systems", "Art. 12(3) GDPR",
               "within the first month"],
    },
    L.ACCESS_ANSWER: {
        "nl": ["kopie", "Doeleinden van de verwerking", "PayPal (Europe) S.à r.l.",
               "Google Ireland Limited", "Bewaartermijn", "Geautomatiseerde besluitvorming",
               "kredietscore", "derde landen", "Bijlagen", "artikel 15, lid 4, AVG",
               "Herkomst van de gegevens", "artikel 79 AVG"],
        "de": ["Kopie", "Verarbeitungszwecke", "PayPal (Europe) S.à r.l.", "DHL Paket GmbH",
               "Speicherdauer", "Automatisierte Entscheidungsfindung", "Bonitätswert",
               "Drittländer", "Anlagen", "Art. 15 Abs. 4 DSGVO", "Herkunft der Daten",
               "Art. 79 DSGVO"],
        "en": ["copy", "Purposes of the processing", "PayPal (Europe) S.à r.l.", "DHL Paket GmbH",
               "Storage period", "Automated decision-making", "credit score",
               "third countries", "Enclosures", "Art. 15(4) GDPR", "Source of the data",
               "Art. 79 GDPR"],
    },
    L.RIGHTS_DONE: {
        "nl": ["Klantaccount en login", "geblokkeerd in plaats van gewist",
               "art. 52 AWR, art. 2:10 BW", "31 december 2032", "DHL Paket GmbH", "artikel 19 AVG"],
        "de": ["Kundenkonto und Login", "gesperrt", "§ 147 AO, § 257 HGB",
               "31. Dezember 2033", "DHL Paket GmbH", "Art. 19 DSGVO"],
        "en": ["Customer account and login", "blocked these data instead of erasing them",
               "§ 147 AO, § 257 HGB", "31 December 2033", "DHL Paket GmbH", "Art. 19 GDPR"],
    },
    L.OBJECTION_UPHELD: {
        "nl": ["10 maart 2026", "reclame per post", "retargeting en profilering",
               "blokkeringslijst", "artikel 21, leden 2 en 3, AVG"],
        "de": ["10. März 2026", "Werbung per Post", "Retargeting und Profiling",
               "Werbesperrliste", "Art. 21 Abs. 2 und 3 DSGVO"],
        "en": ["10 March 2026", "advertising by post", "retargeting and profiling",
               "suppression list", "Art. 21(2) and (3) GDPR"],
    },
    L.OBJECTION_REJECTED: {
        "nl": ["dwingende gerechtvaardigde gronden", "kredietcontrole vóór een levering",
               "Belangenafweging", "weegt daarom zwaarder", "klacht in te dienen",
               "doeltreffende voorziening in rechte", "artikel 79 AVG"],
        "de": ["zwingende schutzwürdige Gründe", "Bonitätsprüfung vor einer Lieferung",
               "Interessenabwägung", "überwiegt daher", "bei einer Aufsichtsbehörde zu beschweren",
               "gerichtlichen Rechtsbehelf", "Art. 79 DSGVO"],
        "en": ["compelling legitimate grounds", "credit check before a delivery",
               "Weighing of interests", "therefore prevails", "lodge a complaint",
               "judicial remedy", "Art. 79 GDPR"],
    },
    L.WITHDRAWAL_CONFIRMED: {
        "nl": ["Reclame per telefoon", "Nieuwsbrief", "ingegaan op 5 maart 2026",
               "blijft rechtmatig", "opnieuw toestemming geven"],
        "de": ["Werbung per Telefon", "Newsletter", "am 5. März 2026 wirksam",
               "bleibt rechtmäßig", "erneut einwilligen"],
        "en": ["Advertising by telephone", "Newsletter", "took effect on 5 March 2026",
               "remains lawful", "give your consent again"],
    },
    L.REFUSAL: {
        "nl": ["elf gelijkluidende inzageverzoeken", "kennelijk buitensporig",
               "klacht in te dienen", "doeltreffende voorziening in rechte", "artikel 79 AVG"],
        "de": ["elf gleichlautende Auskunftsanträge", "offenkundig exzessiv",
               "bei einer Aufsichtsbehörde zu beschweren", "gerichtlichen Rechtsbehelf",
               "Art. 79 DSGVO"],
        "en": ["eleven identical requests", "manifestly excessive", "lodge a complaint",
               "judicial remedy", "Art. 79 GDPR"],
    },
    L.TRANSFER: {
        "nl": ["Hoffmann Nederland B.V.", "privacy.nl@example.invalid", "Hoffmann SE",
               "Privacyfunctionaris: M. de Vries"],
        "de": ["Hoffmann Nederland B.V.", "privacy.nl@example.invalid", "an die Hoffmann SE",
               "Datenschutzbeauftragter: M. de Vries"],
        "en": ["Hoffmann Nederland B.V.", "privacy.nl@example.invalid", "sent it to Hoffmann SE",
               "Data protection officer: M. de Vries"],
    },
    L.IDENTITY_NOT_CONFIRMED: {
        "nl": ["Op 9 maart 2026", "Uw klantnummer", "nieuw verzoek", "artikel 79 AVG"],
        "de": ["am 9. März 2026", "Ihre Kundennummer", "neue Anfrage", "Art. 79 DSGVO"],
        "en": ["On 9 March 2026", "Your customer number", "new request", "Art. 79 GDPR"],
    },
}  # fmt: skip

LETTER_DATES = {"nl": "20 maart 2026", "de": "20. März 2026", "en": "20 March 2026"}
RECEIVED = {"nl": "5 maart 2026", "de": "5. März 2026", "en": "5 March 2026"}
ROLE = {
    "nl": "Privacyfunctionaris",
    "de": "Datenschutzbeauftragter",
    "en": "Data protection officer",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(LetterType), ids=lambda k: k.value)
def test_every_letter_in_every_language(kind, lang, tmp_path):
    facts = facts_for(kind, lang)
    pdf = render_pdf(kind, facts)
    assert pdf.startswith(b"%PDF-")
    text = flat(pdf_text(pdf, tmp_path))
    company = facts.company
    for expected in (
        company.name,
        company.street,
        f"{company.postcode} {company.city}",
        company.dpo_email,
        facts.reference,
        RECEIVED[lang],
        facts.requester_name,
        ROLE[lang],
        *REQUIRED[kind][lang],
    ):
        assert expected in text, (kind.value, lang, expected)
    if kind in (L.OBJECTION_REJECTED, L.REFUSAL, L.IDENTITY_NOT_CONFIRMED, L.ACCESS_ANSWER):
        assert company.authority_name in text and company.authority_address in text
    assert _letter_date(facts, lang) in text
    # A date is never written the way another language writes it.
    if lang != "de":
        assert not re.search(r"\d\. (Januar|Februar|März|April|Mai|Juni)", text)
    if lang == "de":
        assert "5 March" not in text and "5 maart" not in text


def _letter_date(facts, lang):
    from desktop.letters import format_date

    return format_date(facts.letter_date, lang)


def test_the_same_letter_with_hoffmann_se_in_dutch_names_the_bavarian_authority(tmp_path):
    facts = replace(facts_for(L.REFUSAL, "nl"), company=HOFFMANN_SE)
    text = flat(pdf_text(render_pdf(L.REFUSAL, facts), tmp_path))
    assert "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)" in text
    assert "Promenade 18, 91522 Ansbach" in text
    assert "Hoffmann SE" in text and "Haberlandstr. 55" in text and "81241 München" in text


def test_dutch_sample_company_is_marked_and_names_the_dutch_authority(tmp_path):
    facts = facts_for(L.OBJECTION_REJECTED, "nl")
    assert facts.company is HOFFMANN_NL
    text = flat(pdf_text(render_pdf(L.OBJECTION_REJECTED, facts), tmp_path))
    assert "Autoriteit Persoonsgegevens" in text and "Postbus 93374, 2509 AJ Den Haag" in text
    assert "VOORBEELDGEGEVENS" in text


def test_the_fee_sentence_only_when_a_fee_was_announced(tmp_path):
    plain = flat(pdf_text(render_pdf(L.REFUSAL, facts_for(L.REFUSAL, "en")), tmp_path))
    assert "fee" not in plain.lower()
    facts = facts_for(L.REFUSAL, "en", fee_announced="EUR 25.00 (our letter of 2 March 2026)")
    text = flat(pdf_text(render_pdf(L.REFUSAL, facts), tmp_path))
    assert "reasonable fee" in text and "EUR 25.00 (our letter of 2 March 2026)" in text
    de = facts_for(L.REFUSAL, "de", fee_announced="25,00 €")
    assert "angemessenes Entgelt" in flat(pdf_text(render_pdf(L.REFUSAL, de), tmp_path))


def test_access_answer_without_data_is_a_negative_answer(tmp_path):
    facts = facts_for(L.ACCESS_ANSWER, "de", redactions=(), access_enclosures=())
    facts = replace(facts, requests=(replace(facts.requests[0], outcome="no-data"),))
    text = flat(pdf_text(render_pdf(L.ACCESS_ANSWER, facts), tmp_path))
    assert "keine personenbezogenen Daten zu Ihrer Person" in text
    assert "Verarbeitungszwecke" not in text


def test_objection_partly_upheld_gives_grounds_and_the_notices(tmp_path):
    facts = facts_for(L.OBJECTION_REJECTED, "en")
    facts = replace(facts, objection=replace(facts.objection, decision="partly"))
    text = flat(pdf_text(render_pdf(L.OBJECTION_UPHELD, facts), tmp_path))
    assert "upheld your objection in part" in text
    assert "credit check before a delivery" in text and "judicial remedy" in text
    assert "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)" in text


def test_letter_text_matches_the_pdf(tmp_path):
    facts = facts_for(L.EXTENSION_NOTICE, "de")
    letter = letter_text(L.EXTENSION_NOTICE, facts)
    assert (
        letter.subject
        == "Verlängerung der Frist zur Beantwortung Ihrer Anfrage – Aktenzeichen DSR-2026-0042"
    )
    text = flat(pdf_text(render_pdf(L.EXTENSION_NOTICE, facts), tmp_path))
    for paragraph in letter.paragraphs:
        assert flat(paragraph.text) in text
    assert letter.signature == ("Dr. Katrin Weiß", "Datenschutzbeauftragter", "Hoffmann SE")
    assert flat(letter.text).startswith(letter.subject)


# hostile input -----------------------------------------------------------------------------
HOSTILE_NAME = 'Jürgen <Müller> & Söhne "AT&T"'


def test_hostile_name_appears_exactly_as_typed(tmp_path):
    facts = facts_for(L.ACKNOWLEDGEMENT, "de", requester_name=HOSTILE_NAME)
    text = pdf_text(render_pdf(L.ACKNOWLEDGEMENT, facts), tmp_path)
    assert text.count(HOSTILE_NAME) >= 2  # the window and the salutation
    assert f"Guten Tag {HOSTILE_NAME}," in text


def test_markup_and_template_syntax_in_user_text_stay_text(tmp_path):
    typed = "<b>nicht fett</b> &amp; <br/> <font size=40>x</font> ${reference} {{7*7}} [end]"
    facts = facts_for(L.ACKNOWLEDGEMENT, "de", extra_text=typed, requester_name="<b")
    text = flat(pdf_text(render_pdf(L.ACKNOWLEDGEMENT, facts), tmp_path))
    assert typed in text and "Guten Tag <b," in text


def test_control_characters_are_dropped_and_the_rest_stays(tmp_path):
    facts = facts_for(L.ACKNOWLEDGEMENT, "en", requester_name="Ann\x00a\x07 Bell\x1b[31m")
    text = pdf_text(render_pdf(L.ACKNOWLEDGEMENT, facts), tmp_path)
    assert "Dear Anna Bell[31m," in text


def test_rtl_and_emoji_appear_as_typed(tmp_path):
    name = "דוד כהן"
    facts = facts_for(L.ACKNOWLEDGEMENT, "en", requester_name=name, extra_text="Thanks 😀 👍 ✉")
    text = pdf_text(render_pdf(L.ACKNOWLEDGEMENT, facts), tmp_path)
    assert name in text  # logical order: drawn in visual order, copied out as typed
    assert "😀" in text and "👍" in text and "✉" in text


def test_special_characters_render(tmp_path):
    special = "ä ö ü ß é ë Ĳ ő € „Zitat“ ÄÖÜ"
    facts = facts_for(
        L.ACKNOWLEDGEMENT, "nl", requester_name="Ĳsbrand van Höß-Ëlberg", extra_text=special
    )
    text = pdf_text(render_pdf(L.ACKNOWLEDGEMENT, facts), tmp_path)
    assert special in text and "Ĳsbrand van Höß-Ëlberg" in text
    fonts = subprocess.run(
        ["pdffonts", "-"], input=render_pdf(L.ACKNOWLEDGEMENT, facts), capture_output=True
    ).stdout.decode()
    assert "DejaVuSans" in fonts and "Vera" not in fonts


def test_a_2000_character_address_keeps_the_layout_and_loses_nothing(tmp_path):
    long_line = " ".join(f"Hinterhaus-{n}" for n in range(300))[:2000]
    address = f"c/o Familie <Özdemir> & Co\n{long_line}\n80331 München"
    facts = facts_for(
        L.ACKNOWLEDGEMENT, "de", requester_name=HOSTILE_NAME, requester_address=address
    )
    letter = letter_text(L.ACKNOWLEDGEMENT, facts)
    assert not letter.window.complete
    assert letter.window.lines == (HOSTILE_NAME, "c/o Familie <Özdemir> & Co", "80331 München")
    assert letter.paragraphs[0].text.startswith("Anschrift wie angegeben:")
    pdf = render_pdf(L.ACKNOWLEDGEMENT, facts)
    text = flat(pdf_text(pdf, tmp_path))
    assert flat(long_line) in text and "Anschrift wie angegeben:" in text
    _assert_window_holds(pdf, tmp_path, expect_words={"Jürgen", "80331"})


def test_long_letters_flow_onto_numbered_pages(tmp_path):
    reasons = "\n".join(
        f"Reason {n}: the archive of year {2000 + n} must be searched." for n in range(120)
    )
    facts = facts_for(L.EXTENSION_NOTICE, "en", extension_reasons=reasons)
    pdf = render_pdf(L.EXTENSION_NOTICE, facts)
    pages = _pages(pdf, tmp_path)
    assert len(pages) >= 3
    assert "Page 1 of" not in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of {len(pages)}" in page
        assert "Hoffmann SE · DSR-2026-0042" in page
        assert "dataprotection@hoffmann-group.com" in page  # the footer on every page
        assert "Sarah O'Connor\n12 Baker Street" not in page  # no address field after page 1
    assert "Reason 119" in flat(pdf_text(pdf, tmp_path))
    german = render_pdf(L.ACCESS_ANSWER, facts_for(L.ACCESS_ANSWER, "de"))
    assert "Seite 2 von" in pdf_text(german, tmp_path)
    dutch = render_pdf(L.ACCESS_ANSWER, facts_for(L.ACCESS_ANSWER, "nl"))
    assert "Pagina 2 van" in pdf_text(dutch, tmp_path)


def _pages(pdf: bytes, tmp_path) -> list[str]:
    return pdf_text(pdf, tmp_path).split("\f")[:-1]


def test_same_facts_same_bytes_and_metadata(tmp_path):
    facts = facts_for(L.OBJECTION_REJECTED, "de")
    first, second = render_many([(L.OBJECTION_REJECTED, facts)] * 2)
    assert first == second
    path = tmp_path / "m.pdf"
    path.write_bytes(first)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True).stdout.decode()
    assert "Title:           Ihr Widerspruch nach Art. 21 Abs. 1 DSGVO: unsere Entscheidung" in info
    assert "Author:          Hoffmann SE" in info
    assert "Page size:       595.276 x 841.89 pts (A4)" in info


def test_address_window_position_din_5008_form_b(tmp_path):
    pdf = render_pdf(L.ACKNOWLEDGEMENT, facts_for(L.ACKNOWLEDGEMENT, "en"))
    words = _words(pdf, tmp_path)
    first = {w[4]: w for w in reversed(words)}
    mm = 72 / 25.4
    sarah = first["Sarah"]
    assert abs(sarah[0] - 25 * mm) < 1  # text at 25 mm, inside the field that starts at 20 mm
    assert 62.7 * mm <= sarah[1] and first["Kingdom"][3] <= 90 * mm  # the 27.3 mm address zone
    back = [w for w in words if w[4] == "Haberlandstr."]
    assert any(45 * mm <= w[1] and w[3] <= 62.7 * mm for w in back)  # return line in its zone
    assert first["DSR-2026-0042"][0] >= 125 * mm - 1  # information block on the right
    subject_top = min(w[1] for w in words if w[4] == "Your" and w[1] > 90 * mm)
    assert abs(subject_top - 98.46 * mm) < 3 * mm


def _assert_window_holds(pdf: bytes, tmp_path, expect_words: set[str]) -> None:
    mm = 72 / 25.4
    found = {w[4] for w in _words(pdf, tmp_path)
             if 20 * mm <= w[0] and w[2] <= 105 * mm and 62.7 * mm <= w[1] and w[3] <= 90 * mm}  # fmt: skip
    assert expect_words <= found


def _words(pdf: bytes, tmp_path) -> list[tuple[float, float, float, float, str]]:
    """The words of page 1 with their boxes (points from the top-left corner)."""
    html = pdf_text(pdf, tmp_path, "-bbox", "-f", "1", "-l", "1")
    pattern = (
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    )
    return [
        (float(x0), float(y0), float(x1), float(y1), word)
        for x0, y0, x1, y1, word in re.findall(pattern, html)
    ]
