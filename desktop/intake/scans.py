"""A scanned letter or fax (PDF or image), recognised by its first bytes, never by its name."""

from __future__ import annotations

from pathlib import Path

from desktop.intake.draft import IntakeAttachment, IntakeError
from desktop.intake.files import check_size, read_limited
from desktop.intake.text import safe_filename

# (magic bytes at offset 0, media type); BigTIFF ("II+\0", "MM\0+") is TIFF too.
SCAN_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"II+\x00", "image/tiff"),
    (b"MM\x00+", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/tiff": ".tif",
    "image/gif": ".gif",
}


def scan_media_type(data: bytes) -> str | None:
    """The media type the content's magic bytes announce, or None if not a supported scan."""
    for magic, media_type in SCAN_SIGNATURES:
        if data.startswith(magic):
            return media_type
    return None


def read_scan(path: Path) -> IntakeAttachment:
    """A PDF, PNG, JPEG, TIFF or GIF scan as an attachment; IntakeError for anything else."""
    return read_scan_bytes(read_limited(path), path.name)


def read_scan_bytes(data: bytes, filename: str) -> IntakeAttachment:
    """The same as read_scan for bytes already in memory (a drop, a paste)."""
    check_size(len(data))
    media_type = scan_media_type(data)
    if media_type is None:
        raise IntakeError(
            "The file is not a supported scan; use a PDF, PNG, JPEG, TIFF or GIF file."
        )
    fallback = "scan" + _EXTENSIONS[media_type]
    return IntakeAttachment(safe_filename(filename, fallback), media_type, bytes(data))
