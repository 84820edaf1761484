"""Who must not be contacted on which channel, and how identifiers are normalised and hashed."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from desktop.core.choices import Choice


class SuppressionChannel(Choice):
    __noun__ = "channel"

    POST = "post"
    EMAIL = "email"
    PHONE = "phone"
    PROFILING = "profiling"  # retargeting and profiling for advertising (Art. 21(2)-(3))
    NEWSLETTER = "newsletter"

    @property
    def label(self) -> str:
        return {
            "post": "Advertising by post",
            "email": "Advertising by email",
            "phone": "Advertising by telephone",
            "profiling": "Retargeting and profiling",
            "newsletter": "Newsletter",
        }[self.value]


# An objection to direct marketing stops every marketing channel unless the officer narrows it.
MARKETING_CHANNELS = (
    SuppressionChannel.POST,
    SuppressionChannel.EMAIL,
    SuppressionChannel.PHONE,
    SuppressionChannel.PROFILING,
    SuppressionChannel.NEWSLETTER,
)
# An unsubscribe stops the newsletter only, never transactional mail.
UNSUBSCRIBE_CHANNELS = (SuppressionChannel.NEWSLETTER,)


def without_format_characters(text: str) -> str:
    """`text` without invisible format characters (Unicode Cf: zero-width spaces and joiners,
    BOM, bidi marks), which make one address another string."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def normalise_email(email: str) -> str:
    """Trimmed, Unicode NFC, lower-cased as a whole (mail systems treat the local part so),
    without invisible format characters: a zero-width space or a bidi mark pasted into
    "an\u200bne@example.org" must neither escape the suppression check nor change the hash."""
    return unicodedata.normalize("NFC", without_format_characters(email).strip()).lower()


def normalise_phone(phone: str, region: str | None = None) -> str:
    """E.164 ("+31612345678") where the number reads as one: international numbers always,
    national ones ("06 1234 5678") with `region`, the requester's country (phonenumbers).

    Otherwise digits with a leading "+" for international numbers: spaces, dots, dashes,
    slashes, brackets and a written trunk "(0)" go, a leading "00" becomes "+", and a national
    number keeps its 0 (the country is not known). `phone_key` matches both forms.
    """
    text = phone.strip().replace("(0)", "")  # "+31 (0)30": the trunk 0 is not dialled abroad
    e164 = _e164(text, region)
    if e164:
        return e164
    plus = text.startswith("+")
    digits = re.sub(r"\D", "", text)
    if not plus and digits.startswith("00"):
        plus, digits = True, digits[2:]
    return ("+" if plus else "") + digits


def _e164(text: str, region: str | None) -> str | None:
    import phonenumbers  # on first use: 40 ms of metadata a start-up does not need

    try:
        number = phonenumbers.parse(text, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_key(normalised: str) -> str | None:
    """The last nine digits: "+31 6 1234 5678" and "06 1234 5678" meet there; None if too short."""
    digits = normalised.lstrip("+")
    return digits[-9:] if len(digits) >= 9 else None


def identifier_hash(normalised: str) -> str:
    """SHA-256 (hex) of a normalised identifier, for sharing with marketing systems."""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
