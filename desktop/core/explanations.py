"""Explanations as data: an English sentence with its values apart (dates, weekdays, numbers,
names, holidays' names in several languages), so the command line prints it in English and
the window in the officer's language.

A template's %1, %2 … take the values in order. Stored as plain data (`as_data`), read back
with `from_data`; `english()` gives the words the program has always printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core.errors import filled


@dataclass(frozen=True)
class Weekday:
    """The day of the week of `day` ("Saturday"), named in the reader's language."""

    day: date


@dataclass(frozen=True)
class Named:
    """A proper name with its renderings, as (language, name): English first, then the
    name's own language, then others ("Christmas Day", "Erster Weihnachtstag")."""

    names: tuple[tuple[str, str], ...]

    def english(self) -> str:
        return self.names[0][1]

    def in_language(self, language: str) -> str:
        """In `language` where known, else in the name's own language, else in English."""
        found = dict(self.names)
        if language in found:
            return found[language]
        return self.names[min(1, len(self.names) - 1)][1]


@dataclass(frozen=True)
class Words:
    template: str
    values: tuple[Any, ...] = ()

    def english(self) -> str:
        return filled(self.template, tuple(english_value(v) for v in self.values))

    def as_data(self) -> dict[str, Any]:
        return {"t": self.template, "v": [_value_data(v) for v in self.values]}


def english_value(value: object) -> str:
    if isinstance(value, Weekday):
        return value.day.strftime("%A")
    if isinstance(value, Named):
        return value.english()
    if isinstance(value, date):
        return f"{value.day} {value.strftime('%b')} {value.year}"
    if isinstance(value, tuple):
        return "; ".join(words.english() for words in value)
    return str(value)


def from_data(data: dict[str, Any]) -> Words:
    return Words(str(data["t"]), tuple(_value(v) for v in data.get("v", ())))


def _value_data(value: object) -> dict[str, Any]:
    if isinstance(value, Weekday):
        return {"weekday": value.day.isoformat()}
    if isinstance(value, Named):
        return {"named": [list(pair) for pair in value.names]}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, tuple):
        return {"words": [words.as_data() for words in value]}
    if isinstance(value, int):
        return {"n": value}
    return {"text": str(value)}


def _value(data: dict[str, Any]) -> object:
    kind, raw = next(iter(data.items()))
    if kind == "weekday":
        return Weekday(date.fromisoformat(raw))
    if kind == "date":
        return date.fromisoformat(raw)
    if kind == "words":
        return tuple(from_data(item) for item in raw)
    if kind == "named":
        return Named(tuple((str(language), str(name)) for language, name in raw))
    if kind == "n":
        return int(raw)
    return str(raw)
