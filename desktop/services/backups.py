"""Backups of the open store: on demand, when the window closes after a change, and daily.

The folder is the one the office chose (PRIVACYDESK_BACKUP_DIR, `store backup DIR`), else
`backups/` beside the store. A network share is fine for backups, never for the live store.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.services.context import ServiceBase, ServiceContext
from desktop.store import backup as backup_sql
from desktop.store import ledger

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
        if store is None:
            raise ValidationError("store", "an in-memory store has no backups")
        return chosen or default_folder(store)

    def back_up(self, folder: Path | None = None) -> dict[str, Any]:
        """A checked backup now, then the rotation (7 daily, 4 weekly, 12 monthly)."""
        target = self.folder(folder)
        path, manifest = backup_sql.write_backup(self.ctx.store, target, self.ctx.clock.now())
        removed = backup_sql.rotate(target, self.ctx.store.path)
        return {"file": str(path), **manifest, "removed": [p.name for p in removed]}

    def back_up_if_due(self, age: timedelta = DAILY, folder: Path | None = None) -> dict | None:
        """A backup when the store changed since the newest one and that one is older than
        `age` (zero: any change at all, as when the window closes); None when none was due."""
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
