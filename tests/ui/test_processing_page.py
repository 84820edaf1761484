"""The processing register page: three lists, each change saved as a new version or refused."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView

from desktop.core.errors import ValidationError
from desktop.core.retention import retention_end
from desktop.ui.dialogs.register_entry import PurposeDialog, RetentionRuleDialog
from desktop.ui.models.register_table import PURPOSES, RECIPIENTS, RETENTION
from desktop.ui.pages.processing import ProcessingPage

SAVED = "SELECT count(*) FROM audit_log WHERE action = 'processing-register-saved'"


@pytest.fixture
def page(qtbot, services):
    widget = ProcessingPage(services.processing)
    qtbot.addWidget(widget)
    widget.resize(1080, 720)
    widget.show()
    return widget


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question answers Yes (or what the test puts first) and records the text."""
    calls = []
    reply = [QMessageBox.StandardButton.Yes]

    def question(*args):
        calls.append(args)
        return reply[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return calls, reply


def cells(page, kind, col):
    model = page.models[kind]
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_the_three_lists(page, services):
    assert page.findChild(QLabel, "pageTitle").text()
    assert page.tabs.count() == 3
    for index, kind in enumerate((PURPOSES, RECIPIENTS, RETENTION)):
        assert page.tabs.widget(index).findChild(QTableView).model() is page.models[kind]
    assert page.models[PURPOSES].rowCount() == 14
    assert page.models[RECIPIENTS].rowCount() == 10
    assert page.models[RETENTION].rowCount() == 5
    assert "14" in page.count_labels[PURPOSES].text()
    assert page.version_label.property("version") == 1

    row = page.models[PURPOSES].row_of("retargeting")
    values = [page.models[PURPOSES].index(row, c).data() for c in range(7)]
    assert values[0] == "Retargeting and profiling for advertising"
    assert values[1] == "Art. 6(1)(f) GDPR"
    assert values[2] == "8, 9"
    assert values[3].startswith("Peerius Ltd. (retargeting); Google Ireland Limited")
    model = page.models[PURPOSES]
    assert values[4:] == [model.tr("Yes"), model.tr("No"), "Profiling"]
    tooltip = page.models[PURPOSES].index(row, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Retargeting and profiling"
    newsletter = page.models[PURPOSES].row_of("newsletter")
    assert page.models[PURPOSES].index(newsletter, 5).data() == "Yes"

    assert "Hosting providers" in cells(page, RECIPIENTS, 0)
    assert "processor" in cells(page, RECIPIENTS, 1)
    assert cells(page, RETENTION, 0) == ["DE", "DE", "DE", "NL", "NL"]
    assert cells(page, RETENTION, 2) == ["6", "8", "10", "7", "10"]


def test_the_selected_entry_is_shown_in_full(page):
    page.select(PURPOSES, "retargeting")
    text = page.findChild(QLabel, "purposes-details").text()
    assert "intelliAd Media GmbH (web analytics, bid management)" in text
    page.select(RETENTION, "de-vouchers")
    # A worked example: a document of this year is kept until the end of the 8th year after.
    until = retention_end(date(QDate.currentDate().year(), 1, 1), 8)
    assert until.strftime("%d %b %Y") in page.findChild(QLabel, "retention-details").text()


def test_a_new_recipient_is_saved_as_a_new_version(page, services, qtbot):
    dialog = page.add(RECIPIENTS)
    assert page.current_kind() == RECIPIENTS
    dialog.fields["name"].setText("Mailing house Müller GmbH")
    assert dialog.fields["id"].text() == "mailing-house-muller-gmbh"  # suggested from the name
    dialog.fields["id"].setText("mailing-house")
    dialog.fields["kind"].setCurrentText("processor")
    with qtbot.waitSignal(page.register_changed):
        assert dialog.save() is True

    recipient = services.processing.register().recipient("mailing-house")
    assert recipient.name == "Mailing house Müller GmbH"
    assert recipient.kind == "processor"
    assert services.processing.version() == 2
    assert services.ctx.store.scalar(SAVED) == 1
    assert page.version_label.property("version") == 2
    assert page.models[RECIPIENTS].rowCount() == 11
    assert page.selected_id(RECIPIENTS) == "mailing-house"
    assert page.status_line.isVisible() and not page.error_line.isVisible()


def test_a_recipient_without_a_kind_is_refused(page, services):
    dialog = page.add(RECIPIENTS)
    dialog.fields["name"].setText("Someone")
    assert dialog.save() is False
    assert dialog.fields["kind"].property("invalid") is True
    assert dialog.invalid_widgets() == [dialog.fields["kind"]]
    assert list(dialog.errors()) == ["kind"]
    assert dialog.isVisible()
    assert services.processing.version() == 1


def test_a_duplicate_id_is_marked(page, services):
    dialog = page.add(RECIPIENTS)
    dialog.fields["id"].setText("hosting")
    dialog.fields["name"].setText("Another host")
    dialog.fields["kind"].setCurrentText("processor")
    assert dialog.save() is False
    assert dialog.invalid_widgets() == [dialog.fields["id"]]
    assert list(dialog.errors()) == ["id"]
    assert services.processing.version() == 1


def test_removing_a_used_recipient_is_refused(page, services, answers, qtbot):
    calls, _reply = answers
    before = services.processing.register().to_dict()
    assert page.select(RECIPIENTS, "hosting")
    with qtbot.assertNotEmitted(page.register_changed):
        assert page.remove_selected() is False
    assert len(calls) == 1 and "Hosting providers" in calls[0][2]
    assert page.error_line.isVisible() and not page.status_line.isVisible()
    assert page.error_line.property("field") == "recipients"
    assert "Email newsletter" in page.error_line.text()  # which purposes still name it
    assert services.processing.register().to_dict() == before
    assert services.processing.version() == 1
    assert page.models[RECIPIENTS].rowCount() == 10


def test_removing_an_unused_recipient(page, services, answers, qtbot):
    dialog = page.add(RECIPIENTS)
    dialog.fields["name"].setText("Temporary")
    dialog.fields["kind"].setCurrentText("third party")
    dialog.save()
    assert page.selected_id(RECIPIENTS) == "temporary"

    calls, reply = answers
    reply[0] = QMessageBox.StandardButton.Cancel
    assert page.remove_selected() is False  # the officer thought better of it
    assert services.processing.version() == 2

    reply[0] = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(page.register_changed):
        assert page.remove_action.isEnabled()
        page.remove_action.trigger()
    assert services.processing.version() == 3
    assert page.models[RECIPIENTS].rowCount() == 10
    with pytest.raises(ValidationError):
        services.processing.register().recipient("temporary")


def test_zero_years_are_refused(page, services, qtbot):
    assert page.select(RETENTION, "de-vouchers")
    dialog = page.edit_selected()
    assert dialog.fields["id"].isReadOnly()
    assert dialog.fields["years"].text() == "8"
    dialog.fields["years"].setText("0")
    with qtbot.assertNotEmitted(page.register_changed):
        assert dialog.save() is False
    assert dialog.fields["years"].property("invalid") is True
    assert list(dialog.errors()) == ["years"]
    assert services.processing.register().rule("de-vouchers").years == 8
    assert services.processing.version() == 1

    dialog.fields["years"].setText("eight")
    assert dialog.save() is False
    assert dialog.invalid_widgets() == [dialog.fields["years"]]

    dialog.fields["years"].setText("10")
    with qtbot.waitSignal(page.register_changed):
        assert dialog.save() is True
    assert services.processing.register().rule("de-vouchers").years == 10
    assert page.version_label.property("version") == 2


def test_a_purpose_is_edited_with_its_recipients_and_channel(page, services, qtbot):
    assert page.select(PURPOSES, "newsletter")
    dialog = page.edit_selected()
    assert isinstance(dialog, PurposeDialog)
    assert dialog.checked_recipients() == ["hosting"]
    assert dialog.consent.isChecked() and not dialog.objection.isChecked()
    assert dialog.channel.currentData() == "newsletter"
    dialog.set_recipients(["hosting", "google"])
    dialog.fields["name"].setText("E-Mail-Newsletter für Kundinnen und Kunden")
    with qtbot.waitSignal(page.register_changed):
        assert dialog.save() is True
    purpose = services.processing.register().purpose("newsletter")
    assert purpose.recipients == ("hosting", "google")
    assert purpose.name == "E-Mail-Newsletter für Kundinnen und Kunden"
    assert purpose.channel.value == "newsletter"
    row = page.models[PURPOSES].row_of("newsletter")
    assert page.models[PURPOSES].index(row, 3).data() == (
        "Hosting providers; Google Ireland Limited (Analytics, Ads)"
    )


def test_a_new_purpose_without_a_channel(page, services, qtbot):
    dialog = page.add(PURPOSES)
    dialog.fields["name"].setText("Fraud scoring")
    dialog.fields["legal_basis"].setCurrentText("Art. 6(1)(f) GDPR")
    dialog.fields["section"].setText("3.2")
    dialog.set_recipients(["credit-agencies"])
    dialog.objection.setChecked(True)
    assert dialog.channel.currentData() is None
    with qtbot.waitSignal(page.register_changed):
        assert dialog.save() is True
    purpose = services.processing.register().purpose("fraud-scoring")
    assert purpose.objection and not purpose.consent
    assert purpose.channel is None
    assert page.models[PURPOSES].rowCount() == 15


def test_a_purpose_without_a_legal_basis_is_refused(page, services):
    dialog = page.add(PURPOSES)
    dialog.fields["name"].setText("Something")
    dialog.fields["legal_basis"].setCurrentText("")
    assert dialog.save() is False
    assert dialog.fields["legal_basis"].property("invalid") is True
    assert list(dialog.errors()) == ["legal_basis"]
    assert services.processing.version() == 1


def test_actions_follow_the_tab_and_selection(page, qtbot):
    page.show_tab(RETENTION)
    page.tables[RETENTION].clearSelection()
    assert not page.edit_action.isEnabled()
    assert page.edit_selected() is None
    assert page.remove_selected() is False
    assert not page.findChild(QPushButton, "retention-edit").isEnabled()
    page.select(RETENTION, "nl-real-estate")
    assert page.edit_action.isEnabled()
    assert page.findChild(QPushButton, "retention-remove").isEnabled()
    page.edit_action.trigger()
    dialogs = [d for d in page.findChildren(RetentionRuleDialog) if d.isVisible()]
    assert dialogs and dialogs[0].fields["id"].text() == "nl-real-estate"


def test_refresh_reads_changes_made_elsewhere(page, services):
    data = services.processing.register().to_dict()
    data["recipients"].append({"id": "cli-added", "name": "Added by the CLI", "kind": "processor"})
    services.processing.save(data)
    page.refresh()
    assert page.models[RECIPIENTS].rowCount() == 11
    assert page.version_label.property("version") == 2
