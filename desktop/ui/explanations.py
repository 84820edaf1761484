"""The core's explanations (core/explanations.py) in the window's language: each sentence
translated, its dates and weekdays in the window's locale. The sentences are marked here for
lupdate; a test keeps them equal to the core's."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.core.errors import filled
from desktop.core.explanations import Named, Weekday, Words, from_data
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
    QT_TRANSLATE_NOOP("Deadline", "day equated to a public holiday"),
)

ROUTING_SENTENCES = (
    QT_TRANSLATE_NOOP("Routing", "Chosen by the officer instead of %1: %2"),
    QT_TRANSLATE_NOOP("Routing", "Transferred by the officer to %1: %2"),
    QT_TRANSLATE_NOOP("Routing", "Rule 1: visiting the website is always handled by %1."),
    QT_TRANSLATE_NOOP(
        "Routing", "Rule 2: orders and service requests of consumers are always handled by %1."
    ),
    QT_TRANSLATE_NOOP(
        "Routing",
        'Rule 2: the statement (§%1) names "%2"; for a consumer that is %3, which handles every consumer\'s orders.',
    ),
    QT_TRANSLATE_NOOP(
        "Routing",
        "The contract documents name %1, but the customer is a consumer: rule 2 gives %2. Check whether the customer is a business.",
    ),
    QT_TRANSLATE_NOOP(
        "Routing", "Rule 3: the order or contract documents name %1; they are decisive."
    ),
    QT_TRANSLATE_NOOP(
        "Routing", "Rule 4: business customer; %1 is responsible for the delivery location (%2)."
    ),
    QT_TRANSLATE_NOOP("Routing", "Rule 5: %1 is responsible for the location (%2)."),
    QT_TRANSLATE_NOOP(
        "Routing",
        "No group company covers the delivery country %1; the location (%2) matches %3, which was chosen. Check the country.",
    ),
    QT_TRANSLATE_NOOP(
        "Routing",
        "The location (%1) lies with %2, but the delivery country %3 is covered by %4; the location decided. Check which is right.",
    ),
    QT_TRANSLATE_NOOP("Routing", "Rule 6: %1; %2 handles it."),
    QT_TRANSLATE_NOOP("Routing", "Check the responsible company: %1."),
    QT_TRANSLATE_NOOP("Routing", "no delivery location is known for this business customer"),
    QT_TRANSLATE_NOOP("Routing", "no group company covers the delivery location (%1)"),
    QT_TRANSLATE_NOOP("Routing", "the request names no location"),
    QT_TRANSLATE_NOOP("Routing", "no group company covers the location (%1)"),
)


_ROUTING = frozenset(ROUTING_SENTENCES)


def explanation_text(steps: list[dict] | None, english: str = "") -> str:
    """A stored explanation (its steps as data) in the window's language; `english` for a
    case logged before the steps were kept."""
    if not steps:
        return english
    return " ".join(words_text(from_data(step)) for step in steps)


def routing_text(words: dict | None, english: str | None, part: str = "reason") -> str:
    """The routing's reason (or `part="warning"`) in the window's language; `english` for a
    case logged before it was kept as data."""
    if not words:
        return english or ""
    data = words.get(part)
    return words_text(from_data(data)) if data else ""


def words_text(words: Words) -> str:
    context = "Routing" if words.template in _ROUTING else "Deadline"
    text = QCoreApplication.translate(context, words.template)
    return filled(text, tuple(_value_text(v) for v in words.values))


def _value_text(value: object) -> str:
    if isinstance(value, Weekday):
        return QLocale().dayName(value.day.isoweekday())
    if isinstance(value, Named):
        return value.in_language(QLocale().name().split("_")[0])
    if isinstance(value, date):
        return nice_date(value)
    if isinstance(value, tuple):
        return "; ".join(words_text(words) for words in value)
    return str(value)
