"""The base of every closed list an officer picks from or types (types, channels, outcomes)."""

from __future__ import annotations

from enum import Enum
from typing import Self


class Choice(Enum):
    """`parse()` forgives case, spaces and underscores, and names the choices when it fails.

    A subclass says what one of it is called in `__noun__` (a dunder: not a member).
    """

    @classmethod
    def parse(cls, text: str) -> Self:
        try:
            return cls(text.strip().lower().replace("_", "-").replace(" ", "-"))
        except ValueError:
            names = ", ".join(str(m.value) for m in cls)
            noun = getattr(cls, "__noun__", "value")
            raise ValueError(f"unknown {noun}; use one of {names}") from None
