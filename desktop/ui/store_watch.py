"""What the window does to keep its store current and safe: it polls for changes made
elsewhere, checkpoints the -wal often, takes its locks back after a file dialog, and says when
another window has the same store open."""

from __future__ import annotations

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, QTimer, Signal

from desktop.core.errors import StoreError
from desktop.services.changes import ChangeNote
from desktop.services.desk import Services
from desktop.ui.dialog_events import dialog_events

POLL_MS = 1_500  # PRAGMA data_version is a read of a page in memory: polling costs nothing
GATHER_MS = 150  # a server's notices of one burst of changes make one refresh
CHECKPOINT_MS = 60_000  # committed work moves into the store file often, not only on quit


class StoreWatch(QObject):
    changed = Signal(object)  # a ChangeNote: what another window or program may have changed
    problem = Signal(str)  # the store could not be taken back after a file dialog

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._listening = True
        dialog_events.closed.connect(self._on_file_dialog_closed)
        services.changed_elsewhere()  # the baseline
        self.poll_timer = QTimer(self, interval=POLL_MS, timeout=self.poll)
        self.poll_timer.start()
        self.checkpoint_timer = QTimer(self, interval=CHECKPOINT_MS, timeout=services.checkpoint)
        self.checkpoint_timer.start()
        self.window_lock: QLockFile | None = None
        # On a server store, other officers' changes arrive as notices on a socket: the
        # window refreshes at once rather than at the next poll.
        self.gather_timer = QTimer(self, singleShot=True, interval=GATHER_MS, timeout=self.poll)
        self.notifier: QSocketNotifier | None = None
        self._watch_notices()

    def _watch_notices(self) -> None:
        """Watch the socket the server's notices come on (again, when it was made anew)."""
        socket = self._services.change_notices()
        if self.notifier is not None and self.notifier.socket() == socket:
            return
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if socket is not None:
            self.notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._on_notice)

    def _on_notice(self) -> None:
        if not self.gather_timer.isActive():
            self.gather_timer.start()

    def also_open_elsewhere(self) -> bool:
        """True when another window holds this store (both may still work in it)."""
        path = self._services.store_path()
        if path is None:
            return False
        self.window_lock = QLockFile(f"{path}.window-lock")
        self.window_lock.setStaleLockTime(0)  # only a live process holds it
        return not self.window_lock.tryLock(0)

    def poll(self) -> None:
        """Another window or the command line committed: everything may have changed."""
        self._services.finish_erasure()  # an ID copy's last pages, once no reader holds them
        changed = self._services.changed_elsewhere()
        if self.notifier is not None:
            self._watch_notices()
        if not changed:
            return
        own = self._services.took_own_commit()  # an export's audit entry, say: not news
        self.changed.emit(ChangeNote.everything(elsewhere=not own))

    def stop(self) -> None:
        self.poll_timer.stop()
        self.gather_timer.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        self.checkpoint_timer.stop()
        if self._listening:
            self._listening = False
            dialog_events.closed.disconnect(self._on_file_dialog_closed)

    def _on_file_dialog_closed(self) -> None:
        # A dialog that listed the store's folder may have dropped our locks on it.
        try:
            self._services.reattach_store()
        except StoreError as exc:
            self.problem.emit(str(exc)[:300])
