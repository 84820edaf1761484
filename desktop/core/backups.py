"""Which backups to keep, and how they are named: plain Python, no files touched here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

DAILY, WEEKLY, MONTHLY = (
    7,
    4,
    12,
)  # the newest backup of each of the last 7 days, 4 weeks, 12 months
_STAMP = re.compile(r"^-(\d{4}-\d{2}-\d{2}T\d{6})\.sqlite$")


def backup_name(store: str, moment: datetime) -> str:
    """`store` is the store file's stem: two stores may share a backup folder."""
    return f"{store}-{moment.strftime('%Y-%m-%dT%H%M%S')}.sqlite"


def made_at(name: str, store: str) -> datetime | None:
    """When a backup of `store` of this name was made; None for any other file."""
    if not name.startswith(store):
        return None
    match = _STAMP.match(name[len(store) :])
    return datetime.strptime(match.group(1), "%Y-%m-%dT%H%M%S") if match else None


def to_keep(moments: Iterable[datetime]) -> set[datetime]:
    """Grandfather-father-son: the newest backup of each of the last DAILY days, WEEKLY ISO
    weeks and MONTHLY months that have one; the newest of all is always kept."""
    newest_first = sorted(set(moments), reverse=True)
    keep: set[datetime] = set(newest_first[:1])
    for count, period in (
        (DAILY, lambda m: m.date()),
        (WEEKLY, lambda m: m.isocalendar()[:2]),
        (MONTHLY, lambda m: (m.year, m.month)),
    ):
        seen: set[object] = set()
        for moment in newest_first:
            key = period(moment)
            if key not in seen and len(seen) < count:
                seen.add(key)
                keep.add(moment)
    return keep
