"""What intake hands back: the draft of a request, its attachments, and the one error type."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from desktop.core.requests import Channel, RequestType

MAX_FILE_BYTES = 25 * 1024 * 1024


class IntakeError(Exception):
    """A file intake cannot use. The message is for the officer and names no personal data."""


@dataclass(frozen=True)
class IntakeAttachment:
    """One file: an attachment, a scan, or the original message kept as evidence."""

    filename: str
    media_type: str
    content: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass(frozen=True)
class TypeSuggestion:
    """A request type the text seems to invoke, and the words that gave it away."""

    type: RequestType
    keyword: str
    language: str


@dataclass(frozen=True)
class IntakeDraft:
    """An inbound message read into fields; nothing is stored until the officer confirms."""

    channel: Channel
    sender_name: str | None
    sender_email: str | None
    subject: str
    received: datetime.date | None  # at the group's seat; the company's own zone decides
    received_at: datetime.datetime | None  # when it arrived (topmost Received: header)
    body: str
    language: str | None
    original: IntakeAttachment
    attachments: tuple[IntakeAttachment, ...]
    suggested_types: tuple[TypeSuggestion, ...]
    missing: tuple[str, ...]
    written_at: datetime.datetime | None = None  # the Date: header: when the sender wrote it
