"""UI preferences in QSettings (window geometry, column widths, the officer's name); no domain data."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop.services.context import os_login


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("PrivacyDesk", "PrivacyDesk")

    def officer(self) -> str:
        """Who the audit log names: the officer's name if set, else the login."""
        name = str(self._s.value("officer/name", "") or "").strip()
        return name or os_login()

    def set_officer(self, name: str) -> None:
        self._s.setValue("officer/name", name.strip())

    def blob(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()
