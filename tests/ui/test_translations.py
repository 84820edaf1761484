"""The window in Dutch and German: every word the code marks for translation has a finished
translation in both catalogues (a new `tr()` without one fails here), placeholders survive,
the core's labels are marked too, and the catalogue is found whatever class asks."""

from __future__ import annotations

import enum
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

import desktop.core
from desktop.resources import resource_path
from desktop.ui.core_words import CORE_WORDS

LANGUAGES = ("nl", "de")
UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"


def messages(language: str) -> list[ElementTree.Element]:
    path = resource_path("translations", f"privacydesk_{language}.ts")
    return list(ElementTree.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_word_has_a_finished_translation(language):
    missing, broken = [], []
    for message in messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [t.text or "" for t in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(texts):
            missing.append(source)
            continue
        for text in texts:
            if set(re.findall(r"%\d", source)) != set(re.findall(r"%\d", text)):
                broken.append((source, text))
    assert missing == [], f"{len(missing)} without a {language} translation, e.g. {missing[:5]}"
    assert broken == [], f"placeholders lost in {language}: {broken[:5]}"


def test_the_catalogues_hold_every_word_the_code_marks(tmp_path):
    """lupdate over the UI's code: nothing it finds is missing from the committed catalogues."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-tr-function-alias", "tr+=translated", "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    found = {(m.findtext("source"), m.findtext("comment")) for m in
             ElementTree.parse(fresh).getroot().iter("message")}  # fmt: skip
    for language in LANGUAGES:
        have = {(m.findtext("source"), m.findtext("comment")) for m in messages(language)}
        new = sorted(source for source, _ in found - have)
        assert new == [], (
            f"not in privacydesk_{language}.ts (run make translations-update): {new[:5]}"
        )


def test_every_label_of_the_core_is_marked_for_translation():
    labels = {}
    for info in pkgutil.iter_modules(desktop.core.__path__):
        module = importlib.import_module(f"desktop.core.{info.name}")
        for name, kind in vars(module).items():
            if (isinstance(kind, type) and issubclass(kind, enum.Enum)
                    and kind.__module__ == module.__name__
                    and isinstance(getattr(kind, "label", None), property)):  # fmt: skip
                labels[name] = tuple(member.label for member in kind)
    assert labels == CORE_WORDS


def test_the_dutch_window_speaks_dutch_whatever_class_asks(qtbot, dutch, services, tmp_path):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings

    assert QCoreApplication.translate("MainWindow", "&File") not in ("", "&File")
    # A word filed under the base class, asked for under a subclass (PySide6's tr()).
    base = next(m for m in messages("nl") if m.findtext("source") == "Recovery passphrase")
    assert QCoreApplication.translate("SomeSubclassDialog", "Recovery passphrase") == (
        base.findtext("translation")
    )
    window = MainWindow(
        services, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Bestand", "Be&werken", "Beel&d"]  # (Help is "Help" in Dutch too)
    assert QLocale().name() == "nl_NL"
    assert isinstance(QApplication.instance(), QApplication)
    window.finish_background_work()


def test_a_walk_through_the_dutch_window_meets_no_word_without_translation(
    qtbot, dutch, services, tmp_path, catalogue_misses
):
    """Words from constants reach tr() as variables, which lupdate cannot see: the pages, a
    few case files with all their tabs and the intake, in Dutch, ask for none it lacks."""
    from desktop.services.demo import fill_demo_store
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings

    fill_demo_store(services.cases, 40, decisions=services.decisions)
    missing = catalogue_misses
    window = MainWindow(
        services, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    window.show()
    for page in range(len(window.pages)):
        window.navigation.setCurrentRow(page)
        QApplication.processEvents()
    for case_id in (1, 7, 15, 30):
        case_file = window.open_case(case_id)
        for tab in range(case_file.tabs.count()):
            case_file.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
        case_file.close()
    intake = window.new_case()
    intake.confirm_discard = lambda: True
    intake.close()
    window.finish_background_work()  # the rows read in the background: shown, then asked
    QApplication.processEvents()
    assert sorted(missing) == [], "add them to desktop/ui/listed_words.py and translate them"


def test_a_word_no_catalogue_knows_stays_as_it_is_never_blank(dutch):
    """A Python translate() answering "" would blank every word it lacks, Qt's own too."""
    assert QCoreApplication.translate("QFileDialog", "No such word anywhere") == (
        "No such word anywhere"
    )
    assert QCoreApplication.translate("CasesPage", "Any due date") == "Alle termijnen"


def test_the_deadline_is_explained_in_the_window_s_language(dutch):
    """The core's steps are data: the same deadline, in English for the command line and in
    Dutch (words, dates and weekdays) in the window."""
    from datetime import date

    from desktop.core.deadlines import MUNICH, STEP_SENTENCES, response_deadline
    from desktop.ui.explanations import DEADLINE_SENTENCES, words_text

    assert tuple(DEADLINE_SENTENCES) == STEP_SENTENCES
    deadline = response_deadline(date(2026, 2, 21), MUNICH, paused_days=1)
    english = deadline.explanation
    assert english.startswith("Received 21 Feb 2026 (Saturday); holidays of München")
    dutch_text = " ".join(words_text(step) for step in deadline.words)
    assert dutch_text.startswith("Ontvangen 21 feb 2026 (zaterdag); feestdagen van München")
    assert "Plus 1 dag stilgezet" in dutch_text and "een werkdag" in dutch_text


def test_the_routing_reason_is_given_in_the_window_s_language(dutch):
    from desktop.core.explanations import Words
    from desktop.core.routing import REASON_SENTENCES, RULE_6, because
    from desktop.services.explanation_fields import routing_words
    from desktop.ui.explanations import ROUTING_SENTENCES, routing_text

    assert tuple(ROUTING_SENTENCES) == REASON_SENTENCES
    routing = because(None, 6, Words(RULE_6, ((Words("the request names no location"),),
                                              "Hoffmann SE")))  # fmt: skip
    assert routing.reason == "Rule 6: the request names no location; Hoffmann SE handles it."
    stored = json.loads(routing_words(routing.reason_words))
    assert routing_text(stored, routing.reason) == (
        "Regel 6: het verzoek noemt geen locatie; Hoffmann SE behandelt het."
    )
    assert routing_text(None, "Rule 1: as stored") == "Rule 1: as stored"  # an older case


def test_the_law_is_named_as_the_window_s_language_names_it(dutch):
    from desktop.ui.text import law

    assert law("Art. 21(1), 22 GDPR") == "Art. 21(1), 22 AVG"


def test_a_public_holiday_is_named_in_the_window_s_language(dutch):
    """The holiday's name is kept in English, its country's language, Dutch and German:
    the command line prints "Christmas Day", a Dutch window the German name (Dutch has none
    for a Bavarian calendar), and a day equated by the company in Dutch words."""
    from dataclasses import replace
    from datetime import date

    from desktop.core.deadlines import MUNICH, NETHERLANDS, response_deadline
    from desktop.core.explanations import from_data
    from desktop.services.explanation_fields import deadline_words
    from desktop.ui.explanations import explanation_text

    munich = response_deadline(date(2026, 11, 25), MUNICH)
    assert "25 Dec 2026 is a public holiday (Christmas Day)" in munich.explanation
    stored = json.loads(deadline_words(munich))
    assert " ".join(from_data(step).english() for step in stored) == munich.explanation
    assert "25 dec 2026 is een feestdag (Erster Weihnachtstag)" in explanation_text(stored)

    with_decree = replace(NETHERLANDS, extra_dates=(date(2026, 6, 15),))
    equated = response_deadline(date(2026, 5, 15), with_decree)
    assert "(day equated to a public holiday)" in equated.explanation
    assert "(met een algemeen erkende feestdag gelijkgestelde dag)" in explanation_text(
        json.loads(deadline_words(equated))
    )


def test_countries_and_languages_are_named_in_the_window_s_language(dutch):
    from desktop.ui.models.company_table import country_text as company_country
    from desktop.ui.models.company_table import language_text
    from desktop.ui.postal_fields import country_text

    assert country_text("DE") == "Duitsland (DE)"
    assert company_country("BE") == "BE (België)"
    assert language_text("de") == "de (Duits)"


def test_what_a_letterhead_lacks_is_named_in_the_window_s_language(dutch):
    from desktop.core.letterhead import FIELD_WORDS, IncompleteLetterhead
    from desktop.ui.dialogs.letter import why_a_draft
    from desktop.ui.text import LETTERHEAD_FIELDS

    assert tuple(LETTERHEAD_FIELDS) == FIELD_WORDS
    problem = IncompleteLetterhead("Hoffmann SE", ["register court", "board members"])
    assert problem.message == (
        "the register entry of Hoffmann SE lacks: register court, board members; "
        "complete it under Companies"
    )
    assert why_a_draft(problem) == (
        "Briefhoofd: in de registratie van Hoffmann SE ontbreken registergerecht, "
        "bestuursleden; vul die aan onder Ondernemingen"
    )


def test_the_case_list_words_a_routing_warning_in_the_window_s_language(dutch, services):
    from PySide6.QtCore import Qt

    from desktop.services.cases import CaseDraft, Requester
    from desktop.ui.models.case_table import CaseTableModel

    person = Requester(name="Jürgen Müller", email="j@example.org", customer="business")
    case_id = services.cases.log_case(
        CaseDraft(requester=person, channel="letter", received="2026-11-20", types=["access"])
    ).id
    english = services.cases.case_file(case_id)["routing"]["warning"]
    assert english  # a business customer without a delivery country: the rule is unsure

    model = CaseTableModel(services.queries)
    tooltip = model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert english == (
        "Check the responsible company: no delivery location is known for this business customer."
    )
    assert tooltip == (
        "Controleer de verantwoordelijke onderneming: van deze zakelijke klant is geen "
        "leverlocatie bekend."
    )


def test_every_marked_word_has_a_literal_context():
    """lupdate reads QT_TRANSLATE_NOOP's context only when it is written out: a name such
    as _CONTEXT hides every word so marked from the catalogues (and from the test above)."""
    hidden = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"QT_TRANSLATE_NOOP\(\s*[^\s\"']", line)
    ]
    assert hidden == []
