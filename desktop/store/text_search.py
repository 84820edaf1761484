"""Typed search text as each kind of store's full-text query: FTS5's for SQLite, a tsquery for
the server. Both mean the same: every word must match, its parts in a row, the last as a
prefix, in either German spelling; only letters and digits of the typed text reach the query."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store.db import german_spelling

if TYPE_CHECKING:
    from desktop.store.db import Store


def text_query(store: Store, text: str) -> str:
    """Typed text as the store's full-text query ("" when it holds no word)."""
    return fts_query(text) if store.sql.name == "sqlite" else tsquery(text)


def fts_query(text: str) -> str:
    """Turn typed text into an FTS5 query: every word must match, its last part as a prefix.

    A word that punctuation splits into parts ("example.org", "PD-2026-0001", an email
    address) must match as those parts in a row: an FTS5 phrase, quicker and more exact than
    each part anywhere. A word with German letters also matches in the spelling without them
    ("Mueller-Weiß" finds "Müller-Weiß", whose name is indexed as "Mueller-Weiss" too).
    """
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]
    queries = []
    for word in words[:12]:
        phrases = dict.fromkeys(_phrase(spelling) for spelling in (word, german_spelling(word)))
        queries.append(" OR ".join(phrases) if len(phrases) == 1 else f"({' OR '.join(phrases)})")
    return " AND ".join(queries)


def _phrase(word: str) -> str:
    return '"' + " ".join(p.replace('"', '""') for p in _parts(word)) + '"*'


def _parts(word: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in word).split()


def tsquery(text: str) -> str:
    """The server's query for typed text, as `fts_query` for SQLite: every word must match,
    its parts in a row (`<->`), the last part as a prefix (`:*`), in either German spelling.
    Only letters and digits reach the query, each part quoted: typed text cannot be syntax."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]
    queries = []
    for word in words[:12]:
        spellings = dict.fromkeys(
            " <-> ".join(f"'{p}'" for p in _parts(spelling)) + ":*"
            for spelling in (word, german_spelling(word))
        )
        queries.append("(" + " | ".join(f"({s})" for s in spellings) + ")")
    return " & ".join(queries)
