"""Reading an Outlook message (.msg) with extract_msg (GPL-3.0), imported only when needed."""

from __future__ import annotations

import contextlib
import datetime
import mimetypes
from typing import Any

from desktop.core.clock import Clock
from desktop.intake.addresses import parse_sender
from desktop.intake.dates import arrival_from_received, parse_date_header, plausible_moment
from desktop.intake.draft import IntakeAttachment, IntakeError
from desktop.intake.parsed import ParsedMessage
from desktop.intake.text import (
    clean_media_type,
    decode_bytes,
    decode_html_bytes,
    extension_for,
    html_to_text,
    safe_filename,
)

NOT_A_MSG = "The file is not a valid Outlook message (.msg)."
DAMAGED_MSG = "The Outlook message is damaged or incomplete and could not be read."
# olefile reads shorter bytes as a file NAME, not as content; no real .msg is this small.
_MIN_OLE_BYTES = 1536


def _get(obj: Any, name: str) -> Any:
    """One property of the message; extract_msg computes them lazily and any may fail."""
    try:
        return getattr(obj, name, None)
    except Exception:
        return None


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return decode_bytes(value)
    return None


def _body(message: Any) -> str:
    plain = _text(_get(message, "body"))
    if plain and plain.strip():
        return plain
    html = _get(message, "htmlBody")
    if isinstance(html, bytes) and html.strip():
        return html_to_text(decode_html_bytes(html))
    if isinstance(html, str) and html.strip():
        return html_to_text(html)
    return plain or ""


def _moments(message: Any, clock: Clock) -> tuple[datetime.datetime | None, ...]:
    """(arrived, written): the topmost Received: of the transport headers, else Outlook's
    delivery time; and the Date: header, else the time Outlook says it was sent."""
    header = _get(message, "header")
    raw_date, received = None, []
    if header is not None:
        try:
            raw_date = header.get("Date")
            received = [str(v) for v in (header.get_all("Received") or [])]
        except Exception:
            raw_date, received = None, []
    # The transport header keeps the sender's own offset, as an .eml file would.
    written = parse_date_header(str(raw_date), clock) if raw_date else None
    if written is None:
        sent = _get(message, "date")
        written = plausible_moment(sent, clock) if isinstance(sent, datetime.datetime) else None
    arrived = arrival_from_received(received, clock)
    if arrived is None:
        delivered = _get(message, "receivedTime")
        if isinstance(delivered, datetime.datetime):
            arrived = plausible_moment(delivered, clock)
    return arrived or written, written


def _attachment(attachment: Any, number: int) -> IntakeAttachment | None:
    data = _get(attachment, "data")
    name = _text(_get(attachment, "longFilename")) or _text(_get(attachment, "shortFilename"))
    media_type = _text(_get(attachment, "mimetype"))
    if not isinstance(data, bytes):
        embedded = data  # an embedded .msg: keep it as a file of its own
        export = getattr(embedded, "exportBytes", None)
        if export is None:
            return None
        try:
            data = export()
        except Exception:
            return None
        if not isinstance(data, bytes):
            return None
        media_type = "application/vnd.ms-outlook"
        name = name or _text(_get(embedded, "subject"))
        if name and not name.lower().endswith(".msg"):
            name += ".msg"
    if not media_type and name:
        media_type = mimetypes.guess_type(name, strict=False)[0]
    media_type = clean_media_type(media_type)
    fallback = f"attachment-{number}{extension_for(media_type)}"
    return IntakeAttachment(safe_filename(name, fallback), media_type, data)


def read_outlook(data: bytes, clock: Clock) -> ParsedMessage:
    """The fields of an Outlook .msg; IntakeError for anything extract_msg cannot open."""
    if len(data) < _MIN_OLE_BYTES:
        raise IntakeError(DAMAGED_MSG)
    try:
        import extract_msg  # slow to import (DESIGN.md): only when a .msg arrives
        from extract_msg.exceptions import (
            InvalidFileFormatError,
            UnrecognizedMSGTypeError,
            UnsupportedMSGTypeError,
        )
    except ImportError:
        raise IntakeError(
            "Outlook messages (.msg) cannot be read: extract-msg is missing."
        ) from None
    try:
        message = extract_msg.openMsg(data)
    except (InvalidFileFormatError, UnrecognizedMSGTypeError, UnsupportedMSGTypeError):
        raise IntakeError(NOT_A_MSG) from None
    except Exception:
        raise IntakeError(DAMAGED_MSG) from None
    try:
        name, address = parse_sender(_text(_get(message, "sender")))
        attachments = []
        for attachment in _get(message, "attachments") or ():
            kept = _attachment(attachment, len(attachments) + 1)
            if kept is not None:
                attachments.append(kept)
        moments = _moments(message, clock)
        return ParsedMessage(
            sender_name=name,
            sender_email=address,
            subject=_text(_get(message, "subject")) or "",
            moment=moments[0],
            written=moments[1],
            body=_body(message),
            attachments=tuple(attachments),
        )
    except IntakeError:
        raise
    except Exception:
        raise IntakeError(DAMAGED_MSG) from None
    finally:
        # Closing a damaged file may fail too; there is nothing left to release then.
        with contextlib.suppress(Exception):
            message.close()
