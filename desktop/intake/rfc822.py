"""Reading an RFC 822 message (.eml) with the stdlib email package, defensively."""

from __future__ import annotations

import email
import email.policy
import re
import time
from collections.abc import Iterator
from email.message import Message

from desktop.core.clock import Clock
from desktop.intake.addresses import parse_sender
from desktop.intake.dates import arrival_from_received, parse_date_header
from desktop.intake.draft import IntakeAttachment, IntakeError
from desktop.intake.parsed import ParsedMessage
from desktop.intake.text import (
    clean_media_type,
    decode_bytes,
    decode_header,
    extension_for,
    html_to_text,
    safe_filename,
)

# Headers of which at least one must be present, or the bytes are not a message at all.
_MESSAGE_HEADERS = frozenset(
    {
        "from", "to", "cc", "subject", "date", "message-id", "mime-version", "received",
        "return-path", "sender", "reply-to", "delivered-to", "in-reply-to", "references",
    }
)  # fmt: skip
_MAX_DEPTH = 40  # deeper MIME nesting is hostile; what lies below is not read
_BODY_TYPES = frozenset({"text/plain", "text/html"})
# A message with thousands of parts or headers is built to stall its reader (5,000 parts took
# 17 s, 50,000 over 4 minutes): counted in the raw bytes before the email package parses it.
MAX_PARTS = 2000
MAX_HEADERS = 1000
TIME_BUDGET_S = 15.0  # and whatever still takes longer is stopped
_PART_START = re.compile(rb"(?m)^--[^\r\n]")  # boundary lines: a part needs no Content-Type
_HEADER_LINE = re.compile(rb"(?m)^[^ \t\r\n][^:\r\n]*:")


class _Budget:
    def __init__(self) -> None:
        self._until = time.monotonic() + TIME_BUDGET_S

    def check(self) -> None:
        if time.monotonic() > self._until:
            raise IntakeError(
                f"Reading this message took longer than {TIME_BUDGET_S:.0f} seconds and was "
                "stopped. Log it as a scan or a printout instead."
            )


def check_bounds(data: bytes) -> None:
    """Refuse a message built to stall the reader, saying what is wrong, before parsing it."""
    parts = max(len(_PART_START.findall(data)) - 1, 0)  # n parts: n + 1 boundary lines
    if parts > MAX_PARTS:
        raise IntakeError(
            f"This message has {parts:,} parts; Privacy Desk reads at most {MAX_PARTS:,}. "
            "Log it as a scan or a printout instead."
        )
    head = re.split(rb"\r?\n\r?\n", data, maxsplit=1)[0]
    headers = len(_HEADER_LINE.findall(head))
    if headers > MAX_HEADERS:
        raise IntakeError(
            f"This message has {headers:,} header lines; Privacy Desk reads at most "
            f"{MAX_HEADERS:,}. Log it as a scan or a printout instead."
        )


def _raw_header(message: Message, name: str) -> str | None:
    for key, value in message.raw_items():
        if key.lower() == name:
            return str(value)
    return None


def _raw_headers(message: Message, name: str) -> list[str]:
    """Every value of a header, topmost first."""
    return [str(value) for key, value in message.raw_items() if key.lower() == name]


def _is_attachment(part: Message) -> bool:
    if part.get_content_type() not in _BODY_TYPES:
        return True
    return part.get_content_disposition() == "attachment" or bool(_filename(part))


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # malformed RFC 2231 parameters
        return None
    return decode_header(str(name)) if name else None


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", errors="surrogateescape") if isinstance(raw, str) else b""


def _message_bytes(part: Message) -> bytes:
    """The bytes of an attached message (message/rfc822), to be kept as an .eml file."""
    inner = part.get_payload()
    pieces = inner if isinstance(inner, list) else []
    chunks = []
    for piece in pieces:
        if not isinstance(piece, Message):
            continue
        try:
            chunks.append(piece.as_bytes(policy=email.policy.compat32))
        except Exception:
            chunks.append(str(piece).encode("utf-8", errors="replace"))
    return b"\n".join(chunks) if chunks else _payload(part)


def _inner_subject(part: Message) -> str | None:
    inner = part.get_payload()
    if isinstance(inner, list) and inner and isinstance(inner[0], Message):
        subject = _raw_header(inner[0], "subject")
        return decode_header(subject) if subject else None
    return None


def _leaves(part: Message, budget: _Budget, depth: int = 0) -> Iterator[Message]:
    """Every leaf part and attached message, not descending into attached messages."""
    budget.check()
    if depth > _MAX_DEPTH:
        return
    if part.get_content_maintype() == "message" or not part.is_multipart():
        yield part
        return
    payload = part.get_payload()
    for sub in payload if isinstance(payload, list) else ():
        if isinstance(sub, Message):
            yield from _leaves(sub, budget, depth + 1)


def _attachments(message: Message, budget: _Budget) -> tuple[IntakeAttachment, ...]:
    # Walk every part: iter_attachments() misses those inside multipart/related (DESIGN.md).
    found = []
    for part in _leaves(message, budget):
        is_message = part.get_content_maintype() == "message"
        if not is_message and not _is_attachment(part):
            continue
        media_type = clean_media_type(part.get_content_type())
        name = _filename(part)
        if is_message:
            content = _message_bytes(part)
            if media_type in ("message/rfc822", "message/global"):
                stem = (name or _inner_subject(part) or "message").removesuffix(".eml")
                name = stem + ".eml"
        else:
            content = _payload(part)
        fallback = f"attachment-{len(found) + 1}{extension_for(media_type)}"
        found.append(IntakeAttachment(safe_filename(name, fallback), media_type, content))
    return tuple(found)


def _text_of(part: Message) -> str:
    text = decode_bytes(_payload(part), _charset(part))
    return html_to_text(text) if part.get_content_type() == "text/html" else text


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None


def _body(part: Message, budget: _Budget, depth: int = 0) -> tuple[str, bool]:
    """(text, came_from_html) of the readable parts; plain text wins in an alternative."""
    budget.check()
    if depth > _MAX_DEPTH or part.get_content_maintype() == "message":
        return "", False
    if not part.is_multipart():
        if _is_attachment(part):
            return "", False
        return _text_of(part), part.get_content_type() == "text/html"
    payload = part.get_payload()
    subs = [s for s in (payload if isinstance(payload, list) else ()) if isinstance(s, Message)]
    results = [_body(sub, budget, depth + 1) for sub in subs]
    if part.get_content_subtype() == "alternative":
        readable = [r for r in results if r[0].strip()]
        plain = [r for r in readable if not r[1]]
        return (plain or readable or [("", False)])[0]
    texts = [r for r in results if r[0].strip()]
    return "\n\n".join(t for t, _ in texts), any(html for _, html in texts)


def _strip_envelope(data: bytes) -> bytes:
    """Drop what mail tools put before the headers: a BOM, blank lines, an mbox "From " line."""
    data = data.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    if data.startswith(b"From "):
        _, _, data = data.partition(b"\n")
    return data


def read_rfc822(data: bytes, clock: Clock, not_a_message: str) -> ParsedMessage:
    """The fields of an .eml message; IntakeError(not_a_message) if the bytes are not one,
    or a message of its own if it is built to stall the reader (`check_bounds`, a time budget)."""
    data = _strip_envelope(data)
    check_bounds(data)
    budget = _Budget()
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not {key.lower() for key in message} & _MESSAGE_HEADERS:
        raise IntakeError(not_a_message)
    name, address = parse_sender(_raw_header(message, "from"))
    subject = _raw_header(message, "subject")
    body, _ = _body(message, budget)
    written = parse_date_header(_raw_header(message, "date"), clock)
    return ParsedMessage(
        sender_name=name,
        sender_email=address,
        subject=decode_header(subject) if subject else "",
        moment=arrival_from_received(_raw_headers(message, "received"), clock) or written,
        body=body,
        attachments=_attachments(message, budget),
        written=written,
    )
