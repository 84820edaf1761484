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
