"""The cases behind a report's figure, as terms on `cases c` for the case list: each the same
test store/reports.py counts with, so a figure and its list agree case for case."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from desktop.core.reports import AGE_BANDS, ReportSlice
from desktop.store.dialects import Dialect

_RECEIVED = "c.received BETWEEN :r_start AND :r_end"
_CLOSED = "c.closed_at BETWEEN :r_start AND :r_end"
_OPEN_AT_END = "c.received <= :r_end AND (c.closed_at IS NULL OR c.closed_at > :r_end)"
_HAS_TYPE = "{has_type}"

# Figure -> its terms. Terms on columns other than the period's carry {p}, SQLite's unary `+`:
# a figure's list walks the index of the list's sort (or, for a count, the period's), never
# one they choose. The server plans alone ({p} is nothing there).
_TERMS: dict[str, tuple[str, ...]] = {
    "received": (_RECEIVED,),
    "extended": (_RECEIVED, "{p}c.extended = 1"),
    "identity_checked": (_RECEIVED, "({p}c.paused_days > 0 OR {p}c.status = 'awaiting-id')"),
    "by_month": (_RECEIVED, "substr(c.received, 1, 7) = :r_key"),
    "by_channel": (_RECEIVED, "{p}c.channel = :r_key"),
    "by_company": (_RECEIVED, "{p}c.company_id = :r_key"),
    "by_language": (
        _RECEIVED,
        "{p}c.requester_id IN (SELECT id FROM requesters WHERE language = :r_key)",
    ),
    "by_type": (_RECEIVED, _HAS_TYPE),
    "closed": (_CLOSED,),
    "on_time": (_CLOSED, "c.closed_at <= c.current_due"),
    "late": (_CLOSED, "NOT coalesce(c.closed_at <= c.current_due, FALSE)"),
    "within_one_month": (_CLOSED, "c.closed_at <= c.due"),
    "within_extended": (_CLOSED, "c.closed_at <= c.extended_due"),
    "outcome": (
        _CLOSED,
        "{p}c.id IN (SELECT case_id FROM requests WHERE type = :r_type "
        "AND coalesce(outcome, 'none') = :r_outcome)",
    ),
    "blocked": (_CLOSED, "{p}c.id IN (SELECT case_id FROM blocked_data)"),
    "open_overdue": (
        "c.received <= :r_end",
        "c.current_due < :r_end",
        "({p}c.status = 'open' OR c.closed_at > :r_end)",
    ),
    "backlog_by_age": (_OPEN_AT_END, "c.received BETWEEN :r_oldest AND :r_newest"),
}


def slice_terms(part: ReportSlice, sql: Dialect) -> tuple[list[str], dict[str, Any]]:
    """The terms that pick the cases behind `part`, and their parameters."""
    pieces = {
        "p": sql.steer(""),
        "has_type": sql.contains("', ' || c.types || ','", "', ' || :r_key || ','"),
    }
    terms = [term.format(**pieces) for term in _TERMS[part.figure]]
    params: dict[str, Any] = {
        "r_start": part.start.isoformat(),
        "r_end": part.end.isoformat(),
        "r_key": part.key,
    }
    if part.company:
        terms.append(f"{pieces['p']}c.company_id = :r_company")
        params["r_company"] = part.company
    if part.figure == "outcome":
        params["r_type"], _, params["r_outcome"] = part.key.partition("/")
    if part.figure == "backlog_by_age":
        youngest, oldest = AGE_BANDS[part.key]
        far = part.end - timedelta(days=oldest) if oldest is not None else None
        params["r_oldest"] = far.isoformat() if far else "0000-00-00"
        params["r_newest"] = (part.end - timedelta(days=youngest)).isoformat()
    return terms, params
