"""The office's recovery passphrase: how long it must be, and a strong one to suggest."""

from __future__ import annotations

import secrets

from desktop.core.errors import ValidationError

MIN_PASSPHRASE = 12
# No 0/O, 1/l/I: the passphrase is copied by hand onto paper and typed back from it.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def check_new_passphrase(passphrase: str) -> None:
    """A recovery passphrase the office can keep on paper and a guesser cannot find."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase", "the recovery passphrase needs at least %1 characters", MIN_PASSPHRASE
        )


def suggested_passphrase(groups: int = 6) -> str:
    """Six groups of four (some 118 bits), e.g. "k7qm-2xrp-...": easy to write down."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(groups))
