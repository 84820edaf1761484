"""The core's explanations (core/explanations.py) in the window's language: each sentence
translated, its dates and weekdays in the window's locale. The sentences are marked here for
lupdate; a test keeps them equal to the core's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.core.explanations import Weekday, Words, from_data
from desktop.ui.text import nice_date

DEADLINE_SENTENCES = (
    QT_TRANSLATE_NOOP("Deadline", "Received %1 (%2);"),
    QT_TRANSLATE_NOOP("Deadline", "holidays of %1."),
    QT_TRANSLATE_NOOP(
        "Deadline",
        "Days equated to public holidays by decree (Algemene termijnenwet art. 3(3)) count only as entered in the company's calendar (%1).",
    ),
    QT_TRANSLATE_NOOP(
        "Deadline",
        "Days equated to public holidays by decree (Algemene termijnenwet art. 3(3)) count only once entered in the company's calendar; none is: the earlier date stands, deliberately.",
    ),
    QT_TRANSLATE_NOOP("Deadline", "One month after receipt: %1."),
    QT_TRANSLATE_NOOP(
        "Deadline", "One month after receipt: %1 (that month is shorter: its last day)."
    ),
    QT_TRANSLATE_NOOP("Deadline", "Three months after receipt: %1."),
    QT_TRANSLATE_NOOP(
        "Deadline", "Three months after receipt: %1 (that month is shorter: its last day)."
    ),
    QT_TRANSLATE_NOOP(
        "Deadline", "Plus %1 day paused while waiting for information (Art. 12(6)): %2."
    ),
    QT_TRANSLATE_NOOP(
        "Deadline", "Plus %1 days paused while waiting for information (Art. 12(6)): %2."
    ),
    QT_TRANSLATE_NOOP("Deadline", "%1 is a %2"),
    QT_TRANSLATE_NOOP("Deadline", "%1 is a public holiday (%2)"),
    QT_TRANSLATE_NOOP("Deadline", "%1, so the one-month deadline is %2."),
    QT_TRANSLATE_NOOP("Deadline", "%1, so the extended deadline is %2."),
    QT_TRANSLATE_NOOP("Deadline", "The one-month deadline is %1, a working day."),
    QT_TRANSLATE_NOOP("Deadline", "The extended deadline is %1, a working day."),
    QT_TRANSLATE_NOOP(
        "Deadline", "The extended deadline counts from receipt, not from the first deadline."
    ),
)


def explanation_text(steps: list[dict] | None, english: str = "") -> str:
    """A stored explanation (its steps as data) in the window's language; `english` for a
    case logged before the steps were kept."""
    if not steps:
        return english
    return " ".join(words_text(from_data(step)) for step in steps)


def words_text(words: Words) -> str:
    text = QCoreApplication.translate("Deadline", words.template)
    for number in range(len(words.values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", _value_text(words.values[number - 1]))
    return text


def _value_text(value: object) -> str:
    if isinstance(value, Weekday):
        return QLocale().dayName(value.day.isoweekday())
    if isinstance(value, date):
        return nice_date(value)
    if isinstance(value, tuple):
        return "; ".join(words_text(words) for words in value)
    return str(value)
