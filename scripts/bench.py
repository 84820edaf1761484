"""Benchmark the desk at 100,000 cases: each step beside the floor it rests on.

    python scripts/bench.py [--cases 100000] [--store PATH] [--skip-cli]

For every list step it prints the time the window's UI thread is held (window ms), the app's
own query (query ms) and the floor: the same rows from a bare SQLite table with a suitable
index, in the same process (floor ms), and the ratio query / floor. The first painted window
is compared with a bare QMainWindow showing a table of 200 cases, each in a new process
(scripts/first_paint.py). Scrolling to the end is
timed page by page (linear when the last pages cost what the first do), then the process's
peak memory. Last, whole-process timings of the command line on this store and on an empty
one. The store is built once through the real services and reused while it has the size.

The store is encrypted, as every new store is; the floor too, with the same key, so each
ratio is our code's cost over the bare minimum on an encrypted file. Without an OS keychain
(headless) the measured processes take the key from a stand-in (scripts/bench_keyring.py), as
an office's window takes it from its keychain.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from platformdirs import user_cache_dir

CACHE = Path(user_cache_dir("PrivacyDesk"))
CACHE.mkdir(parents=True, exist_ok=True)
# Before keyring is first imported, here and in every process the bench starts.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "bench_keyring.BenchKeychain")
os.environ.setdefault("PRIVACYDESK_BENCH_KEYCHAIN", str(CACHE / "bench-keychain.json"))
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(Path(__file__).parent), *filter(None, [os.environ.get("PYTHONPATH")])]
)
if not os.environ.get("PRIVACYDESK_PASSPHRASE_FILE"):  # invented cases: a known passphrase
    secret = CACHE / "bench-passphrase.txt"
    secret.write_text("bench store of invented cases\n", encoding="utf-8")
    os.environ["PRIVACYDESK_PASSPHRASE_FILE"] = str(secret)

import bench_keyring  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

bench_keyring.allow()

from desktop.app import build_services  # noqa: E402
from desktop.core.listing import CaseFilter, CaseSort, SortKey  # noqa: E402
from desktop.core.reports import ReportSlice  # noqa: E402
from desktop.services.changes import ChangeNote  # noqa: E402
from desktop.services.demo import fill_demo_store  # noqa: E402
from desktop.store.driver import apply_key, sqlite3  # noqa: E402
from desktop.store.encryption import encrypt_plain_store  # noqa: E402
from desktop.store.unlock import existing_key, passphrase_file  # noqa: E402
from desktop.ui.application import create_application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.pages.worklist import read_worklist  # noqa: E402
from desktop.ui.settings import UiSettings  # noqa: E402

BIN = Path(sys.executable).parent


def timed(step: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None):
    """Median milliseconds of `step` over `repeat` runs (`setup` untimed before each)."""
    samples = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        step()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def paired(
    a: Callable[[], object], b: Callable[[], object], repeat: int = 21
) -> tuple[float, float]:
    """Median milliseconds of `a` and of `b`, run in turn: both meet the same caches and the
    same load on the machine, so their ratio holds even when the absolute times wander."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for step, samples in ((a, times[0]), (b, times[1])):
            start = time.perf_counter()
            step()
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def reports_page_ms(window: MainWindow, repeat: int = 5) -> tuple[float, float]:
    """Median milliseconds from asking the reports page to count until its figures show, and
    until the charts show; the first count (the page's first showing) is not taken."""
    from PySide6.QtCore import QEventLoop

    page = window.reports_page
    shown: dict[str, float] = {}
    page.figures_shown.connect(lambda _f: shown.setdefault("figures", time.perf_counter()))
    loop = QEventLoop()
    page.charts_shown.connect(lambda _n: (shown.setdefault("charts", time.perf_counter()),
                                          loop.quit()))  # fmt: skip
    figures, charts = [], []
    for _ in range(repeat + 1):
        shown.clear()
        start = time.perf_counter()
        page.show_figures()
        loop.exec()
        figures.append((shown["figures"] - start) * 1000)
        charts.append((shown["charts"] - start) * 1000)
    return statistics.median(figures[1:]), statistics.median(charts[1:])


def ensure_store(path: Path, count: int) -> None:
    if path.exists() and existing_key(path) is None:  # a bench store made before encryption
        print(f"Encrypting {path} (once) …", flush=True)
        encrypt_plain_store(path, passphrase_file("PRIVACYDESK_PASSPHRASE_FILE") or "")
    if path.exists():
        services = build_services(path, full_check=False)
        have = services.queries.count(CaseFilter())
        services.close()
        if have == count:
            return
        for old in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.key")):
            old.unlink(missing_ok=True)
    print(f"Building a store of {count:,} sample cases at {path} (once) …", flush=True)
    start = time.perf_counter()
    services = build_services(path)
    fill_demo_store(services.cases, count, decisions=services.decisions)
    services.close()
    print(f"  built in {time.perf_counter() - start:.0f} s", flush=True)


# -- the floor: the rows the list shows, in a bare table with the index each query wants --------
# The columns the case list reads (store/search.py LIST_COLUMNS): the same rows, bare.
FLOOR_COLUMNS = (
    "id, reference, requester_name, types, channel, company_id, company_name, received, "
    "current_due, due, extended_due, extended, status, paused_since, routing_warning"
)


def ensure_floor(store: Path) -> Path:
    floor = store.with_name(store.name + ".floor")
    key = existing_key(store)
    if floor.exists() and floor.stat().st_mtime >= store.stat().st_mtime:
        return floor
    floor.unlink(missing_ok=True)
    conn = sqlite3.connect(floor)
    apply_key(conn, key, new_file=True)  # encrypted as the store is, with its key
    raw = f"x'{key.key.hex()}'" if key else ""
    conn.execute(f"ATTACH DATABASE 'file:{store}?mode=ro' AS app KEY \"{raw}\"")
    conn.executescript(
        f"""
        CREATE TABLE cases AS SELECT {FLOOR_COLUMNS}, status != 'closed' AS active,
            c.reference || ' ' || coalesce(c.subject, '') || ' ' ||
            (SELECT r.name || ' ' || coalesce(r.email, '') || ' ' || coalesce(r.address, '')
             FROM app.requesters r WHERE r.id = c.requester_id) AS words
            FROM app.cases c;
        CREATE TABLE case_types AS SELECT q.type, c.status != 'closed' AS active,
            c.current_due, c.id AS case_id FROM app.requests q JOIN app.cases c
            ON c.id = q.case_id;
        CREATE INDEX by_due ON cases (active, current_due, id);
        CREATE INDEX by_status_channel ON cases (status, channel, current_due, id);
        CREATE INDEX by_name ON cases (requester_name COLLATE NOCASE, id);
        CREATE INDEX by_reference ON cases (reference);
        CREATE INDEX by_type ON case_types (type, active, current_due, case_id);
        CREATE INDEX by_case ON case_types (case_id, type);
        CREATE VIRTUAL TABLE found USING fts5(words, content='cases', content_rowid='id');
        INSERT INTO found (rowid, words) SELECT id, words FROM cases;
        ANALYZE main;
        """
    )
    conn.commit()
    conn.close()
    return floor


def floor_queries(conn: sqlite3.Connection, today: str) -> dict[str, Callable[[], object]]:
    """The bare way to read each list page; where two plans are sensible (start from the few
    matches, or walk the sort order and test each row) the floor is the quicker one."""
    cols = ", ".join(f"c.{c.strip()}" for c in FLOOR_COLUMNS.split(","))

    def q(*plans: tuple[str, tuple[object, ...]]) -> Callable[[], object]:
        fastest = min(plans, key=lambda plan: timed(lambda p=plan: conn.execute(*p).fetchall()))
        return lambda: conn.execute(*fastest).fetchall()

    by_due = "ORDER BY c.current_due, c.id LIMIT 200"

    def matching(words: str) -> tuple[tuple[str, tuple[object, ...]], ...]:
        return (
            (f"SELECT {cols} FROM found JOIN cases c ON c.id = found.rowid "
             f"WHERE found MATCH ? AND c.active = 1 {by_due}", (words,)),
            (f"SELECT {cols} FROM cases c WHERE c.active = 1 AND c.id IN "
             f"(SELECT rowid FROM found WHERE found MATCH ?) {by_due}", (words,)),
        )  # fmt: skip

    return {
        "open letters": q(
            (
                f"SELECT {cols} FROM cases c WHERE status = 'open' AND channel = 'letter' {by_due}",
                (),
            ),
        ),  # fmt: skip
        "marketing objections": q(
            (
                f"SELECT {cols} FROM case_types t JOIN cases c ON c.id = t.case_id "
                "WHERE t.type = 'objection-marketing' AND t.active = 1 "
                "ORDER BY t.current_due, t.case_id LIMIT 200",
                (),
            ),
            (
                f"SELECT {cols} FROM cases c WHERE c.active = 1 AND EXISTS (SELECT 1 FROM "
                "case_types t WHERE t.case_id = c.id AND t.type = 'objection-marketing') "
                f"{by_due}",
                (),
            ),
        ),  # fmt: skip
        "overdue": q(
            (f"SELECT {cols} FROM cases c WHERE active = 1 AND current_due < ? {by_due}", (today,)),
        ),  # fmt: skip
        "search 'müller'": q(*matching('"müller"*')),
        "search 'example.org'": q(*matching('"example org"*')),
        # A search, in the app as here, finds the words in any field (a subject may quote a
        # reference): the floor answers the same question, not "reference begins with".
        "search: reference prefix": q(*matching('"PD 2026 0001"*')),
        "sort: by requester": q(
            (
                f"SELECT {cols} FROM cases c ORDER BY requester_name COLLATE NOCASE, id LIMIT 200",
                (),
            ),
        ),  # fmt: skip
    }


FILTERS: dict[str, tuple[CaseFilter, CaseSort]] = {
    "open letters": (CaseFilter(status="open", channel="letter"), CaseSort(SortKey.DUE)),
    "marketing objections": (
        CaseFilter(request_type="objection-marketing", status="active"),
        CaseSort(SortKey.DUE),
    ),
    "overdue": (CaseFilter(status="active", overdue=True), CaseSort(SortKey.DUE)),
    "search 'müller'": (CaseFilter(status="active", text="müller"), CaseSort(SortKey.DUE)),
    "search 'example.org'": (
        CaseFilter(status="active", text="example.org"),
        CaseSort(SortKey.DUE),
    ),
    "search: reference prefix": (
        CaseFilter(status="active", text="PD-2026-0001"),
        CaseSort(SortKey.DUE),
    ),
    "sort: by requester": (CaseFilter(), CaseSort(SortKey.REQUESTER)),
}


def cold_starts(store: Path, repeat: int = 5) -> dict[str, float]:
    """Median milliseconds to the first paint of a new process (scripts/first_paint.py), the
    real window and the bare one in turn: from the process's first line, and from the end of
    its imports (what the window itself costs, Qt cold in both); and to the first paint that
    shows the rows (the real worklist reads them after its first paint)."""
    script = Path(__file__).with_name("first_paint.py")
    runs: dict[str, list[float]] = {
        "process": [],
        "window": [],
        "filled": [],
        "bare process": [],
        "bare window": [],
        "bare filled": [],
    }
    for _ in range(repeat):
        for bare in (False, True):
            out = subprocess.run(
                [sys.executable, str(script), str(store), *(["--bare"] if bare else [])],
                check=True, capture_output=True, text=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            ).stdout.split()  # fmt: skip
            prefix = "bare " if bare else ""
            runs[prefix + "process"].append(float(out[0]))
            runs[prefix + "window"].append(float(out[1]))
            runs[prefix + "filled"].append(float(out[2]))
    return {name: statistics.median(values) for name, values in runs.items()}


def cli_ms(store: Path, args: list[str], repeat: int = 3) -> float:
    """Median wall-clock milliseconds of a whole `privacydesk` process."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(  # `privacydesk`, with the stand-in keychain allowed
            [sys.executable, str(Path(__file__).with_name("bench_keyring.py")), "--db",
             str(store), *args],
            check=True, capture_output=True,
        )  # fmt: skip
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--skip-cli", action="store_true")
    args = parser.parse_args()
    path = args.store or CACHE / f"bench-{args.cases}.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    ensure_store(path, args.cases)
    floor = ensure_floor(path)

    cold = cold_starts(path)
    app = create_application(sys.argv[:1])

    services = build_services(path, full_check=False)
    scratch = tempfile.mkdtemp()
    window = MainWindow(
        services, UiSettings(QSettings(f"{scratch}/ui.ini", QSettings.Format.IniFormat))
    )
    window.resize(1280, 800)
    window.show()
    page = window.cases_page
    window.show_page(page)
    app.processEvents()
    queries = services.queries
    today = queries.today().isoformat()
    conn = sqlite3.connect(floor)
    apply_key(conn, services.ctx.store.key)
    floors = floor_queries(conn, today)

    rows: list[tuple[str, float | None, float | None, float | None]] = []
    rows.append(
        ("first painted window, imports excluded", cold["window"], None, cold["bare window"])
    )
    rows.append(
        ("  the same, whole process (imports too)", cold["process"], None, cold["bare process"])
    )
    rows.append(("  whole process until the rows show", cold["filled"], None, cold["bare filled"]))
    columns = {SortKey.DUE: 6, SortKey.REQUESTER: 1}  # the list's columns for these keys
    for name, (flt, sort) in FILTERS.items():
        page.model.sort(columns[sort.key])

        def ui(flt: CaseFilter = flt) -> None:
            page.model.set_filter(flt)

        window_ms = timed(ui, setup=lambda: page.model.set_filter(CaseFilter(status="closed")))
        query_ms, floor_ms = paired(
            lambda flt=flt, sort=sort: queries.page_after(flt, sort, None, 200), floors[name]
        )
        rows.append((f"filter: {name}", window_ms, query_ms, floor_ms))
        count_ms = timed(lambda flt=flt: queries.count(flt), 3)
        rows.append(("  its count (in the background)", None, count_ms, None))
    page.model.set_filter(CaseFilter())

    # Scrolling to the end, page by page, by requester name: linear when the last pages cost
    # what the first did.
    page.model.sort(1)
    page.model.set_filter(CaseFilter())
    index = page.model.index(-1, -1)
    costs = []
    while page.model.canFetchMore(index):
        start = time.perf_counter()
        page.model.fetchMore(index)
        costs.append((time.perf_counter() - start) * 1000)
    scrolled = page.model.rowCount()
    first_pages, last_pages = statistics.median(costs[:10]), statistics.median(costs[-10:])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # The year's report: every figure of `privacydesk report`; the floor reads each case of
    # the year once (a count over the received index), what any report must do at least.
    year = f"{today[:4]}-01-01"
    report_ms, report_floor = paired(
        lambda: services.reports.summary(year, today),
        lambda: services.ctx.store.scalar(
            "SELECT count(*), sum(closed_at <= current_due) FROM cases WHERE received >= ?",
            (year,),
        ),
    )
    rows.append(("report of the year so far (every figure)", None, report_ms, report_floor))
    # The reports page as the officer sees it: counted on two connections at once, then the
    # charts of the printable report beside the figures (the window waits in its event loop).
    page_ms, charts_ms = reports_page_ms(window)
    rows.append(("reports page: its figures shown", page_ms, None, report_floor))
    rows.append(("  and the charts beside them", charts_ms, None, report_floor))
    # The cases behind one figure ("answered late"): their count and the list's first page.
    late = CaseFilter(
        report=ReportSlice("late", date.fromisoformat(year), date.fromisoformat(today))
    )
    behind_ms = timed(lambda: services.queries.count(late), 3)
    first_ms = timed(lambda: services.queries.page(late, CaseSort(SortKey.DUE), 0, 200), 3)
    rows.append(("cases behind a figure: count, first page", None, behind_ms + first_ms,
                 report_floor))  # fmt: skip
    worklist_read = timed(lambda: read_worklist(services.queries), 3)
    some_case = page.model.case_id(0)
    change_ms = timed(lambda: window.changes.notify(ChangeNote.of_case(some_case)), 5)

    print(f"\nPrivacy Desk at {args.cases:,} cases ({path})")
    print(f"{'step':42} {'window ms':>10} {'query ms':>9} {'floor ms':>9} {'ratio':>6}")
    for name, window_ms, query_ms, floor_ms in rows:
        ratio = ""
        base = query_ms if query_ms is not None else window_ms
        if floor_ms and base is not None:
            ratio = f"{base / floor_ms:.1f}x"
        shown = ["" if v is None else f"{v:.1f}" for v in (window_ms, query_ms, floor_ms)]
        print(f"{name:42} {shown[0]:>10} {shown[1]:>9} {shown[2]:>9} {ratio:>6}")
    print(
        f"{'scroll to the end: ' + format(scrolled, ',') + ' rows':42} "
        f"{sum(costs):10.0f}   per page: first 10 {first_pages:.1f} ms, last 10 {last_pages:.1f} ms"
    )
    print(f"{'worklist read (in the background)':42} {worklist_read:10.1f}")
    print(f"{'a case change: what the UI thread does':42} {change_ms:10.1f}")
    print(f"{'peak memory, list scrolled to the end':42} {peak_mb:10.0f} MB")
    window.close()
    services.close()

    if not args.skip_cli:
        empty = Path(tempfile.mkdtemp()) / "empty.sqlite"
        build_services(empty).close()  # a new store: registers seeded, no cases
        print(f"\n{'command line (whole process)':42} {'this store':>10} {'empty':>9} {'ratio':>6}")
        for name, cli in (
            ("case list --limit 10", ["case", "list", "--limit", "10"]),
            ("deadline 2026-11-20 --company hoffmann-se",
             ["deadline", "2026-11-20", "--company", "hoffmann-se"]),
        ):  # fmt: skip
            big, small = cli_ms(path, cli), cli_ms(empty, cli)
            print(f"{name:42} {big:10.0f} {small:9.0f} {big / small:5.1f}x")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash collecting widgets at exit


if __name__ == "__main__":
    sys.exit(main())
