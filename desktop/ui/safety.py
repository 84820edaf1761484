"""The window's guards: a PySide6 build that leaks None is refused, and no error ends unseen."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from desktop.core.errors import StoreError, ValidationError
from desktop.ui.refusals import refusal_text

LEAK_MESSAGE = (
    "This PySide6 build releases a reference to None on every Qt call (PySide6 6.12 on "
    "Python 3.11); the window would abort with 'none_dealloc' after a while. Reinstall with "
    "'make clean run', which picks Python 3.12+ or PySide6 6.11 (see the README)."
)


def leaky_none_refcount(calls: int = 200) -> bool:
    """True when void Qt calls lower None's reference count (the none_dealloc fault).

    Python 3.12+ makes None immortal (its count never moves); 3.11 with a sound build
    drifts by a handful at most.
    """
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(calls):
        label.setToolTip("")
    drift = before - sys.getrefcount(None)
    label.deleteLater()
    return drift > calls // 2


def error_log_path(folder: Path) -> Path:
    return folder / "privacydesk-errors.log"


def _rotate(log: Path, keep: int = 2, limit: int = 1_000_000) -> None:
    """Start a new log when the old one passed `limit` bytes, keeping `keep` older ones
    (`.1` the newest). Done at start: a session does not write a megabyte of errors."""
    if not log.exists() or log.stat().st_size < limit:
        return
    for n in range(keep, 1, -1):
        older = log.with_name(f"{log.name}.{n - 1}")
        if older.exists():
            os.replace(older, log.with_name(f"{log.name}.{n}"))
    os.replace(log, log.with_name(f"{log.name}.1"))


def install_error_handler(folder: Path, show: Callable[[str], None]) -> logging.Logger:
    """Anything unexpected becomes a message on screen and a log line without personal data.

    The log keeps the exception's type and the code's places (file, line, function), never
    the exception's text or values, which may quote a name or an address.
    """
    logger = logging.getLogger("privacydesk.errors")
    if not logger.handlers:
        folder.mkdir(parents=True, exist_ok=True)
        _rotate(error_log_path(folder))
        handler = logging.FileHandler(error_log_path(folder), encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        error_log_path(folder).chmod(0o600)

    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, StoreError | ValidationError):
            text = refusal_text(exc) if isinstance(exc, ValidationError) else str(exc)
            logger.info("%s reached the window: %s", kind.__name__, _places(tb))
            show(text[:1].upper() + text[1:])
            return
        logger.error("unexpected %s at %s", kind.__name__, _places(tb))
        show(
            f"Something went wrong inside Privacy Desk ({kind.__name__}). A change that was "
            "being saved was not saved in part: it was saved whole or not at all. Please look "
            f"at the case again. Details for support are in {error_log_path(folder)}."
        )

    sys.excepthook = handle
    return logger


def _places(tb: TracebackType | None) -> str:
    return " < ".join(
        f"{Path(frame.filename).name}:{frame.lineno}:{frame.name}"
        for frame in reversed(traceback.extract_tb(tb))
    )


class MainThreadGarbageCollector:
    """Python's cycle collector runs only on the UI thread, every few seconds.

    Why: the collector runs in whichever thread happens to allocate. Run in a background
    job's thread, it may free a widget caught in a reference cycle (a slot that refers to
    its own window) and so delete a Qt object off the UI thread: a segmentation fault seen
    here. Anki's window does the same for the same reason.
    """

    def __init__(self, interval_ms: int = 5_000) -> None:
        gc.disable()
        self.timer = QTimer(interval=interval_ms, timeout=self.collect)
        self.timer.start()

    @staticmethod
    def collect() -> int:
        return gc.collect()
