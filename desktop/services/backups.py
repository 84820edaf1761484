"""Backups of the open store: on demand, when the window closes after a change, and daily.

The folder is the one the office chose (PRIVACYDESK_BACKUP_DIR, `store backup DIR`), else
`backups/` beside the store. A network share is fine for backups, never for the live store.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import StoreError, ValidationError
from desktop.services.context import ServiceBase, ServiceContext
from desktop.store import backup as backup_sql
from desktop.store import ledger

if TYPE_CHECKING:
    from desktop.store.driver import StoreKey
    from desktop.store.unlock import Passphrases

ENV_FOLDER = "PRIVACYDESK_BACKUP_DIR"
DAILY = timedelta(hours=24)
AT_ONCE = timedelta(0)  # as the window closes: after any change


def default_folder(store: Path) -> Path:
    env = os.environ.get(ENV_FOLDER)
    return Path(env).expanduser() if env else store.parent / "backups"


class BackupService(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def folder(self, chosen: Path | None = None) -> Path:
        store = self.ctx.store.path
        if self.ctx.store.address is not None:
            raise ValidationError(
                "store", "a server store is backed up by its server (pg_dump), not here"
            )
        if store is None:
            raise ValidationError("store", "an in-memory store has no backups")
        return chosen or default_folder(store)

    def back_up(self, folder: Path | None = None) -> dict[str, Any]:
        """A checked backup now, then the rotation (7 daily, 4 weekly, 12 monthly)."""
        target = self.folder(folder)
        path, manifest = backup_sql.write_backup(self.ctx.store, target, self.ctx.clock.now())
        removed = backup_sql.rotate(target, self.ctx.store.path)
        return {"file": str(path), **manifest, "removed": [p.name for p in removed]}

    def plan_restore(self, backup: Path, passphrases: Passphrases | None = None) -> RestorePlan:
        """The window's File ▸ Restore: the backup checked while this store is still open."""
        store = self.ctx.store
        if store.path is None:
            self.folder()  # says why there is none
            raise ValidationError("store", "an in-memory store has no backups")
        from desktop.store.unlock import FromEnvironmentOr

        asked = FromEnvironmentOr(passphrases) if passphrases is not None else None
        return plan_restore(backup, store.path, store.key, asked)

    def back_up_if_due(self, age: timedelta = DAILY, folder: Path | None = None) -> dict | None:
        """A backup when the store changed since the newest one and that one is older than
        `age` (zero: any change at all, as when the window closes); None when none was due
        (and for a server store, which its server backs up)."""
        if self.ctx.store.address is not None:
            return None
        target = self.folder(folder)
        found = backup_sql.backups_in(target, self.ctx.store.path)
        if found:
            moment, newest = found[0]
            if self.ctx.clock.now().replace(tzinfo=None) - moment < age:
                return None
            if not self._changed_since(newest):
                return None
        return self.back_up(target)

    def _changed_since(self, backup: Path) -> bool:
        try:
            manifest = json.loads(backup_sql.manifest_path(backup).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return True
        head = ledger.head(self.ctx.store)
        return manifest.get("ledger") != {"entries": head.entries, "head": head.chain}


@dataclass(frozen=True)
class RestorePlan:
    """A backup checked against its manifest, and what restoring it would bring back."""

    backup: Path
    manifest: dict
    # Deleted from the store after the backup, back after a restore (None: the store cannot
    # be read, so it cannot say).
    deleted_since: list[str] | None
    backup_key: StoreKey | None = field(repr=False)


def plan_restore(
    backup: Path, store: Path, store_key: StoreKey | None, passphrases: Passphrases | None = None
) -> RestorePlan:
    """Check `backup` (opened with its own key file) before anything is changed."""
    from desktop.store.unlock import existing_key

    backup_key = existing_key(backup, passphrases, known=store_key)
    manifest = backup_sql.check_backup(backup, backup_key)
    again: list[str] | None = []
    if store.exists():
        try:
            again = backup_sql.deletions_since(manifest, store, store_key)
        except StoreError:  # the store cannot be read: it is set aside as it is
            again = None
    return RestorePlan(backup, manifest, again, backup_key)


def restore(
    plan: RestorePlan, store: Path, store_key: StoreKey | None, moment: datetime
) -> Path | None:
    """The planned backup in the store's place (no window or command may hold the store);
    the store as it was kept aside, its path returned."""
    return backup_sql.restore(
        plan.backup, store, moment, backup_key=plan.backup_key, store_key=store_key
    )
