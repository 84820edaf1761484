"""Marking fields a service refused: the red border of style.qss, and the error line under one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def error_label() -> QLabel:
    """The red line that says what is wrong (style.qss: #fieldError); hidden until it does."""
    return QLabel(objectName="fieldError", wordWrap=True, visible=False)


class InvalidMarks:
    """The widgets marked invalid in one form, so they can all be cleared at the next try."""

    def __init__(self) -> None:
        self.marked: list[QWidget] = []
        self._messages: list[QLabel] = []

    def mark(self, widget: QWidget, label: QLabel | None = None, message: str = "") -> None:
        """Red border on `widget`; `message` shown in `label` (the line under the field)."""
        _set(widget, True)
        self.marked.append(widget)
        if label is not None:
            label.setText(message)
            label.show()
            self._messages.append(label)

    def clear(self) -> None:
        for widget in self.marked:
            _set(widget, False)
        self.marked.clear()
        for label in self._messages:
            label.clear()
            label.hide()
        self._messages.clear()


def _set(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)  # re-read the stylesheet so the border changes
    widget.style().polish(widget)
