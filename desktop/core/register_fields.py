"""Reading an entry of a register file (a JSON object): each value checked, errors name the field."""

from __future__ import annotations

from typing import Any

from desktop.core.errors import ValidationError


def required_text(entry: dict[str, Any], key: str, parent: str) -> str:
    """The text at `key`, stripped; "is required" for `parent.key` when missing, blank or not text."""
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{parent}.{key}", "is required")
    return value.strip()
