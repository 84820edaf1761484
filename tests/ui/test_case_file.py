"""The case file: what it shows, and every action through the real services into the store."""

import os
import re
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from ui_support import refusal, refused_as_changed, said

from desktop.core.cases import CaseAction, CaseStatus, allowed_actions
from desktop.core.codes import IdCheckMethod
from desktop.core.requests import Channel, Outcome
from desktop.services.cases import Attachment, CaseDraft, Requester
from desktop.ui.case_file import CaseFileDialog, CaseFileServices
from desktop.ui.case_file.history_wording import LANGUAGE_LABELS, audit_summary, safe_filename
from desktop.ui.dialogs.case_actions import CloseDialog, NoteDialog, PauseDialog
from desktop.ui.palette import CALM, INK, MUTED, OVERDUE, SOON
from desktop.ui.text import enum_label, nice_date, translated, type_label, type_labels

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def log(services, name="Jürgen Müller", **kw) -> int:
    person = kw.pop("requester", None) or Requester(
        name=name,
        email="j.mueller@example.org",
        address="Hauptstraße 5\n80331 München",
        customer=kw.pop("customer", "consumer"),
        delivery_country=kw.pop("delivery_country", None),
        language="de",
    )
    base = dict(
        channel="letter",
        received="2026-11-20",
        types=["access", "erasure"],
        subject="Auskunft und Löschung",
        body="Ich bitte um Auskunft und Löschung.",
        attachments=[Attachment("brief.pdf", "application/pdf", PDF, is_original=True)],
    )
    base.update(kw)
    return services.cases.log_case(CaseDraft(requester=person, **base)).id


@pytest.fixture
def open_file(qtbot, services):
    def opener(case_id: int, **choosers) -> CaseFileDialog:
        dialog = CaseFileDialog(CaseFileServices.of(services), case_id, **choosers)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return opener


def actions(services, case_id: int) -> list[str]:
    return [entry["action"] for entry in services.cases.case_file(case_id)["audit"]]


def id_copies(services, case_id: int) -> int:
    case = services.cases.case_file(case_id)
    return sum(a["is_id_document"] for c in case["correspondence"] for a in c["attachments"])


def table_column(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def colour(widget):
    return widget.palette().color(QPalette.ColorRole.WindowText)


def numbers(label) -> list[str]:
    """The numbers a label shows (days, a count): data, in any language."""
    return re.findall(r"\d+", label.text())


# -- what it shows -------------------------------------------------------------------------------
def test_header_shows_reference_status_company_and_deadline(open_file, services):
    case_id = log(services)
    case = services.cases.case_file(case_id)
    dialog = open_file(case_id)
    header = dialog.header
    assert header.reference_label.text() == "PD-2026-000001"
    assert case["status"] == "open" and colour(header.status_label) == INK
    assert header.company_label.text() == "Hoffmann SE"
    assert header.sample_badge.isHidden()
    assert case["routing"]["rule"] == 2
    assert header.routing_label.text() == case["routing"]["reason"]
    assert header.routing_warning.isHidden()
    assert header.requester_label.text().startswith("Jürgen Müller")
    assert header.requester_label.text().endswith(
        f"{type_label('access')}, {type_label('erasure')}"
    )
    assert "20 Nov 2026" in header.received_label.text()
    assert enum_label(Channel, "letter").lower() in header.received_label.text()
    assert "21 Dec 2026" in header.due_label.text() and "27" in numbers(header.due_label)
    assert colour(header.due_label) == CALM  # 27 days left
    assert not case["extended"] and "22 Feb 2027" in header.clock_label.text()  # if extended
    assert "20 Dec 2026" in header.due_label.toolTip()  # the explanation: a Sunday rolled over
    assert header.due_label.toolTip().startswith(case["deadline_explanation"])
    assert header.explanation_label.isHidden()
    header.why_button.click()
    assert header.explanation_label.isVisible()
    assert header.explanation_label.text() == header.due_label.toolTip()
    assert "PD-2026-000001" in dialog.windowTitle()
    assert 1000 <= dialog.width() <= 1280 and dialog.height() <= 800


def test_overdue_case_is_red_and_sample_company_is_badged(open_file, services):
    late = log(services, received="2026-10-01")
    dialog = open_file(late)
    overdue = (services.cases.today() - date.fromisoformat(dialog.case["current_due"])).days
    assert overdue > 0 and str(overdue) in numbers(dialog.header.due_label)
    assert colour(dialog.header.due_label) == OVERDUE
    sample = log(services, customer="business", delivery_country="NL", context="order")
    dialog = open_file(sample)
    assert dialog.header.company_label.text() == "Hoffmann Nederland B.V."
    assert not dialog.header.sample_badge.isHidden()


def test_routing_warning_is_shown(open_file, services):
    case_id = log(services, customer="business")  # no delivery country known
    dialog = open_file(case_id)
    warning = services.cases.case_file(case_id)["routing"]["warning"]
    assert warning and not dialog.header.routing_warning.isHidden()
    assert dialog.header.routing_warning.text() == warning
    assert dialog.header.routing_warning.objectName() == "warning"


def test_hostile_text_is_shown_as_text(open_file, services):
    name = 'Bob <b>"bold"</b> & <script>x</script>'
    dialog = open_file(log(services, name=name))
    assert dialog.requester.fields["name"].text() == name
    assert dialog.requester.fields["name"].textFormat() == Qt.TextFormat.PlainText
    assert dialog.header.requester_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.requester.fields["address"].text() == "Hauptstraße 5\n80331 München"


def test_tabs_show_the_whole_file(open_file, services):
    other = log(services, name="Jürgen Müller", types=["objection-marketing"], attachments=[])
    case_id = log(services, link_to=[other])
    services.cases.add_correspondence(case_id, "out", "email", None, "Acknowledgement", "Thanks")
    services.cases.add_note(case_id, "Phoned the requester.\nHe will send his customer number.")
    dialog = open_file(case_id)
    case = services.cases.case_file(case_id)
    requests = dialog.requests.table
    assert table_column(requests, 0) == [type_label("access"), type_label("erasure")]
    basis = table_column(requests, 1)
    assert "15" in basis[0] and "17" in basis[1]  # the articles
    # No outcome yet: the outcome column says so, muted, and nothing is decided.
    assert [r["outcome"] for r in case["requests"]] == [None, None]
    assert all(requests.item(row, 2).text() for row in range(2))
    assert all(requests.item(row, 2).foreground().color() == MUTED for row in range(2))
    assert table_column(requests, 4) == ["", ""]
    # Correspondence in time order; the first is selected with its body and files.
    items = dialog.correspondence.items
    direction = {c["id"]: c["direction"] for c in case["correspondence"]}
    shown = [items.item(row, 1).data(Qt.ItemDataRole.UserRole) for row in range(items.rowCount())]
    assert [direction[item_id] for item_id in shown] == ["in", "out"]
    assert items.item(0, 1).text() != items.item(1, 1).text()  # in and out read differently
    assert table_column(dialog.correspondence.items, 3) == [
        "Auskunft und Löschung",
        "Acknowledgement",
    ]
    assert dialog.correspondence.item_body.toPlainText() == "Ich bitte um Auskunft und Löschung."
    assert table_column(dialog.correspondence.attachments, 0) == ["brief.pdf"]
    dialog.correspondence.items.setCurrentCell(1, 0)
    assert dialog.correspondence.item_body.toPlainText() == "Thanks"
    assert dialog.correspondence.attachments.isHidden()
    assert dialog.correspondence.open_button.isHidden()  # no files: nothing to open
    assert dialog.correspondence.files_note.isHidden()  # and none was deleted
    # Requester and linked case.
    assert dialog.requester.fields["email"].text() == "j.mueller@example.org"
    assert case["requester"]["language"] == "de"
    assert dialog.requester.fields["language"].text() == translated(LANGUAGE_LABELS["de"])
    assert dialog.requester.fields["phone"].text() == "—"
    assert table_column(dialog.requester.links_table, 0) == ["PD-2026-000001"]
    assert table_column(dialog.requester.links_table, 2) == [type_labels("objection-marketing")]
    assert dialog.requester.no_links_label.isHidden()
    # Notes and history (newest first, readable).
    assert table_column(dialog.notes.table, 2) == [
        "Phoned the requester.\nHe will send his customer number."
    ]
    assert table_column(dialog.notes.table, 1) == ["officer-test"]
    history = dialog.history.table
    codes = [history.item(row, 2).toolTip() for row in range(history.rowCount())]
    assert codes == ["note-added", "correspondence-added", "case-logged"]
    assert all(history.item(row, 2).text() not in ("", codes[row]) for row in range(3))
    logged = history.item(2, 3).text()
    assert f"{type_label('access')}, {type_label('erasure')}" in logged
    assert "Hoffmann SE" in logged and "hoffmann-se" not in logged  # the name, not the id
    assert "PD-2026-000001" in logged and f"#{other}" not in logged  # the reference, not the id
    assert "{" not in logged


def test_linked_case_opens_in_its_own_window(open_file, services, qtbot):
    other = log(services, attachments=[])
    dialog = open_file(log(services, link_to=[other]))
    second = dialog.open_linked(other)
    qtbot.addWidget(second)
    assert second.header.reference_label.text() == "PD-2026-000001"
    with qtbot.waitSignal(dialog.case_changed) as signal:
        note = second.add_note()
        note.text.setPlainText("Same person as PD-2026-000002.")
        note.accept()
    assert signal.args == [other]


def test_buttons_follow_the_allowed_actions(open_file, services):
    case_id = log(services)
    dialog = open_file(case_id)
    gates = {
        CaseAction.PAUSE: dialog.action_bar.pause_button,
        CaseAction.RESUME: dialog.action_bar.resume_button,
        CaseAction.EXTEND: dialog.action_bar.extend_button,
        CaseAction.TRANSFER: dialog.action_bar.transfer_button,
        CaseAction.CLOSE: dialog.action_bar.close_button,
        CaseAction.REOPEN: dialog.action_bar.reopen_button,
    }
    for status, extended, change in (
        (CaseStatus.OPEN, False, None),
        (CaseStatus.OPEN, True, lambda: services.cases.extend(case_id, "several systems")),
        (CaseStatus.AWAITING_ID, True, lambda: services.cases.pause(case_id, "doubt")),
        (CaseStatus.CLOSED, True, lambda: services.cases.close(
            case_id, {"access": "granted", "erasure": "no-data"})),
    ):  # fmt: skip
        if change:
            change()
        dialog.reload()
        allowed = allowed_actions(status, extended)
        for action, button in gates.items():
            assert button.isVisibleTo(dialog) == (action in allowed), (status, action)
        active = status is not CaseStatus.CLOSED
        assert dialog.action_bar.id_checked_button.isVisibleTo(dialog) == active
        assert dialog.action_bar.id_document_button.isVisibleTo(dialog) == active
        assert dialog.action_bar.note_button.isVisibleTo(dialog)


# -- actions -------------------------------------------------------------------------------------
def test_ask_for_identification_pauses_the_clock(open_file, services, qtbot):
    case_id = log(services)
    dialog = open_file(case_id)
    open_status = dialog.header.status_label.text()
    pause = dialog.ask_for_identification()
    assert isinstance(pause, PauseDialog) and pause.isVisible()
    # A hint, not a value: saving the untouched form is refused, nothing is written.
    assert pause.reason.toPlainText() == "" and pause.reason.placeholderText()
    pause.accept()
    assert pause.isVisible() and pause.reason in pause.invalid_widgets()
    assert services.cases.case_file(case_id)["status"] == "open"
    assert pause.on.date().toString("yyyy-MM-dd") == "2026-11-24"
    qtbot.keyClicks(pause.reason, "the address differs from the customer record")
    with qtbot.waitSignal(dialog.case_changed, timeout=2000) as signal:
        qtbot.mouseClick(pause.ok_button, Qt.MouseButton.LeftButton)
    assert signal.args == [case_id]
    assert not pause.isVisible()
    case = services.cases.case_file(case_id)
    assert case["status"] == "awaiting-id" and case["paused_since"] == "2026-11-24"
    entry = case["audit"][-1]
    assert entry["action"] == "case-paused"
    assert entry["detail"]["reason"] == "the address differs from the customer record"
    assert entry["detail"]["changes"]["status"] == ["open", "awaiting-id"]
    header = dialog.header
    assert header.status_label.text() != open_status and colour(header.status_label) == SOON
    # Still due 21 Dec, the clock stands: 27 days left when it stopped on 24 Nov.
    assert "21 Dec 2026" in header.due_label.text() and colour(header.due_label) == SOON
    assert "27" not in numbers(header.due_label)  # no days counting down while paused
    assert "24 Nov 2026" in header.clock_label.text() and "27" in numbers(header.clock_label)
    assert (
        not dialog.action_bar.resume_button.isHidden() and dialog.action_bar.pause_button.isHidden()
    )


def test_pause_without_a_reason_is_refused_in_the_dialog(open_file, services, qtbot):
    case_id = log(services)
    dialog = open_file(case_id)
    pause = dialog.ask_for_identification()
    pause.reason.setPlainText("   ")
    with qtbot.assertNotEmitted(dialog.case_changed):
        pause.accept()
    assert pause.isVisible()
    assert "reason" in pause.errors()
    assert pause.reason in pause.invalid_widgets()
    assert pause.reason.property("invalid") is True
    assert services.cases.case_file(case_id)["status"] == "open"
    assert actions(services, case_id) == ["case-logged"]


def test_information_received_restarts_the_clock(open_file, services, qtbot):
    case_id = log(services)
    services.cases.pause(case_id, "Reasonable doubt about the identity", on="2026-11-21")
    dialog = open_file(case_id)
    resume = dialog.information_received()
    assert resume.on.date().toString("yyyy-MM-dd") == "2026-11-24"  # nothing came in: today
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        resume.accept()
    case = services.cases.case_file(case_id)
    assert case["status"] == "open" and case["paused_days"] == 3
    assert case["current_due"] == "2026-12-23"  # 20 Dec + 3 days waited, a Wednesday
    assert case["audit"][-1]["action"] == "case-resumed"
    header = dialog.header
    assert "23 Dec 2026" in header.due_label.text() and "29" in numbers(header.due_label)
    assert colour(header.due_label) == CALM  # 29 days left, running again
    # The extended deadline moved on by the days paused as well.
    assert nice_date(case["extended_due"]) in header.clock_label.text()
    assert nice_date(case["extended_due"]) != "22 Feb 2027"
    assert "3" in numbers(header.clock_label)  # and it says how many days were paused
    assert "23 Dec 2026" in dialog.message.text() and dialog.message.property("error") is False


def test_id_document_then_identity_check_deletes_the_copy(
    open_file, services, qtbot, tmp_path, monkeypatch
):
    case_id = log(services)
    services.cases.pause(case_id, "Reasonable doubt about the identity")
    scan = tmp_path / "ausweis.png"
    scan.write_bytes(PNG)
    dialog = open_file(case_id, choose_id_document=lambda: scan)
    attach = dialog.attach_id_document()
    assert attach.file_label.text().startswith("ausweis.png")
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        attach.accept()
    assert id_copies(services, case_id) == 1
    assert actions(services, case_id)[-1] == "correspondence-added"
    assert not dialog.header.id_copy_warning.isHidden()
    row = dialog.correspondence.row_of(
        services.cases.case_file(case_id)["correspondence"][-1]["id"]
    )
    dialog.correspondence.items.setCurrentCell(row, 0)
    kept = dialog.correspondence.attachments.item(0, 3)
    assert kept.text() and kept.foreground().color() == SOON  # kept only until the check
    assert kept.toolTip()

    check = dialog.record_identity_checked()
    # A copy is on file: the check is taken to be made from it (the default way).
    assert check.how.currentData() == IdCheckMethod.COPY_CHECKED.value
    assert check.intro.isVisible()
    check.how.setCurrentText("ID card shown at the counter")
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        check.accept()
    case = services.cases.case_file(case_id)
    assert id_copies(services, case_id) == 0
    assert case["status"] == "open"  # the clock runs again
    note = case["notes"][-1]["text"]
    assert "2026-11-24" in note and "officer-test" in note
    assert "ID card shown at the counter" in note  # the way typed, as typed
    entry = case["audit"][-1]
    assert entry["action"] == "identity-checked"
    assert entry["detail"]["id_documents_deleted"] == 1
    # The case file shows that the copy is gone.
    assert dialog.header.id_copy_warning.isHidden()
    assert dialog.message.text() == said(check.result_message)
    assert dialog.message.property("error") is False
    dialog.correspondence.items.setCurrentCell(row, 0)
    assert dialog.correspondence.attachments.isHidden()
    assert not dialog.correspondence.files_note.isHidden()  # why the file is gone, and when
    assert "24 Nov 2026" in dialog.correspondence.files_note.text()
    assert table_column(dialog.notes.table, 2)[-1] == note


def test_a_file_that_is_no_scan_is_refused(open_file, services, tmp_path, monkeypatch):
    case_id = log(services)
    text = tmp_path / "ausweis.txt"
    text.write_text("not a scan")
    chosen: list[Path | None] = [text]
    dialog = open_file(case_id, choose_id_document=lambda: chosen[0])
    attach = dialog.attach_id_document()
    assert "scan" in attach.errors()
    attach.accept()
    assert attach.isVisible()
    assert len(services.cases.case_file(case_id)["correspondence"]) == 1
    chosen[0] = None
    assert dialog.attach_id_document() is None  # cancelled file dialog: nothing happens


def test_extend_needs_reasons_and_moves_the_deadline(open_file, services, qtbot):
    case_id = log(services)
    dialog = open_file(case_id)
    open_status = dialog.header.status_label.text()
    extend = dialog.extend()
    intro = extend.intro.text()  # from the one-month deadline to the extended one
    assert "21 Dec 2026" in intro and "22 Feb 2027" in intro
    assert intro.index("21 Dec 2026") < intro.index("22 Feb 2027")
    extend.accept()
    assert "reason" in extend.errors() and extend.isVisible()
    assert not services.cases.case_file(case_id)["extended"]
    extend.reason.setPlainText("Data held in six systems of three companies.")
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        extend.accept()
    case = services.cases.case_file(case_id)
    assert case["extended"] and case["current_due"] == "2027-02-22"
    assert case["extension_reason"] == "Data held in six systems of three companies."
    assert case["audit"][-1]["action"] == "case-extended"
    header = dialog.header
    assert "22 Feb 2027" in header.due_label.text() and "21 Dec" not in header.due_label.text()
    # The card still names both: extended to 22 Feb, from the one-month deadline of 21 Dec.
    assert "22 Feb 2027" in header.clock_label.text() and "21 Dec 2026" in header.clock_label.text()
    status = header.status_label.text()  # open, and marked extended
    assert status.startswith(open_status) and status != open_status
    assert colour(header.status_label) == INK


def test_extending_after_the_deadline_is_refused_and_changes_nothing(open_file, services, qtbot):
    case_id = log(services, received="2026-10-01")
    before = services.cases.case_file(case_id)
    dialog = open_file(case_id)
    extend = dialog.extend()
    extend.reason.setPlainText("Complex request")
    with qtbot.assertNotEmitted(dialog.case_changed):
        extend.accept()
    assert extend.isVisible()
    # The service's refusal, from its deadline check, not the reasons (they were given).
    refused = refusal(lambda: services.cases.extend(case_id, "Complex request"))
    assert refused.field == "extend"
    assert extend.errors() == {"": said(refused.message)}
    assert extend.invalid_widgets() == []
    assert extend.error.objectName() == "fieldError" and not extend.error.isHidden()
    assert services.cases.case_file(case_id) == before


def test_transfer_to_another_company(open_file, services, qtbot):
    case_id = log(services)
    dialog = open_file(case_id)
    transfer = dialog.transfer()
    assert transfer.company.findData("hoffmann-se") == -1  # not to where it already is
    transfer.company.setCurrentIndex(transfer.company.findData("hoffmann-nl"))
    transfer.accept()
    assert "reason" in transfer.errors()
    transfer.reason.setPlainText("The order was placed with the Dutch shop.")
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        transfer.accept()
    case = services.cases.case_file(case_id)
    assert case["company"]["id"] == "hoffmann-nl"
    assert case["audit"][-1]["action"] == "case-transferred"
    assert dialog.header.company_label.text() == "Hoffmann Nederland B.V."
    assert not dialog.header.sample_badge.isHidden()
    assert case["routing"]["rule"] == 0  # by the officer, not by a routing rule
    assert dialog.header.routing_label.text() == case["routing"]["reason"]
    assert "The order was placed with the Dutch shop." in dialog.header.routing_label.text()


def test_closing_needs_an_outcome_for_every_request(open_file, services, qtbot):
    case_id = log(services)
    dialog = open_file(case_id)
    close = dialog.close_case()
    assert isinstance(close, CloseDialog)
    assert set(close.outcomes) == {"access", "erasure"}
    close.set_outcome("access", "granted")
    with qtbot.assertNotEmitted(dialog.case_changed):
        close.accept()
    assert close.isVisible()
    assert list(close.errors()) == ["erasure"]  # the request without an outcome
    assert close.outcomes["erasure"] in close.invalid_widgets()
    assert close.outcomes["access"] not in close.invalid_widgets()
    assert services.cases.case_file(case_id)["status"] == "open"
    close.set_outcome("erasure", "refused")
    close.note.setPlainText("Erasure refused: retention under tax law (§147 AO).")
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        close.accept()
    case = services.cases.case_file(case_id)
    assert case["status"] == "closed" and case["closed_at"] == "2026-11-24"
    assert {r["type"]: r["outcome"] for r in case["requests"]} == {
        "access": "granted",
        "erasure": "refused",
    }
    assert case["audit"][-1]["action"] == "case-closed"
    outcomes = [enum_label(Outcome, "granted"), enum_label(Outcome, "refused")]
    assert table_column(dialog.requests.table, 2) == outcomes
    assert table_column(dialog.requests.table, 4) == ["24 Nov 2026", "24 Nov 2026"]
    header = dialog.header
    assert "24 Nov 2026" in header.due_label.text() and colour(header.due_label) == MUTED
    assert "21 Dec 2026" in header.clock_label.text()  # when it was due
    assert (
        not dialog.action_bar.reopen_button.isHidden() and dialog.action_bar.close_button.isHidden()
    )
    assert dialog.history.table.item(0, 2).toolTip() == "case-closed"
    summary = dialog.history.table.item(0, 3).text()
    assert f"{enum_label(CaseStatus, 'open')} → {enum_label(CaseStatus, 'closed')}" in summary
    assert f"{type_label('access')}: {outcomes[0]}" in summary
    assert f"{type_label('erasure')}: {outcomes[1]}" in summary


def test_reopen_a_closed_case(open_file, services, qtbot):
    case_id = log(services)
    services.cases.close(case_id, {"access": "granted", "erasure": "no-data"})
    dialog = open_file(case_id)
    assert colour(dialog.header.status_label) == MUTED  # closed
    reopen = dialog.reopen()
    reopen.reason.setPlainText("The requester wrote again.")
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        reopen.accept()
    case = services.cases.case_file(case_id)
    assert case["status"] == "open" and case["closed_at"] is None
    assert case["audit"][-1]["action"] == "case-reopened"
    assert case["audit"][-1]["detail"]["reason"] == "The requester wrote again."
    assert colour(dialog.header.status_label) == INK  # open again, no longer greyed out
    assert dialog.action_bar.close_button.isVisibleTo(dialog)
    assert not dialog.action_bar.reopen_button.isVisibleTo(dialog)


def test_add_note_through_its_widgets(open_file, services, qtbot):
    case_id = log(services)
    dialog = open_file(case_id)
    assert dialog.notes.table.isHidden()  # no notes yet
    no_notes = dialog.notes.count_label.text()
    qtbot.mouseClick(dialog.action_bar.note_button, Qt.MouseButton.LeftButton)
    note = dialog.action_dialog
    assert isinstance(note, NoteDialog) and note.isVisible()
    qtbot.mouseClick(note.ok_button, Qt.MouseButton.LeftButton)
    assert "note" in note.errors() and note.isVisible()
    qtbot.keyClicks(note.text, "Called back, left a message.")
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        qtbot.mouseClick(note.ok_button, Qt.MouseButton.LeftButton)
    case = services.cases.case_file(case_id)
    assert [n["text"] for n in case["notes"]] == ["Called back, left a message."]
    assert case["audit"][-1]["action"] == "note-added"
    assert table_column(dialog.notes.table, 2) == ["Called back, left a message."]
    assert not dialog.notes.table.isHidden()
    assert dialog.notes.count_label.text() not in ("", no_notes)  # it counts the one note


def test_a_refused_action_names_the_reason(open_file, services):
    case_id = log(services)
    dialog = open_file(case_id)
    services.cases.close(case_id, {"access": "granted", "erasure": "no-data"})  # elsewhere
    pause = dialog.ask_for_identification()  # the window still shows the case open
    pause.accept()
    assert refused_as_changed(pause)  # issue 8.4: refused, nothing written
    assert actions(services, case_id) == ["case-logged", "case-closed"]
    dialog.reload()
    pause = dialog.ask_for_identification()
    pause.reason.setPlainText("ID doubt")
    pause.accept()
    # Now the real reason: the service's own refusal of pausing a closed case.
    refused = refusal(lambda: services.cases.pause(case_id, "ID doubt"))
    assert refused.field == "status"
    assert pause.errors() == {"": said(refused.message)} and pause.isVisible()
    assert actions(services, case_id) == ["case-logged", "case-closed"]
    resume = dialog.information_received()
    resume.accept()
    assert resume.isVisible() and resume.errors()


def test_mnemonic_opens_the_note_dialog(open_file, services, qtbot):
    dialog = open_file(log(services))
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 1  # Ctrl+1..5 switch the tabs
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(dialog.action_dialog, NoteDialog), timeout=2000)


# -- files ---------------------------------------------------------------------------------------
def test_opening_an_attachment_hands_the_stored_bytes_to_the_viewer(
    open_file, services, monkeypatch
):
    content = PDF + b"%" + os.urandom(256)
    case_id = log(services, attachments=[Attachment("../../Brief an Hoffmann?.pdf",
                                                    "application/pdf", content, True)])  # fmt: skip
    opened: list[Path] = []
    dialog = open_file(case_id, open_file=lambda path: opened.append(path) or True)
    assert dialog.correspondence.open_button.isEnabled()
    dialog.correspondence.open_button.click()
    assert len(opened) == 1
    path = opened[0]
    assert path.read_bytes() == content
    assert path.name.endswith("Brief an Hoffmann_.pdf") and ".." not in path.name
    folder = path.parent  # this case file's, in this process's viewer folder
    assert folder.name.startswith("case-") and folder.parent.name == str(os.getpid())
    assert folder.parent.parent.name.startswith("privacydesk-")
    if sys.platform != "win32":
        assert stat.S_IMODE(folder.parent.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    dialog.close()
    assert not folder.exists()  # no personal data left in the temp folder


def test_a_deleted_attachment_is_reported_not_raised(open_file, services, monkeypatch):
    opened: list[Path] = []
    dialog = open_file(log(services), open_file=lambda path: opened.append(path) or True)
    assert dialog.open_attachment(99_999) is None
    assert opened == []
    refused = refusal(lambda: services.cases.attachment(99_999))
    assert refused.field == "attachment"
    assert dialog.message.text() == said(refused.message)
    assert dialog.message.property("error") is True
    assert dialog.message.objectName() == "fieldError"


@pytest.mark.parametrize(
    ("name", "media_type", "expected"),
    [
        ("brief.pdf", "application/pdf", "brief.pdf"),
        ("../../etc/passwd", "text/plain", "passwd.txt"),
        ("C:\\Users\\x\\scan.PNG", "image/png", "scan.PNG"),
        ("Ausweis Müller.jpg", "image/jpeg", "Ausweis Müller.jpg"),
        ("", "application/pdf", "attachment.pdf"),
        ("a<b>|c:d*.tif", "image/tiff", "a_b__c_d_.tif"),
        ("...", "image/gif", "attachment.gif"),
    ],
)
def test_safe_filename(name, media_type, expected):
    assert safe_filename(name, media_type) == expected


def test_audit_summary_is_readable():
    detail = {
        "changes": {"status": ["open", "awaiting-id"], "paused_since": [None, "2026-11-24"]},
        "reason": "Reasonable doubt",
    }
    status, paused, reason = audit_summary(detail).split("\n")  # one line per field
    open_, awaiting = enum_label(CaseStatus, "open"), enum_label(CaseStatus, "awaiting-id")
    assert status.endswith(f": {open_} → {awaiting}")  # labels, not the codes
    assert paused.endswith(": — → 24 Nov 2026") and "2026-11-24" not in paused
    assert reason.endswith(": Reasonable doubt")
    files = {"changes": {}, "direction": "in", "channel": "fax",
             "attachments": [{"sha256": "ab12cd34", "size": 2048, "media_type": "image/png"}]}  # fmt: skip
    direction, channel, attached = audit_summary(files).split("\n")
    assert not direction.endswith(": in")  # a word, not the code
    assert channel.endswith(f": {enum_label(Channel, 'fax')}")
    assert "PNG" in attached and "2 KB" in attached and "ab12cd34" not in attached  # no checksum


def test_the_main_window_opens_the_case_file_and_refreshes_after_a_change(
    qtbot, services, tmp_path
):
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings

    case_id = log(services)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    dialog = window.open_case(case_id)
    assert isinstance(dialog, CaseFileDialog) and dialog.isVisible()
    assert not dialog.isModal()  # the officer can keep working in the list
    close = dialog.close_case()
    close.set_outcome("access", "granted")
    close.set_outcome("erasure", "no-data")
    close.accept()
    assert window.cases_page.model.total == 0  # the list shows cases not closed


def test_letter_button_opens_the_letter_and_keeps_it_as_sent(qtbot, services):
    from tests.letterhead_support import complete_letterhead

    complete_letterhead(services)  # the shipped entry lacks its board: letters would be drafts
    from desktop.services.cases import CaseDraft, Requester
    from desktop.ui.case_file import CaseFileDialog, CaseFileServices

    case_id = services.cases.log_case(
        CaseDraft(
            channel="email",
            received="2026-11-20",
            types=["access"],
            requester=Requester(name="Anne de Vries", language="nl", address="Oudegracht 1"),
        )  # fmt: skip
    ).id
    dialog = CaseFileDialog(CaseFileServices.of(services), case_id)
    qtbot.addWidget(dialog)
    letter = dialog.open_letter()
    qtbot.addWidget(letter)
    with qtbot.waitSignal(dialog.case_changed):
        letter.mark_sent()
    outbound = [
        i for i in services.cases.case_file(case_id)["correspondence"] if i["direction"] == "out"
    ]
    assert len(outbound) == 1 and outbound[0]["attachments"][0]["media_type"] == "application/pdf"


def test_any_file_can_be_marked_as_an_id_document(open_file, services):
    """Issue 8.6: a passport scan that came with the letter is deleted at the ID check."""
    case_id = log(services, attachments=[
        Attachment("brief.pdf", "application/pdf", PDF, is_original=True),
        Attachment("paspoort.png", "image/png", PNG),
    ])  # fmt: skip
    dialog = open_file(case_id)
    dialog.tabs.setCurrentIndex(2)
    dialog.correspondence.attachments.setCurrentCell(1, 0)
    toggle = dialog.correspondence.id_document_toggle
    assert toggle.isVisibleTo(dialog) and id_copies(services, case_id) == 0
    mark = toggle.text()
    assert dialog.toggle_id_document()
    assert id_copies(services, case_id) == 1 and actions(services, case_id)[-1] == (
        "id-document-marked"
    )
    assert "paspoort.png" in dialog.message.text() and dialog.message.property("error") is False
    assert not dialog.header.id_copy_warning.isHidden()  # deleted at the ID check
    dialog.correspondence.attachments.setCurrentCell(1, 0)
    assert toggle.isVisibleTo(dialog) and toggle.text() != mark  # now it undoes the mark
    services.cases.record_identity_checked(case_id, "Copy received and checked")
    dialog.reload()
    assert id_copies(services, case_id) == 0 and dialog.correspondence.attachments.rowCount() == 1


def test_the_history_exports_the_case_for_an_authority(open_file, services, tmp_path):
    case_id = log(services)
    dialog = open_file(case_id)
    folder = dialog.export_for_authority(tmp_path / "for-ap")
    assert folder is not None and (folder / "SHA256SUMS").exists()
    assert "sha256sum -c SHA256SUMS" in dialog.message.text()
    assert dialog.history.table.item(0, 2).text() == "Exported for an authority"
    assert dialog.history.export_button.isEnabled()
