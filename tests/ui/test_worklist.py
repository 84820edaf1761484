"""The worklist: overdue first, then due soon, waiting for ID and extended, with counts."""

from datetime import date

from desktop.services.cases import CaseDraft, Requester
from desktop.ui.pages.worklist import WorklistPage
from desktop.ui.palette import OVERDUE, SOON


def words(cell) -> list[str]:
    return cell.text().split()


def log(services, name, received, types=("access",)):
    return services.cases.log_case(
        CaseDraft(
            channel="email", received=received, types=list(types), requester=Requester(name=name)
        )  # fmt: skip
    )


def test_worklist_sections_and_counts(qtbot, services):
    overdue = log(services, "Late Larry", "2026-09-01")
    soon = log(services, "Soon Sam", "2026-10-28")  # due 30 Nov
    waiting = log(services, "Waiting Wim", "2026-11-10")
    services.cases.pause(waiting.id, "Asked for the customer number", on="2026-11-12")
    extended = log(services, "Extended Eva", "2026-11-02")
    services.cases.extend(extended.id, "Many systems")
    log(services, "Calm Carl", "2026-11-23")
    page = WorklistPage(services.queries)
    qtbot.addWidget(page)
    counts = {k: int(label.text()) for k, label in page.count_labels.items()}
    assert counts == {"overdue": 1, "due_soon": 1, "waiting": 1, "extended": 1}
    assert page.table("overdue").item(0, 0).text() == overdue.reference
    due = date.fromisoformat(services.cases.case_file(overdue.id)["current_due"])
    late = page.table("overdue").item(0, 5)
    assert str((services.cases.today() - due).days) in words(late)  # days late, in red
    assert late.foreground().color() == OVERDUE
    assert page.table("due_soon").item(0, 0).text() == soon.reference
    waited = page.table("waiting").item(0, 5)
    assert "12" in words(waited) and waited.toolTip() == ""  # since 12 Nov: no reminder yet
    assert page.table("extended").item(0, 0).text() == extended.reference
    with qtbot.waitSignal(page.case_opened) as opened:
        page.table("overdue").cellDoubleClicked.emit(0, 0)
    assert opened.args == [overdue.id]


def test_blocked_data_past_its_retention_is_due_for_deletion(qtbot, services, clock):
    from desktop.services.decisions import ErasureItem

    case = log(services, "Eva Erasure", "2026-11-20", types=("erasure",))
    services.decisions.decide_erasure(
        case.id, [ErasureItem("letters", "nl-administration", "2019-03-01")]
    )
    page = WorklistPage(services.queries)
    qtbot.addWidget(page)
    assert page.deletion_table.rowCount() == 0  # kept until 31 Dec 2026
    clock.moment = clock.moment.replace(year=2027, month=1, day=4)
    page.refresh()
    assert page.deletion_table.rowCount() == 1
    assert page.deletion_table.item(0, 3).text() == "31 Dec 2026"
    assert page.tabs.widget(4).isAncestorOf(page.deletion_table)
    assert page.tabs.tabText(4).endswith("(1)")  # the count in the tab


def test_an_id_request_without_reply_for_two_weeks_asks_for_a_reminder(qtbot, services):
    waiting = log(services, "Wim Wacht", "2026-11-02")
    services.cases.pause(waiting.id, "Asked for the customer number", on="2026-11-05")
    page = WorklistPage(services.queries)
    qtbot.addWidget(page)
    cell = page.table("waiting").item(0, 5)
    assert "19" in words(cell)  # days waited
    assert cell.toolTip() and cell.foreground().color() == SOON  # remind them


def test_the_start_says_what_became_overdue_since_the_last_look(qtbot, services, tmp_path):
    """Issue 14.3: not a dialog, a line in the status bar; said once a day, per store."""
    from datetime import timedelta

    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings

    today = services.queries.today()  # 24 Nov 2026
    log(services, "Anne de Vries", "2026-10-21")  # due 23 Nov: overdue since yesterday
    log(services, "Ben Bakker", "2026-10-10")  # due 10 Nov: overdue before the last look
    log(services, "Chris Claes", "2026-10-28")  # due 30 Nov: within the week
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    store = services.store_path()
    assert window.tell_what_changed() == ""  # the first look: nothing to compare with
    assert settings.last_look(store) == today
    settings.set_last_look(store, today - timedelta(days=3))  # 21 Nov
    text = window.tell_what_changed()
    assert text == "Since 21 Nov 2026: 1 case became overdue; 1 case is due within 7 days."
    assert window.statusBar().currentMessage() == text
    assert window.tell_what_changed() == ""  # already looked today


def test_the_due_soon_window_is_the_officer_s_setting(qtbot, services, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.settings import UiSettings

    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    log(services, "Soon Sam", "2026-10-28")  # due 30 Nov: 6 days
    log(services, "Later Lea", "2026-11-10")  # due 10 Dec: 16 days
    page = WorklistPage(services.queries, settings=settings)
    qtbot.addWidget(page)
    assert page.count_labels["due_soon"].text() == "1" and page.soon.value() == 7
    page.soon.setValue(20)
    qtbot.waitUntil(lambda: page.count_labels["due_soon"].text() == "2")
    assert "20" in page._captions["due_soon"][0].text()
    assert settings.due_soon_days() == 20  # kept for the next start
    again = WorklistPage(services.queries, settings=settings)
    qtbot.addWidget(again)
    assert again.soon.value() == 20 and again.count_labels["due_soon"].text() == "2"


def test_two_weeks_after_the_reminder_the_worklist_says_close(qtbot, services, clock):
    from datetime import UTC, datetime

    from tests.services.test_id_reminders import waiting_case

    case = waiting_case(services)
    page = WorklistPage(services.queries)
    qtbot.addWidget(page)
    cell = page.table("waiting").item(0, 5)
    assert cell.foreground().color() == SOON and "remind" in cell.text()
    draft = services.letters.draft(case.id, services.letters.needed(case.id)[0])
    services.letters.record_sent(draft, "2026-11-24", "email")
    clock.moment = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
    page.refresh()
    cell = page.table("waiting").item(0, 5)
    assert cell.foreground().color() == OVERDUE and "identity not confirmed" in cell.toolTip()


def test_our_own_deadline_stands_beside_the_legal_one_and_is_the_office_s_rule(qtbot, services):
    log(services, "Soon Sam", "2026-10-28")  # due 30 Nov (Monday)
    page = WorklistPage(services.queries, set_margin=services.office_rules.set_internal_margin)
    qtbot.addWidget(page)
    table = page.table("due_soon")
    assert table.horizontalHeaderItem(6).text() == "Our deadline"
    own = table.item(0, 6)
    assert own.text() == "23 Nov 2026" and own.foreground().color() == OVERDUE  # passed
    assert page.margin.value() == 5
    page.margin.setValue(2)
    qtbot.waitUntil(lambda: page.table("due_soon").item(0, 6).text() == "26 Nov 2026")
    assert services.office_rules.internal_margin() == 2
