"""The demo store `make run` starts with: real cases, decisions, suppressions and notices."""

from desktop.app import DEMO_CASES
from desktop.services.demo import fill_demo_store


def test_the_first_start_demo_store_is_realistic_and_consistent(services):
    fill_demo_store(services.cases, DEMO_CASES, decisions=services.decisions)
    store = services.ctx.store
    counts = services.queries.counts_by_status()
    assert sum(counts.values()) == DEMO_CASES
    assert counts["closed"] > counts.get("open", 0) > 0 and counts.get("awaiting-id", 0) > 0
    assert services.suppression.count() > 0
    # Every closed case got past its Art. 19 notices, and no decision is dated after closing.
    assert (
        store.scalar(
            "SELECT count(*) FROM art19_notices n JOIN cases c ON c.id = n.case_id "
            "WHERE c.status = 'closed' AND n.status = 'open'"
        )
        == 0
    )
    assert (
        store.scalar(
            "SELECT count(*) FROM requests r JOIN cases c ON c.id = r.case_id "
            "WHERE c.status = 'closed' AND (r.decided_at > c.closed_at OR c.closed_at < c.received)"
        )
        == 0
    )
    assert store.scalar("SELECT count(*) FROM blocked_data") > 0


def test_demo_cases_go_only_into_a_demo_store(services):
    """Issue 8.7: invented cases never mix with real ones."""
    import pytest

    from desktop.core.errors import ValidationError
    from desktop.services.cases import CaseDraft, Requester
    from desktop.services.demo import make_demo_store

    assert not services.is_demo()
    services.cases.log_case(
        CaseDraft(channel="email", received="2026-11-20", types=["access"],
                  requester=Requester(name="A real person")),
    )  # fmt: skip
    with pytest.raises(ValidationError, match="holds real cases"):
        make_demo_store(services.cases, 10, decisions=services.decisions)
    assert services.queries.counts_by_status() == {"open": 1}
    assert not services.is_demo()


def test_a_demo_store_is_marked_and_its_letters_say_so(tmp_path, clock):
    from desktop.app import build_services
    from desktop.core.letter_types import LetterType
    from desktop.services.demo import make_demo_store

    demo = build_services(tmp_path / "demo.sqlite", clock)
    try:
        make_demo_store(demo.cases, 30, decisions=demo.decisions)
        make_demo_store(demo.cases, 5, decisions=demo.decisions)  # a demo store may grow
        assert demo.is_demo()
        assert sum(demo.queries.counts_by_status().values()) == 35
        case_id = demo.letters.due_today()[0][0]
        draft = demo.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT)
        facts = demo.letters._facts(demo.cases.case_file(case_id), draft.kind, draft.language)
        assert facts.company.is_demo
    finally:
        demo.close()


def test_a_new_store_starts_empty(tmp_path, clock):
    from desktop.app import build_services

    fresh = build_services(tmp_path / "new.sqlite", clock)
    try:
        assert fresh.queries.counts_by_status() == {} and not fresh.is_demo()
    finally:
        fresh.close()


def test_the_window_title_says_demo(qtbot, tmp_path, clock):
    from PySide6.QtCore import QSettings

    from desktop.app import build_services
    from desktop.services.demo import make_demo_store
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings

    demo = build_services(tmp_path / "demo.sqlite", clock)
    try:
        make_demo_store(demo.cases, 3)
        settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        window = MainWindow(demo, settings)
        qtbot.addWidget(window)
        assert "DEMO" in window.windowTitle()
    finally:
        demo.close()


def test_each_demo_case_keeps_its_own_audit_entries(services):
    """The demo is written 5,000 cases to a transaction, yet audited case by case, by whoever
    is working (asked once), as in real use."""
    asked = []

    def officer():
        asked.append(1)
        return "officer-demo"

    services.ctx.officer = officer
    fill_demo_store(services.cases, 40, decisions=services.decisions)
    store = services.ctx.store
    assert store.scalar("SELECT count(DISTINCT case_id) FROM audit_log "
                        "WHERE action = 'case-logged'") == 40  # fmt: skip
    assert (
        store.scalar(
            "SELECT count(*) FROM audit_log WHERE case_id IS NOT NULL "
            "AND who NOT LIKE 'officer-demo%'"
        )
        == 0
    )  # on a server: "(login)" after
    assert len(asked) == 1 and services.ctx.officer is officer  # given back afterwards
