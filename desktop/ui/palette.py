"""The window's few colours, named for what they say; style.qss uses the same values."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from desktop.core.worklist import Urgency, urgency

INK = QColor("#1f2a37")  # ordinary text that must stand out (an open case's status)
OVERDUE = QColor("#b3261e")
SOON = QColor("#9a6700")
CALM = QColor("#1e6b3a")
MUTED = QColor("#6b6f76")
LINK = QColor("#1d4ed8")
SAMPLE_BACKGROUND = QColor("#fff4ce")  # a sample entry of a register: check before relying
SAMPLE_FOREGROUND = QColor("#7a5a00")

_URGENCY = {Urgency.OVERDUE: OVERDUE, Urgency.SOON: SOON, Urgency.CALM: CALM}


def days_left_colour(days: int) -> QColor:
    """Red when overdue, amber when due soon (the core's rule), green otherwise."""
    return _URGENCY[urgency(days)]


def set_text_colour(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.ButtonText, colour)
    widget.setPalette(palette)
