"""What a message reader hands to the draft builder, before cleaning and suggestions."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from desktop.intake.draft import IntakeAttachment


@dataclass(frozen=True)
class ParsedMessage:
    """The fields one reader (.eml or .msg) found; text is raw, the builder cleans it."""

    sender_name: str | None
    sender_email: str | None
    subject: str
    moment: datetime.datetime | None  # when it arrived (Received:), else when written (Date:)
    body: str
    attachments: tuple[IntakeAttachment, ...]
    written: datetime.datetime | None = None  # the Date: header, shown beside the arrival
