"""UI preferences in QSettings (window geometry, column widths, the officer's name and function);
no domain data."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.core.signatory import DEFAULT_FUNCTIONS, clean_name
from desktop.core.worklist import DUE_SOON_DAYS
from desktop.services.context import os_login
from desktop.services.officer import Officer
from desktop.services.team import is_server_address

RECENT = 8  # stores in File ▸ Open recent
MOST_DUE_SOON_DAYS = 90


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("PrivacyDesk", "PrivacyDesk")

    def officer(self) -> str:
        """Who the audit log names: the officer's name if set, else the login."""
        return self.officer_name() or os_login()

    def officer_name(self) -> str:
        """The name letters are signed with; "" until the officer gave it."""
        return clean_name(str(self._s.value("officer/name", "") or ""))

    def set_officer(self, name: str) -> None:
        self._s.setValue("officer/name", clean_name(name))

    def officer_functions(self) -> dict[str, str]:
        """The function under the signature per letter language, as the officer worded it."""
        return {
            lang: clean_name(str(self._s.value(f"officer/function/{lang}", "") or ""))
            for lang in DEFAULT_FUNCTIONS
        }

    def set_officer_functions(self, functions: dict[str, str]) -> None:
        for lang, text in functions.items():
            self._s.setValue(f"officer/function/{lang}", clean_name(text))

    def language(self) -> str:
        """The window's language as chosen ("" follows the system's)."""
        return str(self._s.value("ui/language", "") or "")

    def set_language(self, language: str) -> None:
        self._s.setValue("ui/language", language)

    def recent_stores(self) -> list[Path | str]:
        """The stores opened last, newest first (File ▸ Open recent): files, and servers'
        addresses as they are."""
        found = self._s.value("stores/recent", []) or []
        return [
            p if is_server_address(p) else Path(p)
            for p in ([found] if isinstance(found, str) else found)
        ]

    def remember_store(self, path: Path | str) -> None:
        kept = [p for p in self.recent_stores() if p != path]
        self._s.setValue("stores/recent", [str(p) for p in [path, *kept][:RECENT]])

    def last_look(self, store: Path | str) -> date | None:
        """The day the officer last opened `store` in the window (None: never here)."""
        text = str(self._s.value(f"stores/last-look/{_store_key(store)}", "") or "")
        try:
            return date.fromisoformat(text) if text else None
        except ValueError:
            return None

    def set_last_look(self, store: Path | str, day: date) -> None:
        self._s.setValue(f"stores/last-look/{_store_key(store)}", day.isoformat())

    def only_my_cases(self) -> bool:
        """The worklist shows only the cases assigned to this officer."""
        return str(self._s.value("worklist/only-mine", "false")).lower() == "true"

    def set_only_my_cases(self, only: bool) -> None:
        self._s.setValue("worklist/only-mine", "true" if only else "false")

    def due_soon_days(self) -> int:
        """How many days ahead the worklist counts a case as due soon (the officer's choice)."""
        try:
            days = int(self._s.value("worklist/due-soon-days", DUE_SOON_DAYS))
        except (TypeError, ValueError):
            return DUE_SOON_DAYS
        return days if 1 <= days <= MOST_DUE_SOON_DAYS else DUE_SOON_DAYS

    def set_due_soon_days(self, days: int) -> None:
        self._s.setValue("worklist/due-soon-days", max(1, min(days, MOST_DUE_SOON_DAYS)))

    def backup_folder(self) -> Path | None:
        """The folder the office chose for backups in the window (None: the default)."""
        chosen = str(self._s.value("backup/folder", "") or "")
        return Path(chosen) if chosen else None

    def set_backup_folder(self, folder: Path) -> None:
        self._s.setValue("backup/folder", str(folder))

    def working_officer(self) -> Officer:
        """Who is working, for the services: read afresh each time, so a change applies at once."""
        return Officer(self.officer_name, self.officer_functions)

    def blob(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()


def _store_key(store: Path | str) -> str:
    # A settings key names no path (no personal folder names in the settings' keys).
    name = store if isinstance(store, str) else str(Path(store).resolve())
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
