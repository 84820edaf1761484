"""Issue 14.5 in the window: File ▸ New authority inquiry logs the inquiry with the authority's
date and the cases it concerns; its case file says whose inquiry it is and exports every case it
concerns; a complaint is linked to its case from the case file."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSettings

from desktop.ui.case_file import CaseFileDialog, CaseFileServices
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings
from tests.services.test_inquiries import log


def test_an_inquiry_is_logged_from_the_window_and_exported_with_its_cases(
    qtbot, services, tmp_path
):
    original = log(services)
    window = MainWindow(
        services, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    dialog = window.new_inquiry()
    dialog.authority.setCurrentText("Autoriteit Persoonsgegevens")
    dialog.their_reference.setText("z2026-01234")
    dialog.received.setDate(QDate(2026, 11, 20))
    dialog.deadline.setDate(QDate(2026, 11, 10))  # before it arrived: refused at its field
    dialog.concerns.setText(original.reference)
    dialog.accept()
    assert dialog.isVisible() and "deadline" in dialog.errors()
    dialog.deadline.setDate(QDate(2026, 12, 15))
    with qtbot.waitSignal(dialog.case_logged) as logged:
        dialog.accept()
    case_id = logged.args[0]
    case_file = window.case_files[case_id]
    assert case_file.header.inquiry_label.isVisible()
    assert "z2026-01234" in case_file.header.inquiry_label.text()
    assert "15 Dec 2026" in case_file.header.due_label.text()
    out = tmp_path / "ap"
    out.mkdir()
    assert case_file.export_for_authority(out) == out
    assert len(list(out.iterdir())) == 2  # the inquiry and the case it concerns
    case_file.close()


def test_a_complaint_is_linked_to_its_case_from_the_case_file(qtbot, services):
    original = log(services)
    complaint = log(services, received="2026-11-20", types=("complaint",))
    dialog_owner = CaseFileDialog(CaseFileServices.of(services), complaint.id)
    qtbot.addWidget(dialog_owner)
    dialog_owner.show()
    dialog_owner.requester.link_button.click()
    link = dialog_owner.action_dialog
    link.other.setText("PD-2099-000001")
    link.accept()
    assert link.isVisible() and "case" in link.errors()
    link.other.setText(original.reference)
    link.accept()
    assert dialog_owner.requester.links_table.rowCount() == 1
    assert dialog_owner.requester.links_table.item(0, 0).text() == original.reference


def test_the_authority_s_new_date_is_recorded_from_the_case_file(qtbot, services):
    from tests.services.test_inquiries import inquiry

    logged = inquiry(services)
    case_file = CaseFileDialog(CaseFileServices.of(services), logged.id)
    qtbot.addWidget(case_file)
    case_file.show()
    bar = case_file.action_bar
    assert bar.extend_button.isVisible() and "date" in bar.extend_button.text()
    assert not bar.pause_button.isVisible() and not bar.transfer_button.isVisible()
    bar.extend_button.click()
    dialog = case_file.action_dialog
    dialog.deadline.setDate(QDate(2027, 1, 15))
    dialog.accept()
    assert dialog.isVisible() and "reason" in dialog.errors()  # why is asked
    dialog.reason.setText("Four more weeks granted by letter")
    dialog.accept()
    assert services.cases.case_file(logged.id)["current_due"] == "2027-01-15"
    assert "15 Jan 2027" in case_file.header.due_label.text()
