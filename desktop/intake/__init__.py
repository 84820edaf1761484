"""Intake: an inbound .eml, .msg or scan turned into a draft for the officer (nothing stored)."""

from desktop.intake.draft import (
    MAX_FILE_BYTES,
    IntakeAttachment,
    IntakeDraft,
    IntakeError,
    TypeSuggestion,
)
from desktop.intake.keywords import KEYWORDS
from desktop.intake.language import guess_language
from desktop.intake.messages import read_message, read_message_bytes
from desktop.intake.scans import read_scan, read_scan_bytes
from desktop.intake.suggest import suggest_request_types

__all__ = [
    "KEYWORDS",
    "MAX_FILE_BYTES",
    "IntakeAttachment",
    "IntakeDraft",
    "IntakeError",
    "TypeSuggestion",
    "guess_language",
    "read_message",
    "read_message_bytes",
    "read_scan",
    "read_scan_bytes",
    "suggest_request_types",
]
