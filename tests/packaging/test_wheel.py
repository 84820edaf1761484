"""The package works wherever it is installed: the wheel is built from the sources, installed
into a folder of its own and run from outside the checkout (the command line, a letter, the
offscreen window), finding its migrations, templates, fonts, registers and translations as
package data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
WINDOW = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
import desktop
from desktop.app import open_window
from desktop.ui.settings import UiSettings

settings = UiSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
settings.set_officer("Katrin Weiß")
app, window = open_window(Path(sys.argv[1]), sys.argv[:1], settings)
QTimer.singleShot(300, app.quit)
app.exec()
window.finish_background_work()
window.services.close()
print(desktop.__file__, window.windowTitle())
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the sources (the checkout stays clean) and installed
    into a folder of its own, without its dependencies (those of the test run serve)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(
        ROOT, source,
        ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", "build",
                                      "dist", ".pytest_cache", ".ruff_cache", "tests"),
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(work / "dist"), str(source)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    (wheel,) = (work / "dist").glob("privacydesk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for shipped in ("desktop/assets/migrations/sqlite/0001", "desktop/assets/letters/de/",
                    "desktop/assets/fonts/", "desktop/assets/companies/companies.json",
                    "desktop/assets/style.qss", "desktop/assets/translations/privacydesk_nl.qm",
                    "desktop/assets/translations/privacydesk_de.qm"):  # fmt: skip
        assert any(name.startswith(shipped) for name in names), shipped
    target = work / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
         str(target), str(wheel)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return target


def _run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(cwd)}  # fmt: skip
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_the_installed_command_line_works_outside_the_checkout(installed, tmp_path):
    store = tmp_path / "office.sqlite"
    done = _run(installed, tmp_path, "-m", "desktop", "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"privacydesk {__version__}"
    code = "import desktop, sys; print(desktop.__file__)"
    assert _run(installed, tmp_path, "-c", code).stdout.startswith(str(installed))
    added = _run(installed, tmp_path, "-m", "desktop", "--db", str(store), "case", "add",
                 "--channel", "letter", "--received", "2026-11-20", "--type", "access",
                 "--name", "Jürgen Weiß", "--country", "DE", "--language", "de", "--json")  # fmt: skip
    assert added.returncode == 0, added.stderr
    letter = tmp_path / "letter.pdf"
    rendered = _run(installed, tmp_path, "-m", "desktop", "--db", str(store), "letter",
                    "render", "1", "--type", "acknowledgement", "--out", str(letter))  # fmt: skip
    assert rendered.returncode == 0, rendered.stderr
    assert letter.read_bytes().startswith(b"%PDF") and letter.stat().st_size > 5000
    due = _run(installed, tmp_path, "-m", "desktop", "deadline", "2026-01-31", "--json")
    assert due.returncode == 0 and "2026-03-02" in due.stdout


def test_the_installed_window_opens_outside_the_checkout(installed, tmp_path):
    shown = _run(installed, tmp_path, "-c", WINDOW, str(tmp_path / "office.sqlite"),
                 str(tmp_path / "ui.ini"))  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(str(installed)) and "Privacy Desk" in shown.stdout
