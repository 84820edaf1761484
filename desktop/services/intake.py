"""From a message or scan file to a case draft: what the intake dialog and `import` share."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import ValidationError
from desktop.services.cases import Attachment, CaseDraft, Requester
from desktop.services.context import ServiceBase, ServiceContext

if TYPE_CHECKING:  # the readers load only when a file is read: the window starts quicker
    from desktop.intake import IntakeDraft

__all__ = ["IntakeService", "message_attachments"]

MESSAGE_SUFFIXES = (".eml", ".msg")
SCAN_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif")


class IntakeService(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def read_message(self, path: Path) -> IntakeDraft:
        from desktop.intake import IntakeError, read_message

        """Read an .eml or .msg file; a file intake cannot use is a ValidationError on "file"."""
        try:
            return read_message(Path(path), clock=self.ctx.clock)
        except IntakeError as exc:
            raise ValidationError("file", str(exc)) from None
        except OSError as exc:
            raise ValidationError("file", "cannot be read (%1)", exc.strerror) from None

    @staticmethod
    def suggest_types(text: str) -> list[tuple[str, str]]:
        """Request types the words of a request suggest, as (type, the word found); the
        officer confirms them, they are never ticked on their own."""
        if not text.strip():
            return []
        from desktop.intake import suggest_request_types

        return [(s.type.value, s.keyword) for s in suggest_request_types(text)]

    def read_scan(self, path: Path, *, id_document: bool = False) -> Attachment:
        from desktop.intake import IntakeError, read_scan

        try:
            scan = read_scan(Path(path))
        except IntakeError as exc:
            raise ValidationError("scan", str(exc)) from None
        except OSError as exc:
            raise ValidationError("scan", "cannot be read (%1)", exc.strerror) from None
        return Attachment(
            scan.filename, scan.media_type, scan.content, is_original=not id_document,
            is_id_document=id_document,
        )  # fmt: skip


def message_attachments(draft: IntakeDraft) -> tuple[Attachment, ...]:
    """The original message (kept as evidence) followed by its attachments."""
    original = Attachment(
        draft.original.filename, draft.original.media_type, draft.original.content, True
    )
    rest = tuple(Attachment(a.filename, a.media_type, a.content) for a in draft.attachments)
    return (original, *rest)


def case_draft_from_message(
    draft: IntakeDraft,
    types: list[str],
    *,
    received: str | date | None = None,
    name: str | None = None,
    email: str | None = None,
    customer: str = "consumer",
    delivery_country: str | None = None,
    language: str | None = None,
    context: str = "order",
) -> CaseDraft:
    """What the officer confirmed, with the message's own fields where nothing was typed."""
    if received is None and draft.received_at is None:
        raise ValidationError("received", "the message has no date: give the date it arrived")
    sender = name or draft.sender_name or draft.sender_email
    if not sender:
        raise ValidationError("name", "the message names no sender: give the requester's name")
    return CaseDraft(
        channel="email",
        received=received,  # else the arrival's date where the responsible company is
        received_at=draft.received_at,
        types=types,
        requester=Requester(
            name=sender,
            email=email or draft.sender_email,
            customer=customer,
            delivery_country=delivery_country,
            language=language or draft.language or "en",
        ),
        context=context,
        subject=draft.subject,
        body=draft.body,
        attachments=message_attachments(draft),
    )
