"""A case's deadline columns, written alike wherever a deadline is (re)computed."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.deadlines import Deadline


def deadline_fields(deadline: Deadline, extended: bool) -> dict[str, Any]:
    """The case's deadline columns for `deadline` (the extended one counts once extended)."""
    return {
        "due": deadline.due.isoformat(),
        "extended_due": deadline.extended_due.isoformat(),
        "current_due": (deadline.extended_due if extended else deadline.due).isoformat(),
        "deadline_explanation": deadline.explanation,
        "deadline_words": deadline_words(deadline),
    }


def deadline_words(deadline: Deadline) -> str:
    """The explanation's steps as data (JSON), for the window to show in its language."""
    return json.dumps([step.as_data() for step in deadline.words], ensure_ascii=False)
