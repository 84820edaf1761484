"""Letters from facts: template -> LetterText (plain text) -> PDF bytes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.letterhead import legal_form_of
from desktop.letters.context import SCHEMA, address_lines, build_context, company_line, one_line
from desktop.letters.dates import check_language, format_date
from desktop.letters.facts import LetterFacts, Letterhead, LetterType
from desktop.letters.labels import caption, country_name, join_words
from desktop.letters.layout import AddressWindow, Body, PageHead, build_pdf, fit_address
from desktop.letters.template_files import read_template, template_path
from desktop.letters.templates import Template, TextBlock


def load_template(kind: LetterType, language: str, override_dir: Path | None = None) -> Template:
    """The parsed and checked template (the override folder's copy first); TemplateError if bad."""
    path = template_path(kind.value, check_language(language), override_dir)
    return read_template(path, SCHEMA)


@dataclass(frozen=True)
class LetterText:
    """A letter as plain text, exactly what the PDF prints in its body."""

    kind: LetterType
    language: str
    subject: str
    paragraphs: tuple[TextBlock, ...]  # the body, incl. "Address as given" when it is needed
    signature: tuple[str, ...]
    enclosures: tuple[str, ...]
    window: AddressWindow  # what the envelope window shows
    head: PageHead
    author: str

    @property
    def text(self) -> str:
        """Subject, paragraphs, signature and enclosures, blank-line separated."""
        body = (f"• {p.text}" if p.style == "bullet" else p.text for p in self.paragraphs)
        parts = [self.subject, *body, "\n".join(self.signature)]
        if self.enclosures:
            parts.append("\n".join([caption("enclosures", self.language), *self.enclosures]))
        return "\n\n".join(parts)


def letter_text(
    kind: LetterType, facts: LetterFacts, override_dir: Path | None = None
) -> LetterText:
    """The letter's words: TemplateError for a bad template, ValueError for an unknown language."""
    language = check_language(facts.language)
    rendered = load_template(kind, language, override_dir).render(
        build_context(facts), lambda items: join_words(items, language)
    )
    lines = address_lines(facts)
    window = fit_address(lines)
    paragraphs = rendered.paragraphs
    if not window.complete:  # nothing typed is lost: the full address goes under the subject
        given = TextBlock("p", f"{caption('address_as_given', language)}:\n" + "\n".join(lines))
        paragraphs = (given, *paragraphs)
    company = facts.company
    officer = one_line(facts.officer) or one_line(company.dpo_name)
    signature = tuple(
        s for s in (officer, caption("role", language), company_line(company.name)) if s
    )
    return LetterText(
        kind=kind,
        language=language,
        subject=rendered.subject,
        paragraphs=paragraphs,
        signature=signature,
        enclosures=tuple(e for e in (one_line(x) for x in facts.access_enclosures) if e),
        window=window,
        head=_page_head(facts, language),
        author=company_line(company.name),
    )


def _page_head(facts: LetterFacts, language: str) -> PageHead:
    c = facts.company
    city = " ".join(p for p in (company_line(c.postcode), company_line(c.city)) if p)
    country = country_name(c.country, language) if c.country else ""
    name = company_line(c.name)
    dpo = [
        company_line(c.dpo_name),
        *(
            [f"{caption('phone', language)} {company_line(c.dpo_phone)}"]
            if c.dpo_phone.strip()
            else []
        ),
        *([f"{caption('fax', language)} {company_line(c.dpo_fax)}"] if c.dpo_fax.strip() else []),
        company_line(c.dpo_email),
    ]
    info = (
        # The person's letter by its own date when known, else the day it was received.
        (
            caption("your_letter" if facts.request_letter_date else "received_on", language),
            (format_date(facts.request_letter_date or facts.received, language),),
            True,
        ),
        (caption("our_reference", language), (one_line(facts.reference),), False),
        (caption("contact", language), tuple(x for x in dpo if x), False),
        (caption("date", language), (format_date(facts.letter_date, language),), False),
    )
    footer = (
        tuple(x for x in (name, company_line(c.street), city, country) if x),
        _particulars(c, language),
        # The DPO's function and name in full: the layout wraps, it never cuts them.
        tuple(
            x
            for x in (
                caption("contact", language),
                company_line(c.dpo_name),
                company_line(c.dpo_email),
            )
            if x
        ),
    )
    return PageHead(
        language=language,
        company_name=name,
        company_address=" · ".join(x for x in (company_line(c.street), city, country) if x),
        # For post abroad the return address names its country too.
        return_line=" · ".join(
            x for x in (name, company_line(c.street), city, country if _abroad(facts) else "") if x
        ),
        marks=tuple(
            caption(key, language)
            for key, shown in (("demo", c.is_demo), ("sample", c.is_sample), ("draft", c.missing))
            if shown
        ),
        info=info,
        footer=footer,
        continuation=" · ".join(x for x in (name, one_line(facts.reference)) if x),
        page_label=caption("page", language),
    )


def _particulars(c: Letterhead, language: str) -> tuple[str, ...]:
    """What company law wants on a business letter, as the register has it, in the letter's
    language: legal form (when the name does not say it), seat, register, KvK number, VAT id,
    the board or managing directors and the chair of the supervisory board."""

    def item(key: str, value: str) -> str:
        return f"{caption(key, language)}: {value}" if value else ""

    form = company_line(c.legal_form)
    register = " ".join(
        x for x in (company_line(c.register_court), company_line(c.register_number)) if x
    )
    chair = "administrative_chair" if c.management == "executive" else "supervisory_chair"
    items = (
        item("legal_form", form if form and legal_form_of(c.name) != form else ""),
        item("registered_office", company_line(c.registered_office)),
        # An older entry kept court and number in one text: printed as it was typed.
        item("register_court", register) if register else company_line(c.commercial_register),
        item("kvk", company_line(c.kvk_number)),
        item("vat_id", company_line(c.vat_id)),
        item(c.management, ", ".join(company_line(d) for d in c.directors if d.strip())),
        item(chair, company_line(c.supervisory_board_chair)),
    )
    return tuple(x for x in items if x)


def signed(letter: LetterText, name: str, function: str) -> LetterText:
    """`letter` signed by the officer `name` as `function`; without a name it says on every
    page that it is unsigned (a preview, never a letter to send)."""
    language = letter.language
    signature = tuple(x for x in (one_line(name), one_line(function), letter.author) if x)
    head = letter.head
    if not one_line(name):
        head = replace(head, marks=(*head.marks, caption("unsigned", language)))
    return replace(letter, signature=signature, head=head)


def layout_pdf(letter: LetterText) -> bytes:
    """The PDF of an already worded letter (A4, DIN 5008 form B)."""
    body = Body(
        subject=letter.subject,
        paragraphs=[(p.style, p.text) for p in letter.paragraphs],
        signature=letter.signature,
        enclosures_caption=caption("enclosures", letter.language),
        enclosures=letter.enclosures,
    )
    return build_pdf(body, letter.head, letter.window, title=letter.subject, author=letter.author)


def render_pdf(kind: LetterType, facts: LetterFacts, override_dir: Path | None = None) -> bytes:
    """The letter as PDF bytes: the same facts and template give the same bytes."""
    return layout_pdf(letter_text(kind, facts, override_dir))


def render_many(
    jobs: Iterable[tuple[LetterType, LetterFacts]], override_dir: Path | None = None
) -> list[bytes]:
    """PDFs for a batch (the print run, the benchmark), in order."""
    return [render_pdf(kind, facts, override_dir) for kind, facts in jobs]


def _abroad(facts: LetterFacts) -> bool:
    postal = facts.requester_postal
    return bool(
        postal and postal.country and postal.country != (facts.company.country or "").upper()
    )
