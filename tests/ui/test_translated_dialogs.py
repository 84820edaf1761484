"""The window in Dutch and German beyond its pages: every dialog asks for no word its catalogue
lacks, dates are written as each language writes them, and the services' refusals are said
in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator

LANGUAGES = ("nl", "de")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_asks_for_no_word_its_catalogue_lacks(
    qtbot, qapp, services, tmp_path, catalogue_misses, language
):
    """Every dialog scripts/dialog_tour.py pictures, opened in Dutch and in German on a demo
    store: the decisions, the letter, the company and register editors, the exports."""
    import importlib.util

    from desktop.services.demo import fill_demo_store
    from desktop.ui.language import install_language
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings

    spec = importlib.util.spec_from_file_location(
        "dialog_tour", Path(__file__).resolve().parents[2] / "scripts" / "dialog_tour.py"
    )
    tour = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tour)
    fill_demo_store(services.cases, 150, decisions=services.decisions)
    missing = catalogue_misses
    before = QLocale()
    install_language(qapp, language)
    try:
        settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        settings.set_officer("Katrin Weiß")
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        window.show()
        titles: list[str] = []
        opened = tour.walk_dialogs(window, lambda name, widget: titles.append(widget.windowTitle()),
                                   wait_ms=10)  # fmt: skip
        window.finish_background_work()
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(before)
    assert len(opened) >= 30, opened
    assert all(titles), "every dialog says in its title bar what it is"
    assert sorted(missing) == [], "mark them for lupdate and translate them"


def test_dates_are_written_as_german_writes_them(german, qtbot):
    """ "3. Dez. 2026", not "3 Dez. 2026"; the date field shows it so and reads it back."""
    from datetime import date, datetime

    from desktop.ui.dates import DateEdit
    from desktop.ui.text import long_date, nice_date, nice_moment

    assert nice_date(date(2026, 12, 3)) == "3. Dez. 2026"
    assert long_date(date(2026, 12, 3)) == "Donnerstag, 3. Dezember 2026"
    assert nice_moment(datetime(2026, 5, 4, 14, 5)) == "4. Mai 2026, 14:05"
    edit = DateEdit(date(2026, 12, 3))
    qtbot.addWidget(edit)
    assert edit.text() == "3. Dez. 2026"
    edit.lineEdit().setText("24.12.2026")
    edit.interpretText()
    assert edit.date().toPython() == date(2026, 12, 24) and edit.text() == "24. Dez. 2026"


def test_every_refusal_of_the_services_is_marked_for_translation():
    """ui/refusal_words.py is what scripts/refusal_words.py finds in the core and the
    services today; none is worded by an f-string, which no catalogue could hold."""
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "refusal_words.py"
    spec = importlib.util.spec_from_file_location("refusal_words", script)
    words = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(words)
    found, unworded = words.templates()
    assert unworded == []
    assert words.TARGET.read_text(encoding="utf-8") == words.source(found), (
        "run scripts/refusal_words.py, then make translations-update"
    )


def test_a_refusal_is_said_in_the_window_s_language(dutch, services):
    """The services refuse in English words with their values apart; the window says it in
    Dutch, with the date as the window writes dates."""
    from desktop.core.errors import ValidationError
    from desktop.services.cases import CaseDraft, Requester
    from desktop.ui.refusals import refusal_text

    person = Requester(name="Anne de Vries", email="anne@example.org", language="nl")
    with pytest.raises(ValidationError) as refused:
        services.cases.log_case(
            CaseDraft(requester=person, channel="email", received="2026-12-24", types=["access"])
        )
    assert refused.value.message == "2026-12-24 lies in the future (today is 2026-11-24)"
    assert (
        refusal_text(refused.value)
        == "24 dec 2026 ligt in de toekomst (vandaag is het 24 nov 2026)"
    )
    assert refusal_text(ValidationError("x", "worded before templates")) == (
        "worded before templates"
    )
