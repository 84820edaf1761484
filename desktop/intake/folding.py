"""Case- and accent-insensitive text for matching, with a way back to the original characters."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> tuple[str, list[int] | None]:
    """Lower-case text without accents ("Löschung" → "loschung", "ß" → "ss").

    Also returns, for each folded character, the index of the original character it came
    from; None means the mapping is the identity (plain ASCII text).
    """
    if text.isascii():
        return text.lower(), None
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def original_span(origin: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """The span in the original text that the folded span [start, end) came from."""
    if origin is None:
        return start, end
    return origin[start], origin[end - 1] + 1
