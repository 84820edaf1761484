"""Background work, after Anki's CollectionOp and QueryOp.

An op runs a service call on a pool thread with a connection of its own to the same store
(a connection belongs to the thread that opened it), delivers the result on the UI thread,
and sends every failure to the one error sink (`sys.excepthook`, see ui/safety.py). After a
change the op sends a `ChangeNote`, so that each screen reloads only what the change touched.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.errors import StoreError, ValidationError
from desktop.services.changes import ChangeNote
from desktop.services.desk import Services

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

T = TypeVar("T")


class ChangeHub(QObject):
    """The window's one channel for "this changed": pages and case files listen to it."""

    changed = Signal(object)  # a ChangeNote

    def notify(self, note: ChangeNote) -> None:
        self.changed.emit(note)


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # delivered to the UI thread, reported there
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


_running: set[_Relay] = set()  # keep relays alive until they have delivered


def report(exc: BaseException) -> None:
    """The one error sink: a message on screen and a log line without personal data."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] = report,
) -> None:
    """`work` runs on a pool thread and must not touch the UI's store connection."""
    relay = _Relay()
    _running.add(relay)

    def done(result: object) -> None:
        _running.discard(relay)
        on_done(result)

    def failed(exc: object) -> None:
        _running.discard(relay)
        on_error(exc)  # type: ignore[arg-type]

    relay.finished.connect(done)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, relay))


class Ops:
    """Runs service calls off the UI thread for one window; pages receive this, not the store."""

    def __init__(self, services: Services, hub: ChangeHub) -> None:
        self._services = services
        self.hub = hub

    def run(
        self,
        work: Callable[[Services], T],
        on_done: Callable[[T], None],
        *,
        changes: ChangeNote | None = None,
        parent: QWidget | None = None,
        progress: str = "",
        on_failure: Callable[[ValidationError | StoreError], None] | None = None,
        writes: bool = False,
    ) -> None:
        """`work` gets services on a connection of its own. A `progress` text shows a busy
        dialog over `parent` while it runs (after half a second, as Qt does); a `parent`
        closed meanwhile gets nothing delivered."""
        busy = _busy(parent, progress) if progress else None

        def gone() -> bool:
            return parent is not None and not shiboken6.isValid(parent)

        def in_background() -> T:
            with self._services.another_connection() as services:
                return work(services)

        def done(result: T) -> None:
            if gone():
                return
            if busy is not None:
                busy.close()
            if writes or changes is not None:  # the store poll will see it: ours, not news
                self._services.own_commit_done()
            if changes is not None:
                self.hub.notify(changes)
            on_done(result)

        def failed(exc: Exception) -> None:
            if gone():
                return
            if busy is not None:
                busy.close()
            if on_failure is not None and isinstance(exc, ValidationError | StoreError):
                on_failure(exc)
            else:
                report(exc)

        run_in_background(in_background, done, failed)


def _busy(parent: QWidget | None, text: str) -> QProgressDialog:
    from PySide6.QtCore import Qt  # loaded when first needed: not on the start-up path
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # a transaction is never cut in half
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    return dialog
