"""The template format: every shipped template loads; bad ones fail with file and line; no code runs."""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from letters_support import facts_for

from desktop.letters import LetterType, TemplateError, letter_text, load_template
from desktop.letters.context import SCHEMA, UNPRINTABLE, clean
from desktop.letters.template_files import parse_template
from desktop.resources import resource_path

LANGS = ("nl", "de", "en")


def _render(text: str, facts_kind: LetterType = LetterType.ACKNOWLEDGEMENT, **changes: object):
    from desktop.letters.context import build_context

    template = parse_template(text, "test.txt")
    template.check(SCHEMA)
    facts = facts_for(facts_kind, "en", **changes)
    return template.render(build_context(facts), lambda items: " and ".join(items))


def _override(tmp_path: Path, text: str, kind: str = "acknowledgement", lang: str = "en") -> Path:
    folder = tmp_path / "overrides"
    (folder / lang).mkdir(parents=True, exist_ok=True)
    (folder / lang / f"{kind}.txt").write_text(text, encoding="utf-8")
    return folder


def test_all_33_templates_ship_and_load():
    for lang in LANGS:
        for kind in LetterType:
            assert resource_path("letters", lang, f"{kind.value}.txt").is_file()
            template = load_template(kind, lang)
            assert template.subject, (kind, lang)


def test_every_template_prints_the_officers_own_paragraph_and_ends_with_a_closing():
    closings = {
        "nl": "Met vriendelijke groet,",
        "de": "Mit freundlichen Grüßen",
        "en": "Kind regards,",
    }
    for lang in LANGS:
        for kind in LetterType:
            facts = facts_for(kind, lang, extra_text="Eigen alinea ÄÖÜ.")
            letter = letter_text(kind, facts)
            assert letter.paragraphs[-2].text == "Eigen alinea ÄÖÜ." or any(
                p.text == "Eigen alinea ÄÖÜ." for p in letter.paragraphs
            ), (kind, lang)
            assert letter.paragraphs[-1].text == closings[lang], (kind, lang)


def test_subject_paragraphs_bullets_blocks_and_headings():
    text = (
        "Subject: About ${reference}\n"
        "\n"
        "Dear ${requester_name},\n"
        "\n"
        "first line\n"
        "second line\n"
        "# A heading\n"
        "- one\n"
        "- two\n"
        "> kept\n"
        ">   as lines\n"
        "\n"
        "Costs: $$5 {{7*7}} {name} $ {x}\n"
    )
    text = text.replace("$ {x}", "")
    rendered = _render(text)
    assert rendered.subject == "About DSR-2026-0042"
    assert [(p.style, p.text) for p in rendered.paragraphs] == [
        ("p", "Dear Sarah O'Connor,"),
        ("p", "first line second line"),
        ("heading", "A heading"),
        ("bullet", "one"),
        ("bullet", "two"),
        ("block", "kept\n  as lines"),
        ("p", "Costs: $5 {{7*7}} {name}"),
    ]


def test_if_else_each_and_lists():
    text = (
        "Subject: x\n"
        "[if extended]\nlonger\n[else]\nby ${due}\n[end]\n"
        "[if not fee_announced]\nno fee\n[end]\n"
        "\n"
        "[each requests]\n- ${item.label} (${item.basis})\n[end]\n"
        "Asked: ${request_labels}.\n"
    )
    rendered = _render(text)
    assert [p.text for p in rendered.paragraphs] == [
        "by 7 April 2026 no fee",
        "Access to your personal data (Art. 15 GDPR)",
        "Erasure of your personal data (Art. 17 GDPR)",
        "Asked: access to your personal data and erasure of your personal data.",
    ]


def test_a_line_whose_values_are_empty_disappears():
    rendered = _render("Subject: x\n\nbefore\n${extra_text}\nafter\n")
    assert [p.text for p in rendered.paragraphs] == ["before after"]


def test_user_values_are_never_parsed_as_template():
    hostile = "${reference} [if extended] [end] $$ {{7*7}} ${__import__('os')}"
    rendered = _render("Subject: x\n\n${extra_text}\n", extra_text=hostile)
    assert rendered.paragraphs[0].text == hostile


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("${nope}", 3, "unknown placeholder ${nope}"),
        ("${refrence}", 3, "did you mean reference"),
        ("${company.nme}", 3, "no 'nme' in company"),
        ("${__import__}", 3, "malformed placeholder"),
        ("${7*7}", 3, "malformed placeholder"),
        ("${reference", 3, "never closed"),
        ("costs $5", 3, "lone '$'"),
        ("${extended}", 3, "cannot be printed"),
        ("${requests}", 3, "[each"),
        ("${item.label}", 3, "only inside [each"),
        ("${reference.x}", 3, "has no fields"),
        ("[if]", 3, "[if] needs one name"),
        ("[if a b]", 3, "[if] needs one name"),
        ("[if reference", 3, "must end with ']'"),
        ("[iff reference]", 3, "unknown block line"),
        ("[each reference]\n[end]", 3, "not a list"),
        ("[each nothing]\n[end]", 3, "unknown placeholder"),
        ("[else]", 3, "[else] belongs inside"),
        ("[if extended]\n[else]\n[else]\n[end]", 5, "[else] belongs inside"),
        ("[end]", 3, "[end] without"),
        ("text\n[if extended]\nmore", 4, "never closed with [end]"),
        ("[each requests]\n- ${item.nope}\n[end]", 4, "no 'nope' in item"),
    ],
)
def test_malformed_override_is_a_template_error_naming_file_and_line(tmp_path, body, line, words):
    folder = _override(tmp_path, f"Subject: x\n\n{body}\n")
    facts = facts_for(LetterType.ACKNOWLEDGEMENT, "en")
    with pytest.raises(TemplateError) as caught:
        letter_text(LetterType.ACKNOWLEDGEMENT, facts, override_dir=folder)
    error = caught.value
    assert error.line == line
    assert error.source.endswith(str(Path("en") / "acknowledgement.txt"))
    assert str(folder) in str(error) and f"line {line}" in str(error)
    assert words in error.message


def test_a_template_needs_its_subject_line_first(tmp_path):
    for text, line in (("Dear x\n", 1), ("\n[# note]\nHello\nSubject: x\n", 3), ("", 1)):
        folder = _override(tmp_path, text)
        with pytest.raises(TemplateError) as caught:
            load_template(LetterType.ACKNOWLEDGEMENT, "en", folder)
        assert caught.value.line == line


def test_subject_words_of_all_three_languages_and_comments_before_them():
    for word in ("Subject", "Betreft", "Betreff", "onderwerp"):
        template = parse_template(f"[# a note]\n\n{word}: Hello ${{reference}}\n", "t.txt")
        template.check(SCHEMA)
        assert template.subject_line == 3  # the comment and the blank line come first
        assert template.subject[0] == "Hello " and template.body == ()


def test_not_utf8_is_a_clear_error(tmp_path):
    folder = tmp_path / "o"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "refusal.txt").write_bytes(b"Subject: x\n\nM\xfcller\n")
    with pytest.raises(TemplateError) as caught:
        load_template(LetterType.REFUSAL, "en", folder)
    assert caught.value.line == 3 and "UTF-8" in caught.value.message


def test_override_replaces_the_shipped_template_and_others_stay(tmp_path):
    folder = _override(tmp_path, "Subject: Our own ${reference}\n\nHello.\n\nBye,\n")
    facts = facts_for(LetterType.ACKNOWLEDGEMENT, "en")
    own = letter_text(LetterType.ACKNOWLEDGEMENT, facts, override_dir=folder)
    assert own.subject == "Our own DSR-2026-0042"
    assert [p.text for p in own.paragraphs] == ["Hello.", "Bye,"]
    shipped = letter_text(LetterType.ACKNOWLEDGEMENT, replace(facts, language="de"), folder)
    assert shipped.subject.startswith("Ihre datenschutzrechtliche Anfrage")


def test_an_edited_override_is_read_again(tmp_path):
    folder = _override(tmp_path, "Subject: First\n\nx\n")
    assert load_template(LetterType.ACKNOWLEDGEMENT, "en", folder).source.endswith(".txt")
    facts = facts_for(LetterType.ACKNOWLEDGEMENT, "en")
    assert letter_text(LetterType.ACKNOWLEDGEMENT, facts, folder).subject == "First"
    _override(tmp_path, "Subject: Second, longer\n\nx\n")
    assert letter_text(LetterType.ACKNOWLEDGEMENT, facts, folder).subject == "Second, longer"


def test_unknown_language_is_refused():
    facts = replace(facts_for(LetterType.ACKNOWLEDGEMENT, "en"), language="fr")
    with pytest.raises(ValueError, match="no letters in language 'fr'"):
        letter_text(LetterType.ACKNOWLEDGEMENT, facts)


def test_clean_drops_exactly_controls_surrogates_and_private_use():
    assert clean("Ann\x00a\x07 Bell\x1b[31m\r\nz\tq\ue000\u200b") == "Anna Bell[31m\nz q\u200b"
    wrong = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if (chr(code) != "\n" and unicodedata.category(chr(code)) in ("Cc", "Cs", "Co"))
        != bool(UNPRINTABLE.fullmatch(chr(code)))
    ]
    assert wrong == []
