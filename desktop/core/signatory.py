"""Who signs a letter: the officer's own name and function in the letter's language.

Never the operating-system login: a login ("jdoe", "root") under a letter to a data subject
looks careless at best and names the wrong person at worst. Without a name a letter is
unsigned, and an unsigned letter is not sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.errors import ValidationError

# What letters printed under the signature before the function could be set (labels "role").
DEFAULT_FUNCTIONS = {
    "nl": "Privacyfunctionaris",
    "de": "Datenschutzbeauftragter",
    "en": "Data protection officer",
}
MAX_NAME = 120
UNSIGNED = (
    "no officer name is set, and letters are never signed with the system login: set your "
    "name (window: File > Officer name and function; command line: --officer or "
    "PRIVACYDESK_OFFICER)"
)


def clean_name(text: str) -> str:
    """One line, single spaces, at most MAX_NAME characters."""
    return " ".join((text or "").split())[:MAX_NAME]


@dataclass(frozen=True)
class Signatory:
    name: str = ""
    functions: tuple[tuple[str, str], ...] = ()  # (language, function) the officer set

    @classmethod
    def of(cls, name: str, functions: Mapping[str, str] | None = None) -> Signatory:
        own = tuple(
            (lang, clean_name(text)) for lang, text in (functions or {}).items() if clean_name(text)
        )
        return cls(clean_name(name), own)

    @property
    def signed(self) -> bool:
        return bool(self.name)

    def function(self, language: str) -> str:
        """The function under the name: the officer's own wording, else the usual title."""
        own = dict(self.functions).get(language)
        return own or DEFAULT_FUNCTIONS.get(language, DEFAULT_FUNCTIONS["en"])


def required_name(text: str) -> str:
    """The officer's name as letters print it; refused when blank."""
    name = clean_name(text)
    if not name:
        raise ValidationError("name", "is required (letters are signed with it)")
    return name
