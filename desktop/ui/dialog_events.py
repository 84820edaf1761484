"""The signal every file and print dialog sends when it closes (see ui/files.py for why).

A module of its own so that the window can listen from its first paint without loading the
dialogs themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _DialogEvents(QObject):
    closed = Signal()  # a file or print dialog closed: locks on the store may be gone


dialog_events = _DialogEvents()
