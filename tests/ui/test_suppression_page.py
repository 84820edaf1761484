"""The suppression register page: check, search, correct with a reason, export; never delete."""

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from desktop.services.cases import CaseDraft, Requester
from desktop.ui.pages.suppression import CHANNEL, EMAIL, NAME, REASON, SuppressionPage

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
    assert page.findChild(QLabel, "pageTitle").text() == "Suppression register"
    assert page.model.rowCount() == 6
    assert page.count_label.text() == "6 entries"
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
    assert headers == [
        "Channel",
        "Name",
        "Email",
        "Phone",
        "Reason",
        "Case",
        "Effective",
        "Corrected",
    ]
    row = column(page, NAME).index("Anne de Vries")
    assert page.model.index(row, 3).data() == "+31301234567"
    assert page.model.index(row, 5).data() == entries["anne"].reference
    assert page.model.index(row, 6).data() == "24 Nov 2026"
    assert page.model.index(row, 7).data() == ""


def test_channel_filter_and_search_narrow_the_list(page, qtbot):
    page.channel.setCurrentIndex(page.channel.findData("newsletter"))
    assert page.model.rowCount() == 2
    assert set(column(page, CHANNEL)) == {"Newsletter"}
    assert page.count_label.text() == "2 entries"

    page.search.setText("müller")  # as-you-type, after the debounce
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column(page, NAME) == ["Jürgen Müller"]
    assert page.count_label.text() == "1 entry"

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


def test_the_list_is_fetched_in_pages(qtbot, services, monkeypatch):
    from desktop.ui.pages import suppression

    monkeypatch.setattr(suppression, "PAGE", 2)
    case = log(services, ["objection-marketing"], "Paged Person", "paged@example.org")
    services.decisions.uphold_marketing_objection(case.id)
    widget = SuppressionPage(services.suppression)
    qtbot.addWidget(widget)
    assert widget.model.total == 5
    assert widget.model.rowCount() == 2
    assert widget.model.canFetchMore(widget.model.index(-1, -1))
    while widget.model.canFetchMore(widget.model.index(-1, -1)):
        widget.model.fetchMore(widget.model.index(-1, -1))
    assert widget.model.rowCount() == 5


def test_the_check_finds_a_suppressed_person(page, qtbot):
    page.check_email.setText(" ANNE@example.org ")
    result = page.check_person()
    assert result["suppressed"]
    assert page.result_label.property("result") == "suppressed"
    text = page.result_text()
    assert "Suppressed: post, email, telephone, retargeting and profiling, newsletter" in text
    assert "Every marketing channel is suppressed" in text

    page.check_email.setText("j.mueller@beispiel.de")
    page.check_person()
    assert page.result_label.property("result") == "partly"
    assert "Suppressed: newsletter" in page.result_text()
    assert "Other channels are not suppressed" in page.result_text()

    page.check_email.setText("someone.else@example.org")
    page.check_person()
    assert page.result_label.property("result") == "clear"
    assert "Not on the register" in page.result_text()


def test_enter_in_either_field_runs_the_check(page, qtbot):
    page.check_phone.setText("0031 30 123 4567")  # another spelling of Anne's number
    qtbot.keyClick(page.check_phone, Qt.Key.Key_Return)
    assert page.result_label.property("result") == "suppressed"

    page.check_phone.clear()
    page.check_email.setText("nobody@example.org")
    qtbot.keyClick(page.check_email, Qt.Key.Key_Enter)
    assert page.result_label.property("result") == "clear"


def test_a_bad_check_is_marked(page):
    assert page.check_person() is None  # nothing typed
    assert page.check_email.property("invalid") is True
    assert "give an email address or a phone number" in visible_errors(page)[0]

    page.check_email.setText("x@example.org")
    page.check_phone.setText("12")
    assert page.check_person() is None
    assert page.check_phone.property("invalid") is True
    assert page.check_email.property("invalid") is False
    assert "is not a phone number" in visible_errors(page)[0]

    page.check_phone.clear()
    assert page.check_person() is not None
    assert visible_errors(page) == []
    assert page.check_phone.property("invalid") is False


def test_a_correction_needs_a_reason(page, services, qtbot):
    page.select_entry(services.suppression.search()[0]["id"])
    dialog = page.correct_selected()
    dialog.fields["name"].setText("Jürgen Müller-Lüdenscheidt")
    with qtbot.assertNotEmitted(page.entry_corrected):
        assert dialog.save() is False
    assert dialog.reason.property("invalid") is True
    assert dialog.invalid_widgets() == [dialog.reason]
    assert dialog.field_error("reason") == "is required"
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
    assert "is not an email address" in dialog.field_error("email")
    assert services.ctx.store.scalar(CORRECTED) == 0


def test_nothing_changed_is_not_a_correction(page, services):
    page.select_entry(services.suppression.search()[0]["id"])
    dialog = page.correct_selected()
    dialog.reason.setPlainText("Checked, all fine")
    assert dialog.save() is False
    assert "nothing was changed" in dialog.error.text()


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
    from desktop.ui.pages.suppression import SuppressionCorrectionDialog

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
    words = ("delete", "remove", "lift")
    texts = [b.text().lower() for b in page.findChildren(QPushButton)]
    texts += [a.text().lower() for a in page.actions()]
    assert not any(word in text for text in texts for word in words)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.keyClick(page.table, Qt.Key.Key_Backspace)
    assert services.suppression.count() == 6
    assert page.model.rowCount() == 6
    assert not hasattr(services.suppression, "delete")
    assert not hasattr(page, "delete_selected")


def test_refresh_shows_new_entries_and_rechecks(page, services):
    page.check_email.setText("new@example.org")
    page.check_person()
    assert page.result_label.property("result") == "clear"
    case = log(services, ["unsubscribe"], "Zoë Ørsted", "new@example.org")
    services.decisions.confirm_unsubscribe(case.id)
    page.refresh()
    assert page.model.rowCount() == 7
    assert page.result_label.property("result") == "partly"  # a stale "not on it" would mislead


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
        assert "hashed" in page.status_line.text()
    else:
        assert {row["name"] for row in rows} == {"Anne de Vries", "Jürgen Müller"}
        assert page.status_line.text() == f"Exported 6 entries to {path}."


def test_the_export_action_asks_format_then_file(page, tmp_path, monkeypatch):
    target = tmp_path / "hashed.csv"
    asked = []
    monkeypatch.setattr(page, "_choose_export_format", lambda: True)
    monkeypatch.setattr(page, "_choose_export_path", lambda hashed: asked.append(hashed) or target)
    page.export_action.trigger()
    assert asked == [True]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[1] == "email_sha256"

    monkeypatch.setattr(page, "_choose_export_format", lambda: None)  # cancelled
    monkeypatch.setattr(page, "_choose_export_path", lambda hashed: pytest.fail("not asked"))
    page.export_action.trigger()


def test_a_failed_export_is_reported(page, tmp_path, warnings):
    assert page.export_to(tmp_path / "missing" / "out.csv") is None
    assert warnings[0][1] == "Export failed"
    assert "cannot write there" in warnings[0][2]


def test_the_export_dialog_explains_the_hashing(page, qtbot):
    from desktop.ui.pages.suppression import SuppressionExportDialog

    dialog = SuppressionExportDialog(page)
    qtbot.addWidget(dialog)
    assert not dialog.is_hashed()
    dialog.hashed.setChecked(True)
    assert dialog.is_hashed()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for words in ("NFC", "lower-cased", '"00" is read as "+"', '"(0)" is dropped'):
        assert words in texts


def test_the_save_dialog_adds_the_suffix(page, monkeypatch, tmp_path):
    from desktop.ui.pages import suppression

    answer = (tmp_path / "register", "")
    monkeypatch.setattr(suppression, "choose_file_to_save", lambda *args: answer)
    assert page._choose_export_path() == tmp_path / "register.csv"
    answer = (None, "")
    assert page._choose_export_path() is None
