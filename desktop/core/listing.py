"""What the officer asks of the case list: filters and sort order (turned into SQL by the store)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class SortKey(Enum):
    REFERENCE = "reference"
    REQUESTER = "requester"
    TYPES = "types"
    CHANNEL = "channel"
    COMPANY = "company"
    RECEIVED = "received"
    DUE = "due"
    STATUS = "status"


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


@dataclass(frozen=True)
class CaseSort:
    key: SortKey = SortKey.DUE
    descending: bool = False


@dataclass(frozen=True)
class PageRequest:
    offset: int = 0
    limit: int = 200
    today: date | None = None
