"""Who sent a message: a display name and an address, taken from a From-style header."""

from __future__ import annotations

import email.utils
import re

from desktop.intake.text import clean_line, decode_header, undo_surrogates

NAME_MAX = 200
_BARE_NAME = re.compile(r"^[^@:;<>,\[\]]+$")
_EMAIL = re.compile(
    r"^[^@\s<>(),;:\"\[\]\\]{1,64}@[^@\s<>(),;:\"\[\]\\]+\.[^@\s<>(),;:\"\[\]\\.]+$"
)


def plausible_email(value: str) -> str | None:
    """The address if it looks like one a letter could be sent to, else None (never guessed)."""
    value = clean_line(value, 400).strip("<>").strip()
    if len(value) <= 254 and _EMAIL.match(value) and ".." not in value:
        return value
    return None


def parse_sender(raw: str | None) -> tuple[str | None, str | None]:
    """(name, email) from a raw header value; either is None when the header does not say."""
    if not raw:
        return None, None
    value = re.sub(r"\r?\n(?=[ \t])", "", undo_surrogates(raw))
    try:
        pairs = email.utils.getaddresses([value])
    except Exception:  # the stdlib address parser has had crash bugs on hostile input
        pairs = []
    name: str | None = None
    address: str | None = None
    for pair_name, pair_address in pairs:
        candidate = plausible_email(pair_address)
        if candidate:
            name, address = pair_name, candidate
            break
        if name is None and pair_name:
            name = pair_name
    if address is None and name is None:
        # Only a name, or nothing the parser understood: keep the words as a name.
        name = value if _BARE_NAME.match(value) else None
    if name:
        name = clean_line(decode_header(name), NAME_MAX).strip("\"' ") or None
    if name and address and name.casefold().strip("<>") == address.casefold():
        name = None
    if name and plausible_email(name):
        name = None
    return name, address
