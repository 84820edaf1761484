"""The reports' questions in SQL: counts over a period, grouped in the store, never case by case.

A period is [start, end], both ISO days. `company` narrows every figure to one company's cases.
"""

from __future__ import annotations

from typing import Any

from desktop.store.db import Store

_COMPANY = " AND c.company_id = :company"


def _where(company: str | None) -> str:
    return _COMPANY if company else ""


def received(store: Store, start: str, end: str, company: str | None) -> dict[str, Any]:
    """Cases received in the period: in all, and by month, channel, company, language."""
    where = f"c.received BETWEEN :start AND :end{_where(company)}"
    params = {"start": start, "end": end, "company": company}

    def grouped(key: str, join: str = "") -> dict[str, int]:
        rows = store.rows(
            f"SELECT {key} AS k, count(*) AS n FROM cases c {join} WHERE {where} "
            "GROUP BY k ORDER BY k",
            params,
        )
        return {str(r["k"]): r["n"] for r in rows}

    return {
        "total": store.scalar(f"SELECT count(*) FROM cases c WHERE {where}", params),
        "by_month": grouped("substr(c.received, 1, 7)"),
        "by_channel": grouped("c.channel"),
        "by_company": grouped("c.company_id"),
        "by_language": grouped("r.language", "JOIN requesters r ON r.id = c.requester_id"),
        "extended": store.scalar(
            f"SELECT count(*) FROM cases c WHERE {where} AND c.extended = 1", params
        ),
    }


def answered(store: Store, start: str, end: str, company: str | None) -> dict[str, Any]:
    """Cases answered (closed) in the period: on time against the deadline in force, within
    one month, within the extended period, and how many days each took (as counts per day)."""
    where = f"c.closed_at BETWEEN :start AND :end{_where(company)}"
    params = {"start": start, "end": end, "company": company}
    row = store.row(
        "SELECT count(*) AS closed, "
        "coalesce(sum(c.closed_at <= c.current_due), 0) AS on_time, "
        "coalesce(sum(c.closed_at <= c.due), 0) AS within_one_month, "
        "coalesce(sum(c.closed_at <= c.extended_due), 0) AS within_extended "
        f"FROM cases c WHERE {where}",
        params,
    )
    days = store.rows(
        "SELECT CAST(julianday(c.closed_at) - julianday(c.received) AS INTEGER) AS days, "
        f"count(*) AS n FROM cases c WHERE {where} GROUP BY days",
        params,
    )
    return {**dict(row), "days": {r["days"]: r["n"] for r in days}}


def open_overdue(store: Store, end: str, company: str | None) -> int:
    """Cases received by `end`, not answered by then, whose deadline in force had passed; a case
    waiting for identification is not overdue (its clock stands still)."""
    return store.scalar(
        "SELECT count(*) FROM cases c WHERE c.received <= :end "
        "AND (c.closed_at IS NULL OR c.closed_at > :end) AND c.current_due < :end "
        f"AND c.status != 'awaiting-id'{_where(company)}",
        {"end": end, "company": company},
    )


def backlog_by_age(store: Store, end: str, company: str | None) -> dict[str, int]:
    """Cases open at `end` by how long ago they arrived, in days."""
    rows = store.rows(
        "SELECT CASE WHEN age <= 30 THEN '0-30' WHEN age <= 60 THEN '31-60' "
        "WHEN age <= 90 THEN '61-90' ELSE '91+' END AS bucket, count(*) AS n FROM ("
        "SELECT CAST(julianday(:end) - julianday(c.received) AS INTEGER) AS age FROM cases c "
        "WHERE c.received <= :end AND (c.closed_at IS NULL OR c.closed_at > :end)"
        f"{_where(company)}) GROUP BY bucket ORDER BY min(age)",
        {"end": end, "company": company},
    )
    return {r["bucket"]: r["n"] for r in rows}


def by_type(store: Store, start: str, end: str, company: str | None) -> dict[str, dict[str, Any]]:
    """Per request type: received in the period, and the outcomes of those answered in it."""
    params = {"start": start, "end": end, "company": company}
    found: dict[str, dict[str, Any]] = {}
    for r in store.rows(
        "SELECT q.type, count(*) AS n FROM requests q JOIN cases c ON c.id = q.case_id "
        f"WHERE c.received BETWEEN :start AND :end{_where(company)} GROUP BY q.type",
        params,
    ):
        found.setdefault(r["type"], {"received": 0, "outcomes": {}})["received"] = r["n"]
    for r in store.rows(
        "SELECT q.type, q.outcome, count(*) AS n FROM requests q JOIN cases c ON c.id = q.case_id "
        f"WHERE c.closed_at BETWEEN :start AND :end{_where(company)} GROUP BY q.type, q.outcome",
        params,
    ):
        entry = found.setdefault(r["type"], {"received": 0, "outcomes": {}})
        entry["outcomes"][r["outcome"] or "none"] = r["n"]
    return dict(sorted(found.items()))
