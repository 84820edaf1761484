"""The intake dialog: every channel logged through the real services, errors marked, nothing
stored before Save."""

from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from desktop.ui.intake import IntakeDialog
from tests.conftest import SAMPLES

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture
def dialog(qtbot, services):
    d = IntakeDialog(services.cases, services.intake, services.register)
    qtbot.addWidget(d)
    d.show()
    return d


def stored(services, table):
    return services.ctx.store.scalar(f"SELECT count(*) FROM {table}")


def write_eml(tmp_path: Path) -> Path:
    msg = EmailMessage()
    msg["From"] = "Jürgen Müller <juergen@example.org>"
    msg["To"] = "dataprotection@hoffmann-group.com"
    msg["Subject"] = "Auskunft und Löschung meiner Daten"
    msg["Date"] = "Fri, 20 Nov 2026 22:30:00 +0100"
    msg.set_content("Ich bitte um Auskunft nach Art. 15 DSGVO und um Löschung meiner Daten.")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="vollmacht.pdf")
    path = tmp_path / "request.eml"
    path.write_bytes(msg.as_bytes())
    return path


def test_email_from_an_eml_file(dialog, services, qtbot, tmp_path):
    with qtbot.waitSignal(dialog.message_loaded, timeout=10_000):
        dialog.load_file(write_eml(tmp_path))
    assert dialog.source.channel.currentData() == "email"
    assert dialog.requester.name.text() == "Jürgen Müller"
    assert dialog.requester.email.text() == "juergen@example.org"
    assert dialog.source.received.date() == QDate(2026, 11, 20)
    # Suggested, but never ticked on their own.
    assert {"access", "erasure"} <= set(dialog._suggested)
    assert not any(box.isChecked() for box in dialog.type_boxes.values())
    assert stored(services, "cases") == 0
    dialog.tick_suggestions()
    dialog.save()
    assert dialog.logged is not None
    case = services.cases.case_file(dialog.logged.id)
    assert case["channel"] == "email" and case["received"] == "2026-11-20"
    assert {r["type"] for r in case["requests"]} >= {"access", "erasure"}
    files = case["correspondence"][0]["attachments"]
    assert [f["filename"] for f in files] == ["request.eml", "vollmacht.pdf"]
    assert files[0]["is_original"] == 1
    assert case["audit"][0]["action"] == "case-logged"


def test_email_from_an_outlook_msg_file(dialog, services, qtbot):
    with qtbot.waitSignal(dialog.message_loaded, timeout=20_000):
        dialog.load_file(SAMPLES / "mail" / "unicode.msg")
    assert (
        dialog.requester.email.text() and dialog.source.files.count() == 3
    )  # the .msg and two TIFFs
    # The sample is from 2013, before the GDPR applied: the officer enters the date it arrived.
    dialog.source.received.setDate(QDate(2026, 11, 23))
    dialog.type_boxes["access"].setChecked(True)
    dialog.save()
    case = services.cases.case_file(dialog.logged.id)
    media = [a["media_type"] for a in case["correspondence"][0]["attachments"]]
    assert media.count("image/tiff") == 2


def test_msg_without_sender_and_date_asks_the_officer(dialog, services, qtbot):
    with qtbot.waitSignal(dialog.message_loaded, timeout=20_000):
        dialog.load_file(SAMPLES / "mail" / "strangeDate.msg")
    assert "please fill in" in dialog.source.note.text()
    assert dialog.source.received in dialog.invalid_widgets()
    dialog.type_boxes["access"].setChecked(True)
    dialog.save()  # no name yet
    assert dialog.logged is None and dialog.requester.name in dialog.invalid_widgets()
    assert stored(services, "cases") == 0
    dialog.requester.name.setText("Unbekannt")
    dialog.save()
    assert dialog.logged is not None


def test_letter_with_date_stamp_letter_date_and_scan(dialog, services, tmp_path):
    scan = tmp_path / "brief.pdf"
    scan.write_bytes(PDF)
    dialog.set_channel("letter")
    dialog.source.received.setDate(QDate(2026, 11, 23))
    dialog.source.letter_date.setDate(QDate(2026, 11, 19))
    dialog.add_scan(scan)
    dialog.requester.name.setText("Anne de Vries")
    dialog.requester.customer.setCurrentIndex(dialog.requester.customer.findData("business"))
    dialog.requester.delivery_country.setCurrentText("NL")
    dialog.requester.street.setText("Oudegracht 112")
    dialog.requester.postcode.setText("3511ax")
    dialog.requester.city.setText("Utrecht")
    dialog.requester.language.setCurrentIndex(dialog.requester.language.findData("nl"))
    dialog.type_boxes["objection-marketing"].setChecked(True)
    dialog.refresh_panel()
    assert dialog.panel.company_name.text() == "Hoffmann Nederland B.V."
    assert "Rule 4" in dialog.panel.routing_reason.text()
    assert dialog.panel.sample_badge.isVisibleTo(dialog)
    dialog.save()
    case = services.cases.case_file(dialog.logged.id)
    assert (case["received"], case["letter_date"]) == ("2026-11-23", "2026-11-19")
    assert case["company"]["id"] == "hoffmann-nl" and case["requester"]["language"] == "nl"
    person = case["requester"]
    assert person["street"] == "Oudegracht 112" and person["city"] == "Utrecht"
    assert person["postcode"] == "3511 AX"  # as the Dutch post prints it
    assert person["country"] == "NL" and person["address"] is None  # the delivery country
    assert case["correspondence"][0]["attachments"][0]["media_type"] == "application/pdf"


def test_fax_keeps_the_fax_number(dialog, services, tmp_path):
    scan = tmp_path / "fax.tif"
    scan.write_bytes(b"II*\x00" + b"\x00" * 64)
    dialog.set_channel("fax")
    assert dialog.source.fax_number.isVisibleTo(dialog)
    dialog.source.fax_number.setText("+49 89 1234 567")
    dialog.add_scan(scan)
    dialog.requester.name.setText("Stefan Becker")
    dialog.type_boxes["withdrawal"].setChecked(True)
    dialog.save()
    case = services.cases.case_file(dialog.logged.id)
    assert case["channel"] == "fax" and case["fax_number"] == "+49 89 1234 567"


@pytest.mark.parametrize("channel", ["phone", "web-form", "in-person"])
def test_typed_in_channels(dialog, services, channel):
    dialog.set_channel(channel)
    assert not dialog.source.attach_scan.isVisibleTo(dialog)
    dialog.requester.name.setText("Olivia Brown")
    dialog.requester.email.setText("olivia@example.net")
    dialog.type_boxes["unsubscribe"].setChecked(True)
    dialog.save()
    assert services.cases.case_file(dialog.logged.id)["channel"] == channel


def test_bad_input_marks_the_field_and_stores_nothing(dialog, services):
    dialog.requester.name.setText("Anne")
    dialog.save()  # no request type
    assert dialog.logged is None and list(dialog.errors()) == ["type"]
    assert dialog.error.isVisible() and dialog.error.property("field") == "type"
    dialog.type_boxes["access"].setChecked(True)
    dialog.requester.email.setText("not an address")
    dialog.save()
    assert dialog.invalid_widgets() == [dialog.requester.email]
    assert list(dialog.errors()) == ["email"]
    dialog.requester.email.setText("")
    dialog.requester.name.setText("x" * 10_000)
    dialog.save()
    assert dialog.invalid_widgets() == [dialog.requester.name]
    assert list(dialog.errors()) == ["name"]
    assert stored(services, "cases") == 0 and dialog.isVisible()


def test_the_country_is_guessed_from_the_city_visibly_and_can_be_changed(dialog):
    who = dialog.requester
    who.language.setCurrentIndex(who.language.findData("de"))
    who.city.setText("München")
    assert who.country.code() == "DE" and who.country.currentText() == "Germany (DE)"
    who.country.set_code("AT")  # the officer knows better; more typing does not undo it
    who.city.setText("Wien")
    assert who.country.code() == "AT"
    who.city.setText("")
    who.country.set_code(None)
    who.delivery_country.setEditText("GB")  # a delivery country goes before the language
    who.city.setText("London")
    assert who.country.code() == "GB"


def test_an_address_needs_its_city_and_a_real_country(dialog, services, qtbot):
    who = dialog.requester
    who.name.setText("Anne de Vries")
    dialog.type_boxes["access"].setChecked(True)
    who.street.setText("Oudegracht 112")
    dialog.save()
    assert list(dialog.errors()) == ["city"] and dialog.invalid_widgets() == [who.city]
    who.city.setText("Utrecht")
    who.country.set_code(None)
    qtbot.keyClicks(who.country.lineEdit(), "XX")
    dialog.save()
    assert list(dialog.errors()) == ["country"] and dialog.invalid_widgets() == [who.country]
    assert stored(services, "cases") == 0
    who.country.setEditText("nl")  # a code typed, any case, is the country it names
    who.title.setText("Dr.")
    who.form_of_address.setCurrentIndex(who.form_of_address.findData("female"))
    dialog.save()
    person = services.cases.case_file(dialog.logged.id)["requester"]
    assert person["country"] == "NL"
    assert (person["title"], person["form_of_address"]) == ("Dr.", "female")


def test_a_file_that_is_not_a_scan_is_refused(dialog, services, tmp_path):
    junk = tmp_path / "scan.pdf"
    junk.write_bytes(b"MZ\x90\x00 not a pdf")
    dialog.set_channel("letter")
    dialog.add_scan(junk)
    assert dialog.source.files.count() == 0 and list(dialog.errors()) == ["file"]
    assert dialog.error.property("field") == "scan"  # the service's name; the file list shows it


def test_a_broken_message_file_gives_a_clear_message(dialog, qtbot, tmp_path):
    broken = tmp_path / "broken.msg"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with qtbot.waitSignal(dialog.message_loaded, timeout=10_000):
        dialog.load_file(broken)
    assert list(dialog.errors()) == ["file"]
    assert dialog.source.files in dialog.invalid_widgets()


def test_same_person_with_an_open_case_is_offered_a_link(dialog, services):
    from desktop.services.cases import CaseDraft, Requester

    first = services.cases.log_case(
        CaseDraft(
            channel="email",
            received="2026-11-02",
            types=["access"],
            requester=Requester(name="Anne de Vries", email="anne@example.org"),
        )  # fmt: skip
    )
    dialog.requester.name.setText("A. de Vries")
    dialog.requester.email.setText("Anne@Example.org")
    dialog.refresh_panel()
    assert dialog.panel.duplicate_warning.isVisibleTo(dialog)
    assert first.reference in dialog.panel.duplicate_warning.text()
    dialog.type_boxes["erasure"].setChecked(True)
    dialog.save()
    links = services.cases.case_file(dialog.logged.id)["links"]
    assert [link["id"] for link in links] == [first.id]


def test_officer_can_override_the_company_with_a_reason(dialog, services):
    dialog.requester.name.setText("Lukas Koch")
    dialog.type_boxes["access"].setChecked(True)
    dialog.panel.override.setChecked(True)
    dialog.panel.override_company.setCurrentIndex(
        dialog.panel.override_company.findData("hoffmann-at")
    )
    dialog.panel.override_reason.setText("Letter addressed to the Vienna office")
    dialog.save()
    case = services.cases.case_file(dialog.logged.id)
    assert case["company"]["id"] == "hoffmann-at" and "Vienna" in case["routing"]["reason"]


def test_typed_text_is_read_for_suggestions_too(dialog, qtbot):
    dialog.set_channel("letter")
    dialog.body.setPlainText("Hiermit widerrufe ich meine Einwilligung und möchte keine Werbung.")
    qtbot.waitUntil(lambda: "withdrawal" in dialog._suggested, timeout=3000)
    assert not dialog.type_boxes["withdrawal"].isChecked()  # suggested, not ticked


def test_the_received_date_is_the_arrival_day_where_the_company_is(dialog, qtbot, tmp_path):
    """Issue 8.5: arrived 23:50 UTC on 3 Nov: 4 Nov for Hoffmann SE in Munich, 3 Nov for the
    British company; the Received: header counts, not the Date: header; both are shown."""
    msg = EmailMessage()
    msg["Received"] = "from mx.example by mail.hoffmann.example; Tue, 3 Nov 2026 23:50:00 +0000"
    msg["From"] = "Anne Smith <anne@example.org>"
    msg["Subject"] = "Subject access request"
    msg["Date"] = "Tue, 03 Nov 2026 20:05:00 +0000"
    msg.set_content("Please give me a copy of my data.")
    path = tmp_path / "late.eml"
    path.write_bytes(msg.as_bytes())
    with qtbot.waitSignal(dialog.message_loaded, timeout=10_000):
        dialog.load_file(path)
    dialog.refresh_panel()
    assert dialog.source.received.date() == QDate(2026, 11, 4)
    text = dialog.source.arrival_label.text()
    # The times and zones, whatever the date format on screen (the days are asserted above).
    assert "23:50 UTC" in text and "00:50 in Europe/Berlin" in text
    assert "20:05" in text  # when the sender wrote it
    dialog.requester.customer.setCurrentIndex(dialog.requester.customer.findData("business"))
    dialog.requester.delivery_country.setEditText("GB")
    dialog.refresh_panel()
    assert dialog.source.received.date() == QDate(2026, 11, 3)
    assert "Europe/London" in dialog.source.arrival_label.text()
    dialog.source.received.setDate(QDate(2026, 11, 2))  # the officer's own date then stands
    dialog.refresh_panel()
    assert dialog.source.received.date() == QDate(2026, 11, 2)
