"""The address in parts from intake to case file, and correcting a case after logging: through
the real services, errors under their fields, nothing saved on a refusal."""

import pytest
from PySide6.QtCore import QDate, Qt
from ui_support import refused_as_changed

from desktop.services.cases import CaseDraft, Requester
from desktop.ui.case_file import CaseFileDialog, CaseFileServices
from desktop.ui.dialogs.correction import CorrectionDialog
from desktop.ui.intake import IntakeDialog


def log(services, **person) -> int:
    requester = Requester(
        **{
            "name": "Jürgen Müller",
            "email": "j.mueller@example.org",
            "street": "Hauptstraße 5",
            "postcode": "80331",
            "city": "München",
            "country": "DE",
            "language": "de",
            **person,
        }
    )
    draft = CaseDraft(
        channel="letter", received="2026-11-20", types=["access", "erasure"], requester=requester
    )
    return services.cases.log_case(draft).id


@pytest.fixture
def case_file(qtbot, services):
    def opener(case_id: int) -> CaseFileDialog:
        dialog = CaseFileDialog(CaseFileServices.of(services), case_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return opener


def open_correction(window: CaseFileDialog) -> CorrectionDialog:
    """As the officer does: the Requester tab's Correct… button."""
    window.tabs.setCurrentWidget(window.requester)
    window.requester.correct_button.click()
    dialog = window.action_dialog
    assert isinstance(dialog, CorrectionDialog) and dialog.isVisible()
    return dialog


def actions(services, case_id: int) -> list[str]:
    return [entry["action"] for entry in services.cases.case_file(case_id)["audit"]]


def shown(window: CaseFileDialog, key: str) -> str | None:
    """What the Requester tab shows for `key`; None when the row is hidden."""
    label = window.requester.fields[key]
    return None if label.isHidden() else label.text()


def test_intake_stores_the_address_in_parts_and_the_form_of_address(qtbot, services):
    dialog = IntakeDialog(services.cases, services.intake, services.register)
    qtbot.addWidget(dialog)
    dialog.show()
    who = dialog.requester
    who.name.setText("Maria Huber")
    who.form_of_address.setCurrentIndex(who.form_of_address.findData("female"))
    who.title.setText("Dr.")
    who.street.setText("Kärntner Straße 12")
    who.address_extra.setText("Top 4")
    who.postcode.setText("1010")
    who.language.setCurrentIndex(who.language.findData("de"))
    who.city.setText("Wien")
    assert who.country.code() == "DE"  # guessed from the reply language, in sight
    who.country.setEditText("austria")
    who.country.lineEdit().editingFinished.emit()
    assert who.country.currentText() == "Austria (AT)"
    dialog.type_boxes["access"].setChecked(True)
    dialog.save()
    assert dialog.logged is not None
    person = services.cases.case_file(dialog.logged.id)["requester"]
    assert {key: person[key] for key in (
        "name", "form_of_address", "title", "street", "address_extra", "postcode", "city",
        "country", "address", "language",
    )} == {
        "name": "Maria Huber", "form_of_address": "female", "title": "Dr.",
        "street": "Kärntner Straße 12", "address_extra": "Top 4", "postcode": "1010",
        "city": "Wien", "country": "AT", "address": None, "language": "de",
    }  # fmt: skip


def test_the_requester_tab_shows_the_parts_and_hides_what_does_not_apply(case_file, services):
    window = case_file(log(services, title="Prof. Dr.", form_of_address="male"))
    assert shown(window, "street") == "Hauptstraße 5" and shown(window, "city") == "München"
    assert shown(window, "country") == "Germany (DE)" and shown(window, "title") == "Prof. Dr."
    assert shown(window, "form_of_address") == "Mr (Herr, de heer)"
    assert shown(window, "phone") == "—"  # not known: said so
    # Nothing in them: no rows of dashes.
    for key in ("address_extra", "address", "postal", "delivery_location"):
        assert shown(window, key) is None, key
    old = case_file(log(services, street=None, postcode=None, city=None, country=None,
                        address="Hauptstraße 5\n80331 München"))  # fmt: skip
    assert shown(old, "address") == "Hauptstraße 5\n80331 München"
    assert shown(old, "street") is None and shown(old, "postal") is None
    none = case_file(log(services, street=None, postcode=None, city=None, country=None))
    assert shown(none, "postal") == "—" and shown(none, "address") is None


def test_correcting_name_country_and_received_date(case_file, services, qtbot):
    case_id = log(services)
    window = case_file(case_id)
    assert window.case["current_due"] == "2026-12-21"
    dialog = open_correction(window)
    # Pre-filled with the case as logged.
    assert dialog.name.text() == "Jürgen Müller" and dialog.country.code() == "DE"
    assert dialog.street.text() == "Hauptstraße 5" and dialog.postcode.text() == "80331"
    assert dialog.received.date() == QDate(2026, 11, 20)
    assert dialog.channel.currentData() == "letter"
    assert [k for k, box in dialog.type_boxes.items() if box.isChecked()] == ["access", "erasure"]
    assert dialog.address is None  # no free text on file: no field for it
    dialog.name.setText("Jürgen Möller")
    dialog.country.setEditText("AT")
    dialog.city.setText("Wien")
    dialog.postcode.setText("1010")
    dialog.received.setDate(QDate(2026, 11, 16))
    dialog.reason.setPlainText("Name and address misread from the handwritten letter.")
    # Only what changed is sent.
    correction = dialog.correction()
    assert dict(correction.requester) == {
        "name": "Jürgen Möller", "postcode": "1010", "city": "Wien", "country": "AT"
    }  # fmt: skip
    assert str(correction.received) == "2026-11-16" and correction.channel is None
    assert not correction.add_types and not correction.withdraw_types
    with qtbot.waitSignal(window.case_changed, timeout=2000) as signal:
        dialog.accept()
    assert signal.args == [case_id] and not dialog.isVisible()
    case = services.cases.case_file(case_id)
    assert case["requester"]["name"] == "Jürgen Möller" and case["requester"]["country"] == "AT"
    assert case["received"] == "2026-11-16" and case["current_due"] == "2026-12-16"
    # The case file shows the case as it is now.
    assert shown(window, "name") == "Jürgen Möller" and shown(window, "country") == "Austria (AT)"
    assert "16 Dec 2026" in window.header.due_label.text()
    assert "16 Dec 2026" in window.message.text()  # and the status line says the new deadline
    entry = case["audit"][-1]
    assert entry["action"] == "case-corrected"
    assert entry["detail"]["reason"] == "Name and address misread from the handwritten letter."
    assert entry["detail"]["changes"]["name"] == ["Jürgen Müller", "Jürgen Möller"]
    assert entry["detail"]["changes"]["received"] == ["2026-11-20", "2026-11-16"]
    history = window.history.table
    assert history.item(0, 2).toolTip() == "case-corrected"
    assert "Jürgen Möller" in history.item(0, 3).text()


def test_a_bad_country_shows_under_its_field_and_nothing_is_saved(case_file, services, qtbot):
    case_id = log(services)
    window = case_file(case_id)
    dialog = open_correction(window)
    dialog.country.set_code(None)
    qtbot.keyClicks(dialog.country.lineEdit(), "XX")
    dialog.name.setText("Jürgen Möller")
    dialog.reason.setPlainText("Country typed wrongly.")
    with qtbot.assertNotEmitted(window.case_changed):
        dialog.accept()
    assert dialog.isVisible() and list(dialog.errors()) == ["country"]
    assert dialog.errors()["country"].startswith("Country: ")
    assert dialog.invalid_widgets() == [dialog.country]
    assert dialog.error.isHidden()  # said under the field, not on the dialog's line
    assert actions(services, case_id) == ["case-logged"]
    assert services.cases.case_file(case_id)["requester"]["name"] == "Jürgen Müller"
    dialog.country.setEditText("uk")  # "UK" is taken as GB
    dialog.city.setText("London")
    dialog.postcode.setText("sw1a2aa")
    dialog.accept()
    person = services.cases.case_file(case_id)["requester"]
    assert (person["country"], person["postcode"]) == ("GB", "SW1A 2AA")


def test_a_correction_without_a_reason_is_refused(case_file, services, qtbot):
    case_id = log(services)
    window = case_file(case_id)
    dialog = open_correction(window)
    dialog.name.setText("Jürgen Möller")
    dialog.reason.setPlainText("   ")
    with qtbot.assertNotEmitted(window.case_changed):
        dialog.accept()
    assert dialog.isVisible() and list(dialog.errors()) == ["reason"]
    assert dialog.reason in dialog.invalid_widgets()
    assert actions(services, case_id) == ["case-logged"]


def test_nothing_changed_is_said_on_the_dialogs_line(case_file, services):
    case_id = log(services)
    dialog = open_correction(case_file(case_id))
    dialog.reason.setPlainText("Checked the letter again.")
    dialog.accept()
    assert dialog.isVisible() and list(dialog.errors()) == [""]
    assert dialog.error.property("field") == "correction"
    assert actions(services, case_id) == ["case-logged"]


def test_ticking_adds_a_request_and_unticking_withdraws_one(case_file, services, qtbot):
    case_id = log(services)
    window = case_file(case_id)
    dialog = open_correction(window)
    dialog.type_boxes["erasure"].setChecked(False)
    dialog.type_boxes["rectification"].setChecked(True)
    dialog.channel.setCurrentIndex(dialog.channel.findData("fax"))
    dialog.reason.setPlainText("It asks for rectification, not erasure; it came by fax.")
    with qtbot.waitSignal(window.case_changed, timeout=2000):
        dialog.accept()
    case = services.cases.case_file(case_id)
    assert [r["type"] for r in case["requests"]] == ["access", "rectification"]
    assert case["channel"] == "fax" and case["received"] == "2026-11-20"


def test_a_closed_case_keeps_its_date_and_requests(case_file, services, qtbot):
    case_id = log(services)
    services.cases.close(case_id, {"access": "granted", "erasure": "no-data"})
    window = case_file(case_id)
    dialog = open_correction(window)
    assert dialog.received is None and "reopen" in dialog.intro.text()
    assert not any(box.isEnabled() for box in dialog.type_boxes.values())
    dialog.email.setText("juergen@example.org")
    dialog.reason.setPlainText("The requester wrote from his new address.")
    with qtbot.waitSignal(window.case_changed, timeout=2000):
        dialog.accept()
    assert services.cases.case_file(case_id)["requester"]["email"] == "juergen@example.org"


def test_the_free_text_address_can_be_cleared_once_in_parts(case_file, services, qtbot):
    case_id = log(services, street=None, postcode=None, city=None, country=None,
                  address="Hauptstraße 5\n80331 München")  # fmt: skip
    window = case_file(case_id)
    dialog = open_correction(window)
    assert dialog.address.toPlainText() == "Hauptstraße 5\n80331 München"
    dialog.street.setText("Hauptstraße 5")
    dialog.postcode.setText("80331")
    dialog.city.setText("München")
    dialog.country.set_code("DE")
    dialog.address.setPlainText("")
    dialog.reason.setPlainText("Address put in its parts.")
    with qtbot.waitSignal(window.case_changed, timeout=2000):
        dialog.accept()
    assert shown(window, "address") is None and shown(window, "city") == "München"


def test_a_case_changed_meanwhile_is_not_corrected(case_file, services):
    case_id = log(services)
    dialog = open_correction(case_file(case_id))
    services.cases.add_note(case_id, "Phoned the requester.")  # another window, meanwhile
    dialog.name.setText("Jürgen Möller")
    dialog.reason.setPlainText("Misread.")
    dialog.accept()
    assert refused_as_changed(dialog)
    assert services.cases.case_file(case_id)["requester"]["name"] == "Jürgen Müller"


def test_f2_opens_the_correction(case_file, services, qtbot):
    window = case_file(log(services))
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(window.action_dialog, CorrectionDialog), timeout=2000)
