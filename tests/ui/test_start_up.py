"""A start-up pays only for what the first screen shows: the rest loads when first used."""

import json
import os
import subprocess
import sys
from pathlib import Path

# Opens the window as `make run` does (an officer already named) and lists what was imported
# by its first paint; says whether building and showing it touched Qt's namespace
# (`Qt.AlignmentFlag` and ~100 other enums, some 40 ms to build on first use).
_PROBE = """
import json, sys
from pathlib import Path
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QSettings
from desktop.app import open_window
from desktop.ui.settings import UiSettings

settings = UiSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
settings.set_officer("Anna Officer")
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["modules"] = sorted(sys.modules)
            app.quit()
        return False

from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
app, window = open_window(Path(sys.argv[1]), sys.argv[:1], settings)
shown = {"qt_namespace": "Qt" in vars(QtCore)}
app.exec()
seen.update(shown)
window.finish_background_work()
print(json.dumps(seen))
"""

# Each of these is some 10-80 ms of imports that the worklist does not need.
_LOADED_LATER = (
    "sqlite_utils",  # the store speaks sqlite3; sqlite-utils wraps it for batches
    "desktop.letters",
    "desktop.services.letters",
    "desktop.services.cases",
    "desktop.services.decisions",
    "desktop.services.intake",
    "desktop.ui.intake",
    "desktop.ui.pages.cases",
    "desktop.ui.case_file",
    "PySide6.QtPrintSupport",
    "logging.handlers",
    "desktop.services.companies",  # the registers: a start-up only asks whether they exist
    "desktop.services.processing",
    "desktop.ui.files",  # the file dialogs
    # Not here: calendar, ctypes and cryptography. keyring, which fetches the key of an
    # encrypted store from the keychain before the store opens, loads them (store/keychain.py).
)


def test_the_window_opens_without_loading_what_only_later_screens_need(tmp_path, services):
    from desktop.services.cases import CaseDraft, Requester

    services.cases.log_case(
        CaseDraft(
            channel="email",
            received="2026-11-20",
            types=["access"],
            requester=Requester(name="Anna de Vries"),
        )  # fmt: skip
    )
    store = services.ctx.store.path
    services.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(store), str(tmp_path / "ui.ini")],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    ).stdout  # fmt: skip
    seen = json.loads(out.splitlines()[-1])
    loaded = set(seen["modules"])
    assert "desktop.ui.pages.worklist" in loaded  # the probe saw the real window
    assert [name for name in _LOADED_LATER if name in loaded] == []
    assert seen["qt_namespace"] is False
    assert Path(store).exists()
