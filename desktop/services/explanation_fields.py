"""A case's explanation columns (deadline, routing), written alike wherever they are made:
the English text, and the same as data for the window's language."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.deadlines import Deadline
from desktop.core.explanations import Words
from desktop.core.routing import Routing


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


def routing_fields(routing: Routing) -> dict[str, Any]:
    """The case's routing columns: why this company answers, and what to check."""
    return {
        "routing_rule": routing.rule,
        "routing_reason": routing.reason,
        "routing_warning": routing.warning,
        "routing_words": routing_words(routing.reason_words, routing.warning_words),
    }


def routing_words(reason: Words | None, warning: Words | None = None) -> str | None:
    if reason is None:
        return None
    data = {"reason": reason.as_data(), "warning": warning.as_data() if warning else None}
    return json.dumps(data, ensure_ascii=False)
