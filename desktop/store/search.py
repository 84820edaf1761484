"""Finding cases: the full-text index, filtered and sorted pages of cases, counts, the worklist.

The full-text index is FTS5 in SQLite (MATCH; its rowid is the case id) and a tsvector with a
GIN index on the server (`@@`; see the migrations): `text_query` words typed text for each.
Where SQLite needs steering (INDEXED BY, the unary `+` that keeps a term from choosing an
index: SQLite's documented ways), the server plans alone: `store.sql` gives the pieces.

How a page is read (indexes in desktop/assets/migrations/sqlite/0009_indexes_for_lists.sql): every sort key has
an index over all cases and a partial one over the cases not closed, and both hold the columns
the filters test. A page walks the sort key's index from the last row shown (keyset paging) and
tests the filters on the index entries, so it reads little more than it shows, however deep
the page. A search that finds few cases is read the other way round: those cases by id, sorted.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from desktop.core.listing import CaseFilter, CaseSort, PageKey, SortKey
from desktop.core.requests import RequestType
from desktop.store.db import Store
from desktop.store.dialects import Dialect
from desktop.store.report_slices import slice_terms
from desktop.store.text_search import finds_nothing, text_query

_SORT_SQL = {
    SortKey.REFERENCE: "c.reference",
    SortKey.REQUESTER: "c.requester_name",  # without regard to case: see _sort_sql
    SortKey.TYPES: "c.types",
    SortKey.CHANNEL: "c.channel",
    SortKey.COMPANY: "c.company_name",
    SortKey.RECEIVED: "c.received",
    SortKey.DUE: "c.current_due",
    SortKey.STATUS: "c.status",
}


def _sort_sql(store: Store, key: SortKey) -> str:
    column = _SORT_SQL[key]
    return store.sql.nocase(column) if key is SortKey.REQUESTER else column


# The indexes a page walks: cases_by_<name> over all cases, cases_active_by_<name> over those
# not closed (desktop/assets/migrations/sqlite/0009_indexes_for_lists.sql).
_INDEX_NAMES = {
    SortKey.REFERENCE: "reference",
    SortKey.REQUESTER: "requester",
    SortKey.TYPES: "types",
    SortKey.CHANNEL: "channel",
    SortKey.COMPANY: "company",
    SortKey.RECEIVED: "received",
    SortKey.DUE: "due",
    SortKey.STATUS: "status",
}
# Sort keys with a handful of values, each shared by thousands of cases.
_FEW_VALUES = frozenset({SortKey.TYPES, SortKey.CHANNEL, SortKey.COMPANY, SortKey.STATUS})

_TYPE_MATCHES = "SELECT case_id FROM requests WHERE type = :request_type"

LIST_COLUMNS = (
    "c.id, c.reference, c.requester_name, c.types, c.channel, c.company_id, c.company_name, "
    "c.received, c.current_due, c.due, c.extended_due, c.extended, c.status, c.paused_since, "
    "c.routing_warning, c.routing_words, c.assigned_to"
)

# A search or request type that matches fewer cases than this is read the other way round:
# those cases by id, then sorted (a page) or counted. Reading a case by id costs some twenty
# times a step along an index, so a page switches early and a count late; a broad search also
# pays for gathering its matches once per statement.
FEW_FOR_PAGE = {"text": 2000, "type": 500}
FEW_FOR_COUNT = {"text": 5000, "type": 5000}


# -- the full-text index ---------------------------------------------------------------------
def index_case(store: Store, case_id: int) -> None:
    """Refresh the full-text row of one case (reference, name, email, address, subject)."""
    unindex_case(store, case_id)
    store.execute(
        f"INSERT INTO case_search ({store.sql.search_row}, reference, name, email, address, "
        "subject) "
        "SELECT c.id, c.reference, r.name || ' ' || german_spelling(r.name), "
        "coalesce(r.email, ''), coalesce(r.address, '') || ' ' || coalesce(r.address_extra, '') "
        "|| ' ' || coalesce(r.street, '') || ' ' || coalesce(r.postcode, '') || ' ' "
        "|| coalesce(r.city, ''), "
        "c.subject FROM cases c JOIN requesters r ON r.id = c.requester_id WHERE c.id = :case_id",
        {"case_id": case_id},
    )


def unindex_case(store: Store, case_id: int) -> None:
    store.execute(
        f"DELETE FROM case_search WHERE {store.sql.search_row} = :case_id", {"case_id": case_id}
    )


def _few_ids(store: Store, sql: str, params: dict[str, Any], cap: int) -> list[int] | None:
    """The case ids `sql` finds when there are fewer than `cap`; None when there are more
    (read no further)."""
    found = [row[0] for row in store.execute(f"{sql} LIMIT :cap", {**params, "cap": cap})]
    return found if len(found) < cap else None


def _type_test(store: Store, request_type: str) -> tuple[str, str]:
    """A test on `c.types` (the case's request types, comma separated; set when the case is
    logged, with its requests) and its parameter: a plain substring test unless the type's
    name is part of another's."""
    others = [t.value for t in RequestType if t.value != request_type]
    if any(request_type in other for other in others):
        return store.sql.contains("', ' || c.types || ','", ":type_word"), f", {request_type},"
    return store.sql.contains("c.types", ":type_word"), request_type


@dataclass
class _Query:
    """A filter as SQL: the terms on `cases c`, their parameters, and the index to walk."""

    dialect: Dialect
    terms: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    index: str | None = None  # INDEXED BY this one; None: SQLite chooses (reads matches by id)
    driver: str | None = None  # "text" or "type": the cases are read by id from those matches
    nothing: bool = False  # the filter contradicts itself: no case can match
    gathered: bool = False  # many search matches, gathered by SQLite for each statement

    def sql(self, select: str, extra: Sequence[str] = ()) -> str:
        indexed = self.dialect.indexed_by(self.index)
        terms = [*self.terms, *extra]
        where = (" WHERE " + " AND ".join(terms)) if terms else ""
        return f"SELECT {select} FROM cases c{indexed}{where}"


def _query(store: Store, flt: CaseFilter, today: date, sort: CaseSort | None) -> _Query:
    """The filter as terms on `cases c`, for a page in `sort` order or (None) for a count.

    Without a driving search or type, a page walks the sort key's index (the partial one when
    the filter leaves closed cases out) and a count scans the smallest index that has every
    column the filter tests. Terms on other columns than the walked one carry a unary `+`: they
    are tested on the index entries and never choose an index of their own.
    """
    q = _Query(store.sql)
    status = flt.status
    if flt.overdue or flt.due_within_days is not None:
        if status not in (None, "active", "open"):
            q.nothing = True  # a paused or closed case is never overdue nor due
        status = "open"
    active = status is not None and status != "closed"
    match = text_query(store, flt.text)
    text_matches = store.sql.text_matches
    if match:
        q.params["match"] = match
    elif finds_nothing(flt.text, match):
        q.nothing = True
    if flt.request_type:
        type_test, q.params["type_word"] = _type_test(store, flt.request_type)
        q.params["request_type"] = flt.request_type
    # A search or request type that matches few cases drives: read those by id, then sort.
    # Their ids are in hand from deciding so: the search is not run again.
    few = FEW_FOR_PAGE if sort else FEW_FOR_COUNT
    drivers = (("text", text_matches, match), ("type", _TYPE_MATCHES, flt.request_type))
    for driver, sql, wanted in drivers:
        ids = _few_ids(store, sql, q.params, few[driver]) if wanted else None
        if ids is not None:
            q.driver = driver
            q.terms.append(store.sql.in_ids("c.id", "ids"))
            q.params["ids"] = store.sql.ids(ids)
            break

    if sort is not None:
        walked = _sort_sql(store, sort.key)
        if not q.driver:
            q.index = f"cases_{'active_' if active else ''}by_{_INDEX_NAMES[sort.key]}"
    elif q.driver:
        walked = None
    elif active:
        walked, q.index = "c.current_due", "cases_active_by_due"
    elif flt.channel:  # seek the channel's cases: fewer than the closed ones, as a rule
        walked, q.index = "c.channel", "cases_by_channel"
    elif flt.company_id:
        walked, q.index = "c.company_id", "cases_company"
    elif status == "closed":
        walked, q.index = "c.status", "cases_by_status"
    elif flt.request_type or match:
        walked, q.index = None, "cases_by_status"
    else:
        walked = None

    def col(column: str) -> str:
        return column if column == walked else store.sql.steer(column)

    if active:
        q.terms.append("c.status != 'closed'")  # the partial indexes serve only with this term
    if status and status != "active":
        q.terms.append(f"{col('c.status')} = :status")
        q.params["status"] = status
    if flt.channel:
        q.terms.append(f"{col('c.channel')} = :channel")
        q.params["channel"] = flt.channel
    if flt.company_id:
        q.terms.append(f"{col('c.company_id')} = :company_id")
        q.params["company_id"] = flt.company_id
    if flt.request_type and q.driver != "type":
        q.terms.append(type_test)
    if flt.overdue:  # a paused clock is not overdue: its deadline moves while it waits
        q.terms.append(f"{col('c.current_due')} < :today")
        q.params["today"] = today.isoformat()
    if flt.due_within_days is not None:
        q.terms.append(f"{col('c.current_due')} BETWEEN :today AND :due_by")
        q.params["today"] = today.isoformat()
        q.params["due_by"] = (today + timedelta(days=flt.due_within_days)).isoformat()
    if flt.extended is not None:
        q.terms.append(f"{col('c.extended')} = :extended")
        q.params["extended"] = 1 if flt.extended else 0
    if flt.assigned_to == "":
        q.terms.append("c.assigned_to IS NULL")
    elif flt.assigned_to is not None:
        q.terms.append(f"{col('c.assigned_to')} = :assigned_to")
        q.params["assigned_to"] = flt.assigned_to
    if flt.report is not None:
        terms, params = slice_terms(flt.report, store.sql)
        q.terms += terms
        q.params.update(params)
    if match and q.driver != "text":
        # Many matches: SQLite gathers them once; each index entry walked is looked up there.
        q.terms.append(f"{store.sql.steer('c.id')} IN ({text_matches})")
        q.gathered = True
    return q


def _page_sql(
    store: Store, flt: CaseFilter, sort: CaseSort, today: date, after: PageKey | None
) -> list[tuple[str, dict[str, Any]]]:
    """The statements that read a page, in order. After a key: first the rows that share the
    key's sort value (a range of ids), then those beyond it, each a range on the walked index;
    one statement with a broad search, whose matches SQLite gathers once per statement."""
    q = _query(store, flt, today, sort)
    if q.nothing:
        return []
    key = _sort_sql(store, sort.key)
    direction = "DESC" if sort.descending else "ASC"
    order = f" ORDER BY {key} {direction}, c.id {direction}"
    if after is None:
        return [(q.sql(LIST_COLUMNS) + order, q.params)]
    beyond = "<" if sort.descending else ">"
    plus = store.sql.steer("") if q.driver else ""  # read by id: the key must not choose an index
    value = (
        store.sql.nocase_value(":after_value") if sort.key is SortKey.REQUESTER else ":after_value"
    )
    params = {**q.params, "after_value": after.value, "after_id": after.id}
    if q.gathered and sort.key not in _FEW_VALUES:
        # One statement, so a broad search's matches are gathered once: it seeks the key's
        # value and steps over the few cases with that value up to the last one shown.
        term = f"{key} {beyond}= {value} AND ({key} {beyond} {value} OR c.id {beyond} :after_id)"
        return [(q.sql(LIST_COLUMNS, [term]) + order, params)]
    same = q.sql(LIST_COLUMNS, [f"{plus}{key} = {value}", f"{plus}c.id {beyond} :after_id"])
    rest = q.sql(LIST_COLUMNS, [f"{plus}{key} {beyond} {value}"])
    return [(same + order, params), (rest + order, params)]


def list_cases(
    store: Store,
    flt: CaseFilter,
    sort: CaseSort,
    offset: int,
    limit: int,
    today: date,
    *,
    after: PageKey | None = None,
) -> list[dict[str, Any]]:
    """Up to `limit` cases in `sort` order: those after the row `after` (keyset paging: as
    quick on the last page as on the first), or from `offset` on (each row before it read)."""
    if after is not None and offset:
        raise ValueError("page after a key or from an offset, not both")
    rows: list[dict[str, Any]] = []
    for sql, params in _page_sql(store, flt, sort, today, after):
        more = {"limit": limit - len(rows), "offset": offset}
        rows += store.rows(f"{sql} LIMIT :limit OFFSET :offset", {**params, **more})
        if len(rows) >= limit:
            break
    return rows


def page_plan(
    store: Store, flt: CaseFilter, sort: CaseSort, today: date, after: PageKey | None = None
) -> list[str]:
    """SQLite's plan for a page of cases (EXPLAIN QUERY PLAN), for tests and benchmarks."""
    plan = []
    for sql, params in _page_sql(store, flt, sort, today, after):
        plan += [row[3] for row in store.execute(f"EXPLAIN QUERY PLAN {sql} LIMIT 200", params)]
    return plan


def count_plan(store: Store, flt: CaseFilter, today: date) -> list[str]:
    sql, params = _count_sql(store, flt, today)
    return [row[3] for row in store.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


def case_row(store: Store, case_id: int) -> dict[str, Any] | None:
    """One case as a list shows it (the start of a page that follows it)."""
    return store.row(f"SELECT {LIST_COLUMNS} FROM cases c WHERE c.id = :id", {"id": case_id})


def iter_cases(
    store: Store,
    flt: CaseFilter,
    sort: CaseSort,
    today: date,
    *,
    after: PageKey | None = None,
    offset: int = 0,
    limit: int | None = None,
    batch: int = 1000,
) -> Iterator[dict[str, Any]]:
    """Every case of the filter in `sort` order (or `limit` of them), read `batch` at a time
    by key, so that a caller can stream 100,000 cases without holding them."""
    left = limit
    while left is None or left > 0:
        size = batch if left is None else min(batch, left)
        rows = list_cases(store, flt, sort, offset, size, today, after=after)
        offset = 0
        yield from rows
        if len(rows) < size:
            return
        if left is not None:
            left -= len(rows)
        after = PageKey.of(rows[-1], sort)


def _count_sql(store: Store, flt: CaseFilter, today: date) -> tuple[str, dict[str, Any]]:
    match = text_query(store, flt.text)
    if match and CaseFilter(text=flt.text) == flt:
        # Every case has one row in the index and no other: count the matches alone.
        return store.sql.text_count, {"match": match}
    if flt.request_type and CaseFilter(request_type=flt.request_type) == flt:
        # A case asks for each right once (the same right twice is one request).
        return (
            "SELECT count(*) FROM requests WHERE type = :request_type",
            {"request_type": flt.request_type},
        )
    q = _query(store, flt, today, None)
    return ("SELECT 0", {}) if q.nothing else (q.sql("count(*)"), q.params)


def count_cases(store: Store, flt: CaseFilter, today: date) -> int:
    sql, params = _count_sql(store, flt, today)
    return int(store.scalar(sql, params))


def count_cases_by_status(store: Store) -> dict[str, int]:
    return {
        row["status"]: row["n"]
        for row in store.rows("SELECT status, count(*) AS n FROM cases GROUP BY status")
    }
