"""Typed search text as each kind of store's full-text query: FTS5's for SQLite, a tsquery for
the server. Both mean the same: every word must match, its parts in a row, the last as a
prefix, in either German spelling; only letters and digits of the typed text reach the query."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.store.db import german_spelling

if TYPE_CHECKING:
    from desktop.store.db import Store


def text_query(store: Store, text: str) -> str:
    """Typed text as the store's full-text query ("" when it holds no word)."""
    if store.sql.name == "sqlite":
        return fts_query(text)
    return tsquery(text, lambda parts: _folded_by_server(store, parts))


def finds_nothing(text: str, query: str) -> bool:
    """Typed words whose query came out empty (they fold to nothing): no case can match."""
    return not query and any(ch.isalnum() for ch in text)


def _folded_by_server(store: Store, parts: list[str]) -> list[str]:
    """The parts as the server folds the words it indexes (lower case, unaccent): exactly,
    in one round trip, rather than a copy of unaccent's rules here."""
    rows = store.execute(
        "SELECT immutable_unaccent(lower(part)) FROM unnest(CAST(:parts AS text[])) "
        "WITH ORDINALITY AS typed(part, n) ORDER BY n",
        {"parts": parts},
    ).fetchall()
    return [row[0] for row in rows]


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


def tsquery(text: str, fold: Callable[[list[str]], list[str]] = list) -> str:
    """The server's query for typed text, as `fts_query` for SQLite: every word must match,
    its parts in a row (`<->`), the last part as a prefix (`:*`), in either German spelling.

    `fold` folds the parts as the index was folded (the server's unaccent; its output may hold
    a quote: "ʼ" becomes "'"). Each folded part is quoted, with its quotes and backslashes
    taken out: typed text can never become tsquery syntax."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)][:12]
    spellings = [list(dict.fromkeys((word, german_spelling(word)))) for word in words]
    parts = [_parts(spelling) for each in spellings for spelling in each]
    folded = iter(fold([p for group in parts for p in group]))
    queries, groups = [], iter(parts)
    for each in spellings:
        phrases = []
        for _spelling in each:
            quoted = [_quoted(next(folded)) for _ in next(groups)]
            quoted = [q for q in quoted if q != "''"]
            if quoted:
                phrases.append(" <-> ".join(quoted) + ":*")
        if phrases:
            queries.append("(" + " | ".join(f"({p})" for p in dict.fromkeys(phrases)) + ")")
    return " & ".join(queries)  # "" also for words that fold to nothing: see finds_nothing


def _quoted(part: str) -> str:
    return "'" + part.replace("'", "").replace("\\", "") + "'"
