"""Five officers on one server store, for a few minutes: throughput, latency, conflicts, and
nothing lost or doubled (issue 15).

    python scripts/bench_team.py --server postgresql://owner@host/db [--sqlite FILE]
        [--officers 5] [--minutes 3]

The server store must already hold the cases (`store init`, then `store copy` of a bench
store). Each officer is a process of its own under a login of its own (made here, members of
privacydesk_officer). They read list pages, search, log requests, add notes to, assign and
close cases, most of them from a small pool of the open cases due first, which every officer
works on at once, so that their changes collide. Each change is made to the case as the officer read
it (the window's version check): a collision is refused as "changed meanwhile by …".

Afterwards every reported success is counted against the server's audit log (nothing lost, no
entry without a success: nothing doubled), every closed case has exactly one closing entry,
and the ledger's hash chain is verified. `--sqlite FILE` runs one officer on a copy of a store
file for the same time: the single-user figures to compare with.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

SURNAMES = ("Müller", "Mueller", "de Vries", "Janssen", "Schmidt", "Bakker", "Weiß", "Meyer")
ACTIONS = {"log": "case-logged", "note": "note-added", "assign": "case-assigned",
           "close": "case-closed"}  # fmt: skip
HOT_POOL = 60  # the open cases due first, which every officer works on at once


def officer_run(target: str, login: str, seconds: float, out: str, seed: int) -> None:
    """One officer at work until `seconds` have passed; one JSON line per operation."""
    from desktop.app import build_services
    from desktop.core.errors import ChangedMeanwhile, StoreError, ValidationError
    from desktop.core.listing import CaseFilter, CaseSort
    from desktop.services.cases import CaseDraft, Requester

    rng = random.Random(seed)
    services = build_services(target, seed=False)
    queries, cases = services.queries, services.cases
    end, done = time.monotonic() + seconds, 0
    with open(out, "w", encoding="utf-8") as log:
        while time.monotonic() < end:
            if done % 20 == 0:  # the worklist again: closed cases leave the pool, others come
                urgent = queries.page(CaseFilter(status="open"), CaseSort(), 0, HOT_POOL)
                hot = [r["id"] for r in urgent]
            done += 1
            op = rng.choices(
                ("page", "search", "log", "note", "assign", "close"), (30, 15, 15, 20, 10, 10)
            )[0]
            if op in ("note", "assign", "close") and not hot:
                op = "page"  # nothing overdue left to work on: the officer reads the list
            case_id = rng.choice(hot) if hot else None
            started = time.perf_counter()
            result, extra = "ok", {}
            try:
                if op == "page":
                    queries.page(CaseFilter(status="active"), CaseSort(), 0, 200)
                elif op == "search":
                    queries.page(CaseFilter(text=rng.choice(SURNAMES)), CaseSort(), 0, 200)
                elif op == "log":
                    draft = CaseDraft(
                        channel="email", received=queries.today().isoformat(), types=["access"],
                        requester=Requester(name=f"Load Test {login} {rng.randrange(10**9)}",
                                            email=f"{login}.{rng.randrange(10**9)}@example.org"),
                    )  # fmt: skip
                    extra["case_id"] = cases.log_case(draft).id
                else:
                    case = cases.case_file(case_id)
                    extra["case_id"] = case_id
                    time.sleep(0.02)  # the officer reads, then acts: others act meanwhile
                    with cases.expecting(case_id, case["version"]):
                        if op == "note":
                            cases.add_note(case_id, f"called the person ({login})")
                        elif op == "assign":
                            if not services.assignment.assign(case_id, login):
                                result = "unchanged"  # assigned to this officer already
                        else:
                            cases.close(case_id, _outcomes(case))
            except ChangedMeanwhile as exc:
                result, extra["by"] = "conflict", str(exc.values[0]) if exc.values else ""
            except ValidationError:
                result = "refused"  # closed already, say: a rule, not a collision
                if case_id in hot:
                    hot.remove(case_id)  # the officer moves on to the next case
            except StoreError:
                result = "error"
            elapsed = (time.perf_counter() - started) * 1000
            log.write(json.dumps({"op": op, "ms": elapsed, "result": result, **extra}) + "\n")
    services.close()


def _outcomes(case: dict) -> dict[str, str]:
    """Granted, or "no data" where granting needs a decision first (as the demo closes)."""
    from desktop.core.requests import Outcome, RequestType, decision_needed_to_close

    return {
        r["type"]: "no-data"
        if decision_needed_to_close(RequestType(r["type"]), Outcome.GRANTED, False)
        else "granted"
        for r in case["requests"]
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def summary(lines: list[dict], seconds: float) -> dict:
    reads = [x["ms"] for x in lines if x["op"] in ("page", "search")]
    saves = [x["ms"] for x in lines if x["op"] in ACTIONS and x["result"] == "ok"]
    return {
        "operations": len(lines),
        "per_second": round(len(lines) / seconds, 1),
        "pages": {"n": len(reads), "p50": round(percentile(reads, 0.5), 1),
                  "p95": round(percentile(reads, 0.95), 1)},
        "saves": {"n": len(saves), "p50": round(percentile(saves, 0.5), 1),
                  "p95": round(percentile(saves, 0.95), 1)},
        "results": dict(Counter(x["result"] for x in lines)),
        "refused_by_operation": dict(Counter(x["op"] for x in lines if x["result"] == "refused")),
    }  # fmt: skip


def prepare_officers(owner: str, count: int) -> list[str]:
    """The officers' logins and names, made as `store officer` makes them."""
    from desktop.app import build_services
    from desktop.services.team import add_officer

    logins = [f"officer{n}" for n in range(1, count + 1)]
    services = build_services(owner, seed=False)
    try:
        for n, login in enumerate(logins, 1):
            add_officer(services, login, f"Officer {n}")
    finally:
        services.close()
    return logins


def as_officer(owner: str, login: str) -> str:
    from desktop.store.server_address import ServerAddress

    address = ServerAddress.parse(owner)
    return ServerAddress(login, address.host, address.port, address.database,
                         address.options).url()  # fmt: skip


def check_nothing_lost(owner: str, lines_by_login: dict[str, list[dict]], first_id: int) -> dict:
    """Every reported success against the audit log written since `first_id`."""
    import psycopg

    from desktop.store.server_address import ServerAddress

    with psycopg.connect(**ServerAddress.parse(owner).connect_args()) as conn:
        entries = conn.execute(
            "SELECT who, action, case_id FROM audit_log WHERE id > %s", (first_id,)
        ).fetchall()
    found = Counter()
    closings = Counter()
    for who, action, case_id in entries:
        login = who.rsplit("(", 1)[-1].rstrip(")")
        found[(login, action)] += 1
        if action == "case-closed":
            closings[case_id] += 1
    lost = doubled = 0
    for login, lines in lines_by_login.items():
        reported = Counter(ACTIONS[x["op"]] for x in lines if x["op"] in ACTIONS and
                           x["result"] == "ok")  # fmt: skip
        for action in ACTIONS.values():
            have = found[(login, action)]
            lost += max(0, reported[action] - have)
            doubled += max(0, have - reported[action])
    closed_reported = Counter(
        x["case_id"] for lines in lines_by_login.values() for x in lines
        if x["op"] == "close" and x["result"] == "ok"
    )  # fmt: skip
    return {
        "audit_entries": len(entries),
        "lost": lost,
        "doubled": doubled,
        "cases_closed_twice": sum(1 for n in closings.values() if n > 1),
        "closings_without_success": sum(1 for c in closings if c not in closed_reported),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True, help="the store's owner address")
    parser.add_argument("--sqlite", type=Path, help="a store file for the single-user figures")
    parser.add_argument("--officers", type=int, default=5)
    parser.add_argument("--minutes", type=float, default=3)
    parser.add_argument(
        "--server-single", action="store_true", help="also one officer alone on the server"
    )
    args = parser.parse_args()
    seconds = args.minutes * 60
    import psycopg

    from desktop.services.team import verify_server
    from desktop.store.server_address import ServerAddress

    logins = prepare_officers(args.server, args.officers)
    with psycopg.connect(**ServerAddress.parse(args.server).connect_args()) as conn:
        first_id = conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    scratch = Path(tempfile.mkdtemp(prefix="bench-team-"))
    ctx = multiprocessing.get_context("spawn")
    workers = [
        ctx.Process(target=officer_run, args=(as_officer(args.server, login), login, seconds,
                                              str(scratch / f"{login}.jsonl"), n))
        for n, login in enumerate(logins)
    ]  # fmt: skip
    print(f"{args.officers} officers on a server store of {cases:,} cases, "
          f"{args.minutes:g} minutes …", flush=True)  # fmt: skip
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    by_login = {
        login: [json.loads(line) for line in (scratch / f"{login}.jsonl").read_text().splitlines()]
        for login in logins
    }
    every = [x for lines in by_login.values() for x in lines]
    report = {"server": summary(every, seconds)}
    report["server"]["conflicts_named"] = sum(
        1 for x in every if x["result"] == "conflict" and x.get("by", "").endswith(")")
    )
    report["checked"] = check_nothing_lost(args.server, by_login, first_id)
    started = time.perf_counter()
    verified = verify_server(args.server)
    report["ledger"] = {"altered": verified["altered"], "entries": verified["ledger"]["entries"],
                        "verified_in_s": round(time.perf_counter() - started, 1)}  # fmt: skip
    if args.server_single:
        out = scratch / "server-single.jsonl"
        officer_run(as_officer(args.server, logins[0]), logins[0], seconds, str(out), 98)
        alone = [json.loads(line) for line in out.read_text().splitlines()]
        report["server_single_user"] = summary(alone, seconds)
    if args.sqlite:
        copy = scratch / "single.sqlite"
        shutil.copy(args.sqlite, copy)
        key = Path(f"{args.sqlite}.key")
        if key.exists():
            shutil.copy(key, Path(f"{copy}.key"))
        out = scratch / "single.jsonl"
        officer_run(str(copy), "single", seconds, str(out), 99)
        single = [json.loads(line) for line in out.read_text().splitlines()]
        report["sqlite_single_user"] = summary(single, seconds)
    print(json.dumps(report, indent=2))
    shutil.rmtree(scratch, ignore_errors=True)
    return 0 if not report["checked"]["lost"] and not report["checked"]["doubled"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
