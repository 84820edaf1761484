"""The store's care while the window is open: the full check (SQLite's integrity check and
the tamper checks) after the first paint and on demand, and a backup each day the store
changed. Both run on other threads; the window only hears the outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.core.errors import StoreError
from desktop.core.ledger import StoreCheck
from desktop.ui.ops import run_in_background

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

BACKUP_FIRST_MS = 90_000  # the first look after the start, once the full check is done
BACKUP_EVERY_MS = 3_600_000  # then hourly: a backup is made once a day the store changed


class StoreCare(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._cancel: Callable[[], None] = lambda: None
        self._stopped = False
        self._checking = False
        self._news = ""
        self.backup_timer = QTimer(self, interval=BACKUP_EVERY_MS, timeout=self.back_up_when_due)
        if window.services.store_path() is not None:
            QTimer.singleShot(BACKUP_FIRST_MS, self, self.back_up_when_due)
            self.backup_timer.start()
        if window.services.store_encrypted() is False:
            self._warn_plain()

    def _warn_plain(self) -> None:
        """A store made before encryption: said for as long as it stays plain."""
        from PySide6.QtWidgets import QLabel

        label = QLabel(self.tr("Not encrypted"))
        label.setObjectName("storeNotEncrypted")
        label.setStyleSheet("color: #9a3412; font-weight: 600; padding: 0 6px;")
        label.setToolTip(
            self.tr(
                "This store was made before Privacy Desk encrypted its stores: anyone who "
                "copies the file can read it. Close the window and run “privacydesk store "
                "encrypt” to encrypt it in place; then make a new backup and delete the "
                "older, plain ones."
            )
        )
        self._window.statusBar().addPermanentWidget(label)

    def stop(self) -> None:
        self._stopped = True
        self.backup_timer.stop()
        self._cancel()

    def announce(self, text: str) -> None:
        """News of the start (a restore done): said now, and kept before the check's result,
        which would otherwise replace it within a second."""
        self._news = text + " "
        self._say(text, 30_000)

    def _say(self, text: str, timeout: int = 0) -> None:
        if not self._stopped:
            self._window.statusBar().showMessage(text, timeout)

    def check(self, delay_ms: int) -> None:
        """SQLite's full integrity check and the tamper checks read the whole store: they run
        on another thread after the first paint (and on demand, File ▸ Verify store), and
        stop when the window closes first."""
        if self._checking:  # one at a time: each can be cancelled when the window closes
            self._say(self.tr("The store is being checked already"), 5000)
            return
        checker = self._window.services.store_check()
        if checker is None:
            return
        check, cancel = checker
        self._checking = True
        self._say(self.tr("Checking the store…"))
        self._cancel = cancel

        def done(result: StoreCheck | None) -> None:
            self._checking = False
            if self._stopped or result is None:
                return
            if result.whole:
                if self._news:  # the news first: both must fit in the status bar
                    self._say(self._news + self.tr("Checked: whole, nothing altered."), 30_000)
                else:
                    self._say(self.tr("Store checked: no damage, nothing altered"), 5000)
                self._news = ""
                return
            from PySide6.QtWidgets import QMessageBox

            if result.damage:
                self._say(self.tr("The store failed its integrity check"))
                text = self.tr(
                    "The store failed SQLite's integrity check. Stop working in it and "
                    "restore it from a backup.\n\nDetails: %1"
                ).replace("%1", result.damage[:500])
                QMessageBox.critical(self._window, self.tr("Store damaged"), text)
                return
            self._say(self.tr("The store was altered outside Privacy Desk"))
            shown = "\n".join(result.altered[:12])
            more = len(result.altered) - 12
            if more > 0:
                shown += "\n" + self.tr("… and %1 more").replace("%1", str(more))
            text = self.tr(
                "Entries of the store were changed, added or deleted outside Privacy Desk. "
                "Compare it with a backup before working on, and keep this store as "
                "evidence.\n\n%1"
            ).replace("%1", shown)
            QMessageBox.warning(self._window, self.tr("Store altered"), text)

        def failed(exc: Exception) -> None:
            self._checking = False
            if self._stopped:
                return
            # Busy, gone or unreadable is not damage: say what it is, never "damaged".
            if isinstance(exc, StoreError) and exc.damaged:
                done(StoreCheck(damage=str(exc)))
                return
            self._say(
                self.tr("The store could not be checked now: %1").replace("%1", str(exc)[:300])
            )

        QTimer.singleShot(delay_ms, self, lambda: run_in_background(check, done, failed))

    def back_up_now(self) -> None:
        """File ▸ Back up now: a checked backup at once, to the backup folder."""
        window = self._window
        self._say(self.tr("Backing up…"))

        def done(report: dict) -> None:
            self._say(
                self.tr("Backed up to %1 (checked: %2 cases)")
                .replace("%1", report["file"])
                .replace("%2", f"{report['counts'].get('cases', 0):,}"),
                15000,
            )

        def failed(exc: Exception) -> None:
            self._say(self.tr("The backup failed: %1").replace("%1", str(exc)[:300]))

        folder = window.settings.backup_folder()
        window.ops.run(lambda s: s.backups.back_up(folder), done, parent=window, on_failure=failed)

    def back_up_when_due(self) -> None:
        """A backup once the store changed since the newest one and that one is a day old."""
        window = self._window

        def done(report: dict | None) -> None:
            if report is not None:
                self._say(self.tr("Backed up to %1").replace("%1", report["file"]), 8000)

        def failed(exc: Exception) -> None:
            self._say(self.tr("The daily backup failed: %1").replace("%1", str(exc)[:300]))

        if self._stopped:
            return
        folder = window.settings.backup_folder()
        window.ops.run(
            lambda s: s.backups.back_up_if_due(folder=folder),
            done,
            parent=window,
            on_failure=failed,
        )

    def choose_folder(self) -> None:
        """File ▸ Backup folder…: another disk or a network share (never the live store)."""
        from desktop.ui.files import choose_folder

        window = self._window
        chosen = choose_folder(window, self.tr("The folder for this window's backups"))
        if chosen is None:
            return
        window.settings.set_backup_folder(chosen)
        window.settings.sync()
        self._say(self.tr("Backups go to %1 from now on").replace("%1", str(chosen)), 10_000)
