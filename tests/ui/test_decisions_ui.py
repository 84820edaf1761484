"""Decisions in the case file: each workflow through its dialog's widgets into the store."""

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.services.cases import CaseDraft, Requester
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


def accept(qtbot, dialog: CaseFileDialog, action_dialog) -> None:
    """Click OK and wait until the case file has reloaded."""
    with qtbot.waitSignal(dialog.case_changed, timeout=2000):
        qtbot.mouseClick(action_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not action_dialog.isVisible()


def test_the_decisions_tab_follows_the_requests_tab(open_file, services):
    dialog = open_file(log(services, "access", "erasure"))
    labels = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert labels[:3] == ["Requests", "Decisions", "Correspondence"]
    tab = dialog.decisions_tab
    assert tab.pending_label.text() == "Not decided yet: Erasure. Use Decide above."
    assert tab.restricted_label.isHidden()
    assert tab.blocked_box.isHidden() and tab.suppression_box.isHidden()
    assert "No recipients to notify" in tab.notices_label.text()
    # Only what the case asks for is offered.
    assert dialog.action_bar.decide_button.isVisibleTo(dialog)
    visible = [a.text() for a in dialog.action_bar.decide_menu.actions() if a.isVisible()]
    assert visible == ["Decide &erasure…"]
    assert not dialog.action_bar.restrict_action.isVisible()
    access_only = open_file(log(services, "access", email="other@example.org"))
    assert not access_only.action_bar.decide_button.isVisibleTo(access_only)


def test_uphold_marketing_objection(open_file, services, qtbot):
    case_id = log(services, "objection-marketing", "erasure")
    dialog = open_file(case_id)
    dialog.action_bar.uphold_action.trigger()
    uphold = dialog.action_dialog
    assert isinstance(uphold, MarketingObjectionDialog) and uphold.isVisible()
    assert all(box.isChecked() for box in uphold.channels.boxes.values())  # all by default
    assert uphold.effective.date() == QDate(2026, 11, 24)
    # The officer narrows it: the letter named every channel but post.
    uphold.channels.boxes["post"].setChecked(False)
    uphold.note.setPlainText("Letter of 18 Nov: no more advertising by email or phone.")
    accept(qtbot, dialog, uphold)

    result = services.suppression.check(email=EMAIL)
    assert result["suppressed"]
    assert result["channels"] == ["email", "newsletter", "phone", "profiling"]
    assert actions(services, case_id)[-1] == "marketing-recorded"
    text = summary(dialog, "objection-marketing")
    assert "Upheld: the objection is absolute" in text
    assert "Advertising by email, Advertising by telephone, Retargeting and profiling" in text
    assert "24 Nov 2026 by officer-test" in text
    tab = dialog.decisions_tab
    assert column(tab.suppression_table, 0) == [
        "Advertising by email", "Advertising by telephone", "Retargeting and profiling",
        "Newsletter",
    ]  # fmt: skip
    assert set(column(tab.suppression_table, 1)) == {"24 Nov 2026"}
    # Retargeting partners must hear of it (Art. 19); the first open one is selected.
    assert "Google Ireland Limited (Analytics, Ads)" in column(tab.notices_table, 0)
    assert set(column(tab.notices_table, 1)) == {"Open"}
    assert tab.notified_button.isEnabled() and tab.exempt_button.isEnabled()
    assert (
        dialog.message.text() == "Marketing objection upheld: 4 channels stopped from 24 Nov 2026."
    )
    assert tab.pending_label.text() == "Not decided yet: Erasure. Use Decide above."


def test_confirm_unsubscribe_stops_only_the_newsletter(open_file, services, qtbot):
    case_id = log(services, "unsubscribe", phone="")
    dialog = open_file(case_id)
    assert not dialog.action_bar.uphold_action.isVisible()
    dialog.action_bar.unsubscribe_action.trigger()
    confirm = dialog.action_dialog
    assert isinstance(confirm, UnsubscribeDialog)
    assert "Transactional mail" in confirm.intro.text()
    accept(qtbot, dialog, confirm)
    assert services.suppression.check(email=EMAIL)["channels"] == ["newsletter"]
    assert actions(services, case_id)[-1] == "unsubscribe-recorded"
    assert "Transactional mail" in summary(dialog, "unsubscribe")
    assert column(dialog.decisions_tab.suppression_table, 0) == ["Newsletter"]


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
    assert "Art. 18(1)(d)" in dialog.decisions_tab.restricted_label.text()
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
    assert "Rejected" in text
    assert "Asserting legal claims and defence in legal disputes" in text
    assert "Pending labour court case" in text and "Former employee" in text
    assert dialog.decisions_tab.restricted_label.isHidden()
    assert dialog.message.text() == "Objection rejected."


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
    assert tab.notices_label.text().startswith("One recipient still to notify, of 1.")

    close = dialog.close_case()
    assert isinstance(close, CloseDialog)
    close.set_outcome("objection-credit", "granted")
    with qtbot.assertNotEmitted(dialog.case_changed):
        close.accept()
    assert "Art. 19 notice" in close.errors()[""]
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
    assert column(tab.notices_table, 1) == ["Notified"]
    assert column(tab.notices_table, 2) == ["24 Nov 2026 by letter"]
    assert tab.notices_label.text() == "Every recipient is notified or exempt."
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
    next(b for b in exempt.ground.buttons() if b.text() == "Impossible").setChecked(True)
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
    assert dialog.message.text() == "One recipient added to the Art. 19 checklist."


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
    assert withdrawal.consents.boxes["advertising-phone"].text() == "Advertising by telephone"
    assert [edit.text() for edit, _done, _row in withdrawal.systems.rows] == [
        "CRM", "Newsletter tool", "Call centre list",
    ]  # fmt: skip
    withdrawal.accept()
    assert "consents" in withdrawal.errors()
    assert withdrawal.consents in withdrawal.invalid_widgets()
    assert services.cases.case_file(case_id)["decisions"] == []

    withdrawal.consents.boxes["newsletter"].setChecked(True)
    withdrawal.consents.boxes["advertising-phone"].setChecked(True)
    withdrawal.effective.setDate(QDate(2026, 11, 25))  # an effective date may lie ahead
    withdrawal.systems.rows[0][1].setChecked(True)  # CRM updated
    withdrawal.systems.remove_system(2)  # no call centre list for this customer
    qtbot.mouseClick(withdrawal.systems.add_button, Qt.MouseButton.LeftButton)
    withdrawal.systems.rows[-1][0].setText("Shop back office")
    accept(qtbot, dialog, withdrawal)

    result = services.suppression.check(phone="+49 89 1234567")
    assert result["channels"] == ["newsletter", "phone"]
    assert {e["effective"] for e in result["entries"]} == {"2026-11-25"}
    data = services.cases.case_file(case_id)["decisions"][0]["data"]
    assert data["consents"] == ["newsletter", "advertising-phone"]
    assert data["systems"] == [
        {"system": "CRM", "updated": True},
        {"system": "Newsletter tool", "updated": False},
        {"system": "Shop back office", "updated": False},
    ]
    assert actions(services, case_id)[-1] == "withdrawal-recorded"
    text = summary(dialog, "withdrawal")
    assert "Email newsletter\nAdvertising by telephone" in text
    assert "25 Nov 2026, for the future only" in text
    assert "CRM: updated\nNewsletter tool: pending\nShop back office: pending" in text
    assert "2 systems still to update" in dialog.message.text()

    # Later the pending systems are done: the dialog starts from what was recorded.
    again = dialog.record_withdrawal()
    assert again.consents.checked() == ["newsletter", "advertising-phone"]
    assert again.effective.date() == QDate(2026, 11, 25)
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
    assert first.kept.text() == "erased now" and first.document.isHidden()
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
    assert dialog.message.text() == "Erasure decided: one category erased, 2 blocked."
    text = summary(dialog, "erasure")
    assert "Customer account: erased on 24 Nov 2026" in text
    assert "Invoices: blocked until 31 Dec 2033 under § 257 HGB, § 147 AO" in text
    # Two years on, the business letters' retention duty has ended.
    services.ctx.clock.moment = services.ctx.clock.moment.replace(year=2028, month=1, day=5)
    dialog.reload()
    tab = dialog.decisions_tab
    assert column(tab.blocked_table, 0) == ["Invoices", "Business letters"]
    assert column(tab.blocked_table, 2) == ["31 Dec 2033", "31 Dec 2027"]
    assert column(tab.blocked_table, 4) == ["Blocked", "Due for deletion"]
    assert len(case["notices"]) == 10  # every recipient hears of the erasure (Art. 19)

    # A tax audit: the invoices go on hold, and cannot be deleted.
    invoice_id, letters_id = (b["id"] for b in case["blocked"])
    assert tab.select_blocked(invoice_id)
    assert tab.hold_button.text() == "&Hold…"
    tab.hold_button.click()
    hold = dialog.action_dialog
    assert isinstance(hold, HoldDialog) and hold.hold
    hold.accept()
    assert "reason" in hold.errors()
    hold.reason.setPlainText("Tax audit 2027 announced")
    accept(qtbot, dialog, hold)
    assert services.cases.case_file(case_id)["blocked"][0]["hold"] == 1
    assert actions(services, case_id)[-1] == "hold-set"
    assert column(tab.blocked_table, 4)[0] == "On hold: Tax audit 2027 announced"
    assert tab.selected_blocked()["id"] == invoice_id  # the selection stays
    assert tab.hold_button.text() == "Lift &hold…"

    tab.deleted_button.click()
    deleted = dialog.action_dialog
    assert isinstance(deleted, DeletedDialog)
    with qtbot.assertNotEmitted(dialog.case_changed):
        deleted.accept()
    assert deleted.errors() == {"": "A hold suspends deletion; lift it first"}
    deleted.reject()

    lift = dialog.change_hold(invoice_id)
    assert not lift.hold
    lift.reason.setPlainText("Audit closed")
    accept(qtbot, dialog, lift)
    assert actions(services, case_id)[-1] == "hold-lifted"
    early = dialog.record_deleted(invoice_id)
    early.accept()
    assert "2033-12-31" in early.errors()["date"]  # the retention duty still runs
    assert early.on in early.invalid_widgets()
    early.reject()

    assert tab.select_blocked(letters_id)
    tab.deleted_button.click()
    accept(qtbot, dialog, dialog.action_dialog)
    row = services.cases.case_file(case_id)["blocked"][1]
    assert row["deleted_on"] == "2028-01-05"
    assert actions(services, case_id)[-1] == "blocked-data-deleted"
    assert column(tab.blocked_table, 4)[1] == "Deleted on 5 Jan 2028"
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
    assert column(history, 2)[:2] == ["Hold set", "Erasure decided"]
    assert "blocked data: Invoices" in history.item(0, 3).text()
    decided = history.item(1, 3).text()
    assert "Customer account erased; Invoices blocked until 31 Dec 2033" in decided
    assert "Hosting providers" in decided and "{" not in decided


def test_restriction_refused_on_a_closed_case_is_reported(open_file, services):
    case_id = log(services, "objection-interests")
    dialog = open_file(case_id)
    services.cases.close(case_id, {"objection-interests": "withdrawn"})  # elsewhere
    assert dialog.set_restricted(True) is False
    assert "changed meanwhile" in dialog.message.text()  # the window showed it open
    assert dialog.message.objectName() == "fieldError"
    assert not dialog.action_bar.restrict_action.isChecked()
    assert dialog.set_restricted(True) is False  # reloaded: now the real reason
    assert "closed" in dialog.message.text()
