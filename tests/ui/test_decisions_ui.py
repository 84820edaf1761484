"""Decisions in the case file: each workflow through its dialog's widgets into the store."""

import re

import pytest
from PySide6.QtCore import QDate, Qt
from ui_support import refusal, said

from desktop.core.codes import ExemptionGround
from desktop.services.cases import CaseDraft, Requester
from desktop.services.context import CHANGED_MEANWHILE_BY
from desktop.ui.case_file import CaseFileDialog, CaseFileServices
from desktop.ui.dialogs.case_actions import CloseDialog
from desktop.ui.dialogs.decisions import (
    AddRecipientsDialog,
    AssessObjectionDialog,
    DeletedDialog,
    ErasureDialog,
    ExemptDialog,
    HoldDialog,
    MarketingObjectionDialog,
    NotifiedDialog,
    UnsubscribeDialog,
    WithdrawalDialog,
)
from desktop.ui.palette import MUTED, SOON
from desktop.ui.text import channel_label, type_label

EMAIL = "juergen.mueller@example.org"


def log(services, *types, name="Jürgen Müller", email=EMAIL, phone="+49 89 1234567") -> int:
    return services.cases.log_case(
        CaseDraft(
            channel="email",
            received="2026-11-20",
            types=list(types),
            requester=Requester(
                name=name, email=email, phone=phone, address="Hauptstraße 5\n80331 München"
            ),
        )
    ).id


@pytest.fixture
def open_file(qtbot, services):
    def opener(case_id: int) -> CaseFileDialog:
        dialog = CaseFileDialog(CaseFileServices.of(services), case_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.decisions_tab)
        return dialog

    return opener


def actions(services, case_id: int) -> list[str]:
    return [entry["action"] for entry in services.cases.case_file(case_id)["audit"]]


def column(table, number: int) -> list[str]:
    return [table.item(row, number).text() for row in range(table.rowCount())]


def summary(dialog: CaseFileDialog, request_type: str) -> str:
    """The text of the decision's summary box in the Decisions tab."""
    from PySide6.QtWidgets import QGroupBox, QLabel

    for box in dialog.decisions_tab.findChildren(QGroupBox):
        if box.property("decision_type") == request_type:
            return "\n".join(label.text() for label in box.findChildren(QLabel))
    return ""


def numbers(label) -> list[str]:
    """The numbers a label shows (a count, a day): data, in any language."""
    return re.findall(r"\d+", label.text())


def colours(table, number: int) -> list:
    return [table.item(row, number).foreground().color() for row in range(table.rowCount())]


def shown_ok(dialog: CaseFileDialog, action_dialog) -> bool:
    """The status line shows what the action dialog reported, as news, not as an error."""
    return (
        dialog.message.text() == said(action_dialog.result_message)
        and bool(action_dialog.result_message)
        and dialog.message.property("error") is False
    )


def accept(qtbot, dialog: CaseFileDialog, action_dialog) -> None:
    """Click OK and wait until the case file has reloaded."""
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        qtbot.mouseClick(action_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not action_dialog.isVisible()


def test_the_decisions_tab_follows_the_requests_tab(open_file, services):
    dialog = open_file(log(services, "access", "erasure"))
    tabs = [dialog.tabs.widget(i) for i in range(3)]
    assert tabs == [dialog.requests, dialog.decisions_tab, dialog.correspondence]
    tab = dialog.decisions_tab
    # The erasure waits for its decision; access is not decided in this tab.
    assert not tab.pending_label.isHidden()
    assert type_label("erasure") in tab.pending_label.text()
    assert type_label("access") not in tab.pending_label.text()
    assert tab.restricted_label.isHidden()
    assert tab.blocked_box.isHidden() and tab.suppression_box.isHidden()
    assert dialog.case["notices"] == [] and tab.notices_table.isHidden()  # no recipients yet
    assert tab.notices_label.text()  # which says how the checklist fills
    # Only what the case asks for is offered.
    assert dialog.action_bar.decide_button.isVisibleTo(dialog)
    visible = [a for a in dialog.action_bar.decide_menu.actions() if a.isVisible()]
    assert visible == [dialog.action_bar.erasure_action, dialog.action_bar.access_action]
    assert not dialog.action_bar.restrict_action.isVisible()
    complaint = open_file(log(services, "complaint", email="other@example.org"))
    assert not complaint.action_bar.decide_button.isVisibleTo(complaint)


def test_uphold_marketing_objection(open_file, services, qtbot):
    case_id = log(services, "objection-marketing", "erasure")
    dialog = open_file(case_id)
    dialog.action_bar.uphold_action.trigger()
    uphold = dialog.action_dialog
    assert isinstance(uphold, MarketingObjectionDialog) and uphold.isVisible()
    assert all(box.isChecked() for box in uphold.channels.boxes.values())  # all by default
    assert uphold.carried_out.date() == QDate(2026, 11, 24)  # the systems: today
    effective = uphold.fields["effective"]
    assert "20 Nov 2026" in effective.text()  # takes effect as received (Art. 21(3))
    # The officer narrows it: the letter named every channel but post.
    uphold.channels.boxes["post"].setChecked(False)
    uphold.note.setPlainText("Letter of 18 Nov: no more advertising by email or phone.")
    accept(qtbot, dialog, uphold)

    result = services.suppression.check(email=EMAIL)
    assert result["suppressed"]
    assert result["channels"] == ["email", "newsletter", "phone", "profiling"]
    assert actions(services, case_id)[-1] == "marketing-recorded"
    decision = services.cases.case_file(case_id)["decisions"][0]
    assert decision["kind"] == "marketing" and decision["decided_by"] == "officer-test"
    stopped = decision["data"]["channels"]
    assert stopped == ["email", "phone", "profiling", "newsletter"]  # not post
    text = summary(dialog, "objection-marketing")
    assert ", ".join(channel_label(c) for c in stopped) in text
    assert channel_label("post") not in text
    assert "24 Nov 2026" in text and "officer-test" in text
    tab = dialog.decisions_tab
    assert column(tab.suppression_table, 0) == [channel_label(c) for c in stopped]
    assert set(column(tab.suppression_table, 1)) == {"20 Nov 2026"}  # effective as received
    # Retargeting partners must hear of it (Art. 19); the first open one is selected.
    assert "Google Ireland Limited (Analytics, Ads)" in column(tab.notices_table, 0)
    notices = services.cases.case_file(case_id)["notices"]
    assert {n["status"] for n in notices} == {"open"}
    assert len(set(column(tab.notices_table, 1))) == 1  # all say the same: still open
    assert all(c == SOON for c in colours(tab.notices_table, 1))
    assert tab.selected_notice()["id"] == notices[0]["id"]
    assert tab.notified_button.isEnabled() and tab.exempt_button.isEnabled()
    assert shown_ok(dialog, uphold)
    assert "4" in numbers(dialog.message) and "20 Nov 2026" in dialog.message.text()  # channels
    assert not tab.pending_label.isHidden()  # the erasure is still to decide
    assert type_label("erasure") in tab.pending_label.text()
    assert type_label("objection-marketing") not in tab.pending_label.text()


def test_confirm_unsubscribe_stops_only_the_newsletter(open_file, services, qtbot):
    case_id = log(services, "unsubscribe", phone="")
    dialog = open_file(case_id)
    assert not dialog.action_bar.uphold_action.isVisible()
    dialog.action_bar.unsubscribe_action.trigger()
    confirm = dialog.action_dialog
    assert isinstance(confirm, UnsubscribeDialog)
    assert confirm.intro.isVisibleTo(confirm) and confirm.intro.text()  # what continues
    accept(qtbot, dialog, confirm)
    assert services.suppression.check(email=EMAIL)["channels"] == ["newsletter"]
    assert actions(services, case_id)[-1] == "unsubscribe-recorded"
    text = summary(dialog, "unsubscribe")  # the newsletter stops, and nothing else
    assert channel_label("newsletter") in text and channel_label("email") not in text
    assert column(dialog.decisions_tab.suppression_table, 0) == [channel_label("newsletter")]


def test_rejection_without_grounds_marks_the_field_and_stores_nothing(open_file, services, qtbot):
    case_id = log(services, "objection-interests")
    dialog = open_file(case_id)
    # Restricted while the objection is assessed (Art. 18(1)(d)).
    assert (
        dialog.action_bar.restrict_action.isVisible()
        and not dialog.action_bar.restrict_action.isChecked()
    )
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        dialog.action_bar.restrict_action.trigger()
    assert services.cases.case_file(case_id)["restricted"]
    assert actions(services, case_id)[-1] == "restriction-set"
    assert not dialog.decisions_tab.restricted_label.isHidden()
    assert dialog.decisions_tab.restricted_label.objectName() == "warning"
    assert dialog.action_bar.restrict_action.isChecked()

    dialog.action_bar.assess_actions["objection-interests"].trigger()
    assess = dialog.action_dialog
    assert isinstance(assess, AssessObjectionDialog)
    offered = set(assess.purposes.boxes)
    assert "legal-claims" in offered and "order-handling" not in offered  # 6(1)(b): no Art. 21
    assess.purposes.boxes["legal-claims"].setChecked(True)
    assess.situation.setPlainText("Former employee in a dispute about his final salary.")
    rejected = next(b for b in assess.decision.buttons() if b.property("value") == "rejected")
    rejected.setChecked(True)
    with qtbot.assertNotEmitted(dialog.case_changed):
        qtbot.mouseClick(assess.ok_button, Qt.MouseButton.LeftButton)
    assert assess.isVisible()
    assert "grounds" in assess.errors()
    assert assess.invalid_widgets() == [assess.grounds]
    assert assess.grounds.property("invalid") is True
    case = services.cases.case_file(case_id)
    assert case["decisions"] == [] and case["requests"][0]["outcome"] is None
    assert actions(services, case_id)[-1] == "restriction-set"

    assess.grounds.setPlainText("Pending labour court case 3 Ca 123/26 (legal claims).")
    assess.balancing.setPlainText("The data are needed to defend the claim while it is pending.")
    accept(qtbot, dialog, assess)
    case = services.cases.case_file(case_id)
    decision = case["decisions"][0]
    assert decision["kind"] == "assessment" and decision["data"]["decision"] == "rejected"
    assert decision["data"]["purposes"] == ["legal-claims"]
    assert case["requests"][0]["outcome"] == "refused"
    assert not case["restricted"]  # decided: the restriction ends with it
    assert actions(services, case_id)[-1] == "objection-assessed"
    text = summary(dialog, "objection-interests")
    assert services.processing.register().purpose("legal-claims").name in text
    assert "Pending labour court case" in text and "Former employee" in text
    assert dialog.decisions_tab.restricted_label.isHidden()
    assert not dialog.action_bar.restrict_action.isChecked()
    assert shown_ok(dialog, assess)


def test_no_decision_chosen_is_named_under_the_decision(open_file, services):
    dialog = open_file(log(services, "objection-credit"))
    assess = dialog.assess_objection("objection-credit")
    assess.purposes.boxes["credit-checks"].setChecked(True)
    assess.situation.setPlainText("Scoring rests on an old address.")
    assess.accept()
    assert list(assess.errors()) == ["decision"]


def test_closing_waits_for_the_art19_notices(open_file, services, qtbot):
    case_id = log(services, "objection-credit")
    dialog = open_file(case_id)
    assess = dialog.assess_objection("objection-credit")
    assess.purposes.boxes["credit-checks"].setChecked(True)
    assess.situation.setPlainText("Scoring rests on an address she left in 2024.")
    next(b for b in assess.decision.buttons() if b.property("value") == "upheld").setChecked(True)
    accept(qtbot, dialog, assess)
    tab = dialog.decisions_tab
    assert column(tab.notices_table, 0) == ["Credit agencies"]
    assert [n["status"] for n in services.cases.case_file(case_id)["notices"]] == ["open"]
    assert tab.notified_button.isEnabled()  # the open one is selected
    still_open = tab.notices_label.text()

    close = dialog.close_case()
    assert isinstance(close, CloseDialog)
    close.set_outcome("objection-credit", "granted")
    with qtbot.assertNotEmitted(dialog.case_changed):
        close.accept()
    refused = refusal(lambda: services.cases.close(case_id, {"objection-credit": "granted"}))
    assert refused.field == "notices"  # the open notice, not a missing outcome
    assert close.errors() == {"": said(refused.message)} and close.invalid_widgets() == []
    assert services.cases.case_file(case_id)["status"] == "open"
    close.reject()

    notice_id = services.cases.case_file(case_id)["notices"][0]["id"]
    assert tab.select_notice(notice_id)
    qtbot.mouseClick(tab.notified_button, Qt.MouseButton.LeftButton)
    notified = dialog.action_dialog
    assert isinstance(notified, NotifiedDialog)
    assert "Credit agencies" in notified.intro.text()
    notified.channel.setCurrentText("Letter")
    accept(qtbot, dialog, notified)
    notice = services.cases.case_file(case_id)["notices"][0]
    assert notice["status"] == "notified" and notice["notified_on"] == "2026-11-24"
    assert notice["channel"] == "Letter"
    assert actions(services, case_id)[-1] == "notice-recorded"
    assert colours(tab.notices_table, 1) == [MUTED]  # no longer open
    done = column(tab.notices_table, 2)[0]
    assert "24 Nov 2026" in done and "letter" in done  # when, and how (as recorded)
    assert tab.notices_label.text() not in ("", still_open)
    assert not tab.notified_button.isEnabled()  # nothing open is selected

    close = dialog.close_case()
    close.set_outcome("objection-credit", "granted")
    accept(qtbot, dialog, close)
    assert services.cases.case_file(case_id)["status"] == "closed"
    assert not dialog.action_bar.decide_button.isVisibleTo(dialog)
    assert not tab.add_recipients_button.isVisibleTo(dialog)


def test_exempt_and_added_recipients(open_file, services, qtbot):
    case_id = log(services, "objection-marketing")
    services.decisions.uphold_marketing_objection(case_id, ["profiling"])
    dialog = open_file(case_id)
    tab = dialog.decisions_tab
    google = next(n for n in dialog.case["notices"] if n["recipient_id"] == "google")
    assert tab.select_notice(google["id"])
    tab.exempt_button.click()
    exempt = dialog.action_dialog
    assert isinstance(exempt, ExemptDialog)
    exempt.why.setPlainText("Only pseudonymous cookie ids were shared; none can be matched.")
    exempt.accept()
    assert "ground" in exempt.errors() and exempt.isVisible()  # impossible, or disproportionate?
    assert {b.property("value") for b in exempt.ground.buttons()} == {
        g.value for g in ExemptionGround
    }
    next(b for b in exempt.ground.buttons() if b.property("value") == "impossible").setChecked(True)
    accept(qtbot, dialog, exempt)
    stored = next(
        n for n in services.cases.case_file(case_id)["notices"] if n["id"] == google["id"]
    )
    assert stored["status"] == "exempt"
    assert stored["exempt_ground"] == "impossible"  # a code, whatever the window's language
    assert stored["exempt_reason"] == (
        "Only pseudonymous cookie ids were shared; none can be matched."
    )
    assert actions(services, case_id)[-1] == "notice-recorded"
    listed = tab.notices_table.rowCount()

    tab.add_recipients_button.click()
    add = dialog.action_dialog
    assert isinstance(add, AddRecipientsDialog)
    assert not add.recipients.boxes["google"].isEnabled()  # already on the list
    add.accept()
    assert "recipients" in add.errors()
    add.recipients.boxes["transport"].setChecked(True)
    accept(qtbot, dialog, add)
    assert actions(services, case_id)[-1] == "notices-opened"
    assert "Transport companies charged with delivery" in column(tab.notices_table, 0)
    assert tab.notices_table.rowCount() == listed + 1  # one recipient added
    assert shown_ok(dialog, add)


def test_record_withdrawal_with_its_systems_checklist(open_file, services, qtbot):
    case_id = log(services, "withdrawal")
    dialog = open_file(case_id)
    dialog.action_bar.withdrawal_action.trigger()
    withdrawal = dialog.action_dialog
    assert isinstance(withdrawal, WithdrawalDialog)
    assert set(withdrawal.consents.boxes) == {
        "newsletter",
        "advertising-phone",
        "advertising-email",
    }
    register = services.processing.register()
    phone = register.purpose("advertising-phone").name  # as the processing register names it
    assert withdrawal.consents.boxes["advertising-phone"].text() == phone
    # The usual systems are offered, none ticked yet.
    offered = [edit.text() for edit, _done, _row in withdrawal.systems.rows]
    assert len(offered) == 3 and all(offered)
    assert not any(done.isChecked() for _edit, done, _row in withdrawal.systems.rows)
    withdrawal.accept()
    assert "consents" in withdrawal.errors()
    assert withdrawal.consents in withdrawal.invalid_widgets()
    assert services.cases.case_file(case_id)["decisions"] == []

    withdrawal.consents.boxes["newsletter"].setChecked(True)
    withdrawal.consents.boxes["advertising-phone"].setChecked(True)
    withdrawal.carried_out.setDate(QDate(2026, 11, 23))  # systems updated after receipt
    withdrawal.systems.rows[0][1].setChecked(True)  # CRM updated
    withdrawal.systems.remove_system(2)  # no call centre list for this customer
    qtbot.mouseClick(withdrawal.systems.add_button, Qt.MouseButton.LeftButton)
    withdrawal.systems.rows[-1][0].setText("Shop back office")
    accept(qtbot, dialog, withdrawal)

    result = services.suppression.check(phone="+49 89 1234567")
    assert result["channels"] == ["newsletter", "phone"]
    assert {e["effective"] for e in result["entries"]} == {"2026-11-20"}  # as received
    data = services.cases.case_file(case_id)["decisions"][0]["data"]
    assert data["consents"] == ["newsletter", "advertising-phone"]
    assert data["systems"] == [
        {"system": offered[0], "updated": True},
        {"system": offered[1], "updated": False},
        {"system": "Shop back office", "updated": False},
    ]
    assert actions(services, case_id)[-1] == "withdrawal-recorded"
    text = summary(dialog, "withdrawal")
    assert f"{register.purpose('newsletter').name}\n{phone}" in text
    assert "20 Nov 2026" in text
    # One line per system, what is said of it apart from its name: pending twice, updated once.
    said_of = [next(line for line in text.split("\n") if name in line).replace(name, "")
               for name in (offered[0], offered[1], "Shop back office")]  # fmt: skip
    assert said_of[1] == said_of[2] != said_of[0]
    assert shown_ok(dialog, withdrawal)  # 2 consents end; 2 systems still to update
    assert numbers(dialog.message).count("2") == 2

    # Later the pending systems are done: the dialog starts from what was recorded.
    again = dialog.record_withdrawal()
    assert again.consents.checked() == ["newsletter", "advertising-phone"]
    assert again.carried_out.date() == QDate(2026, 11, 23)
    for _edit, done, _row in again.systems.rows:
        done.setChecked(True)
    accept(qtbot, dialog, again)
    systems = services.cases.case_file(case_id)["decisions"][0]["data"]["systems"]
    assert all(s["updated"] for s in systems)


def test_decide_erasure_blocks_hold_and_delete(open_file, services, qtbot):
    case_id = log(services, "erasure")
    dialog = open_file(case_id)
    dialog.action_bar.erasure_action.trigger()
    erasure = dialog.action_dialog
    assert isinstance(erasure, ErasureDialog)
    first = erasure.rows[0]
    first.category.setText("Customer account")
    assert first.kept_until() is None and first.document.isHidden()  # erased now: no date
    assert first.kept.text() and first.kept.text() != "—"
    qtbot.mouseClick(erasure.add_row_button, Qt.MouseButton.LeftButton)
    invoices = erasure.rows[-1]
    invoices.category.setText("Invoices")
    invoices.treatment.setCurrentIndex(invoices.treatment.findData("de-vouchers"))
    invoices.document.setDate(QDate(2025, 3, 15))
    assert invoices.kept.text() == "31 Dec 2033"  # 8 years from the end of 2025, live
    letters = erasure.add_row("Business letters")
    letters.treatment.setCurrentIndex(letters.treatment.findData("de-business-letters"))
    letters.document.setDate(QDate(2021, 6, 1))
    assert letters.kept.text() == "31 Dec 2027"
    erasure.add_row()  # left empty: the service names the row
    with qtbot.assertNotEmitted(dialog.case_changed):
        erasure.accept()
    assert list(erasure.errors()) == ["items"]  # said above the rows, marked in row 4
    assert erasure.rows[3].category in erasure.invalid_widgets()
    assert services.cases.case_file(case_id)["blocked"] == []
    qtbot.mouseClick(erasure.rows[3].remove_button, Qt.MouseButton.LeftButton)
    assert len(erasure.rows) == 3
    accept(qtbot, dialog, erasure)

    case = services.cases.case_file(case_id)
    assert [(b["category"], b["retained_until"]) for b in case["blocked"]] == [
        ("Invoices", "2033-12-31"), ("Business letters", "2027-12-31"),
    ]  # fmt: skip
    assert case["blocked"][0]["legal_basis"].startswith("§ 257 HGB, § 147 AO")
    assert actions(services, case_id)[-1] == "erasure-decided"
    items = case["decisions"][0]["data"]["items"]
    assert [bool(item.get("erased")) for item in items] == [True, False, False]
    assert shown_ok(dialog, erasure) and "2" in numbers(dialog.message)  # 2 blocked
    lines = summary(dialog, "erasure").split("\n")
    account = next(line for line in lines if "Customer account" in line)
    assert "24 Nov 2026" in account  # erased that day
    invoices = next(line for line in lines if line.startswith("Invoices"))
    assert "31 Dec 2033" in invoices and "§ 257 HGB, § 147 AO" in invoices  # blocked until, under
    # Two years on, the business letters' retention duty has ended.
    services.ctx.clock.moment = services.ctx.clock.moment.replace(year=2028, month=1, day=5)
    dialog.reload()
    tab = dialog.decisions_tab
    assert column(tab.blocked_table, 0) == ["Invoices", "Business letters"]
    assert column(tab.blocked_table, 2) == ["31 Dec 2033", "31 Dec 2027"]
    invoice_id, letters_id = (b["id"] for b in case["blocked"])
    assert services.decisions.due_for_deletion_in_case(case_id) == {letters_id}
    status = column(tab.blocked_table, 4)  # still blocked; due for deletion, in amber
    assert status[0] != status[1] and colours(tab.blocked_table, 4)[1] == SOON
    assert colours(tab.blocked_table, 4)[0] != SOON
    assert len(case["notices"]) == 10  # every recipient hears of the erasure (Art. 19)

    # A tax audit: the invoices go on hold, and cannot be deleted.
    assert tab.select_blocked(invoice_id)
    put_on_hold = tab.hold_button.text()
    tab.hold_button.click()
    hold = dialog.action_dialog
    assert isinstance(hold, HoldDialog) and hold.hold
    hold.accept()
    assert "reason" in hold.errors()
    hold.reason.setPlainText("Tax audit 2027 announced")
    accept(qtbot, dialog, hold)
    assert services.cases.case_file(case_id)["blocked"][0]["hold"] == 1
    assert actions(services, case_id)[-1] == "hold-set"
    assert column(tab.blocked_table, 4)[0].endswith("Tax audit 2027 announced")  # the reason
    assert colours(tab.blocked_table, 4)[0] == SOON
    assert tab.selected_blocked()["id"] == invoice_id  # the selection stays
    assert tab.hold_button.text() != put_on_hold  # now it lifts the hold

    tab.deleted_button.click()
    deleted = dialog.action_dialog
    assert isinstance(deleted, DeletedDialog)
    with qtbot.assertNotEmitted(dialog.case_changed):
        deleted.accept()
    refused = refusal(lambda: services.decisions.record_deleted(invoice_id))
    assert refused.field == "hold"
    assert deleted.errors() == {"": said(refused.message)}
    deleted.reject()

    lift = dialog.change_hold(invoice_id)
    assert not lift.hold
    lift.reason.setPlainText("Audit closed")
    accept(qtbot, dialog, lift)
    assert actions(services, case_id)[-1] == "hold-lifted"
    early = dialog.record_deleted(invoice_id)
    early.accept()
    assert "31 Dec 2033" in early.errors()["date"]  # the retention duty still runs (a date)
    assert early.on in early.invalid_widgets()
    early.reject()

    assert tab.select_blocked(letters_id)
    tab.deleted_button.click()
    accept(qtbot, dialog, dialog.action_dialog)
    row = services.cases.case_file(case_id)["blocked"][1]
    assert row["deleted_on"] == "2028-01-05"
    assert actions(services, case_id)[-1] == "blocked-data-deleted"
    assert "5 Jan 2028" in column(tab.blocked_table, 4)[1]  # deleted that day
    assert colours(tab.blocked_table, 4)[1] == MUTED
    assert not tab.deleted_button.isEnabled() and not tab.hold_button.isEnabled()


def test_history_reads_the_decisions(open_file, services):
    from desktop.services.decisions import ErasureItem

    case_id = log(services, "erasure")
    ids = services.decisions.decide_erasure(
        case_id, [ErasureItem("Customer account"), ErasureItem("Invoices", "de-vouchers",
                                                              "2025-03-15")]
    )  # fmt: skip
    services.decisions.set_hold(ids[0], True, "Tax audit")
    dialog = open_file(case_id)
    history = dialog.history.table
    assert [history.item(row, 2).toolTip() for row in range(2)] == ["hold-set", "erasure-decided"]
    held = history.item(0, 3).text()
    assert "Invoices" in held and f"blocked:{ids[0]}" not in held  # the category, not its id
    decided = history.item(1, 3).text()
    assert "Customer account" in decided and "31 Dec 2033" in decided
    assert decided.index("Customer account") < decided.index("Invoices") < decided.index("2033")
    assert "Hosting providers" in decided and "{" not in decided


def test_restriction_refused_on_a_closed_case_is_reported(open_file, services):
    case_id = log(services, "objection-interests")
    dialog = open_file(case_id)
    services.cases.close(case_id, {"objection-interests": "withdrawn"})  # elsewhere
    assert dialog.set_restricted(True) is False
    assert dialog.message.text() == said(
        CHANGED_MEANWHILE_BY.replace("%1", "officer-test")
    )  # the window showed it open
    assert dialog.message.objectName() == "fieldError"
    assert not dialog.action_bar.restrict_action.isChecked()
    assert dialog.set_restricted(True) is False  # reloaded: now the real reason
    refused = refusal(lambda: services.decisions.restrict_while_assessing(case_id, True))
    assert refused.field == "status"
    assert dialog.message.text() == said(refused.message)
    assert dialog.message.objectName() == "fieldError"
    assert not services.cases.case_file(case_id)["restricted"]


def test_a_rectification_is_recorded_with_the_recipients_to_tell(open_file, services, qtbot):
    """Issue 11, defect 7: what was corrected, and the Art. 19 checklist that follows."""
    case_id = log(services, "rectification")
    dialog = open_file(case_id)
    assert dialog.action_bar.rectification_action.isVisible()
    assert not dialog.action_bar.restriction_action.isVisible()  # no restriction asked for
    dialog.action_bar.rectification_action.trigger()
    record = dialog.action_dialog
    record.accept()  # nothing said yet: refused, under its field
    assert "corrected" in record.errors() and services.cases.case_file(case_id)["decisions"] == []
    record.what.setPlainText("Street corrected from Leopoldstraße 7 to Leopoldstraße 77")
    record.recipients.boxes["transport"].setChecked(True)
    accept(qtbot, dialog, record)
    case = services.cases.case_file(case_id)
    assert [n["recipient_id"] for n in case["notices"]] == ["transport"]
    assert case["requests"][0]["outcome"] == "granted"
    assert shown_ok(dialog, record)


def test_the_access_answer_is_recorded_from_the_case_file(open_file, services, qtbot):
    """Issue 11, defect 4: ticked and written per case, checked field by field."""
    case_id = log(services, "access")
    dialog = open_file(case_id)
    dialog.action_bar.access_action.trigger()
    record = dialog.action_dialog
    assert "order-handling" in record.purposes.checked()  # started from the usual purposes
    record.categories.setPlainText("")
    record.accept()
    assert "categories" in record.errors()
    record.categories.setPlainText("Stammdaten (Name, Anschrift)\nBestelldaten")
    record.purposes.boxes["credit-checks"].setChecked(True)
    record.credit_scoring.setChecked(True)
    record.recipients.setPlainText("DHL Paket GmbH, Bonn")
    accept(qtbot, dialog, record)
    facts = services.decisions.access_facts(case_id)
    assert facts.credit_scoring and facts.recipients == ("DHL Paket GmbH, Bonn",)
    assert facts.categories == ("Stammdaten (Name, Anschrift)", "Bestelldaten")
