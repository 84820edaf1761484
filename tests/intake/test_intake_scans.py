"""Scanned letters and faxes: accepted by their magic bytes, refused clearly otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.intake import IntakeAttachment, IntakeError, read_scan, read_scan_bytes

SCANS = {
    "application/pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n",
    "image/png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 20,
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 20,
    "image/gif": b"GIF89a\x01\x00\x01\x00" + b"\x00" * 20,
}
TIFFS = [b"II*\x00\x08\x00\x00\x00", b"MM\x00*\x00\x00\x00\x08", b"II+\x00\x08\x00\x00\x00"]


@pytest.mark.parametrize(("media_type", "data"), SCANS.items())
def test_supported_scans_by_magic(tmp_path, media_type, data):
    path = tmp_path / "brief van de klant.bin"
    path.write_bytes(data)
    scan = read_scan(path)
    assert scan == IntakeAttachment("brief van de klant.bin", media_type, data)


@pytest.mark.parametrize("data", TIFFS)
def test_tiff_in_both_byte_orders(tmp_path, data):
    path = tmp_path / "fax.tif"
    path.write_bytes(data + b"\x00" * 100)
    assert read_scan(path).media_type == "image/tiff"


def test_media_type_comes_from_the_content_not_the_extension(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(SCANS["image/png"])
    scan = read_scan(path)
    assert scan.media_type == "image/png"
    assert scan.filename == "scan.pdf"


def test_tiff_from_the_real_outlook_sample(mail_samples, tmp_path):
    from desktop.intake import read_message

    tiff = read_message(mail_samples / "unicode.msg").attachments[0]
    path = tmp_path / "fax"
    path.write_bytes(tiff.content)
    assert read_scan(path).media_type == "image/tiff"


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04 a docx or zip",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an Outlook message",
        b"From: a@example.com\r\n\r\nan email",
        b"just text that mentions %PDF- later",
        b"BM a bitmap",
        b"\x00" * 50,
        b"%PD",
    ],
)
def test_other_files_are_refused(tmp_path, data):
    path = tmp_path / "Jürgen Müller.pdf"
    path.write_bytes(data)
    with pytest.raises(IntakeError) as caught:
        read_scan(path)
    assert str(caught.value) == (
        "The file is not a supported scan; use a PDF, PNG, JPEG, TIFF or GIF file."
    )
    assert "Jürgen" not in str(caught.value)


def test_empty_scan(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(IntakeError, match="The file is empty."):
        read_scan(path)


def test_oversized_scan_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(50 * 1024 * 1024)

    def must_not_read(*args, **kwargs):
        raise AssertionError("opened an oversized file")

    monkeypatch.setattr(Path, "open", must_not_read)
    with pytest.raises(IntakeError, match=r"too large \(50\.0 MB\); the limit is 25 MB"):
        read_scan(path)


def test_missing_scan_and_folder(tmp_path):
    with pytest.raises(IntakeError, match="does not exist"):
        read_scan(tmp_path / "nope.pdf")
    with pytest.raises(IntakeError, match="not a file"):
        read_scan(tmp_path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../scan.pdf", "scan.pdf"),
        ("\u202escan\x00.pdf", "scan.pdf"),
        ("", "scan.pdf"),
        ("a" * 250 + ".pdf", "a" * 196 + ".pdf"),
    ],
)
def test_scan_bytes_filename_is_sanitised(name, expected):
    scan = read_scan_bytes(SCANS["application/pdf"], name)
    assert scan.filename == expected


def test_scan_bytes_checks_size_and_content():
    with pytest.raises(IntakeError, match="empty"):
        read_scan_bytes(b"", "x.pdf")
    with pytest.raises(IntakeError, match="not a supported scan"):
        read_scan_bytes(b"hello", "x.pdf")
