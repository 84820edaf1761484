"""Personal data on disk is the user's alone: 0600 files in 0700 folders, viewer copies swept."""

import os
import stat
import subprocess
import sys
from pathlib import Path

from desktop.app import build_services
from desktop.private_files import (
    remove_viewer_folder,
    sweep_viewer_copies,
    viewer_folder,
)
from desktop.services.files import write_file


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_store_and_its_logs_are_private_even_under_a_lax_umask(tmp_path, clock):
    old = os.umask(0o022)  # as a desktop session usually has
    try:
        path = tmp_path / "office" / "store.sqlite"
        services = build_services(path, clock)
        try:
            assert mode(path.parent) == 0o700  # the folder the store made
            for name in ("store.sqlite", "store.sqlite-wal", "store.sqlite-shm"):
                assert mode(path.parent / name) == 0o600, name
        finally:
            services.close()
    finally:
        os.umask(old)


def test_a_store_made_readable_by_others_is_made_private_when_opened(tmp_path, clock):
    path = tmp_path / "store.sqlite"
    build_services(path, clock).close()
    path.chmod(0o644)
    build_services(path, clock).close()
    assert mode(path) == 0o600
    assert mode(tmp_path) == stat.S_IMODE(tmp_path.stat().st_mode)  # a chosen folder: as it was


def test_an_export_is_private(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "register.csv"
        write_file(target, b"id\n")
        assert mode(target) == 0o600
    finally:
        os.umask(old)


def test_the_program_runs_with_a_private_umask(tmp_path):
    """`privacydesk` sets umask 077 before it writes anything: even a folder made on the
    way to a new store (whose mode nothing else sets) is private."""
    env = {**os.environ, "HOME": str(tmp_path), "PRIVACYDESK_OFFICER": "Anna Officer"}
    store = tmp_path / "data" / "office" / "store.sqlite"
    out = tmp_path / "export" / "suppression.csv"
    out.parent.mkdir()
    lax = ["sh", "-c", 'umask 022 && exec "$@"', "sh", sys.executable, "-m", "desktop"]
    for args in (
        ["case", "add", "--channel", "email", "--received", "2026-11-20", "--type", "access",
         "--name", "Anna de Vries"],
        ["suppression", "export", str(out)],
    ):  # fmt: skip
        subprocess.run(
            [*lax, "--db", str(store), *args],
            env=env, check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    assert mode(tmp_path / "data") == 0o700
    assert mode(store) == 0o600 and mode(out) == 0o600


def test_viewer_copies_of_a_crashed_process_are_swept(tmp_path):
    root = tmp_path / "viewer"
    mine = viewer_folder(root)
    (mine / "copy.pdf").write_bytes(b"%PDF")
    assert mode(root) == 0o700 and mode(mine) == 0o700
    gone = root / "999999999"  # no such process
    gone.mkdir()
    (gone / "id-copy.jpg").write_bytes(b"\xff\xd8")
    assert sweep_viewer_copies(root) == 1
    assert not gone.exists() and mine.exists()  # this process's own copies stay
    remove_viewer_folder(root)
    assert not mine.exists()


def test_a_viewer_folder_planted_by_someone_else_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    planted = tmp_path / "viewer"
    planted.symlink_to(elsewhere)
    try:
        viewer_folder(planted)
    except OSError:
        pass
    else:
        raise AssertionError("a symlinked viewer folder was used")
    assert list(elsewhere.iterdir()) == []
