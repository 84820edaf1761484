"""Reading Outlook .msg files: the real samples, and what happens when a .msg is damaged."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.requests import Channel
from desktop.intake import IntakeError, read_message, read_message_bytes
from desktop.intake.messages import OLE_MAGIC

REPO_ROOT = Path(__file__).resolve().parents[2]
TIFF_MAGIC = (b"II*\x00", b"MM\x00*")


@pytest.fixture
def unicode_msg(mail_samples) -> Path:
    return mail_samples / "unicode.msg"


@pytest.fixture
def strange_date_msg(mail_samples) -> Path:
    return mail_samples / "strangeDate.msg"


def test_real_outlook_message(unicode_msg, clock):
    draft = read_message(unicode_msg, clock=clock)

    assert draft.channel is Channel.EMAIL
    assert draft.sender_name == "Brian Zhou"
    assert draft.sender_email == "brizhou@gmail.com"
    assert draft.subject == "Test for TIF files"
    assert draft.body.startswith("This is a test email to experiment with the MS Outlook MSG")
    assert "\r" not in draft.body
    sent = datetime.datetime(2013, 11, 18, 8, 26, 24, tzinfo=datetime.UTC)
    assert draft.written_at == sent  # Date: when Outlook sent it
    assert draft.received_at == sent + datetime.timedelta(seconds=5)  # the topmost Received:
    assert draft.received_at.tzinfo is not None
    assert draft.received == sent.astimezone().date()
    assert draft.missing == ()
    assert draft.language == "en"


def test_real_outlook_message_attachments(unicode_msg, clock):
    draft = read_message(unicode_msg, clock=clock)
    assert [a.filename for a in draft.attachments] == [
        "import OleFileIO.tif",
        "raised value error.tif",
    ]
    for attachment in draft.attachments:
        assert attachment.media_type == "image/tiff"
        assert attachment.content.startswith(TIFF_MAGIC)
        assert len(attachment.content) > 100_000


def test_original_msg_is_kept_as_evidence(unicode_msg, clock):
    draft = read_message(unicode_msg, clock=clock)
    assert draft.original.content == unicode_msg.read_bytes()
    assert draft.original.media_type == "application/vnd.ms-outlook"
    assert draft.original.filename == "unicode.msg"


def test_msg_without_sender_and_date(strange_date_msg, clock):
    draft = read_message(strange_date_msg, clock=clock)
    assert draft.received is None
    assert draft.received_at is None
    assert draft.sender_email is None
    assert "received" in draft.missing
    assert "sender_email" in draft.missing
    assert draft.subject == "MSG Test File"
    assert draft.body.startswith("MSG test file")


def test_msg_is_recognised_by_content_not_by_name(unicode_msg, clock):
    draft = read_message_bytes(unicode_msg.read_bytes(), "looks-like-mail.eml", clock=clock)
    assert draft.sender_email == "brizhou@gmail.com"
    assert draft.original.media_type == "application/vnd.ms-outlook"


@pytest.mark.parametrize("keep", [8, 512, 1536, 4096, 20_000, 500_000, 1_500_000])
def test_truncated_msg_is_refused_without_personal_data(unicode_msg, clock, keep):
    data = unicode_msg.read_bytes()[:keep]
    try:
        draft = read_message_bytes(data, "Brian Zhou.msg", clock=clock)
    except IntakeError as error:
        text = str(error)
        assert "Outlook" in text
        for personal in ("Brian", "Zhou", "brizhou", "gmail"):
            assert personal not in text
    else:  # extract_msg may still read what is there; the draft must then be sane
        assert draft.original.content == data


def test_ole_file_that_is_not_a_message(clock):
    # An OLE container header followed by nothing sensible, padded past olefile's minimum.
    data = OLE_MAGIC + b"\x00" * 4000
    with pytest.raises(IntakeError, match=r"Outlook"):
        read_message_bytes(data, "report.doc", clock=clock)


def test_corrupted_msg_bytes(unicode_msg, clock):
    data = bytearray(unicode_msg.read_bytes())
    for offset in range(512, len(data), 4099):
        data[offset] ^= 0xFF
    try:
        draft = read_message_bytes(bytes(data), "x.msg", clock=clock)
    except IntakeError:
        pass
    else:
        assert isinstance(draft.body, str)


def test_extract_msg_and_qt_are_not_imported_up_front():
    code = (
        "import sys, desktop.intake; "
        "print('extract_msg' in sys.modules, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]
