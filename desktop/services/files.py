"""Files the program writes (exports, letters): complete or not at all, private to the user."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from desktop.core.errors import ValidationError
from desktop.private_files import replaced_when_complete as written_when_complete


def refuse_store_as_target(path: Path | str, store: Path | None, field: str = "file") -> None:
    """An export or letter must never replace the live store or its -wal/-shm (compared by
    file identity through stat, which opens nothing)."""
    if store is None:
        return
    for kept in (store, Path(f"{store}-wal"), Path(f"{store}-shm")):
        try:
            if os.path.samefile(path, kept):
                raise ValidationError(field, "that is the store itself: choose another file name")
        except OSError:
            continue


@contextlib.contextmanager
def replaced_when_complete(
    path: Path | str, *, text: bool = False, encoding: str | None = None, store: Path | None = None
) -> Iterator[IO]:
    """desktop.private_files' complete-or-nothing private write; `store`: the live store,
    which is never the target."""
    refuse_store_as_target(path, store)
    with written_when_complete(path, text=text, encoding=encoding) as out:
        yield out


def write_file(
    path: Path | str, data: bytes, field: str = "file", store: Path | None = None
) -> None:
    """`data` into `path` through a temporary file; a failure names the field and the reason."""
    refuse_store_as_target(path, store, field)
    try:
        with replaced_when_complete(path, store=store) as out:
            out.write(data)
    except OSError as exc:
        raise cannot_write(field, exc) from None


def cannot_write(field: str, exc: OSError) -> ValidationError:
    if exc.errno == errno.ENOSPC:
        why = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "no permission to write there"
    else:
        why = exc.strerror or "the system refused"
    return ValidationError(field, "cannot write there (%1); any earlier file is unchanged", why)


# A cell a spreadsheet would run as a formula (OWASP "CSV injection"). Phone numbers too:
# a spreadsheet reads "+31 30 123 45 67" as a formula and "+31301234567" as a number.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """The text of a CSV cell that spreadsheet programs show as text, never evaluate: one
    starting as a formula gets a leading apostrophe (shown by none of them)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def cell_value(cell: str) -> str:
    """A cell of a CSV this program wrote, as the value it stands for (`spreadsheet_cell`
    undone), so that an exported register reads back as it was."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_START):
        return cell[1:]
    return cell
