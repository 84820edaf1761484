"""Benchmark the case list at 100,000 cases: each UI step beside the bare SQL it rests on.

    python scripts/bench.py [--cases 100000] [--store PATH]

The store is built once (through the real services) and reused while it has the right size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from desktop.app import build_services
from desktop.core.listing import CaseFilter, CaseSort, SortKey
from desktop.services.demo import fill_demo_store
from desktop.store import search as search_sql
from desktop.ui.main_window import MainWindow, create_application
from desktop.ui.settings import UiSettings


def timed(
    step: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None
) -> float:
    """Median milliseconds of `step` over `repeat` runs (`setup` runs untimed before each)."""
    samples = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        step()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def ensure_store(path: Path, count: int) -> None:
    if path.exists():
        services = build_services(path)
        have = services.queries.count(CaseFilter())
        services.close()
        if have == count:
            return
        path.unlink()
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            extra.unlink(missing_ok=True)
    print(f"Building a store of {count:,} sample cases at {path} (once) …", flush=True)
    start = time.perf_counter()
    services = build_services(path)
    fill_demo_store(services.cases, count, decisions=services.decisions)
    services.close()
    print(f"  built in {time.perf_counter() - start:.0f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--store", type=Path)
    args = parser.parse_args()
    path = args.store or Path(user_cache_dir("PrivacyDesk")) / f"bench-{args.cases}.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    ensure_store(path, args.cases)

    start = time.perf_counter()
    app: QApplication = create_application(sys.argv[:1])
    services = build_services(path, full_check=False)  # as the window opens it
    window = MainWindow(services, UiSettings())
    page = window.cases_page
    window.navigation.setCurrentRow(window.stack.indexOf(page))
    spy = _FirstPaint()
    page.table.viewport().installEventFilter(spy)
    window.resize(1280, 800)
    window.show()
    while spy.at is None and time.perf_counter() - start < 30:
        app.processEvents()
    first_paint = ((spy.at or time.perf_counter()) - start) * 1000

    store = services.ctx.store
    today = services.queries.today()
    due = CaseSort(SortKey.DUE)

    def bare(flt: CaseFilter, sort: CaseSort = due) -> Callable[[], object]:
        return lambda: (
            search_sql.count_cases(store, flt, today),
            search_sql.list_cases(store, flt, sort, 0, 200, today),
        )

    def ui_filter(flt: CaseFilter) -> float:
        return timed(
            lambda: page.model.set_filter(flt), setup=lambda: page.model.set_filter(CaseFilter())
        )

    rows: list[tuple[str, float, float]] = []
    rows.append(
        ("first painted window (cold start)", first_paint, timed(bare(page.current_filter()), 1))
    )
    flt = CaseFilter(status="open", channel="letter")
    rows.append(("filter: open letters", ui_filter(flt), timed(bare(flt))))
    flt = CaseFilter(request_type="objection-marketing", overdue=False, status="active")
    rows.append(("filter: marketing objections", ui_filter(flt), timed(bare(flt))))
    flt = CaseFilter(overdue=True)
    rows.append(("filter: overdue", ui_filter(flt), timed(bare(flt))))
    flt = CaseFilter(text="müller")
    rows.append(("search: 'müller'", ui_filter(flt), timed(bare(flt))))
    flt = CaseFilter(text="PD-2026-0001")
    rows.append(("search: reference prefix", ui_filter(flt), timed(bare(flt))))
    page.model.set_filter(CaseFilter())

    def sort_step() -> None:
        page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    def unsort() -> None:
        page.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)

    by_name = CaseSort(SortKey.REQUESTER)
    rows.append(
        (
            "sort: by requester (all cases)",
            timed(sort_step, setup=unsort),
            timed(bare(CaseFilter(), by_name)),
        )
    )

    def scroll_step() -> None:
        page.model.reload()
        for _ in range(10):
            page.model.fetchMore(page.model.index(-1, -1))
            app.processEvents()

    def bare_scroll() -> None:
        for number in range(11):
            search_sql.list_cases(store, CaseFilter(), by_name, number * 200, 200, today)

    rows.append(("scroll: 11 pages of 200 rows", timed(scroll_step, 3), timed(bare_scroll, 3)))

    print(f"\nPrivacy Desk list benchmark, {args.cases:,} cases ({path})")
    print(f"{'step':40} {'window ms':>10} {'bare SQL ms':>12}")
    for name, ui_ms, sql_ms in rows:
        print(f"{name:40} {ui_ms:10.1f} {sql_ms:12.1f}")
    window.close()
    services.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash collecting widgets at exit


if __name__ == "__main__":
    sys.exit(main())
