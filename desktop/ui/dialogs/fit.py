"""A dialog tall enough for its wrapped text: Qt sizes word-wrapped labels at their minimum."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def grow_to_fit(dialog: QDialog) -> None:
    """Tall enough for its wrapped text at its current width; never shrinks it."""
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)
