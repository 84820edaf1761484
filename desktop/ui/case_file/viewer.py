"""Files handed to the system's viewer: private copies, removed when the case file closes."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.private_files import viewer_folder
from desktop.ui.case_file.history_wording import safe_filename


class PrivateCopies:
    """A folder only this user can read, made at the first file inside this process's viewer
    folder (see desktop/private_files.py), removed on `clear()`; the process's folder goes
    when the window closes, and one left by a crash at the next start."""

    def __init__(self, root: Path | None = None) -> None:
        self._root = root
        self._folder: Path | None = None

    def write(self, attachment_id: int, filename: str, media_type: str, content: bytes) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="case-", dir=viewer_folder(self._root)))
        path = self._folder / f"{attachment_id}-{safe_filename(filename, media_type)}"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        return path

    def clear(self) -> None:
        # Files handed to a viewer hold personal data: do not leave them behind.
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def open_with_system_viewer(path: Path) -> bool:
    """False when no program is set up for the file's kind."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
