"""Marking fields a service refused: the red border of style.qss, keyed on a dynamic property."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class InvalidMarks:
    """The widgets marked invalid in one form, so they can all be cleared at the next try."""

    def __init__(self) -> None:
        self.marked: list[QWidget] = []

    def mark(self, widget: QWidget) -> None:
        _set(widget, True)
        self.marked.append(widget)

    def clear(self) -> None:
        for widget in self.marked:
            _set(widget, False)
        self.marked.clear()


def _set(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)  # re-read the stylesheet so the border changes
    widget.style().polish(widget)
