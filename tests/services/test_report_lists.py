"""Issue 14.1: every figure of a report opens the list of cases behind it, and that list holds
exactly as many cases as the figure counts (on a demo store with decisions, for the whole group
and one company); the lists are also checked against plain SQL of their own."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.app import build_services
from desktop.core.clock import FixedClock
from desktop.core.listing import CaseFilter, CaseSort, SortKey
from desktop.core.reports import ReportSlice
from desktop.services.demo import fill_demo_store
from tests.conftest import TODAY

START, END = date(2026, 1, 1), date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    services = build_services(tmp_path_factory.mktemp("report") / "s.sqlite", FixedClock(TODAY))
    fill_demo_store(services.cases, 260, decisions=services.decisions)
    yield services
    services.close()


def listed(services, figure: str, key: str = "", company: str | None = None) -> int:
    part = ReportSlice(figure, START, END, key, company)
    return services.queries.count(CaseFilter(report=part))


@pytest.mark.parametrize("company", [None, "hoffmann-se"])
def test_each_figure_lists_as_many_cases_as_it_counts(demo, company):
    f = demo.reports.summary(START, END, company)
    assert f["received"] > 100 and f["closed"] > 50  # the store has something to count
    for figure in ("received", "extended", "closed", "on_time", "late", "within_one_month",
                   "within_extended", "open_overdue", "identity_checked", "blocked"):  # fmt: skip
        assert listed(demo, figure, company=company) == f[figure], figure
    for figure in ("by_month", "by_channel", "by_company", "by_language", "backlog_by_age"):
        assert f[figure], figure
        for key, count in f[figure].items():
            assert listed(demo, figure, key, company) == count, (figure, key)
    for kind, entry in f["by_type"].items():
        assert listed(demo, "by_type", kind, company) == entry["received"], kind


def test_the_outcome_lists_hold_the_cases_with_that_outcome(demo):
    f = demo.reports.summary(START, END)
    store = demo.ctx.store
    checked = 0
    for kind, entry in f["by_type"].items():
        for outcome in entry["outcomes"]:
            cases = store.scalar(
                "SELECT count(DISTINCT c.id) FROM cases c JOIN requests q ON q.case_id = c.id "
                "WHERE c.closed_at BETWEEN ? AND ? AND q.type = ? "
                "AND coalesce(q.outcome, 'none') = ?",
                (START.isoformat(), END.isoformat(), kind, outcome),
            )
            assert listed(demo, "outcome", f"{kind}/{outcome}") == cases > 0
            checked += 1
    assert checked >= 5


def test_a_figure_s_list_pages_in_the_list_s_order(demo):
    part = ReportSlice("late", START, END)
    flt = CaseFilter(report=part)
    rows = demo.queries.page(flt, CaseSort(SortKey.RECEIVED), 0, 500)
    expected = demo.ctx.store.rows(
        "SELECT reference FROM cases WHERE closed_at BETWEEN ? AND ? "
        "AND NOT coalesce(closed_at <= current_due, 0) ORDER BY received, id",
        (START.isoformat(), END.isoformat()),
    )
    assert [r["reference"] for r in rows] == [r["reference"] for r in expected]
    # Narrowed further by the list's own filters, as the officer may.
    email = demo.queries.count(CaseFilter(report=part, channel="email"))
    assert email == sum(1 for r in rows if r["channel"] == "email")


def test_the_handling_figures_match_plain_sql(demo):
    f = demo.reports.summary(START, END)
    sql = demo.ctx.store.scalar
    a, b = START.isoformat(), END.isoformat()
    assert f["blocked"] == sql(
        "SELECT count(DISTINCT b.case_id) FROM blocked_data b JOIN cases c ON c.id = b.case_id "
        "WHERE c.closed_at BETWEEN ? AND ?", (a, b))  # fmt: skip
    assert f["suppressions_added"] == sql(
        "SELECT count(*) FROM suppressions WHERE effective BETWEEN ? AND ?", (a, b))  # fmt: skip
    assert sum(f["art19_notices"].values()) == sql(
        "SELECT count(*) FROM art19_notices n JOIN cases c ON c.id = n.case_id "
        "WHERE c.closed_at BETWEEN ? AND ?", (a, b))  # fmt: skip
    assert f["identity_checked"] == sql(
        "SELECT count(*) FROM cases WHERE received BETWEEN ? AND ? "
        "AND (paused_days > 0 OR status = 'awaiting-id')", (a, b))  # fmt: skip


def test_a_figure_without_a_list_is_refused():
    with pytest.raises(ValueError, match="no list of cases"):
        ReportSlice("median_days", START, END)
    with pytest.raises(ValueError, match="age band"):
        ReportSlice("backlog_by_age", START, END, "12-40")
