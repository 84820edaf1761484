"""Names in the letter's language for what the processing register holds, and GDPR citations
written the way each language cites them. The register keeps English names (the window's) and
a Dutch and a German name beside each; a letter picks the requester's."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from desktop.core.errors import ValidationError

LETTER_LANGUAGES = ("nl", "de", "en")


def names_from(item: Mapping[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    """The entry's `names` object ({"nl": …, "de": …}) as sorted pairs (hashable, frozen)."""
    names = item.get("names") or {}
    if not isinstance(names, dict):
        raise ValidationError(where, "names must be an object of language: name")
    pairs = []
    for language, text in names.items():
        if language not in LETTER_LANGUAGES or not isinstance(text, str) or not text.strip():
            raise ValidationError(
                where, "names: give a name per language (%1)", ", ".join(LETTER_LANGUAGES)
            )
        pairs.append((language, " ".join(text.split())))
    return tuple(sorted(pairs))


def name_in(name: str, names: tuple[tuple[str, str], ...], language: str) -> str:
    """The name in `language`, else the register's own (English) name."""
    return dict(names).get(language, name)


_ARTICLE = re.compile(r"Art\. (\d+)\((\d+)\)(?:\(([a-z])\))? GDPR")
_SUFFIX = {"(consent)": {"nl": "(toestemming)", "de": "(Einwilligung)", "en": "(consent)"}}


def gdpr_citation(text: str, language: str) -> str:
    """ "Art. 6(1)(b) GDPR" as the language cites it: "artikel 6, lid 1, onder b, AVG",
    "Art. 6 Abs. 1 lit. b DSGVO"; other text is left as written (§ 257 HGB is German law)."""

    def cite(match: re.Match[str]) -> str:
        article, paragraph, point = match.groups()
        if language == "nl":
            return (
                f"artikel {article}, lid {paragraph}"
                + (f", onder {point}" if point else "")
                + ", AVG"
            )
        if language == "de":
            return (
                f"Art. {article} Abs. {paragraph}" + (f" lit. {point}" if point else "") + " DSGVO"
            )
        return match.group(0)

    cited = _ARTICLE.sub(cite, text)
    for english, words in _SUFFIX.items():
        cited = cited.replace(english, words.get(language, english))
    return cited


_YEARS = {"nl": "{n} jaar", "de": "{n} Jahre", "en": "{n} years"}


def years_in(years: int, language: str) -> str:
    """A retention period with its unit: "8 Jahre", "7 jaar", "6 years"."""
    return _YEARS.get(language, _YEARS["en"]).format(n=years)
