"""Letters: templates -> letter text -> PDF (reportlab); nothing here knows Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.letters.dates import LANGUAGES, format_date
from desktop.letters.facts import (
    ErasureFacts,
    LetterFacts,
    Letterhead,
    LetterType,
    ObjectionFacts,
    RequestFacts,
    WithdrawalFacts,
)
from desktop.letters.templates import Template, TemplateError, TextBlock

if TYPE_CHECKING:
    from desktop.letters.render import (
        LetterText,
        layout_pdf,
        letter_text,
        load_template,
        render_many,
        render_pdf,
    )

# reportlab takes ~90 ms to import: services import desktop.letters.facts at start-up, so the
# rendering half is loaded on first use only.
_LAZY = {"LetterText", "layout_pdf", "letter_text", "load_template", "render_many", "render_pdf"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from desktop.letters import render

        return getattr(render, name)
    raise AttributeError(f"module 'desktop.letters' has no attribute {name!r}")


__all__ = [
    "LANGUAGES",
    "ErasureFacts",
    "LetterFacts",
    "LetterText",
    "LetterType",
    "Letterhead",
    "ObjectionFacts",
    "RequestFacts",
    "Template",
    "TemplateError",
    "TextBlock",
    "WithdrawalFacts",
    "format_date",
    "layout_pdf",
    "letter_text",
    "load_template",
    "render_many",
    "render_pdf",
]
