"""What a command prints: one answer, or rows written out as the store yields them."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TextIO


@dataclass
class Rows:
    """Rows that are written while they are read, so 100,000 cases are never held at once."""

    rows: Iterable[dict[str, Any]]
    as_json: Callable[[dict[str, Any]], Any]
    as_line: Callable[[dict[str, Any]], str]
    none: str  # the text when there is no row


def emit(data: Any, text: str, *, as_json: bool, lines: bool = False, out: TextIO | None = None):  # noqa: ANN201
    """JSON (an array, or one object a line with `lines`) or the text for people."""
    out = out or sys.stdout
    if not isinstance(data, Rows):
        out.write((_dump(data, indent=2) if as_json else text) + "\n")
        return
    count = 0
    for row in data.rows:
        if lines:
            out.write(_dump(data.as_json(row)) + "\n")
        elif as_json:
            item = _dump(data.as_json(row), indent=2).replace("\n", "\n  ")
            out.write(("[\n  " if count == 0 else ",\n  ") + item)
        else:
            out.write(data.as_line(row) + "\n")
        count += 1
    if as_json and not lines:
        out.write("\n]\n" if count else "[]\n")
    elif not count and not lines:
        out.write(data.none + "\n")


def _dump(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, default=str)
