"""Issue 14.4 in the window: correspondence added from the case file (a reply as it came, a
phone note, files dropped on the case file), and the intake noticing that a message is a reply
in a case already logged and filing it there."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.ui.case_file import CaseFileDialog, CaseFileServices
from desktop.ui.dialogs.follow_up import CorrespondenceDialog
from desktop.ui.intake import IntakeDialog
from tests.services.test_follow_up import log, reply


def case_file(qtbot, services, case_id: int) -> CaseFileDialog:
    dialog = CaseFileDialog(CaseFileServices.of(services), case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_reply_is_added_from_the_case_file_as_it_came(qtbot, services, tmp_path):
    case = log(services)
    window = case_file(qtbot, services, case.id)
    rows = window.correspondence.items.rowCount()
    window.correspondence.add_button.click()
    dialog = window.action_dialog
    assert isinstance(dialog, CorrespondenceDialog)
    dialog.add_paths([reply(tmp_path, "Re: klantnummer")])
    assert dialog.subject.text() == "Re: klantnummer"  # the message's own fields
    assert dialog.channel.currentData() == "email" and dialog.on.date().day() == 23
    dialog.accept()
    assert window.correspondence.items.rowCount() == rows + 1
    item = services.cases.case_file(case.id)["correspondence"][-1]
    assert [a["filename"] for a in item["attachments"]] == ["reply.eml", "klantenkaart.pdf"]
    assert "Filed" in window.message.text()


def test_a_phone_note_needs_a_subject_and_says_so_at_its_field(qtbot, services):
    case = log(services)
    window = case_file(qtbot, services, case.id)
    dialog = window.add_correspondence()
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.note.setPlainText("Asked when the answer comes.")
    dialog.accept()
    assert dialog.isVisible() and "subject" in dialog.errors()
    dialog.subject.setText("Phone call")
    dialog.accept()
    assert not dialog.isVisible()
    item = services.cases.case_file(case.id)["correspondence"][-1]
    assert (item["channel"], item["body"]) == ("phone", "Asked when the answer comes.")


def test_files_dropped_on_the_case_file_open_the_dialog_with_them(qtbot, services, tmp_path):
    case = log(services)
    window = case_file(qtbot, services, case.id)
    scan = tmp_path / "brief.pdf"
    scan.write_bytes(b"%PDF-1.4 letter")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(scan))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    dialog = window.action_dialog
    assert isinstance(dialog, CorrespondenceDialog) and dialog.paths == [scan]
    dialog.subject.setText("Letter with the customer card")
    dialog.accept()
    item = services.cases.case_file(case.id)["correspondence"][-1]
    assert (item["channel"], item["attachments"][0]["filename"]) == ("letter", "brief.pdf")


def test_the_intake_offers_to_file_a_reply_in_the_case_it_quotes(qtbot, services, tmp_path):
    case = log(services)
    dialog = IntakeDialog(services.cases, services.intake, services.register,
                          follow_up=services.follow_up)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.message_loaded, timeout=10_000):
        dialog.load_file(reply(tmp_path, f"AW: {case.reference}"))
    assert dialog.reply.isVisible() and case.reference in dialog.reply.text.text()
    with qtbot.waitSignal(dialog.filed_in_case) as filed:
        dialog.reply.file_button.click()
    assert filed.args == [case.id] and not dialog.isVisible()
    assert services.queries.count(_all()) == 1  # no new case logged
    subjects = [c["subject"] for c in services.cases.case_file(case.id)["correspondence"]]
    assert subjects[-1] == f"AW: {case.reference}"


def test_a_message_from_someone_new_shows_no_offer(qtbot, services, tmp_path):
    log(services)
    dialog = IntakeDialog(services.cases, services.intake, services.register,
                          follow_up=services.follow_up)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.message_loaded, timeout=10_000):
        dialog.load_file(reply(tmp_path, "Auskunft", "neu@example.org"))
    assert not dialog.reply.isVisible()
    # The panel reads the store once more for the sender: done before the store closes.
    qtbot.waitUntil(lambda: not dialog._refresh_timer.isActive())


def _all():
    from desktop.core.listing import CaseFilter

    return CaseFilter()
