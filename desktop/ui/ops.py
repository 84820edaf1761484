"""Background work in one place: run a call off the UI thread, deliver the result on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
        except Exception as exc:  # delivered to the UI thread, shown as a message there
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


_running: set[_Relay] = set()  # keep relays alive until they have delivered


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """`work` runs on a pool thread; `on_done`/`on_error` run on the UI thread afterwards.

    `work` must not touch the store: its connection belongs to the UI thread.
    """
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
