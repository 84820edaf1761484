"""The company register page: samples marked, details shown, edits saved as audited versions."""

import json

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.ui.dialogs.company_register_files import choose_register_export, export_path
from desktop.ui.models.company_table import COUNTRIES, ID, NAME, SAMPLE_TOOLTIP, STATUS
from desktop.ui.pages.companies import CompaniesPage

SAVED = "SELECT count(*) FROM audit_log WHERE action = 'company-saved'"


@pytest.fixture
def page(qtbot, services):
    widget = CompaniesPage(services.register)
    qtbot.addWidget(widget)
    widget.resize(1080, 720)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch):
    calls = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: calls.append(args))
    return calls


def label_texts(widget):
    return [label.text() for label in widget.findChildren(QLabel)]


def visible_errors(widget):
    return [
        label.text()
        for label in widget.findChildren(QLabel, "fieldError")
        if label.isVisible() and label.text()
    ]


def row_data(page, company_id, column, role=None):
    index = page.model.index(page.model.row_of(company_id), column)
    return index.data() if role is None else index.data(role)


def test_page_lists_the_register_and_marks_the_samples(page, services):
    from PySide6.QtCore import Qt

    assert page.findChild(QLabel, "pageTitle").text()
    assert page.model.rowCount() == 7
    assert row_data(page, "hoffmann-se", NAME) == "Hoffmann SE"
    assert row_data(page, "hoffmann-be", ID) == "hoffmann-be"
    assert row_data(page, "hoffmann-be", COUNTRIES) == "BE, LU"
    assert row_data(page, "hoffmann-se", STATUS) == ""
    assert row_data(page, "hoffmann-se", NAME, Qt.ItemDataRole.ToolTipRole) is None
    samples = [c.id for c in services.register.companies() if c.id != "hoffmann-se"]
    assert len(samples) == 6
    for company_id in samples:
        assert row_data(page, company_id, STATUS)  # the Sample marker
        assert row_data(page, company_id, NAME, Qt.ItemDataRole.ToolTipRole) == SAMPLE_TOOLTIP


def test_selecting_a_company_shows_its_details(page):
    assert page.select_company("hoffmann-se")
    assert page.selected_company().id == "hoffmann-se"
    texts = label_texts(page.details)
    assert "dataprotection@hoffmann-group.com" in texts
    assert "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)" in texts
    assert "public holidays (public), Catholic holidays (catholic)" in texts
    assert page.details.values["version"].text() == "1"
    assert not page.details.sample_badge.isVisible()
    assert not page.details.sample_warning.isVisible()

    page.select_company("hoffmann-nl")
    assert "privacy.nl@example.invalid" in label_texts(page.details)
    assert "KvK 00000000 (sample)" in label_texts(page.details)
    assert page.details.sample_badge.isVisible()
    assert page.details.sample_warning.isVisible()
    assert not page.select_company("no-such-company")


def test_an_edit_is_saved_as_a_new_audited_version(page, services, qtbot):
    page.select_company("hoffmann-se")
    dialog = page.edit_selected()
    assert dialog.fields["id"].isReadOnly()  # cases refer to the id
    dialog.fields["dpo_phone"].setText("+49 89 000 00 00")
    dialog.fields["locations"].setText("München, Munich; Garching")
    dialog.fields["commercial_register"].setText("Amtsgericht München HRB 000000")
    with qtbot.waitSignal(page.companies_changed):
        dialog.save()

    company = services.register.company("hoffmann-se")
    assert company.dpo_phone == "+49 89 000 00 00"
    assert company.locations == ("München", "Munich", "Garching")
    assert company.commercial_register == "Amtsgericht München HRB 000000"
    assert company.dpo_email == "dataprotection@hoffmann-group.com"  # untouched fields kept
    assert services.register.version_of("hoffmann-se") == 2
    assert services.ctx.store.scalar(SAVED) == 1
    assert page.selected_company().id == "hoffmann-se"
    assert page.details.values["version"].text() == "2"
    assert page.details.values["dpo_phone"].text() == "+49 89 000 00 00"
    assert page.status_line.isVisible() and "Hoffmann SE" in page.status_line.text()


def test_a_sample_can_be_confirmed(page, services, qtbot):
    page.select_company("hoffmann-nl")
    dialog = page.edit_selected()
    dialog.fields["is_sample"].setChecked(False)
    dialog.fields["name"].setText("Hoffmann Nederland B.V. – Utrecht")  # non-ASCII via setText
    with qtbot.waitSignal(page.companies_changed):
        dialog.save()
    assert not services.register.company("hoffmann-nl").is_sample
    assert row_data(page, "hoffmann-nl", STATUS) == ""
    assert row_data(page, "hoffmann-nl", NAME) == "Hoffmann Nederland B.V. – Utrecht"


@pytest.mark.parametrize(
    ("field", "value", "fixed"),
    [
        ("countries", "Netherlands", "DE, AT"),
        ("address.country", "Germany", "at"),
        ("name", "", "Hoffmann SE, München"),
        ("address.city", "  ", "Munich"),
        ("dpo_email", "", "dpo@hoffmann-group.com"),
        ("authority.name", "", "BayLDA"),
        ("calendar_subdiv", "XX", "BW"),
        ("calendar_extra_dates", "15.08.2026", "2026-05-15"),
    ],
)
def test_a_bad_value_is_marked_and_nothing_is_saved(page, services, qtbot, field, value, fixed):
    before = services.register.company("hoffmann-se").to_dict()
    page.select_company("hoffmann-se")
    dialog = page.edit_selected()
    dialog.fields[field].setText(value)
    with qtbot.assertNotEmitted(page.companies_changed):
        assert dialog.save() is None

    widget = dialog.fields[field]
    assert widget.property("invalid") is True
    assert dialog.invalid_widgets() == [widget]
    assert list(dialog.errors()) == [field]
    assert dialog.errors()[field] in visible_errors(dialog)
    assert dialog.isVisible()  # the officer can correct it
    assert services.register.company("hoffmann-se").to_dict() == before
    assert services.register.version_of("hoffmann-se") == 1
    assert services.ctx.store.scalar(SAVED) == 0

    # Corrected, it saves, and the mark goes away.
    dialog.fields[field].setText(fixed)
    with qtbot.waitSignal(page.companies_changed):
        dialog.save()
    assert widget.property("invalid") is False
    assert visible_errors(dialog) == []
    assert not dialog.isVisible()
    assert services.register.version_of("hoffmann-se") == 2


def test_a_new_company_is_added(page, services, qtbot):
    dialog = page.new_company()
    assert dialog.fields["id"].text() == ""
    values = {
        "id": "hoffmann-pl",
        "name": "Hoffmann Polska Sp. z o.o.",
        "address.street": "ul. Przykładowa 1",
        "address.postcode": "00-001",
        "address.city": "Warszawa",
        "address.country": "pl",
        "countries": "PL, CZ",
        "locations": "Warszawa; Praha",
        "dpo_email": "privacy.pl@example.invalid",
        "languages": "en",
        "authority.name": "Prezes Urzędu Ochrony Danych Osobowych",
        "authority.address": "ul. Stawki 2, 00-193 Warszawa",
    }
    for field, value in values.items():
        dialog.fields[field].setText(value)
    dialog.fields["is_sample"].setChecked(True)
    with qtbot.waitSignal(page.companies_changed):
        dialog.save()

    company = services.register.company("hoffmann-pl")
    assert company.countries == ("PL", "CZ") and company.address.country == "PL"
    assert company.calendar_country == "PL" and company.calendar_categories == ("public",)
    assert services.register.version_of("hoffmann-pl") == 1
    assert page.model.rowCount() == 8
    assert page.selected_company().id == "hoffmann-pl"
    assert row_data(page, "hoffmann-pl", STATUS) == "Sample"


def test_a_new_company_may_not_take_an_existing_id(page, services):
    before = services.register.company("hoffmann-se").to_dict()
    dialog = page.new_company()
    for field, value in {
        "id": "hoffmann-se",
        "name": "Someone Else",
        "address.street": "x",
        "address.postcode": "1",
        "address.city": "y",
        "address.country": "DE",
        "dpo_email": "a@b.invalid",
        "authority.name": "A",
        "authority.address": "B",
    }.items():
        dialog.fields[field].setText(value)
    assert dialog.save() is None
    assert dialog.fields["id"].property("invalid") is True
    assert dialog.invalid_widgets() == [dialog.fields["id"]]
    assert services.register.company("hoffmann-se").to_dict() == before
    assert services.ctx.store.scalar(SAVED) == 0


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_then_import(page, services, qtbot, tmp_path, suffix):
    path = tmp_path / f"register{suffix}"
    assert page.export_to(path) == 7
    assert page.status_line.isVisible() and str(path) in page.status_line.text()
    text = path.read_text(encoding="utf-8").replace("Hoffmann Austria GmbH", "Hoffmann Österreich")
    path.write_text(text, encoding="utf-8")

    with qtbot.waitSignal(page.companies_changed):
        assert page.import_from(path) == 7
    assert f"register{suffix}" in page.status_line.text()
    assert services.register.company("hoffmann-at").name == "Hoffmann Österreich"
    assert services.register.version_of("hoffmann-at") == 2
    assert services.register.version_of("hoffmann-se") == 1  # unchanged, no new version
    assert row_data(page, "hoffmann-at", NAME) == "Hoffmann Österreich"


def test_a_broken_import_is_reported_and_changes_nothing(page, services, qtbot, tmp_path, warnings):
    data = {"companies": [c.to_dict() for c in services.register.companies()]}
    data["companies"][0]["name"] = "Renamed SE"
    data["companies"][3]["countries"] = ["Austria"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    with qtbot.assertNotEmitted(page.companies_changed):
        assert page.import_from(path) is None
    assert len(warnings) == 1
    assert "broken.json" in warnings[0][2]
    assert services.register.company("hoffmann-se").name == "Hoffmann SE"
    assert services.register.version_of("hoffmann-se") == 1
    assert not page.status_line.isVisible()

    path.write_text("{not json", encoding="utf-8")
    assert page.import_from(path) is None
    assert len(warnings) == 2 and not page.status_line.isVisible()


def test_an_export_to_another_format_is_refused(page, tmp_path, warnings):
    assert page.export_to(tmp_path / "register.txt") is None
    assert len(warnings) == 1 and "register.txt" in warnings[0][2]
    assert not (tmp_path / "register.txt").exists()
    assert not page.status_line.isVisible()


def test_the_buttons_use_the_chosen_files(services, qtbot, tmp_path):
    target = tmp_path / "out.json"
    chosen = [target]
    page = CompaniesPage(
        services.register,
        choose_import=lambda parent: chosen[0],
        choose_export=lambda parent: target,
    )
    qtbot.addWidget(page)
    page.export_action.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["companies"][0]["id"] == "hoffmann-se"

    with qtbot.waitSignal(page.companies_changed):
        page.import_action.trigger()
    assert "out.json" in page.status_line.text()

    chosen[0] = None  # cancelled
    with qtbot.assertNotEmitted(page.companies_changed):
        page.import_action.trigger()


def test_the_export_gets_the_suffix_of_the_chosen_type(monkeypatch, tmp_path):
    from desktop.ui.dialogs import company_register_files

    csv_filter, json_filter = "CSV for spreadsheets (*.csv)", "JSON (*.json)"
    assert export_path(tmp_path / "register", csv_filter) == tmp_path / "register.csv"
    assert export_path(tmp_path / "register", json_filter) == tmp_path / "register.json"
    assert export_path(tmp_path / "register.json", csv_filter) == tmp_path / "register.json"
    assert export_path(tmp_path / "register.CSV", json_filter) == tmp_path / "register.CSV"

    answer = (tmp_path / "register", csv_filter)
    monkeypatch.setattr(company_register_files, "choose_file_to_save", lambda *args: answer)
    assert choose_register_export(None) == tmp_path / "register.csv"
    answer = (None, "")
    assert choose_register_export(None) is None


def test_the_letterhead_fields_are_edited_and_what_letters_lack_is_shown(page, services, qtbot):
    """Issue 11, defect 8: the shipped Hoffmann SE entry lacks its register data and board."""
    page.select_company("hoffmann-se")
    warning = page.details.letterhead_warning
    assert warning.isVisible() and "board members" in warning.text()
    dialog = page.edit_selected()
    assert dialog.letterhead_warning.isVisible()
    assert "chair of the supervisory board" in dialog.letterhead_warning.text()
    dialog.fields["register_court"].setText("Amtsgericht München")
    dialog.fields["register_number"].setText("HRB 123456")
    # Names hold commas ("LL.M."): only ";" separates them.
    dialog.fields["directors"].setText("Dr. Anna Beispiel, LL.M.; Bernd Muster")
    assert "chair of the supervisory board" in dialog.letterhead_warning.text()
    assert "board members" not in dialog.letterhead_warning.text()  # follows the typing
    dialog.fields["supervisory_board_chair"].setText("Carla Probe")
    assert not dialog.letterhead_warning.isVisible()
    with qtbot.waitSignal(page.companies_changed):
        dialog.save()

    company = services.register.company("hoffmann-se")
    assert company.directors == ("Dr. Anna Beispiel, LL.M.", "Bernd Muster")
    assert (company.register_court, company.register_number) == (
        "Amtsgericht München",
        "HRB 123456",
    )
    assert not page.details.letterhead_warning.isVisible()
    assert page.details.values["directors"].text() == "Dr. Anna Beispiel, LL.M.\nBernd Muster"
    assert page.details.values["commercial_register"].text() == "Amtsgericht München HRB 123456"
    assert page.details.values["legal_form"].text() == "SE"


def test_a_wrong_kvk_number_is_marked(page, services):
    page.select_company("hoffmann-nl")
    dialog = page.edit_selected()
    dialog.fields["kvk_number"].setText("1234")
    assert dialog.save() is None
    assert list(dialog.errors()) == ["kvk_number"]
