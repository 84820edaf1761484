"""A refusal of the core or the services in the window's language: its template translated
(ui/refusal_words.py marks them for lupdate), its dates as the window writes dates. A refusal
worded before templates existed, or one the catalogue lacks, reads as the services word it."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import ValidationError, filled
from desktop.core.requests import RequestType
from desktop.ui.text import nice_date, nice_moment, type_label


def refusal_text(refusal: ValidationError) -> str:
    """What is wrong, as the window says it (the field's caption is the caller's)."""
    text = QCoreApplication.translate("Refusals", refusal.template)
    return filled(text, tuple(_value_text(v) for v in refusal.values))


def _value_text(value: object) -> str:
    if isinstance(value, datetime):
        return nice_moment(value)
    if isinstance(value, date):
        return nice_date(value)
    if isinstance(value, str) and value in _REQUEST_TYPES:  # "the erasure request …"
        return type_label(value)
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):  # a day as the store keeps it
        try:
            return nice_date(value)
        except ValueError:  # "2026-02-31", the very mistake the refusal names
            return value
    return str(value)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_REQUEST_TYPES = frozenset(kind.value for kind in RequestType)
