"""Choices stored as codes, never as words: the window shows them in the officer's language."""

from __future__ import annotations

from enum import Enum

from desktop.core.choices import Choice


class ExemptionGround(Choice):
    """Why no Art. 19 notice goes to a recipient: the only two grounds the article allows."""

    __noun__ = "exemption ground"

    IMPOSSIBLE = "impossible"
    DISPROPORTIONATE_EFFORT = "disproportionate-effort"

    @property
    def label(self) -> str:
        return {"impossible": "Impossible", "disproportionate-effort": "Disproportionate effort"}[
            self.value
        ]


class IdCheckMethod(Enum):
    """How the identity was checked; an officer may also describe another way in words."""

    COPY_CHECKED = "copy-checked"
    ID_CARD_IN_PERSON = "id-card-in-person"
    PASSPORT_IN_PERSON = "passport-in-person"
    VIDEO_CALL = "video-call"
    KNOWN_DETAILS = "known-details"

    @property
    def label(self) -> str:
        return _ID_CHECK_LABELS[self]


_ID_CHECK_LABELS = {
    IdCheckMethod.COPY_CHECKED: "Copy of the ID received and checked",
    IdCheckMethod.ID_CARD_IN_PERSON: "ID card shown in person",
    IdCheckMethod.PASSPORT_IN_PERSON: "Passport shown in person",
    IdCheckMethod.VIDEO_CALL: "ID shown in a video call",
    IdCheckMethod.KNOWN_DETAILS: "Customer number and known email address match",
}


def id_check_label(stored: str) -> str:
    """The words for a stored method: its label for a code, else the officer's own words."""
    try:
        return IdCheckMethod(stored).label
    except ValueError:
        return stored
