"""The case list's queries: every filter and sort the Cases page offers gives the cases a plain
reading of the filter gives, in order, page after page by key; and each walks an index."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from desktop.app import build_services
from desktop.core.clock import FixedClock
from desktop.core.listing import CaseFilter, CaseSort, PageKey, SortKey
from desktop.services.demo import fill_demo_store
from desktop.store import search as search_sql
from desktop.store import text_search
from tests.conftest import TODAY

STATUSES = [None, "active", "open", "awaiting-id", "closed"]
SORTS = [CaseSort(key, descending) for key in SortKey for descending in (False, True)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    services = build_services(tmp_path_factory.mktemp("list") / "s.sqlite", FixedClock(TODAY))
    fill_demo_store(services.cases, 240, decisions=services.decisions)
    yield services
    services.close()


def _nocase(text: str) -> str:
    """SQLite's NOCASE: only A-Z fold."""
    return "".join(chr(ord(ch) + 32) if "A" <= ch <= "Z" else ch for ch in text)


def _expected(store, flt: CaseFilter, sort: CaseSort, today: date) -> list[int]:
    """The filter read plainly: every case, tested one by one in Python, sorted in Python."""
    rows = store.rows(f"SELECT {search_sql.LIST_COLUMNS}, c.extended FROM cases c")
    types = {}
    for case_id, kind in store.execute("SELECT case_id, type FROM requests"):
        types.setdefault(case_id, set()).add(kind)
    found = None
    if text_search.fts_query(flt.text):
        found = {
            r[0]
            for r in store.execute(
                "SELECT rowid FROM case_search WHERE case_search MATCH ?",
                (text_search.fts_query(flt.text),),
            )
        }
    due_by = None if flt.due_within_days is None else today + timedelta(flt.due_within_days)

    def keep(r) -> bool:
        due = date.fromisoformat(r["current_due"])
        return (
            (flt.status is None or (flt.status == "active" and r["status"] != "closed")
             or r["status"] == flt.status)
            and (flt.channel is None or r["channel"] == flt.channel)
            and (flt.company_id is None or r["company_id"] == flt.company_id)
            and (flt.request_type is None or flt.request_type in types.get(r["id"], ()))
            and (not flt.overdue or (r["status"] == "open" and due < today))
            and (due_by is None or (r["status"] == "open" and today <= due <= due_by))
            and (flt.extended is None or bool(r["extended"]) == flt.extended)
            and (found is None or r["id"] in found)
        )  # fmt: skip

    field = {SortKey.REQUESTER: "requester_name", SortKey.COMPANY: "company_name",
             SortKey.DUE: "current_due"}.get(sort.key, sort.key.value)  # fmt: skip
    kept = [r for r in rows if keep(r)]
    kept.sort(
        key=lambda r: (_nocase(r[field]) if sort.key is SortKey.REQUESTER else r[field], r["id"]),
        reverse=sort.descending,
    )
    return [r["id"] for r in kept]


def _filters(rng: random.Random, n: int) -> list[CaseFilter]:
    """Random filters of the Cases page: each choice made or left at "all" (mostly left)."""

    def pick(values: list, chance: float = 0.35):
        return rng.choice(values) if rng.random() < chance else None

    return [
        CaseFilter(
            status=pick(STATUSES[1:], 0.6),
            channel=pick(["letter", "in-person", "email"]),
            request_type=pick(["access", "complaint", "objection-marketing", "erasure"]),
            company_id=pick(["hoffmann-nl", "hoffmann-se"]),
            overdue=rng.random() < 0.15,
            due_within_days=pick([0, 30], 0.15),
            text=pick(["example.org", "mueller", "PD-2026", "Oudegracht 112", "zzz"]) or "",
        )
        for _ in range(n)
    ]


def _walk(store, flt, sort, today, page=7) -> list[int]:
    """Every page by key, as the window and `case list --after` read them."""
    ids, after = [], None
    while True:
        rows = search_sql.list_cases(store, flt, sort, 0, page, today, after=after)
        ids += [r["id"] for r in rows]
        if len(rows) < page:
            return ids
        after = PageKey.of(rows[-1], sort)


@pytest.mark.parametrize("few", ["walk", "drive"])
def test_every_filter_and_sort_finds_what_a_plain_reading_finds(demo, monkeypatch, few):
    """Walking the sort index and reading few matches by id give the same cases, in order."""
    if few == "walk":  # never read by id: walk the sort order, look each case up in the matches
        monkeypatch.setattr(search_sql, "FEW_FOR_PAGE", {"text": 0, "type": 0})
        monkeypatch.setattr(search_sql, "FEW_FOR_COUNT", {"text": 0, "type": 0})
    else:  # always read the matches by id
        big = {"text": 10**9, "type": 10**9}
        monkeypatch.setattr(search_sql, "FEW_FOR_PAGE", big)
        monkeypatch.setattr(search_sql, "FEW_FOR_COUNT", big)
    store, today = demo.ctx.store, TODAY.date()
    rng = random.Random(11 if few == "walk" else 12)
    checked = 0
    for flt in [CaseFilter(), CaseFilter(status="active"), *_filters(rng, 100)]:
        for sort in rng.sample(SORTS, 4):
            expected = _expected(store, flt, sort, today)
            assert _walk(store, flt, sort, today) == expected, (flt, sort)
            assert search_sql.count_cases(store, flt, today) == len(expected), flt
            first = search_sql.list_cases(store, flt, sort, 0, 5, today)
            assert [r["id"] for r in first] == expected[:5]
            checked += bool(expected)
    assert checked > 50  # many filters find something in 240 demo cases


def test_paging_by_offset_still_works(demo):
    store, today, sort = demo.ctx.store, TODAY.date(), CaseSort(SortKey.REQUESTER)
    everything = [r["id"] for r in search_sql.list_cases(store, CaseFilter(), sort, 0, 1000, today)]
    assert [r["id"] for r in search_sql.list_cases(store, CaseFilter(), sort, 10, 5, today)] == (
        everything[10:15]
    )
    with pytest.raises(ValueError):
        search_sql.list_cases(store, CaseFilter(), sort, 10, 5, today, after=PageKey("a", 1))


@pytest.mark.parametrize(
    "sort", SORTS, ids=lambda s: f"{s.key.value}{'-desc' if s.descending else ''}"
)
def test_each_page_walks_an_index_and_sorts_nothing(demo, sort):
    """EXPLAIN QUERY PLAN of each filter the Cases page offers, alone and with "not closed"."""
    store, today = demo.ctx.store, TODAY.date()
    singles = [CaseFilter(status=s) for s in STATUSES] + [
        CaseFilter(channel="letter"), CaseFilter(company_id="hoffmann-nl"),
        CaseFilter(request_type="access"), CaseFilter(overdue=True),
        CaseFilter(due_within_days=7), CaseFilter(text="example.org"),
    ]  # fmt: skip
    filters = singles + [
        CaseFilter(status="active", **{k: v for k, v in vars(f).items() if k != "status"})
        for f in singles[5:]
    ]
    last = search_sql.list_cases(store, CaseFilter(), sort, 100, 1, today)[0]
    for flt in filters:
        for after in (None, PageKey.of(last, sort)):
            plan = search_sql.page_plan(store, flt, sort, today, after)
            walked = [step for step in plan if step.startswith(("SCAN c ", "SEARCH c "))]
            if flt.text or flt.request_type:  # few matches in 240 cases: read by id
                assert all("INTEGER PRIMARY KEY" in step for step in walked), (flt, plan)
                continue
            active = flt.status not in (None, "closed") or flt.overdue or flt.due_within_days
            index = f"cases_{'active_' if active else ''}by_"
            assert all(f"USING INDEX {index}" in step for step in walked), (flt, plan)
            assert not any("TEMP B-TREE" in step for step in plan), (flt, plan)


def test_counts_read_one_index_or_the_matches(demo):
    store, today = demo.ctx.store, TODAY.date()
    for flt in [CaseFilter(status="active", channel="letter"), CaseFilter(status="closed"),
                CaseFilter(channel="fax", company_id="hoffmann-nl"), CaseFilter(overdue=True),
                CaseFilter(status="closed", company_id="hoffmann-nl")]:  # fmt: skip
        plan = search_sql.count_plan(store, flt, today)
        assert len(plan) == 1 and "COVERING INDEX" in plan[0], (flt, plan)
    # Few cases of a type (or a search): counted among their ids, read once.
    plan = search_sql.count_plan(store, CaseFilter(status="open", request_type="access"), today)
    assert plan[0] == "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)" and "json_each" in plan[-1]
    assert search_sql.count_plan(store, CaseFilter(text="example.org", status=None), today) == [
        "SCAN case_search VIRTUAL TABLE INDEX 0:M5"
    ]


def test_request_types_whose_names_contain_another_are_told_apart(demo):
    from desktop.core.requests import RequestType

    store, today = demo.ctx.store, TODAY.date()
    for kind in RequestType:
        flt = CaseFilter(request_type=kind.value)
        assert search_sql.count_cases(store, flt, today) == len(
            _expected(store, flt, CaseSort(), today)
        )
