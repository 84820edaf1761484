"""What the UI tests share: how a window shows a service's words, and a refusal's kind."""

from __future__ import annotations

import pytest

from desktop.core.errors import ValidationError


def said(message: str) -> str:
    """A service's message as a dialog or the status line shows it: capitalised, else as is."""
    return message[:1].upper() + message[1:]


def refusal(call) -> ValidationError:  # noqa: ANN001
    """What the service says when asked directly: the words a window must pass on."""
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value


def refused_as_changed(dialog) -> bool:  # noqa: ANN001
    """Refused because the case changed meanwhile: said on the dialog's line, no field marked."""
    return list(dialog.errors()) == [""] and dialog.error.property("field") == "case"
