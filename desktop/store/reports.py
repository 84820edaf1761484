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
    """Cases received in the period: in all, by month, channel, company and language, and how
    many were extended. One grouped pass over the index, summed up per dimension here."""
    params = {"start": start, "end": end, "company": company}
    where = f"c.received BETWEEN :start AND :end{_where(company)}"
    groups = store.rows(
        "SELECT substr(c.received, 1, 7) AS month, c.channel, c.company_id, c.types, "
        f"count(*) AS n, sum(c.extended) AS extended FROM cases c WHERE {where} "
        "GROUP BY month, c.channel, c.company_id, c.types",
        params,
    )
    languages = store.rows(
        "SELECT r.language, count(*) AS n FROM cases c "
        f"JOIN requesters r{store.sql.indexed_by('requesters_language')} ON r.id = c.requester_id "
        f"WHERE {where} GROUP BY r.language ORDER BY r.language",
        params,
    )
    found: dict[str, Any] = {"total": 0, "extended": 0, "by_month": {}, "by_channel": {},
                             "by_company": {}, "by_type": {}}  # fmt: skip
    for group in groups:
        found["total"] += group["n"]
        found["extended"] += group["extended"] or 0
        for name, key in (("by_month", "month"), ("by_channel", "channel"),
                          ("by_company", "company_id")):  # fmt: skip
            found[name][group[key]] = found[name].get(group[key], 0) + group["n"]
        for kind in group["types"].split(", "):  # the case's request types, as listed
            found["by_type"][kind] = found["by_type"].get(kind, 0) + group["n"]
    for name in ("by_month", "by_channel", "by_company", "by_type"):
        found[name] = dict(sorted(found[name].items()))
    found["by_language"] = {r["language"]: r["n"] for r in languages}
    return found


def answered(store: Store, start: str, end: str, company: str | None) -> dict[str, Any]:
    """Cases answered (closed) in the period: on time against the deadline in force, within
    one month, within the extended period, and how many days each took (as counts per day)."""
    where = f"c.closed_at BETWEEN :start AND :end{_where(company)}"
    params = {"start": start, "end": end, "company": company}
    sql = store.sql
    groups = store.rows(
        f"SELECT {sql.days_between('c.closed_at', 'c.received')} AS days, count(*) AS n, "
        f"{sql.count_if('c.closed_at <= c.current_due')} AS on_time, "
        f"{sql.count_if('c.closed_at <= c.due')} AS within_one_month, "
        f"{sql.count_if('c.closed_at <= c.extended_due')} AS within_extended "
        f"FROM cases c WHERE {where} GROUP BY days",
        params,
    )
    found: dict[str, Any] = {"closed": 0, "on_time": 0, "within_one_month": 0,
                             "within_extended": 0, "days": {}}  # fmt: skip
    for group in groups:  # one pass: the sums per number of days, added up
        found["closed"] += group["n"]
        for name in ("on_time", "within_one_month", "within_extended"):
            found[name] += group[name] or 0
        found["days"][group["days"]] = group["n"]
    return found


def open_overdue(store: Store, end: str, company: str | None) -> int:
    """Cases received by `end`, not answered by then, whose deadline in force had passed; a case
    waiting for identification now is not counted (its clock stands still). Those still open
    come from the status index, those answered after `end` from the answered-day index."""
    params = {"end": end, "company": company}
    still_open = store.scalar(
        "SELECT count(*) FROM cases c WHERE c.status = 'open' AND c.current_due < :end "
        f"AND c.received <= :end{_where(company)}",
        params,
    )
    answered_later = store.scalar(
        "SELECT count(*) FROM cases c WHERE c.closed_at > :end AND c.received <= :end "
        f"AND c.current_due < :end{_where(company)}",
        params,
    )
    return still_open + answered_later


def backlog_by_age(store: Store, end: str, company: str | None) -> dict[str, int]:
    """Cases open at `end` by how long ago they arrived, in days."""
    rows = store.rows(
        "SELECT CASE WHEN age <= 30 THEN '0-30' WHEN age <= 60 THEN '31-60' "
        "WHEN age <= 90 THEN '61-90' ELSE '91+' END AS bucket, count(*) AS n FROM ("
        f"SELECT {store.sql.days_between(':end', 'c.received')} AS age FROM cases c "
        "WHERE c.received <= :end AND (c.closed_at IS NULL OR c.closed_at > :end)"
        f"{_where(company)}) AS aged GROUP BY bucket ORDER BY min(age)",
        {"end": end, "company": company},
    )
    return {r["bucket"]: r["n"] for r in rows}


def outcomes(store: Store, start: str, end: str, company: str | None) -> dict[str, dict[str, int]]:
    """Per request type, the outcomes of the requests answered in the period. CROSS JOIN keeps
    the period's cases first: the planner would otherwise walk every request."""
    found: dict[str, dict[str, int]] = {}
    for r in store.rows(
        f"SELECT q.type, q.outcome, count(*) AS n FROM cases c {store.sql.join_in_order} requests q "
        f"ON q.case_id = c.id WHERE c.closed_at BETWEEN :start AND :end{_where(company)} "
        "GROUP BY q.type, q.outcome",
        {"start": start, "end": end, "company": company},
    ):
        found.setdefault(r["type"], {})[r["outcome"] or "none"] = r["n"]
    return found


def became_overdue(store: Store, since: str, today: str) -> int:
    """Open cases whose deadline in force passed after `since` (a day they were still on
    time): what an officer who last looked on `since` has not seen overdue yet."""
    return store.scalar(
        "SELECT count(*) FROM cases WHERE status = 'open' "
        "AND current_due >= :since AND current_due < :today",
        {"since": since, "today": today},
    )


def checks_and_extensions(store: Store, start: str, end: str, company: str | None) -> dict:
    """Of the cases received in the period: those whose identity was checked, by the days
    their clocks stood still (0: still waiting), and the reasons most given for extensions."""
    params = {"start": start, "end": end, "company": company}
    received = f"c.received BETWEEN :start AND :end{_where(company)}"
    pauses = store.rows(
        "SELECT c.paused_days AS days, count(*) AS n FROM cases c "
        f"WHERE (c.paused_days > 0 OR c.status = 'awaiting-id') AND {received} "
        "GROUP BY c.paused_days",
        params,
    )
    reasons = store.rows(
        "SELECT trim(c.extension_reason) AS reason, count(*) AS n FROM cases c "
        f"WHERE {received} AND c.extended = 1 GROUP BY trim(c.extension_reason) "
        "ORDER BY n DESC, reason LIMIT 8",
        params,
    )
    return {
        "identity_pauses": {r["days"]: r["n"] for r in pauses},
        "extension_reasons": {r["reason"] or "": r["n"] for r in reasons},
    }


def blocked_and_notified(store: Store, start: str, end: str, company: str | None) -> dict:
    """Of the cases answered in the period: those answered with data blocked instead of
    erased, and their Art. 19 notices to recipients by state."""
    params = {"start": start, "end": end, "company": company}
    closed = f"c.closed_at BETWEEN :start AND :end{_where(company)}"
    blocked = store.scalar(
        f"SELECT count(*) FROM cases c WHERE {closed} "
        "AND EXISTS (SELECT 1 FROM blocked_data b WHERE b.case_id = c.id)",
        params,
    )
    notices = store.rows(
        f"SELECT n.status, count(*) AS n FROM cases c {store.sql.join_in_order} art19_notices n "
        f"ON n.case_id = c.id WHERE {closed} GROUP BY n.status ORDER BY n.status",
        params,
    )
    return {"blocked": blocked, "art19_notices": {r["status"]: r["n"] for r in notices}}


def suppressions_added(store: Store, start: str, end: str, company: str | None) -> dict[str, Any]:
    """Entries that took effect in the period in the suppression register, by month and by
    channel; for one company, those that came from its cases."""
    own = (
        " AND s.source_reference IN (SELECT reference FROM cases WHERE company_id = :company)"
        if company
        else ""
    )
    rows = store.rows(
        "SELECT substr(s.effective, 1, 7) AS month, s.channel, count(*) AS n "
        "FROM suppressions s WHERE s.effective BETWEEN :start AND :end"
        f"{own} GROUP BY month, s.channel",
        {"start": start, "end": end, "company": company},
    )
    months: dict[str, int] = {}
    channels: dict[str, int] = {}
    for r in rows:
        months[r["month"]] = months.get(r["month"], 0) + r["n"]
        channels[r["channel"]] = channels.get(r["channel"], 0) + r["n"]
    return {"total": sum(months.values()), "by_month": dict(sorted(months.items())),
            "by_channel": dict(sorted(channels.items()))}  # fmt: skip
