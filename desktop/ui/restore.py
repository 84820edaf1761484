"""File ▸ Restore from a backup…: the backup checked and described while the store is still
open; on the officer's yes the window closes, the restore runs (the store kept aside), and
the window opens again on the restored store (desktop/app.py, run_window)."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.core.errors import StoreError, ValidationError
from desktop.ui.refusals import refusal_text
from desktop.ui.text import nice_moment, plural

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def ask_to_restore(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.application import window_passphrases
    from desktop.ui.files import choose_file_to_open

    tr = window.tr
    try:
        folder = window.services.backups.folder(window.settings.backup_folder())
    except ValidationError as exc:
        window.statusBar().showMessage(refusal_text(exc), 8000)
        return
    chosen = choose_file_to_open(
        window,
        tr("Restore from a backup"),
        tr("Privacy Desk backups (*.sqlite);;All files (*)"),
        start=str(folder) if folder.is_dir() else "",
    )
    if chosen is None:
        return
    try:
        plan = window.services.backups.plan_restore(chosen, window_passphrases())
    except (StoreError, ValidationError) as exc:
        QMessageBox.warning(
            window,
            tr("Not a backup to restore"),
            tr("%1\n\nNothing was changed.").replace(
                "%1", refusal_text(exc) if isinstance(exc, ValidationError) else str(exc)
            ),
        )
        return
    box = QMessageBox(QMessageBox.Icon.Question, tr("Restore from a backup"), "", parent=window)
    box.setText(describe(window, plan))
    restore = box.addButton(tr("Close, restore and reopen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is restore:
        window.restore_requested = plan
        window.close()


def describe(window: MainWindow, plan: object) -> str:
    """What the restore brings, in the officer's words (a RestorePlan)."""
    tr = window.tr
    manifest = plan.manifest
    counts = manifest.get("counts", {})
    made = str(manifest.get("made", ""))
    with contextlib.suppress(ValueError):
        made = nice_moment(datetime.fromisoformat(made))
    ledger = manifest.get("ledger") or {}
    held = ", ".join(
        (
            plural(counts.get("cases", 0), tr("1 case"), tr("%1 cases")),
            plural(counts.get("letters", 0), tr("1 letter"), tr("%1 letters")),
            plural(counts.get("blobs", 0), tr("1 stored file"), tr("%1 stored files")),
        )
    )
    text = (
        tr(
            "The backup %1 of %2 matches its manifest: %3; ledger head %4.\n\nPrivacy Desk "
            "closes this window, keeps the store as it is now aside (nothing is deleted), "
            "puts the backup in its place and opens again."
        )
        .replace("%1", plan.backup.name)
        .replace("%2", made)
        .replace("%3", held)
        .replace("%4", str(ledger.get("head", "-"))[:16])
    )
    if plan.deleted_since is None:
        text += "\n\n" + tr(
            "The store as it is now cannot be read, so what it deleted after this backup "
            "cannot be listed: check purged cases and ID copies after the restore."
        )
    elif plan.deleted_since:
        shown = "\n".join(f"  • {line}" for line in plan.deleted_since[:10])
        more = len(plan.deleted_since) - 10
        if more > 0:
            shown += "\n  " + tr("… and %1 more").replace("%1", str(more))
        text += "\n\n" + tr(
            "After this backup the store deleted what the law required it to delete; the "
            "restored store has it again. Delete it again after the restore:\n%1"
        ).replace("%1", shown)
    return text
