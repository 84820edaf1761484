"""The words that suggest a request type, per language: the one place to add or change them.

Phrase syntax: words match case- and accent-insensitively on word boundaries ("löschen" also
matches "LOESCHEN"); a trailing "*" allows any word ending ("inzage*" matches "inzageverzoek");
" ... " allows up to eight words in between, within one sentence ("bezwaar ... reclame").
Language None means the phrase is shared between languages; the text's language is used then.
"""

from __future__ import annotations

from desktop.core.requests import RequestType as T

KEYWORDS: dict[T, dict[str | None, tuple[str, ...]]] = {
    T.ACCESS: {
        "nl": ("inzage*", "kopie van ... gegevens", "welke gegevens ... verwerkt"),
        "de": ("auskunft*", "selbstauskunft", "kopie ... daten"),
        "en": (
            "subject access", "access request", "copy of my data", "copy of ... personal data",
            "right of access", "article 15",
        ),
        None: ("art. 15", "artikel 15"),
    },
    T.RECTIFICATION: {
        "nl": ("correctie", "corrigeren", "rectificatie", "onjuist*"),
        "de": ("berichtigung", "berichtigen", "korrektur"),
        "en": ("rectify", "rectification", "correct my", "article 16"),
        None: ("art. 16", "artikel 16"),
    },
    T.ERASURE: {
        "nl": ("account verwijderen", "verwijder*", "vergeten"),
        "de": ("konto löschen", "lösch*", "vergessenwerden"),
        "en": ("erase", "erasure", "delete my", "deletion", "right to be forgotten", "article 17"),
        None: ("art. 17", "artikel 17"),
    },
    T.RESTRICTION: {
        "nl": ("beperking", "beperken"),
        "de": ("einschränkung", "einschränken", "sperrung"),
        "en": ("restrict*", "article 18"),
        None: ("art. 18", "artikel 18"),
    },
    T.PORTABILITY: {
        "nl": ("overdraagbaarheid", "dataportabiliteit"),
        "de": ("datenübertragbarkeit", "datenportabilität"),
        "en": ("portability", "article 20"),
        None: ("art. 20", "artikel 20"),
    },
    T.OBJECTION_MARKETING: {
        "nl": (
            "bezwaar ... reclame*", "bezwaar ... marketing", "reclame* ... bezwaar",
            "geen reclame", "direct mail",
        ),
        "de": (
            "widerspruch ... werb*", "widerspreche ... werb*", "widersprechen ... werb*",
            "werb* ... widersprech*", "keine werbung", "direktwerbung", "werbewiderspruch",
        ),
        "en": (
            "direct marketing", "object* ... marketing", "object* ... advertis*",
            "stop sending me advertis*", "stop sending me marketing",
        ),
        None: ("profiling",),
    },
    T.OBJECTION_CREDIT: {
        "nl": ("kredietwaardigheid", "kredietcheck", "kredietbeoordeling"),
        "de": ("bonität*", "schufa", "kreditprüfung"),
        "en": ("credit check", "credit score", "credit scoring", "creditworthiness"),
        None: ("scoring",),
    },
    # After the two above: a generic objection in the same sentence as one of them is theirs.
    T.OBJECTION_INTERESTS: {
        "nl": ("bezwaar*",),
        "de": ("widerspruch", "widerspreche", "widersprechen", "widersprochen"),
        "en": ("object to", "i object", "objection", "article 21"),
        None: ("art. 21", "artikel 21"),
    },
    T.WITHDRAWAL: {
        "nl": ("intrekken", "intrekking", "trek mijn toestemming in", "herroep*"),
        "de": ("widerruf*", "widerrufe", "einwilligung"),
        "en": (
            "withdraw my consent", "withdraw consent", "withdrawal of consent",
            "revoke my consent",
        ),
    },
    T.UNSUBSCRIBE: {
        "nl": ("uitschrijven", "afmelden", "nieuwsbrie*"),
        "de": ("abmelden", "abbestellen", "newsletter"),
        "en": ("unsubscribe", "mailing list"),
    },
    T.COMPLAINT: {
        "nl": ("klacht*",),
        "de": ("beschwerde*",),
        "en": ("complaint", "complain"),
    },
}  # fmt: skip

# A match for the key does not count where it lies in one sentence with a match for one of these.
SUPERSEDED_BY: dict[T, tuple[T, ...]] = {
    T.OBJECTION_INTERESTS: (T.OBJECTION_MARKETING, T.OBJECTION_CREDIT),
}
