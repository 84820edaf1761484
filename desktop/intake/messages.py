"""An inbound .eml or .msg file read into an intake draft, recognised by content, not by name."""

from __future__ import annotations

from pathlib import Path

from desktop.core.clock import Clock
from desktop.core.requests import Channel
from desktop.intake.addresses import NAME_MAX
from desktop.intake.dates import received_date
from desktop.intake.draft import IntakeAttachment, IntakeDraft, IntakeError
from desktop.intake.files import check_size, read_limited
from desktop.intake.language import guess_language
from desktop.intake.outlook import read_outlook
from desktop.intake.parsed import ParsedMessage
from desktop.intake.rfc822 import read_rfc822
from desktop.intake.suggest import suggest_request_types
from desktop.intake.text import clean_body, clean_line, safe_filename

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUBJECT_MAX = 1000  # a case title, not a document: the whole subject stays in the original
MSG_MEDIA_TYPE = "application/vnd.ms-outlook"
EML_MEDIA_TYPE = "message/rfc822"

_NOT_EML = "The file is not a valid email message (.eml)."
_NOT_A_MESSAGE = "The file is not an email message (.eml) or Outlook message (.msg)."
_UNREADABLE = "The message could not be read; the file may be damaged."


def read_message(path: Path, *, clock: Clock | None = None) -> IntakeDraft:
    """Read an .eml or .msg file into a draft; IntakeError with a message for the officer."""
    return read_message_bytes(read_limited(path), path.name, clock=clock)


def read_message_bytes(data: bytes, filename: str, *, clock: Clock | None = None) -> IntakeDraft:
    """Read message bytes into a draft. `filename` only names the kept original."""
    check_size(len(data))
    data = bytes(data)
    clock = clock or Clock()
    is_msg = data.startswith(OLE_MAGIC)
    try:
        if is_msg:
            parsed = read_outlook(data, clock)
        else:
            named_msg = filename.lower().endswith(".msg")
            not_a_message = _NOT_A_MESSAGE if named_msg else _NOT_EML
            parsed = read_rfc822(data, clock, not_a_message)
        return _draft(parsed, data, filename, is_msg)
    except IntakeError:
        raise
    except Exception:  # hostile input must never escape as anything but IntakeError
        raise IntakeError(_UNREADABLE) from None


def _draft(parsed: ParsedMessage, data: bytes, filename: str, is_msg: bool) -> IntakeDraft:
    subject = clean_line(parsed.subject, SUBJECT_MAX)
    body = clean_body(parsed.body)
    text = f"{subject}\n\n{body}"
    sender_name = clean_line(parsed.sender_name or "", NAME_MAX) or None
    received = received_date(parsed.moment)
    missing = []
    if received is None:
        missing.append("received")
    if sender_name is None:
        missing.append("sender_name")
    if parsed.sender_email is None:
        missing.append("sender_email")
    extension = ".msg" if is_msg else ".eml"
    original = IntakeAttachment(
        filename=safe_filename(filename, "message" + extension),
        media_type=MSG_MEDIA_TYPE if is_msg else EML_MEDIA_TYPE,
        content=data,
    )
    return IntakeDraft(
        channel=Channel.EMAIL,
        sender_name=sender_name,
        sender_email=parsed.sender_email,
        subject=subject,
        received=received,
        received_at=parsed.moment if received is not None else None,
        written_at=parsed.written,
        body=body,
        language=guess_language(text),
        original=original,
        attachments=parsed.attachments,
        suggested_types=suggest_request_types(_unquoted(text)),
        missing=tuple(missing),
    )


def _unquoted(text: str) -> str:
    """The text without ">" quoted lines: an earlier answer quoted back is not a new request."""
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
