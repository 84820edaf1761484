"""Issue 11, defects 8 and 9 in the window: the first-start dialog asks for the officer's name
and function; the letter dialog keeps a draft (no name, incomplete letterhead) off paper."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter

from desktop.app import build_services
from desktop.services.cases import CaseDraft, Requester
from desktop.ui.dialogs.batch_letters import BatchLettersDialog
from desktop.ui.dialogs.letter import LetterDialog
from desktop.ui.dialogs.officer_settings import OfficerSettingsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import ChangeHub, Ops
from desktop.ui.settings import UiSettings
from tests.letterhead_support import complete_letterhead


@pytest.fixture
def settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def log(services):
    return services.cases.log_case(
        CaseDraft(channel="letter", received="2026-11-20", types=["access"],
                  requester=Requester(name="Jürgen Weiß", language="de",
                                      address="Lindenstraße 12\n80331 München")),
    ).id  # fmt: skip


def test_the_first_start_asks_for_the_officers_name_and_function(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    dialog = window.ask_for_officer_at_first_start()
    assert isinstance(dialog, OfficerSettingsDialog) and dialog.isVisible()
    assert dialog.functions["de"].text() == "Datenschutzbeauftragter"  # what letters printed
    assert dialog.functions["nl"].text() == "Privacyfunctionaris"

    dialog.accept()  # no name: refused, and the dialog stays
    assert dialog.isVisible() and dialog.errors() == {
        "name": "Your name: is required (letters are signed with it)"
    }
    assert settings.officer_name() == ""
    dialog.name.setText("  Dr. Katrin   Weiß ")
    dialog.functions["de"].setText("Datenschutzbeauftragte")
    with qtbot.waitSignal(dialog.officer_saved):
        dialog.accept()
    assert not dialog.isVisible()
    assert settings.officer_name() == "Dr. Katrin Weiß"
    signatory = settings.working_officer().signatory()
    assert signatory.function("de") == "Datenschutzbeauftragte"
    assert signatory.function("en") == "Data protection officer"
    assert window.ask_for_officer_at_first_start() is None  # asked once, not every start

    # File > Officer name and function… opens the same dialog, filled in.
    action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if "Officer" in a.text()
    )
    action.trigger()
    again = window.findChildren(OfficerSettingsDialog)[-1]
    qtbot.waitUntil(again.isVisible)
    assert again.name.text() == "Dr. Katrin Weiß"
    again.reject()


@pytest.fixture
def unnamed(store_path, clock, settings):
    """The window's services while the settings hold no name (the audit still has the login)."""
    built = build_services(store_path, clock, officer=settings.working_officer())
    complete_letterhead(built)
    yield built
    built.close()


def test_the_letter_dialog_refuses_to_finalise_without_a_name(qtbot, unnamed, settings, tmp_path):
    dialog = LetterDialog(unnamed.letters, unnamed.cases, log(unnamed))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sent_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()  # a draft may be saved to look at
    assert dialog.final_warning.isVisible()
    assert "Your name is not set" in dialog.final_warning.text()
    assert "Your name is not set" in dialog.sent_button.toolTip()
    assert dialog.mark_sent() is None and "Your name is not set" in dialog.error.text()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 0 and not (tmp_path / "printed.pdf").exists()
    assert unnamed.letters.letters(dialog.case_id) == []

    settings.set_officer("Dr. Katrin Weiß")  # set in the officer dialog meanwhile
    assert dialog.check_final()
    assert dialog.sent_button.isEnabled() and not dialog.final_warning.isVisible()
    assert dialog.mark_sent() is not None


def test_an_incomplete_letterhead_keeps_the_letter_a_draft(qtbot, services):
    dialog = LetterDialog(services.letters, services.cases, log(services))
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.final_warning.text()
    assert dialog.final_warning.isVisible() and not dialog.sent_button.isEnabled()
    assert "the register entry of Hoffmann SE lacks: register court" in text
    assert "chair of the supervisory board; complete it under Companies" in text
    assert dialog.mark_sent() is None and dialog.error.text().startswith("Letterhead: ")


def test_the_batch_leaves_drafts_out_and_says_why(qtbot, services):
    log(services)
    batch = BatchLettersDialog(services.letters, services.cases, Ops(services, ChangeHub()))
    qtbot.addWidget(batch)
    assert batch.chosen() == [] and not batch.print_button.isEnabled()
    assert batch.drafts.isVisibleTo(batch) and "board members" in batch.drafts.text()
