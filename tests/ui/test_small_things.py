"""Issue 8.13: small things that lost or hid data: typed dates, the letter-date calendar, a
filled intake form thrown away, the date information arrived, outcomes already decided."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtTest import QTest

from desktop.services.cases import CaseDraft, Requester
from desktop.ui.case_file import CaseFileDialog, CaseFileServices
from desktop.ui.dates import DateEdit
from desktop.ui.intake import IntakeDialog


def test_a_whole_typed_date_is_taken_in_any_common_form(qtbot):
    field = DateEdit(date(2026, 1, 5))
    qtbot.addWidget(field)
    for typed, wanted in (("20.11.2026", QDate(2026, 11, 20)), ("2026-10-03", QDate(2026, 10, 3)),
                          ("7/9/2026", QDate(2026, 9, 7)), ("1 Dec 2026", QDate(2026, 12, 1))):  # fmt: skip
        field.lineEdit().selectAll()
        QTest.keyClicks(field, typed)
        field.interpretText()
        assert field.date() == wanted, typed
        assert field.text() == wanted.toString("d MMM yyyy")  # no leading zero: "3 Oct 2026"


def test_the_letter_date_calendar_opens_near_the_received_date(qtbot, services):
    dialog = IntakeDialog(services.cases, services.intake, services.register)
    qtbot.addWidget(dialog)
    calendar = dialog.source.letter_date.calendarWidget()
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)  # not January 1990
    dialog.source.received.setDate(QDate(2026, 9, 14))
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 9)
    assert calendar.minimumWidth() >= 300


def test_cancel_asks_before_a_filled_form_is_thrown_away(qtbot, services, monkeypatch):
    dialog = IntakeDialog(services.cases, services.intake, services.register)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(1) or False)
    dialog.reject()  # empty: closes without a question
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    dialog.requester.name.setText("Anne de Vries")
    dialog.reject()
    assert asked == [1] and dialog.isVisible()  # kept: "Cancel" in the question
    monkeypatch.setattr(dialog, "confirm_discard", lambda: True)
    dialog.reject()
    assert not dialog.isVisible()


def test_information_received_asks_on_which_day(qtbot, services):
    case_id = services.cases.log_case(CaseDraft(
        channel="email", received="2026-11-10", types=["access"],
        requester=Requester(name="Anne"),
    )).id  # fmt: skip
    services.cases.pause(case_id, "ID doubt", on="2026-11-12")
    services.cases.add_correspondence(case_id, "in", "letter", "2026-11-19", "Copy of the ID")
    dialog = CaseFileDialog(CaseFileServices.of(services), case_id)
    qtbot.addWidget(dialog)
    resume = dialog.information_received()
    assert resume.on.date() == QDate(2026, 11, 19)  # when the reply came in, not today
    resume.on.setDate(QDate(2026, 11, 18))
    resume.accept()
    case = services.cases.case_file(case_id)
    assert case["status"] == "open" and case["paused_days"] == 6


def test_the_close_dialog_fills_in_what_was_decided(qtbot, services):
    case_id = services.cases.log_case(CaseDraft(
        channel="email", received="2026-11-20", types=["objection-marketing", "access"],
        requester=Requester(name="Anne", email="anne@example.org"),
    )).id  # fmt: skip
    services.decisions.uphold_marketing_objection(case_id)
    dialog = CaseFileDialog(CaseFileServices.of(services), case_id)
    qtbot.addWidget(dialog)
    close = dialog.close_case()
    assert close.outcomes["objection-marketing"].currentData() == "granted"
    assert close.outcomes["access"].currentData() is None  # not decided: the officer chooses


def test_a_typed_day_that_is_wrong_is_named_not_replaced(qtbot, services):
    """A future day reaches the service, which names it under the field; text that is no date
    at all ("31.02.2026") is named too, never silently swapped for the day shown before."""
    case_id = services.cases.log_case(
        CaseDraft(channel="email", received="2026-11-20", types=["access"],
                  requester=Requester(name="Anne"))
    ).id  # fmt: skip
    dialog = CaseFileDialog(CaseFileServices.of(services), case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    pause = dialog.ask_for_identification()
    pause.reason.setPlainText("The address differs.")
    for typed in ("3.12.2026", "31.02.2026"):  # today is 24 Nov 2026
        pause.on.setFocus()
        pause.on.lineEdit().selectAll()
        QTest.keyClicks(pause.on, typed)
        pause.reason.setFocus()  # leaving the field
        pause.accept()
        assert pause.isVisible() and pause.on in pause.invalid_widgets(), typed
        assert list(pause.errors()) == ["date"], typed
        assert services.cases.case_file(case_id)["status"] == "open"
    pause.on.setDate(QDate(2026, 11, 23))
    pause.accept()
    assert not pause.isVisible(), pause.errors()
    assert services.cases.case_file(case_id)["paused_since"] == "2026-11-23"
