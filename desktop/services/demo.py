"""Realistic sample cases for a first look at the program and for benchmarks at 100,000 cases."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from desktop.core.errors import ValidationError
from desktop.core.requests import Channel, Outcome, RequestType, decision_needed_to_close
from desktop.services.cases import Attachment, CaseDraft, CaseService, Requester
from desktop.services.decisions import DecisionService, ErasureItem
from desktop.store import facts as fact_sql

_PEOPLE = {
    "nl": (
        ["Anne", "Daan", "Sanne", "Joris", "Femke", "Pieter", "Eva", "Bram", "Lotte", "Sem"],
        ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "de Jong", "Mulder",
         "van Dijk", "Bosman", "IJsselmuiden"],
        [("Oudegracht 112", "3511 AX", "Utrecht", "NL"), ("Keizersgracht 45", "1015 CJ", "Amsterdam", "NL"),
         ("Witte de Withstraat 8", "3012 BN", "Rotterdam", "NL"), ("Lange Voorhout 3", "2514 EA",
         "Den Haag", "NL"), ("Vismarkt 21", "9712 CB", "Groningen", "NL")],
        "NL",
    ),
    "de": (
        ["Jürgen", "Anna", "Lukas", "Marie", "Stefan", "Sabine", "Jörg", "Katrin", "Felix", "Maria"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Becker", "Hoffmann", "Schäfer",
         "Koch", "Groß"],
        [("Leopoldstraße 77", "80802", "München", "DE"), ("Hauptstraße 5", "69117", "Heidelberg", "DE"),
         ("Königsallee 30", "40212", "Düsseldorf", "DE"), ("Mariahilfer Straße 12", "1070", "Wien", "AT"),
         ("Bahnhofstrasse 9", "8001", "Zürich", "CH")],
        "DE",
    ),
    "en": (
        ["Oliver", "Emma", "James", "Sophie", "Harry", "Olivia", "Liam", "Chloé", "Noah", "Zoë"],
        ["Smith", "Jones", "O'Brien", "Taylor", "Brown", "Wilson", "Evans", "Murphy", "Walsh"],
        [("12 High Street", "NN1 1AA", "Northampton", "GB"), ("4 Baker Lane", "EC1A 1BB", "London", "GB"),
         ("7 Grafton Street", "D02 XY00", "Dublin", "IE"), ("3 rue Oberlin", "67000", "Strasbourg", "FR")],
        "GB",
    ),
}  # fmt: skip

_LANGUAGES = ("nl", "de", "en")
# Each right: how often a typical consumer business sees it, and the subject line a requester
# writes in each of _LANGUAGES.
_RIGHTS = {
    RequestType.ACCESS: (30, ("Verzoek om inzage", "Auskunftsersuchen nach Art. 15 DSGVO", "Subject access request")),
    RequestType.ERASURE: (22, ("Verzoek tot verwijdering van mijn gegevens", "Löschung meiner Daten", "Please delete my account")),
    RequestType.OBJECTION_MARKETING: (14, ("Bezwaar tegen reclame per post", "Widerspruch gegen Werbung", "Stop sending me advertising")),
    RequestType.UNSUBSCRIBE: (10, ("Uitschrijven nieuwsbrief", "Newsletter abbestellen", "Unsubscribe from newsletter")),
    RequestType.WITHDRAWAL: (8, ("Intrekking toestemming", "Widerruf meiner Einwilligung", "Withdrawal of consent")),
    RequestType.RECTIFICATION: (6, ("Correctie adresgegevens", "Berichtigung meiner Anschrift", "Please correct my address")),
    RequestType.OBJECTION_INTERESTS: (3, ("Bezwaar tegen verwerking", "Widerspruch nach Art. 21", "Objection to processing")),
    RequestType.OBJECTION_CREDIT: (2, ("Bezwaar kredietwaardigheidscontrole", "Widerspruch Bonitätsprüfung", "Objection to credit check")),
    RequestType.RESTRICTION: (2, ("Beperking van verwerking", "Einschränkung der Verarbeitung", "Restriction of processing")),
    RequestType.PORTABILITY: (2, ("Dataportabiliteit", "Datenübertragbarkeit", "Data portability")),
    RequestType.COMPLAINT: (1, ("Klacht over gegevensverwerking", "Beschwerde", "Complaint")),
}  # fmt: skip
_CHANNELS = {Channel.EMAIL: 60, Channel.LETTER: 20, Channel.FAX: 5, Channel.WEB_FORM: 10,
             Channel.PHONE: 4, Channel.IN_PERSON: 1}  # fmt: skip


def demo_drafts(count: int, today: date, seed: int = 7) -> list[CaseDraft]:
    rng = random.Random(seed)
    polite = random.Random(seed + 1)  # forms of address apart: the rest stays as it was
    types, type_w = list(_RIGHTS), [weight for weight, _subjects in _RIGHTS.values()]
    channels, chan_w = list(_CHANNELS), list(_CHANNELS.values())
    drafts = []
    for _ in range(count):
        lang = rng.choices(_LANGUAGES, [4, 4, 2])[0]
        first, last, addresses, country = _PEOPLE[lang]
        name = f"{rng.choice(first)} {rng.choice(last)}"
        street, postcode, city, where = rng.choice(addresses)
        form = polite.choices(["female", "male", "neutral"], [45, 45, 10])[0]
        business = rng.random() < 0.25
        kinds = rng.choices(types, type_w, k=1 if rng.random() < 0.8 else 2)
        channel = rng.choices(channels, chan_w)[0]
        received = today - timedelta(days=int(rng.triangular(0, 420, 10)))
        local = name.lower().replace(" ", ".").replace("'", "")
        domain = rng.choice(["example.org", "example.net", "example.com"])
        _weight, subjects = _RIGHTS[kinds[0]]
        subject = subjects[_LANGUAGES.index(lang)]
        delivery = (
            rng.choice(["NL", "DE", "BE", "AT", "CH", "GB", "FR", "US"]) if business else None
        )
        drafts.append(
            CaseDraft(
                channel=channel.value,
                received=received,
                types=[k.value for k in kinds],
                requester=Requester(
                    name=name + (" GmbH" if business and lang == "de" else ""),
                    email=f"{local}@{domain}" if channel is not Channel.LETTER else None,
                    street=street,
                    postcode=postcode,
                    city=city,
                    country=where,
                    form_of_address="neutral" if business else form,
                    title="Dr." if not business and polite.random() < 0.05 else None,
                    customer_number=f"K{rng.randint(100000, 999999)}",
                    customer="business" if business else "consumer",
                    delivery_country=delivery,
                    language=lang,
                ),
                context="order" if rng.random() < 0.85 else "website",
                subject=subject,
                body=f"{subject}.\n\n{name}",
                fax_number="+31 30 123 45 67" if channel is Channel.FAX else None,
            )
        )
    return drafts


def make_demo_store(
    cases: CaseService,
    count: int,
    progress: Callable[[int], None] | None = None,
    decisions: DecisionService | None = None,
) -> int:
    """Mark the store as a demo store and fill it; a store that holds real cases is refused.

    Invented cases (and their suppression entries, which can never be lifted) must never mix
    with an office's real ones.
    """
    ctx = cases.ctx
    with ctx.store.transaction():
        if fact_sql.get_fact(ctx.store, "demo") != "1":
            if fact_sql.case_count(ctx.store):
                raise ValidationError(
                    "store",
                    "this store holds real cases; demo cases go only into a demo store of "
                    "their own: give a new file with --db",
                )
            fact_sql.set_fact(ctx.store, "demo", "1")
            ctx.audit(None, "demo-store-made", {})
    return fill_demo_store(cases, count, progress, decisions=decisions)


def fill_demo_store(
    cases: CaseService,
    count: int,
    progress: Callable[[int], None] | None = None,
    seed: int = 7,
    decisions: DecisionService | None = None,
) -> int:
    """Log `count` sample cases through the real services, then work on the older ones.

    Each case gets its audit entries as in real use; the cases are written 5,000 to a
    transaction (each service call a savepoint in it), and who is working is asked once.
    """
    ctx = cases.ctx
    today = ctx.clock.today()
    rng = random.Random(seed + 1)
    drafts = sorted(demo_drafts(count, today, seed), key=lambda d: d.received)
    chunk = 5000
    officer, who = ctx.officer, ctx.officer()
    ctx.officer = lambda: who  # the login is looked up in the system's user database
    try:
        for start in range(0, len(drafts), chunk):
            with ctx.store.batch():
                for number, draft in enumerate(drafts[start : start + chunk], start=start + 1):
                    _work_on(cases, decisions, draft, today, rng)
                    if progress and number % 1000 == 0:
                        progress(number)
    finally:
        ctx.officer = officer
    return count


def _work_on(
    cases: CaseService,
    decisions: DecisionService | None,
    draft: CaseDraft,
    today: date,
    rng: random.Random,
) -> None:
    """Log one draft and, as an office would have by now, decide, close, extend or pause it."""
    if draft.channel in ("letter", "fax") and rng.random() < 0.3:
        draft = _with_scan(draft)
    logged = cases.log_case(draft)
    age = (today - draft.received).days
    if age > 32 and rng.random() < 0.97:
        if decisions is not None:
            _decide(decisions, logged.id, draft, today)
        # A request that is granted only through a decision, without one: nothing was found.
        outcomes = {
            r["type"]: r["outcome"]
            or (
                "no-data"
                if decision_needed_to_close(RequestType(r["type"]), Outcome.GRANTED, False)
                else "granted"
            )
            for r in cases.case_file(logged.id)["requests"]
        }
        closed = min(today, draft.received + timedelta(days=rng.randint(13, 30)))
        cases.close(logged.id, outcomes, on=closed)
    elif 18 < age < 29 and rng.random() < 0.3:
        cases.extend(logged.id, "Complex request: data in several systems of the group.")
    elif age < 20 and rng.random() < 0.12:
        cases.pause(logged.id, "Identity in doubt: asked for the customer number.")


def _decide(decisions: DecisionService, case_id: int, draft: CaseDraft, today: date) -> None:
    """The decisions an office takes on these requests, and the Art. 19 notices that follow."""
    received = draft.received if isinstance(draft.received, date) else today
    decided = min(today, received + timedelta(days=12))
    for kind in dict.fromkeys(draft.types):  # a type asked twice is one request
        if kind == "objection-marketing":
            decisions.uphold_marketing_objection(case_id, carried_out=decided)
        elif kind == "unsubscribe":
            decisions.confirm_unsubscribe(case_id, carried_out=decided)
        elif kind == "withdrawal":
            decisions.record_withdrawal(
                case_id, ["advertising-email", "newsletter"], None, [("CRM", True)],
                carried_out=decided,
            )  # fmt: skip
        elif kind == "erasure":
            invoice = received - timedelta(days=200)
            decisions.decide_erasure(
                case_id,
                [ErasureItem("customer account"), ErasureItem("invoices", "de-vouchers", invoice)],
                decided_on=decided,
            )
        elif kind == "rectification":
            decisions.record_rectification(
                case_id, "Postal address corrected in the customer account.",
                ["group-companies", "transport"], decided_on=decided,
            )  # fmt: skip
        elif kind == "restriction":
            decisions.record_restriction(
                case_id, "Customer data kept but not used while the accuracy is checked.",
                ["group-companies"], decided_on=decided,
            )  # fmt: skip
        elif kind in ("objection-interests", "objection-credit"):
            purpose = "credit-checks" if kind == "objection-credit" else "advertising-post"
            decisions.assess_objection(
                case_id, kind, purposes=[purpose], decision="upheld", decided_on=decided,
                situation="Particular situation described in the letter.",
            )  # fmt: skip
    for notice in decisions.case_decisions(case_id)["notices"]:
        if notice["status"] == "open":
            decisions.record_notice(notice["id"], notified_on=decided, channel="email")


def _with_scan(draft: CaseDraft) -> CaseDraft:
    pdf = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]"
        b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    return replace(draft, attachments=(Attachment("scan.pdf", "application/pdf", pdf, True),))
