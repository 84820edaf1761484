"""Issue 8.2: a second process must never cut the window off its store.

SQLite's locks are POSIX locks: anything in the window's process that opens and closes the
store file (Qt's file dialog sniffing file types) drops them, and a second process used to
believe it was the last user and delete the WAL holding the window's committed work. These
tests run the real window code and real command-line processes on one store file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from desktop.app import build_services
from desktop.services.cases import CaseDraft, Requester
from desktop.ui.files import file_dialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings


def cli(store: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRIVACYDESK_DB": str(store)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
        timeout=120, check=False,
    )  # fmt: skip


def log(services, name: str) -> int:
    draft = CaseDraft(channel="email", received="2026-11-20", types=["access"],
                      requester=Requester(name=name))  # fmt: skip
    return services.cases.log_case(draft).id


def deleted_store_files(store: Path) -> list[str]:
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(store)) and target.endswith("(deleted)"):
            found.append(target)
    return found


def browse_store_folder(qtbot, dialog: QFileDialog, store: Path) -> None:
    """Show the dialog on the store's folder until it has listed and typed every file."""
    dialog.setDirectory(str(store.parent))
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    files = [store, Path(f"{store}-wal"), Path(f"{store}-shm")]
    qtbot.waitUntil(lambda: all(model.index(str(f)).isValid() for f in files), timeout=10_000)
    for f in files:
        index = model.index(str(f))
        model.fileIcon(index)
        qtbot.waitUntil(lambda i=index: bool(model.type(i)), timeout=10_000)
    dialog.done(0)


@pytest.fixture
def window(qtbot, tmp_path, clock):
    store = tmp_path / "office" / "store.sqlite"
    services = build_services(store, clock, officer=lambda: "officer-test")
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    services.close()


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="reads /proc to see the files")
@pytest.mark.parametrize("which", ["the window's dialog", "a plain Qt file dialog"])
def test_browsing_the_store_folder_then_the_cli_loses_nothing(qtbot, window, which):
    services = window.services
    store = services.ctx.store.path
    first = log(services, "Before the dialog")
    if which == "the window's dialog":
        dialog = file_dialog(window, "Import", "All files (*)", str(store.parent))
    else:  # as the print dialog's "print to file" browses: Qt's defaults, not ours
        dialog = QFileDialog(window, "Print to file", str(store.parent))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    browse_store_folder(qtbot, dialog, store)

    for n in range(3):  # another process reads and writes the same store
        assert cli(store, "case", "list").returncode == 0
        added = cli(store, "case", "add", "--channel", "letter", "--received", "2026-11-21",
                    "--type", "erasure", "--name", f"From the CLI {n}")  # fmt: skip
        assert added.returncode == 0, added.stderr
    for n in range(20):  # the window goes on saving, each change reported as saved
        services.cases.add_note(first, f"note {n}")
    assert deleted_store_files(store) == []
    window.close()  # quits: the store is checkpointed and closed
    services.close()

    shown = json.loads(cli(store, "case", "show", str(first), "--json").stdout)
    assert len(shown["notes"]) == 20
    listed = json.loads(cli(store, "case", "list", "--json").stdout)
    assert len(listed) == 4


def test_a_log_file_deleted_by_another_program_is_noticed_before_writing(tmp_path, clock):
    """Belt and braces: if another program deletes the -wal anyway, we do not write into it."""
    store = tmp_path / "store.sqlite"
    services = build_services(store, clock)
    try:
        first = log(services, "Anne")
        services.ctx.store.checkpoint(truncate=True)
        for suffix in ("-wal", "-shm"):  # what a foreign last-closer does
            Path(f"{store}{suffix}").unlink()
        assert not services.ctx.store.attached()
        services.cases.add_note(first, "written after the log file vanished")
        assert services.ctx.store.attached()
        assert deleted_store_files(store) == [] or not Path("/proc/self/fd").exists()
    finally:
        services.close()
    shown = json.loads(cli(store, "case", "show", str(first), "--json").stdout)
    assert [n["text"] for n in shown["notes"]] == ["written after the log file vanished"]


def test_the_cli_closing_last_leaves_the_wal_in_place_for_the_window(tmp_path, clock):
    """Even with the window's locks gone (a plain open and close of the file in its process),
    the command line closing does not delete the WAL the window still writes into."""
    store = tmp_path / "store.sqlite"
    services = build_services(store, clock)
    try:
        first = log(services, "Anne")
        with open(store, "rb") as handle:  # drops this process's POSIX locks on the file
            handle.read(16)
        assert cli(store, "case", "list").returncode == 0
        assert services.ctx.store.attached()
        services.cases.add_note(first, "saved after the CLI ran")
    finally:
        services.close()
    shown = json.loads(cli(store, "case", "show", str(first), "--json").stdout)
    assert [n["text"] for n in shown["notes"]] == ["saved after the CLI ran"]


def test_no_checkpoint_on_close_is_set_on_every_python(tmp_path, clock):
    """sqlcipher3 has no setconfig: the ctypes route, on every Python; closing never deletes."""
    from desktop.store.no_checkpoint import no_checkpoint_on_close
    from tests.raw_sql import sqlite3

    conn = sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None)
    assert not no_checkpoint_on_close(conn, tmp_path / "other.sqlite")
    assert no_checkpoint_on_close(conn, tmp_path / "x.sqlite")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert (tmp_path / "x.sqlite-wal").exists()  # the last one out did not delete it
