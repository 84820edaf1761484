"""Issue 8.4: two processes acting on one case at the same moment leave it consistent.

Each service call reads, checks, writes and audits inside one BEGIN IMMEDIATE, so the second
call sees the first one's result. Real processes, released together by a barrier per case.
"""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

from desktop.app import build_services
from desktop.core.clock import FixedClock
from desktop.core.errors import ValidationError
from desktop.services.cases import CaseDraft, Requester
from tests.conftest import TODAY

PAIRS = 60


def _worker(store: str, role: str, case_ids: list[int], barrier, results) -> None:
    services = build_services(Path(store), FixedClock(TODAY), officer=lambda: role)
    done = 0
    try:
        for case_id in case_ids:
            barrier.wait(timeout=60)
            try:
                if role == "decide":
                    services.decisions.uphold_marketing_objection(case_id)
                elif role == "close":
                    services.cases.close(case_id, {"objection-marketing": "withdrawn"})
                elif role == "extend":
                    services.cases.extend(case_id, "Data in several systems")
                elif role == "transfer":
                    services.cases.transfer(case_id, "hoffmann-at", "Austrian delivery")
                done += 1
            except ValidationError:
                pass  # refused because the other process came first: that is correct
    finally:
        services.close()
        results.put((role, done))


def _race(store: Path, roles: tuple[str, str], case_ids: list[int]) -> dict[str, int]:
    context = multiprocessing.get_context("spawn")  # no Qt state is inherited
    barrier = context.Barrier(2)
    results = context.Queue()
    workers = [
        context.Process(target=_worker, args=(str(store), role, case_ids, barrier, results))
        for role in roles
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=240)
        assert worker.exitcode == 0
    return dict(results.get(timeout=5) for _ in roles)


def _log(services, kind: str, n: int) -> int:
    draft = CaseDraft(channel="letter", received="2026-11-10", types=[kind],
                      requester=Requester(name=f"Person {n}", customer="business",
                                          delivery_country="NL"))  # fmt: skip
    return services.cases.log_case(draft).id


def test_deciding_and_closing_at_once_never_leaves_open_notices_on_a_closed_case(
    services, store_path
):
    ids = [_log(services, "objection-marketing", n) for n in range(PAIRS)]
    done = _race(store_path, ("decide", "close"), ids)
    assert done["decide"] + done["close"] >= PAIRS
    for case_id in ids:
        case = services.cases.case_file(case_id)
        actions = [a["action"] for a in case["audit"]]
        if case["status"] == "closed":
            assert all(n["status"] != "open" for n in case["notices"]), case["reference"]
            assert actions[-1] == "case-closed", actions  # nothing decided after closing
        assert actions.count("case-closed") <= 1


def test_extending_and_transferring_at_once_keeps_the_deadlines_right(services, store_path):
    ids = [_log(services, "access", n) for n in range(PAIRS)]
    _race(store_path, ("extend", "transfer"), ids)
    for case_id in ids:
        case = services.cases.case_file(case_id)
        company = services.register.company(case["company"]["id"])
        expected = services.cases.deadline_for(date.fromisoformat(case["received"]), company)
        assert case["due"] == expected.due.isoformat(), case["reference"]
        assert case["extended_due"] == expected.extended_due.isoformat()
        wanted = case["extended_due"] if case["extended"] else case["due"]
        assert case["current_due"] == wanted, case["reference"]
