"""Issue 8.4: windows act only on cases as they show them, notice other processes' changes,
and open one case file per case."""

import pytest
from PySide6.QtCore import QSettings
from ui_support import refused_as_changed

from desktop.app import build_services
from desktop.services.cases import CaseDraft, Requester
from desktop.services.context import CHANGED_MEANWHILE_BY
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings


def log(services, name="Anne de Vries") -> int:
    draft = CaseDraft(channel="letter", received="2026-11-20", types=["access"],
                      requester=Requester(name=name, address="Oudegracht 1\n3511 AX Utrecht"))  # fmt: skip
    return services.cases.log_case(draft).id


@pytest.fixture
def other(store_path, clock, services):
    """A second program on the same store file (its own connection), like the CLI."""
    built = build_services(store_path, clock, officer=lambda: "other-officer")
    yield built
    built.close()


@pytest.fixture
def window(qtbot, services, tmp_path):
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.show()
    return w


def actions(services, case_id):
    return [a["action"] for a in services.cases.case_file(case_id)["audit"]]


def test_a_case_changed_meanwhile_is_refused_and_nothing_is_written(window, services, other):
    case_id = log(services)
    case_file = window.open_case(case_id)
    pause = case_file.ask_for_identification()  # the window shows the case as open
    pause.reason.setPlainText("Identity in doubt")
    other.cases.close(case_id, {"access": "granted"})  # meanwhile, elsewhere
    pause.accept()
    assert pause.isVisible()
    assert refused_as_changed(pause)
    assert actions(services, case_id) == ["case-logged", "case-closed"]
    assert services.cases.case_file(case_id)["status"] == "closed"


def test_the_status_line_buttons_are_held_to_the_shown_version_too(window, services, other):
    case_id = log(services)
    services.cases.pause(case_id, "ID", on="2026-11-21")
    case_file = window.open_case(case_id)
    other.cases.add_note(case_id, "called the person")
    resume = case_file.information_received()
    resume.accept()
    assert resume.isVisible() and refused_as_changed(resume)
    assert services.cases.case_file(case_id)["status"] == "awaiting-id"


def test_the_window_notices_changes_by_another_program(window, services, other, qtbot):
    case_id = log(services)
    case_file = window.open_case(case_id)
    seen = case_file.case["version"]
    other.cases.add_note(case_id, "added from the command line")
    log(other, "Logged elsewhere")
    qtbot.waitUntil(lambda: case_file.case["version"] > seen, timeout=5_000)
    notes = case_file.notes.table
    assert [notes.item(r, 2).text() for r in range(notes.rowCount())] == [
        "added from the command line"
    ]  # it shows the case as it is now, and says so (not as an error)
    assert case_file.message.text() and case_file.message.property("error") is False
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() == 2, timeout=5_000)


def test_one_case_file_per_case(window, services):
    case_id = log(services)
    first = window.open_case(case_id)
    assert window.open_case(case_id) is first
    first.close()
    first.done(0)
    second = window.open_case(case_id)
    assert second is not first and len(window.case_files) == 1


def test_a_second_window_on_the_same_store_is_told(window, services, other, qtbot, tmp_path):
    assert window.also_open_elsewhere is False
    settings = UiSettings(QSettings(str(tmp_path / "ui2.ini"), QSettings.Format.IniFormat))
    second = MainWindow(other, settings)
    qtbot.addWidget(second)
    assert second.also_open_elsewhere is True


def test_a_letter_worded_before_the_case_changed_is_not_kept_as_sent(qtbot, services, other):
    """The acknowledgement promised the old deadline; the case was extended elsewhere."""
    from desktop.ui.dialogs.letter import LetterDialog

    case_id = log(services)
    dialog = LetterDialog(services.letters, services.cases, case_id)
    qtbot.addWidget(dialog)
    other.cases.extend(case_id, "Data in several systems")
    assert dialog.mark_sent() is None
    assert dialog.error.text().endswith(CHANGED_MEANWHILE_BY.replace("%1", "other-officer"))
    assert dialog.sent_letter_id is None
    assert services.letters.letters(case_id) == []


def test_a_letter_sent_from_the_window_moves_its_open_case_file_on(window, services, qtbot):
    """The window's own change is no change "elsewhere": the next action is not refused."""
    from tests.letterhead_support import complete_letterhead

    complete_letterhead(services)  # the shipped entry lacks its board: letters would be drafts
    case_id = log(services)
    case_file = window.open_case(case_id)
    letter = window.open_letter(case_id)
    assert letter.mark_sent() is not None
    pause = case_file.ask_for_identification()
    pause.reason.setPlainText("ID doubt")
    pause.accept()
    assert not pause.isVisible(), pause.errors()


def test_batch_printing_keeps_exactly_what_was_printed(window, services, tmp_path, other):
    from PySide6.QtPrintSupport import QPrinter

    from tests.letterhead_support import complete_letterhead

    complete_letterhead(services)  # the shipped entry lacks its board: letters would be drafts

    first, second = log(services), log(services, "Bob")
    batch = window.print_letters_due()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    plan = services.letters.plan_post_batch(batch.chosen())
    other.cases.extend(second, "Data in several systems")  # after wording, before recording
    services.letters.record_printed(plan)
    kept = services.letters.letters(first)
    assert services.letters.letter_pdf(kept[0]["id"]) == plan.letters[0].pdf
    assert services.letters.letters(second) == []
    assert [ref for ref, _why in plan.not_kept] == [plan.letters[1].reference]


def test_a_linked_case_opens_once_and_stays_current(window, services):
    """From the Requester tab: the main window's case file for it, not a second, stale one."""
    first = log(services, "Anne")
    second = services.cases.log_case(
        CaseDraft(channel="letter", received="2026-11-21", types=["erasure"],
                  requester=Requester(name="Anne"), link_to=(first,))
    ).id  # fmt: skip
    case_file = window.open_case(second)
    linked = case_file.open_linked(first)
    assert case_file.open_linked(first) is linked is window.open_case(first)
    assert list(window.case_files) == [second, first]
    note = linked.add_note()
    note.text.setPlainText("Same person.")
    note.accept()
    assert not note.isVisible(), note.errors()
    assert linked.case["version"] == services.cases.version_of(first)
