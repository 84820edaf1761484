"""The legal received date of a message: the day it arrived where the company receives it."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The seat's time zone by the calendar country of a group company (EU/EEA, CH, GB).
_ZONES = {
    "AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "CH": "Europe/Zurich",
    "CY": "Asia/Nicosia", "CZ": "Europe/Prague", "DE": "Europe/Berlin", "DK": "Europe/Copenhagen",
    "EE": "Europe/Tallinn", "ES": "Europe/Madrid", "FI": "Europe/Helsinki", "FR": "Europe/Paris",
    "GB": "Europe/London", "GR": "Europe/Athens", "HR": "Europe/Zagreb", "HU": "Europe/Budapest",
    "IE": "Europe/Dublin", "IS": "Atlantic/Reykjavik", "IT": "Europe/Rome", "LI": "Europe/Vaduz",
    "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "LV": "Europe/Riga", "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam", "NO": "Europe/Oslo", "PL": "Europe/Warsaw", "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest", "SE": "Europe/Stockholm", "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava",
}  # fmt: skip
GROUP_ZONE = "Europe/Berlin"  # Hoffmann SE, Munich: the company rules 1, 2 and 6 lead to


def time_zone_of(country: str) -> str:
    """The time zone of a company whose calendar is `country`'s; Munich's when unknown."""
    return _ZONES.get((country or "").upper(), GROUP_ZONE)


def received_on(moment: datetime.datetime, zone: str) -> datetime.date:
    """The calendar date of `moment` in `zone` (DOMAIN.md §3.1: the day it reached the company)."""
    return local_time(moment, zone).date()


def local_time(moment: datetime.datetime, zone: str) -> datetime.datetime:
    """`moment` on the clocks of `zone` (Munich's if unknown); a naive moment is UTC, as RFC
    5322 "-0000" says."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    try:
        where = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        where = ZoneInfo(GROUP_ZONE)
    return moment.astimezone(where)
