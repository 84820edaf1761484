"""The fixed words of a letter in each language: request types, channels, outcomes, captions."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.signatory import DEFAULT_FUNCTIONS
from desktop.letters.dates import check_language

# Noun phrases, so that a template can list them after "we understood your letter as".
_REQUEST_LABELS = {
    "access": {
        "nl": "inzage in uw persoonsgegevens",
        "de": "Auskunft über Ihre personenbezogenen Daten",
        "en": "access to your personal data",
    },
    "rectification": {
        "nl": "rectificatie (correctie) van uw persoonsgegevens",
        "de": "Berichtigung Ihrer personenbezogenen Daten",
        "en": "rectification of your personal data",
    },
    "erasure": {
        "nl": "wissing van uw persoonsgegevens",
        "de": "Löschung Ihrer personenbezogenen Daten",
        "en": "erasure of your personal data",
    },
    "restriction": {
        "nl": "beperking van de verwerking van uw persoonsgegevens",
        "de": "Einschränkung der Verarbeitung Ihrer personenbezogenen Daten",
        "en": "restriction of the processing of your personal data",
    },
    "portability": {
        "nl": "overdracht van uw gegevens (dataportabiliteit)",
        "de": "Herausgabe Ihrer Daten (Datenübertragbarkeit)",
        "en": "a copy of your data for transfer (data portability)",
    },
    "objection-interests": {
        "nl": "bezwaar tegen verwerking op grond van ons gerechtvaardigd belang",
        "de": "Widerspruch gegen eine Verarbeitung aufgrund berechtigter Interessen",
        "en": "objection to processing based on our legitimate interests",
    },
    "objection-marketing": {
        "nl": "bezwaar tegen direct marketing, inclusief profilering",
        "de": "Widerspruch gegen Direktwerbung einschließlich Profiling",
        "en": "objection to direct marketing, including profiling",
    },
    "withdrawal": {
        "nl": "intrekking van uw toestemming",
        "de": "Widerruf Ihrer Einwilligung",
        "en": "withdrawal of your consent",
    },
    "unsubscribe": {
        "nl": "afmelding voor de nieuwsbrief",
        "de": "Abmeldung vom Newsletter",
        "en": "unsubscribing from the newsletter",
    },
    "objection-credit": {
        "nl": "bezwaar tegen kredietwaardigheidscontrole en scoring",
        "de": "Widerspruch gegen Bonitätsprüfung und Scoring",
        "en": "objection to credit checks and scoring",
    },
    "complaint": {
        "nl": "klacht of overig verzoek",
        "de": "Beschwerde oder sonstiges Anliegen",
        "en": "complaint or other request",
    },
}

_BASIS = {
    "access": "15",
    "rectification": "16",
    "erasure": "17",
    "restriction": "18",
    "portability": "20",
    "objection-interests": "21(1)",
    "objection-marketing": "21(2)-(3)",
    "withdrawal": "7(3)",
    "unsubscribe": "7(3), 21(2)",
    "objection-credit": "21(1), 22",
    "complaint": "77",
}
# The GDPR is the "AVG" in Dutch and the "DSGVO" in German.
_BASIS_FORMAT = {"nl": "art. {} AVG", "de": "Art. {} DSGVO", "en": "Art. {} GDPR"}

# "Your request reached us ${channel}": a phrase, not a bare noun ("by web form" is not English).
_CHANNELS = {
    "email": {"nl": "per e-mail", "de": "per E-Mail", "en": "by email"},
    "letter": {"nl": "per post", "de": "per Post", "en": "by post"},
    "fax": {"nl": "per fax", "de": "per Fax", "en": "by fax"},
    "phone": {"nl": "telefonisch", "de": "telefonisch", "en": "by telephone"},
    "web-form": {
        "nl": "via ons webformulier",
        "de": "über unser Webformular",
        "en": "through our web form",
    },
    "in-person": {"nl": "persoonlijk", "de": "persönlich", "en": "in person"},
}

_OUTCOMES = {
    "granted": {"nl": "toegewezen", "de": "stattgegeben", "en": "granted"},
    "partly-granted": {
        "nl": "gedeeltelijk toegewezen",
        "de": "teilweise stattgegeben",
        "en": "partly granted",
    },
    "refused": {"nl": "afgewezen", "de": "abgelehnt", "en": "refused"},
    "no-data": {
        "nl": "geen gegevens gevonden",
        "de": "keine Daten vorhanden",
        "en": "no data found",
    },
    "identity-not-confirmed": {
        "nl": "identiteit niet bevestigd",
        "de": "Identität nicht bestätigt",
        "en": "identity not confirmed",
    },
    "withdrawn": {"nl": "ingetrokken", "de": "zurückgenommen", "en": "withdrawn"},
    "transferred": {"nl": "overgedragen", "de": "weitergeleitet", "en": "transferred"},
}

_SUPPRESSION = {
    "post": {"nl": "reclame per post", "de": "Werbung per Post", "en": "advertising by post"},
    "email": {
        "nl": "reclame per e-mail",
        "de": "Werbung per E-Mail",
        "en": "advertising by email",
    },
    "phone": {
        "nl": "telefonische reclame",
        "de": "Telefonwerbung",
        "en": "advertising by telephone",
    },
    "profiling": {
        "nl": "retargeting en profilering voor reclame",
        "de": "Retargeting und Profiling zu Werbezwecken",
        "en": "retargeting and profiling for advertising",
    },
    "newsletter": {"nl": "de nieuwsbrief", "de": "Newsletter", "en": "the newsletter"},
}


# Captions printed by the layout (not by templates).
_CAPTIONS = {
    "our_reference": {"nl": "Ons kenmerk", "de": "Unser Zeichen", "en": "Our reference"},
    "your_letter": {"nl": "Uw brief van", "de": "Ihr Schreiben vom", "en": "Your letter of"},
    "received_on": {"nl": "Ontvangen op", "de": "Eingegangen am", "en": "Received on"},
    # The deadline of one month, lengthened by the days the identity check paused it.
    "pause_phrase": {
        "nl": " plus de {days} dagen dat wij op uw antwoord op ons verzoek om identificatie "
        "hebben gewacht",
        "de": " zuzüglich der {days} Tage, in denen wir auf Ihre Antwort zur Bestätigung Ihrer "
        "Identität gewartet haben,",
        "en": " plus the {days} days we waited for your reply to our request for identification",
    },
    "contact": {
        "nl": "Privacyfunctionaris",
        "de": "Datenschutzbeauftragter",
        "en": "Data protection officer",
    },
    "phone": {"nl": "Tel.", "de": "Tel.", "en": "Tel."},
    "fax": {"nl": "Fax", "de": "Fax", "en": "Fax"},
    "date": {"nl": "Datum", "de": "Datum", "en": "Date"},
    "role": DEFAULT_FUNCTIONS,  # under the signature, unless the officer worded it
    "page": {"nl": "Pagina {page} van {pages}", "de": "Seite {page} von {pages}", "en": "Page {page} of {pages}"},
    "address_as_given": {
        "nl": "Adres zoals opgegeven",
        "de": "Anschrift wie angegeben",
        "en": "Address as given",
    },
    "enclosures": {"nl": "Bijlagen", "de": "Anlagen", "en": "Enclosures"},
    "copy_of_data": {
        "nl": "Kopie van uw persoonsgegevens (artikel 15, lid 3, AVG)",
        "de": "Kopie Ihrer personenbezogenen Daten (Art. 15 Abs. 3 DSGVO)",
        "en": "Copy of your personal data (Art. 15(3) GDPR)",
    },
    # The footer: what company law wants on a business letter (core/letterhead.py).
    "registered_office": {"nl": "Statutaire zetel", "de": "Sitz", "en": "Registered office"},
    "legal_form": {"nl": "Rechtsvorm", "de": "Rechtsform", "en": "Legal form"},
    "register_court": {"nl": "Handelsregister", "de": "Registergericht", "en": "Commercial register"},
    "kvk": {"nl": "KvK-nummer", "de": "KvK-Nummer", "en": "KvK number"},
    "vat_id": {"nl": "Btw-nr.", "de": "USt-IdNr.", "en": "VAT ID"},
    "board": {"nl": "Raad van bestuur", "de": "Vorstand", "en": "Management board"},
    "executive": {"nl": "Uitvoerende bestuurders", "de": "Geschäftsführende Direktoren", "en": "Executive directors"},
    "managing": {"nl": "Directie", "de": "Geschäftsführer", "en": "Managing directors"},
    "directors": {"nl": "Bestuurders", "de": "Geschäftsleitung", "en": "Directors"},
    "supervisory_chair": {"nl": "Voorzitter raad van commissarissen", "de": "Vorsitzender des Aufsichtsrats", "en": "Chair of the supervisory board"},
    "administrative_chair": {"nl": "Voorzitter raad van bestuur", "de": "Vorsitzender des Verwaltungsrats", "en": "Chair of the administrative board"},
    "privacy": {"nl": "Privacy", "de": "Datenschutz", "en": "Data protection"},
    "sample": {
        "nl": "VOORBEELDGEGEVENS – niet verzenden",
        "de": "MUSTERDATEN – nicht versenden",
        "en": "SAMPLE COMPANY DATA – do not send",
    },
    "demo": {
        "nl": "DEMO – verzonnen zaak, niet verzenden",
        "de": "DEMO – erfundener Fall, nicht versenden",
        "en": "DEMO – invented case, do not send",
    },
    "draft": {
        "nl": "CONCEPT – briefhoofd onvolledig, niet verzenden",
        "de": "ENTWURF – Briefkopf unvollständig, nicht versenden",
        "en": "DRAFT – incomplete letterhead, do not send",
    },
    "unsigned": {
        "nl": "NIET ONDERTEKEND – naam van de functionaris ontbreekt",
        "de": "NICHT UNTERZEICHNET – Name des Bearbeiters fehlt",
        "en": "UNSIGNED – the officer's name is not set",
    },
    "and": {"nl": "en", "de": "und", "en": "and"},
}  # fmt: skip


def request_label(request_type: str, language: str) -> str:
    """The request type as a noun phrase; an unknown type is shown as stored, never dropped."""
    return _REQUEST_LABELS.get(request_type, {}).get(check_language(language), request_type)


def request_basis(request_type: str, language: str) -> str:
    article = _BASIS.get(request_type)
    return _BASIS_FORMAT[check_language(language)].format(article) if article else ""


def channel_phrase(channel: str, language: str) -> str:
    return _CHANNELS.get(channel, {}).get(check_language(language), channel)


def outcome_word(outcome: str | None, language: str) -> str:
    if not outcome:
        return ""
    return _OUTCOMES.get(outcome, {}).get(check_language(language), outcome)


def suppression_label(channel: str, language: str) -> str:
    return _SUPPRESSION.get(channel, {}).get(check_language(language), channel)


def country_name(code: str, language: str) -> str:
    """The country in the letter's language (CLDR's names, through Babel)."""
    from desktop.letters.addressing import country_name as cldr_name

    return cldr_name(code, check_language(language))


def caption(key: str, language: str) -> str:
    return _CAPTIONS[key][check_language(language)]


def join_words(items: Sequence[str], language: str) -> str:
    """ "a, b and c" in the letter's language (no Oxford comma: none of the three house styles)."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {caption('and', language)} {items[-1]}"
