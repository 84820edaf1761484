"""What the officer asks of the case list: filters and sort order (turned into SQL by the store)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from desktop.core.reports import ReportSlice


class SortKey(Enum):
    REFERENCE = "reference"
    REQUESTER = "requester"
    TYPES = "types"
    CHANNEL = "channel"
    COMPANY = "company"
    RECEIVED = "received"
    DUE = "due"
    STATUS = "status"


# The field of a listed case each sort key orders by (ties are ordered by the case id).
SORT_FIELDS: dict[SortKey, str] = {
    SortKey.REFERENCE: "reference",
    SortKey.REQUESTER: "requester_name",
    SortKey.TYPES: "types",
    SortKey.CHANNEL: "channel",
    SortKey.COMPANY: "company_name",
    SortKey.RECEIVED: "received",
    SortKey.DUE: "current_due",
    SortKey.STATUS: "status",
}


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None  # a CaseStatus value, or "active" for every case not closed
    request_type: str | None = None
    channel: str | None = None
    company_id: str | None = None
    overdue: bool = False
    due_within_days: int | None = None
    extended: bool | None = None
    text: str = ""  # full-text search, as typed
    report: ReportSlice | None = None  # the cases behind a report's figure
    assigned_to: str | None = None  # an officer's login; "" for the cases assigned to nobody


@dataclass(frozen=True)
class CaseSort:
    key: SortKey = SortKey.DUE
    descending: bool = False


@dataclass(frozen=True)
class PageKey:
    """Where the next page of a list starts: the sort value and the id of the last row shown.

    Paging by key costs the same on the 500th page as on the first; paging by offset makes
    the store step over every row before it.
    """

    value: str
    id: int

    @classmethod
    def of(cls, row: Mapping[str, Any], sort: CaseSort) -> PageKey:
        """The key of a listed case's row (as `CaseQueries.page` and `page_after` return it)."""
        return cls(row[SORT_FIELDS[sort.key]], int(row["id"]))


@dataclass(frozen=True)
class PageRequest:
    offset: int = 0
    limit: int = 200
    today: date | None = None
