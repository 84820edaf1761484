"""Files that hold personal data are the user's alone: 0600 files in 0700 folders.

The process starts with umask 077 (`private_umask`), so whatever it creates (the store and
its -wal and -shm, exports, letters, backups, logs) is private from the start; folders the
program owns are made or tightened to 0700; copies handed to the system's viewer live in a
private folder per process, removed on exit and swept at the next start after a crash.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_umask() -> None:
    """No file or folder this process creates is readable by the group or others."""
    os.umask(0o077)


def private_folder(folder: Path) -> Path:
    """`folder`, made if missing, readable by the user alone (a folder of the program's own:
    the data, log and viewer folders; never a folder the user chose for a store)."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    _tighten(folder)
    return folder


def private_file(path: Path) -> None:
    """Take group and others' access away from an existing file of ours (a store made by an
    older version, or its -wal and -shm, which SQLite creates with the store's mode)."""
    _tighten(path)


def _tighten(path: Path) -> None:
    with contextlib.suppress(OSError):  # missing, or not ours: nothing we may change
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            return
        if stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(stat.S_IMODE(info.st_mode) & ~0o077)


# -- copies for the system's viewer ---------------------------------------------------------
def viewer_root() -> Path:
    """Where the viewer copies of all this user's Privacy Desk processes live."""
    return Path(tempfile.gettempdir()) / f"privacydesk-{os.getuid()}"


def viewer_folder(root: Path | None = None) -> Path:
    """This process's folder for viewer copies, private, named after the process."""
    root = root or viewer_root()
    root.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    info = root.lstat()
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():  # planted by another user
        raise OSError(f"{root} is not this user's own folder")
    return private_folder(private_folder(root) / str(os.getpid()))


def remove_viewer_folder(root: Path | None = None) -> None:
    """This process's viewer copies, gone (the window closes)."""
    shutil.rmtree((root or viewer_root()) / str(os.getpid()), ignore_errors=True)


def sweep_viewer_copies(root: Path | None = None) -> int:
    """Remove the viewer copies that processes no longer running left behind (a crash, a
    power cut); returns how many folders went."""
    root = root or viewer_root()
    removed = 0
    with contextlib.suppress(OSError):
        for folder in root.iterdir():
            if folder.name.isdigit() and not process_running(int(folder.name)):
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    return removed


@contextlib.contextmanager
def replaced_when_complete(
    path: Path | str, *, text: bool = False, encoding: str | None = None
) -> Iterator[IO]:
    """A temporary file beside `path` (mode 0600); it takes `path`'s place only when complete.

    A full disk, a crash or an error half-way leaves the previous file exactly as it was.
    """
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent or "."
    )
    try:
        mode = "w" if text else "wb"
        with os.fdopen(descriptor, mode, encoding=encoding, newline="" if text else None) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def fsync_folder(folder: Path) -> None:
    """A rename or a new file in `folder` is on the disk, not only in the cache."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def process_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True
