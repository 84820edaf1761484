"""Reading a file from disk with the size checked first, so a huge file is never loaded."""

from __future__ import annotations

import stat
from pathlib import Path

from desktop.intake.draft import MAX_FILE_BYTES, IntakeError

_MB = 1024 * 1024


def check_size(size: int) -> None:
    """Refuse empty and oversized content before anything looks inside it."""
    if size <= 0:
        raise IntakeError("The file is empty.")
    if size > MAX_FILE_BYTES:
        raise IntakeError(
            f"The file is too large ({size / _MB:.1f} MB); the limit is {MAX_FILE_BYTES // _MB} MB."
        )


def read_limited(path: Path) -> bytes:
    """The bytes of the file, or IntakeError; messages omit the path (it may hold a name)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise IntakeError("The file does not exist.") from None
    except PermissionError:
        raise IntakeError("The file could not be opened: permission denied.") from None
    except (OSError, ValueError):
        raise IntakeError("The file could not be opened.") from None
    if not stat.S_ISREG(info.st_mode):
        raise IntakeError("This is not a file that can be read (a folder or a device?).")
    check_size(info.st_size)
    try:
        with path.open("rb") as handle:
            # One byte more than allowed tells us if the file grew after stat().
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise IntakeError("The file could not be opened: permission denied.") from None
    except (OSError, ValueError):
        raise IntakeError("The file could not be read.") from None
    check_size(len(data))
    return data
