"""The one date field of the window: shown as "20 Nov 2026", typed any common way."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from desktop.ui.text import day_format, qdate

# What officers type: 20.11.2026 (nl, de), 2026-11-20 (ISO), 20/11/2026, 20-11-2026, 20 Nov 2026.
_TYPED_FORMATS = (
    "d MMM yyyy", "d MMMM yyyy", "d.M.yyyy", "d-M-yyyy", "d/M/yyyy", "yyyy-M-d", "d.M.yy",
)  # fmt: skip
_TYPING = re.compile(r"^[\w .,/-]*$")


class DateEdit(QDateEdit):
    """A QDateEdit that accepts a whole typed date in any common form, and whose calendar
    opens on a useful month (`calendar_month`) when it shows no date yet."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_format())
        self.calendarWidget().setMinimumSize(300, 230)  # never clipped: six weeks and the header
        self.calendarWidget().setGridVisible(False)
        if day is not None:
            self.setDate(qdate(day))
        self.typed_wrong = ""  # text typed that is no date, until a date is chosen or typed
        self.dateChanged.connect(self._forget_wrong_text)

    def _forget_wrong_text(self) -> None:
        self.typed_wrong = ""

    def limit_calendar(self, earliest: date | None = None, latest: date | None = None) -> None:
        """The days the calendar offers. A typed day outside them is kept as typed: the service
        names what is wrong with it under the field, where a clamped date would hide it."""
        if earliest is not None:
            self.calendarWidget().setMinimumDate(qdate(earliest))
        if latest is not None:
            self.calendarWidget().setMaximumDate(qdate(latest))

    def calendar_month(self, day: date) -> None:
        """The month the calendar shows while the field holds no date (its special value)."""
        if self.date() == self.minimumDate() and self.specialValueText():
            self.calendarWidget().setCurrentPage(day.year, day.month)

    # -- typing ------------------------------------------------------------------------------------
    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        # Qt puts the last date back when the text is no date at all ("31.02.2026"): remember
        # what was typed, so that the form can say so instead of saving the old date.
        text = " ".join(self.lineEdit().text().split())
        wrong = bool(text) and text != self.specialValueText() and not _parse(text).isValid()
        super().focusOutEvent(event)
        self.typed_wrong = text if wrong else ""

    def validate(self, text: str, pos: int) -> object:  # noqa: D102
        if _parse(text).isValid():
            return QValidator.State.Acceptable, text, pos
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        if _TYPING.match(text):  # half typed: let the officer go on
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802
        parsed = _parse(text)
        if parsed.isValid():
            return QDateTime(parsed, QTime(0, 0))
        return super().dateTimeFromText(text)

    def fixup(self, text: str) -> str:
        parsed = _parse(text)
        return QLocale().toString(parsed, day_format()) if parsed.isValid() else text


def _parse(text: str) -> QDate:
    text = " ".join(text.replace(",", " ").split())
    for locale in (QLocale(QLocale.Language.English), QLocale()):
        for pattern in (day_format(), *_TYPED_FORMATS):
            parsed = locale.toDate(text, pattern)
            if parsed.isValid():
                if pattern.endswith("yy") and not pattern.endswith("yyyy"):
                    parsed = parsed.addYears(100) if parsed.year() < 1950 else parsed
                return parsed
    return QDate()
