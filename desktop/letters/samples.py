"""Realistic sample facts for every letter type: template previews, tests and the benchmark."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.letters.facts import (
    ErasureFacts,
    LetterFacts,
    Letterhead,
    LetterType,
    ObjectionFacts,
    RequestFacts,
    WithdrawalFacts,
)

HOFFMANN_SE = Letterhead(
    name="Hoffmann SE",
    street="Haberlandstr. 55",
    postcode="81241",
    city="München",
    country="DE",
    dpo_name="Dr. Katrin Weiß",
    dpo_email="dataprotection@hoffmann-group.com",
    dpo_phone="+49 89 8391-0",
    dpo_fax="+49 89 8391-9999",
    dpo_address="Hoffmann SE, z. Hd. Datenschutzbeauftragter, Haberlandstr. 55, 81241 München",
    registered_office="München",
    commercial_register="Amtsgericht München HRB 000000 (sample)",
    vat_id="DE000000000 (sample)",
    authority_name="Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
    authority_address="Promenade 18, 91522 Ansbach",
)

HOFFMANN_NL = Letterhead(
    name="Hoffmann Nederland B.V.",
    street="Industrieweg 12",
    postcode="3542 AD",
    city="Utrecht",
    country="NL",
    dpo_name="M. de Vries",
    dpo_email="privacy.nl@example.invalid",
    dpo_phone="+31 30 000 00 00",
    dpo_fax="",
    dpo_address="Hoffmann Nederland B.V., t.a.v. de privacyfunctionaris, Industrieweg 12, 3542 AD Utrecht",
    registered_office="Utrecht",
    commercial_register="KvK 00000000",
    vat_id="NL000000000B01",
    authority_name="Autoriteit Persoonsgegevens",
    authority_address="Postbus 93374, 2509 AJ Den Haag",
    is_sample=True,
)

_REQUESTER = {
    "de": ("Jürgen Weiß", "Lindenstraße 12\n80331 München"),
    "nl": ("Anouk de Vries", "Kerkstraat 5\n3511 LK Utrecht\nNederland"),
    "en": ("Sarah O'Connor", "12 Baker Street\nLondon NW1 6XE\nUnited Kingdom"),
}

# Free texts an officer would type, in the letter's language.
_TEXTS = {
    "information_needed": {
        "de": "Ihre Kundennummer oder eine Bestätigung von der E-Mail-Adresse, die in Ihrem "
        "Kundenkonto hinterlegt ist. Ihre Anfrage kam von einer anderen Adresse als der, die "
        "wir zu Ihrem Namen gespeichert haben.",
        "nl": "Uw klantnummer, of een bevestiging vanaf het e-mailadres dat in uw klantaccount "
        "staat. Uw verzoek kwam van een ander adres dan het adres dat wij bij uw naam hebben "
        "vastgelegd.",
        "en": "Your customer number, or a confirmation sent from the email address registered "
        "in your customer account. Your request came from a different address from the one we "
        "hold under your name.",
    },
    "extension": {
        "de": "Sie haben mehrere Anträge gestellt (Auskunft, Löschung und Datenübertragbarkeit).\n"
        "Ihre Daten sind über das Kundenkonto, drei Bestellsysteme und das Archiv der "
        "Rechnungen verteilt und müssen dort einzeln zusammengestellt werden.",
        "nl": "U hebt meerdere verzoeken ingediend (inzage, wissing en dataportabiliteit).\n"
        "Uw gegevens staan verspreid over het klantaccount, drie bestelsystemen en het "
        "factuurarchief en moeten daar afzonderlijk worden verzameld.",
        "en": "You have made several requests (access, erasure and data portability).\n"
        "Your data are spread over the customer account, three order systems and the invoice "
        "archive, and must be collected from each of them separately.",
    },
    "grounds": {
        "de": "Die Bonitätsprüfung vor einer Lieferung auf Rechnung schützt uns vor "
        "Zahlungsausfällen; ohne sie können wir den Kauf auf Rechnung nicht anbieten. Gegen Sie "
        "besteht zudem eine offene Forderung, die wir gerichtlich geltend machen.",
        "nl": "De kredietcontrole vóór een levering op rekening beschermt ons tegen "
        "wanbetaling; zonder die controle kunnen wij kopen op rekening niet aanbieden. Daarnaast "
        "staat er een vordering op u open, die wij in rechte geldend maken.",
        "en": "The credit check before a delivery on invoice protects us against payment "
        "defaults; without it we cannot offer purchase on invoice. There is also an unpaid "
        "claim against you, which we are pursuing in court.",
    },
    "balancing": {
        "de": "Sie haben vorgetragen, dass die Abfrage Ihre Kreditwürdigkeit beeinträchtige. "
        "Die Abfrage betrifft nur Bestellungen auf Rechnung, sie wird nicht an Dritte zu "
        "Werbezwecken weitergegeben, und Sie können jederzeit per Vorkasse bestellen. Unser "
        "Interesse an der Absicherung offener Forderungen überwiegt daher.",
        "nl": "U hebt aangevoerd dat de controle uw kredietwaardigheid schaadt. De controle "
        "betreft alleen bestellingen op rekening, wordt niet voor reclame aan derden verstrekt, "
        "en u kunt altijd met vooruitbetaling bestellen. Ons belang bij het zekerstellen van "
        "openstaande vorderingen weegt daarom zwaarder.",
        "en": "You argued that the check harms your creditworthiness. It concerns only orders "
        "on invoice, is not passed to third parties for advertising, and you can always order "
        "with payment in advance. Our interest in securing unpaid claims therefore prevails.",
    },
    "refusal": {
        "de": "Sie haben seit Januar 2026 elf gleichlautende Auskunftsanträge gestellt; die "
        "letzte vollständige Auskunft haben Sie am 2. Februar 2026 erhalten, und Ihre Daten "
        "haben sich seitdem nicht geändert. Der erneute Antrag ist wegen seiner häufigen "
        "Wiederholung offenkundig exzessiv (Art. 12 Abs. 5 DSGVO).",
        "nl": "U hebt sinds januari 2026 elf gelijkluidende inzageverzoeken ingediend; de "
        "laatste volledige inzage hebt u op 2 februari 2026 ontvangen en uw gegevens zijn "
        "sindsdien niet gewijzigd. Het nieuwe verzoek is vanwege het repetitieve karakter "
        "kennelijk buitensporig (artikel 12, lid 5, AVG).",
        "en": "Since January 2026 you have made eleven identical requests for access; you "
        "received a complete answer on 2 February 2026, and your data have not changed since. "
        "Because of its repetitive character, the new request is manifestly excessive "
        "(Art. 12(5) GDPR).",
    },
}

_ACCESS = {
    "purposes": {
        "de": "Abwicklung Ihrer Bestellungen (Art. 6 Abs. 1 lit. b DSGVO)\n"
        "Bonitätsprüfung bei Kauf auf Rechnung (Art. 6 Abs. 1 lit. f DSGVO)\n"
        "Werbung per Post (Art. 6 Abs. 1 lit. f DSGVO)\n"
        "Aufbewahrung nach Handels- und Steuerrecht (Art. 6 Abs. 1 lit. c DSGVO)",
        "nl": "Afhandeling van uw bestellingen (artikel 6, lid 1, onder b, AVG)\n"
        "Kredietcontrole bij kopen op rekening (artikel 6, lid 1, onder f, AVG)\n"
        "Reclame per post (artikel 6, lid 1, onder f, AVG)\n"
        "Bewaring op grond van fiscale en handelsrechtelijke plichten (artikel 6, lid 1, onder c, AVG)",
        "en": "Handling your orders (Art. 6(1)(b) GDPR)\n"
        "Credit checks for purchases on invoice (Art. 6(1)(f) GDPR)\n"
        "Advertising by post (Art. 6(1)(f) GDPR)\n"
        "Retention under commercial and tax law (Art. 6(1)(c) GDPR)",
    },
    "categories": {
        "de": "Stammdaten (Name, Anschrift, E-Mail-Adresse)\nBestell- und Rechnungsdaten\n"
        "Zahlungsdaten (Zahlungsart, Zahlungseingänge)\nKorrespondenz mit unserem Kundenservice",
        "nl": "Basisgegevens (naam, adres, e-mailadres)\nBestel- en factuurgegevens\n"
        "Betaalgegevens (betaalwijze, ontvangen betalingen)\nCorrespondentie met onze klantenservice",
        "en": "Master data (name, address, email address)\nOrder and invoice data\n"
        "Payment data (payment method, payments received)\nCorrespondence with our customer service",
    },
    "recipients": {
        "de": "Hoffmann Nederland B.V., Utrecht (Konzerngesellschaft, Auftragsabwicklung)\n"
        "DHL Paket GmbH, Bonn (Versand)\nPayPal (Europe) S.à r.l. et Cie, S.C.A., Luxemburg "
        "(Zahlungsabwicklung)\nGoogle Ireland Limited, Dublin (Google Analytics)",
        "nl": "Hoffmann SE, München (groepsmaatschappij, orderafhandeling)\n"
        "PostNL B.V., Den Haag (verzending)\nPayPal (Europe) S.à r.l. et Cie, S.C.A., Luxemburg "
        "(betalingsverwerking)\nGoogle Ireland Limited, Dublin (Google Analytics)",
        "en": "Hoffmann SE, Munich (group company, order handling)\n"
        "DHL Paket GmbH, Bonn (shipping)\nPayPal (Europe) S.à r.l. et Cie, S.C.A., Luxembourg "
        "(payment processing)\nGoogle Ireland Limited, Dublin (Google Analytics)",
    },
    "storage": {
        "de": "Stammdaten: bis zur Löschung Ihres Kundenkontos\n"
        "Rechnungen: 8 Jahre ab Ende des Ausstellungsjahres (§ 147 AO, § 257 HGB)\n"
        "Geschäftsbriefe: 6 Jahre ab Ende des Jahres (§ 257 HGB)",
        "nl": "Basisgegevens: tot de opheffing van uw klantaccount\n"
        "Facturen: 7 jaar na het einde van het jaar (artikel 52 AWR, artikel 2:10 BW)",
        "en": "Master data: until your customer account is closed\n"
        "Invoices: 8 years from the end of the year of issue (§ 147 AO, § 257 HGB)\n"
        "Business letters: 6 years from the end of the year (§ 257 HGB)",
    },
    "automated_decisions": {
        "de": "Bei Kauf auf Rechnung fragen wir einen Bonitätswert (Score) bei einer Auskunftei "
        "ab. Er beruht auf statistischen Werten zu Zahlungserfahrungen; bei einem niedrigen "
        "Wert bieten wir den Kauf auf Rechnung nicht an, andere Zahlungsarten bleiben möglich.",
        "nl": "Bij kopen op rekening vragen wij een kredietscore op bij een kredietinformatiebureau. "
        "Die score berust op statistische gegevens over betaalgedrag; bij een lage score bieden "
        "wij kopen op rekening niet aan, andere betaalwijzen blijven mogelijk.",
        "en": "For purchases on invoice we obtain a credit score from a credit agency. It is "
        "based on statistical data on payment behaviour; with a low score we do not offer "
        "purchase on invoice, other payment methods remain available.",
    },
    "third_countries": {
        "de": "Google LLC, USA: EU-US Data Privacy Framework (Angemessenheitsbeschluss)",
        "nl": "Google LLC, VS: EU-US Data Privacy Framework (adequaatheidsbesluit)",
        "en": "Google LLC, USA: EU-US Data Privacy Framework (adequacy decision)",
    },
}

_ERASED = {
    "de": ("Kundenkonto und Login", "Newsletter-Profil", "Rechnungen 2024–2025", "Geschäftsbriefe"),
    "nl": ("Klantaccount en login", "Nieuwsbriefprofiel", "Facturen 2024–2025", "Zakelijke brieven"),
    "en": ("Customer account and login", "Newsletter profile", "Invoices 2024–2025", "Business letters"),
}  # fmt: skip

_CONSENTS = {
    "de": ("Werbung per Telefon", "Newsletter"),
    "nl": ("Reclame per telefoon", "Nieuwsbrief"),
    "en": ("Advertising by telephone", "Newsletter"),
}

_ENCLOSURES = {
    "de": "Kopie Ihrer personenbezogenen Daten (Kundenkonto, Bestellungen 2023–2026)",
    "nl": "Kopie van uw persoonsgegevens (klantaccount, bestellingen 2023–2026)",
    "en": "Copy of your personal data (customer account, orders 2023–2026)",
}

_REDACTIONS = {
    "de": "Namen und Kontaktdaten unserer Mitarbeitenden und anderer Kunden in der "
    "Korrespondenz (Rechte Dritter, Art. 15 Abs. 4 DSGVO)",
    "nl": "Namen en contactgegevens van onze medewerkers en van andere klanten in de "
    "correspondentie (rechten van anderen, artikel 15, lid 4, AVG)",
    "en": "Names and contact details of our staff and of other customers in the "
    "correspondence (rights of others, Art. 15(4) GDPR)",
}

_PARTLY = {
    "de": "Rechnungen und Geschäftsbriefe sind gesperrt statt gelöscht (siehe unten).",
    "nl": "Facturen en zakelijke brieven zijn geblokkeerd in plaats van gewist (zie hieronder).",
    "en": "Invoices and business letters are blocked instead of erased (see below).",
}

_OFFICER = {"de": "Dr. Katrin Weiß", "nl": "M. de Vries", "en": "Dr. Katrin Weiß"}


def _requests(*pairs: tuple[str, str | None]) -> tuple[RequestFacts, ...]:
    return tuple(RequestFacts(type=t, label="", outcome=o) for t, o in pairs)


def sample_facts(kind: LetterType, language: str, company: Letterhead | None = None) -> LetterFacts:
    """A realistic case for `kind` in `language` (de, nl, en), on Hoffmann SE's letterhead
    unless another company is given (Hoffmann Nederland B.V. for Dutch by default)."""
    head = company or (HOFFMANN_NL if language == "nl" else HOFFMANN_SE)
    name, address = _REQUESTER[language]
    text = {key: values[language] for key, values in _TEXTS.items()}
    base = LetterFacts(
        letter_date=date(2026, 3, 20),
        reference="DSR-2026-0042",
        language=language,
        company=head,
        requester_name=name,
        requester_address=address,
        received=date(2026, 3, 5),
        channel="email",
        requests=_requests(("access", None), ("erasure", None)),
        due=date(2026, 4, 7),  # 5 April 2026 is Easter Sunday, 6 April Easter Monday
        officer=_OFFICER[language] if head is not HOFFMANN_NL else HOFFMANN_NL.dpo_name,
    )
    erased = _ERASED[language]
    if kind is LetterType.ACKNOWLEDGEMENT:
        return replace(base, letter_date=date(2026, 3, 6))
    if kind is LetterType.IDENTITY_REQUEST:
        return replace(
            base,
            letter_date=date(2026, 3, 9),
            requests=_requests(("access", None)),
            information_needed=text["information_needed"],
            identity_asked_on=date(2026, 3, 9),
            notes={"reply_by": "2026-04-09"},
        )
    if kind is LetterType.IDENTITY_REMINDER:  # two weeks without a reply
        return replace(
            base,
            letter_date=date(2026, 3, 23),
            requests=_requests(("access", None)),
            information_needed=text["information_needed"],
            identity_asked_on=date(2026, 3, 9),
            notes={"reply_by": "2026-04-06"},
        )
    if kind is LetterType.EXTENSION_NOTICE:
        return replace(
            base,
            requests=_requests(("access", None), ("erasure", None), ("portability", None)),
            extended_due=date(2026, 6, 5),
            extension_reasons=text["extension"],
        )
    if kind is LetterType.ACCESS_ANSWER:
        notes = {f"access_{key}": values[language] for key, values in _ACCESS.items()}
        return replace(
            base,
            letter_date=date(2026, 4, 2),
            requests=_requests(("access", "partly-granted")),
            access_enclosures=(_ENCLOSURES[language],),
            redactions=(_REDACTIONS[language],),
            notes=notes,
        )
    if kind is LetterType.RIGHTS_DONE:
        # DOMAIN.md §5: invoices of 2025 kept 8 years in Germany, 7 in the Netherlands.
        retention = (
            [("art. 52 AWR, art. 2:10 BW", date(2032, 12, 31))] * 2
            if head.country == "NL"
            else [("§ 147 AO, § 257 HGB", date(2033, 12, 31)), ("§ 257 HGB", date(2031, 12, 31))]
        )
        return replace(
            base,
            letter_date=date(2026, 4, 2),
            requests=(
                RequestFacts("erasure", "", "partly-granted", _PARTLY[language]),
                RequestFacts("rectification", "", "granted"),
            ),
            erasures=(
                ErasureFacts(erased[0], True),
                ErasureFacts(erased[1], True),
                ErasureFacts(erased[2], False, *retention[0]),
                ErasureFacts(erased[3], False, *retention[1]),
            ),
            recipients_notified=("Hoffmann Nederland B.V.", "DHL Paket GmbH"),
        )
    if kind is LetterType.OBJECTION_UPHELD:
        return replace(
            base,
            requests=_requests(("objection-marketing", "granted")),
            objection=ObjectionFacts(
                kind="marketing",
                decision="upheld",
                effective=date(2026, 3, 10),
                channels=("post", "email", "profiling"),
            ),
        )
    if kind is LetterType.OBJECTION_REJECTED:
        return replace(
            base,
            letter_date=date(2026, 4, 1),
            requests=_requests(("objection-credit", "refused")),
            objection=ObjectionFacts(
                kind="interests",
                decision="rejected",
                purposes=(_ACCESS["purposes"][language].split("\n")[1],),
                effective=date(2026, 4, 1),
                grounds=text["grounds"],
                balancing=text["balancing"],
                credit=True,
            ),
        )
    if kind is LetterType.WITHDRAWAL_CONFIRMED:
        return replace(
            base,
            requests=_requests(("withdrawal", "granted")),
            withdrawal=WithdrawalFacts(consents=_CONSENTS[language], effective=date(2026, 3, 5)),
        )
    if kind is LetterType.REFUSAL:
        return replace(
            base,
            requests=_requests(("access", "refused")),
            refusal_reasons=text["refusal"],
        )
    if kind is LetterType.TRANSFER:  # sent by the company that forwards it (Hoffmann SE)
        return replace(
            base,
            company=HOFFMANN_SE,
            transfer_to=HOFFMANN_NL,
            notes={"transferred_from": "Hoffmann SE"},
        )
    if kind is LetterType.IDENTITY_NOT_CONFIRMED:
        return replace(
            base,
            letter_date=date(2026, 4, 10),
            requests=_requests(("access", "identity-not-confirmed")),
            information_needed=text["information_needed"],
            identity_asked_on=date(2026, 3, 9),
        )
    raise ValueError(f"no sample for {kind}")
