"""Identifiers as field-made libraries read them: phone numbers in E.164 (phonenumbers), email
addresses checked offline (email-validator); older entries rewritten by migration 0012."""

import pytest

from desktop.app import build_services
from desktop.core.errors import ValidationError
from desktop.core.suppression import identifier_hash, normalise_phone, phone_key
from desktop.services.cases import CaseDraft, Requester
from desktop.services.validation import email_address
from desktop.store.tamper import tampering
from tests.raw_sql import sqlite3


def unsubscribed(services, phone, country, email="anne@example.org"):
    case = services.cases.log_case(
        CaseDraft(channel="letter", received="2026-02-20", types=["unsubscribe"],
                  requester=Requester(name="Anne de Vries", phone=phone, email=email,
                                      country=country))
    )  # fmt: skip
    services.decisions.confirm_unsubscribe(case.id)
    return case


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("06 1234 5678", "NL", "+31612345678"),
        ("+31 (0)6-1234 5678", None, "+31612345678"),
        ("0031 6 12345678", "NL", "+31612345678"),
        ("089 1234567", "DE", "+49891234567"),
        ("+44 20 7946 0958", "DE", "+442079460958"),
    ],
)
def test_phone_numbers_in_e164_with_the_requesters_country(typed, region, e164):
    assert normalise_phone(typed, region) == e164
    assert phone_key(normalise_phone(typed, region)) == phone_key(normalise_phone(typed))


def test_a_suppression_entry_keeps_the_phone_in_e164_and_matches_any_spelling(services):
    unsubscribed(services, "06 1234 5678", "NL")
    stored = services.ctx.store.scalar("SELECT phone FROM suppressions")
    assert stored == "+31612345678"
    for spelling in ("+31 6 12345678", "0612345678", "0031 6 1234 5678"):
        assert services.suppression.check(phone=spelling)["suppressed"], spelling
    assert identifier_hash(stored) == identifier_hash(normalise_phone("+31 6 1234 5678"))


@pytest.mark.parametrize("typed", ["anne@", "anne@example", "an ne@example.org", "a@b@c.org"])
def test_an_email_address_is_checked_offline_with_a_clear_message(typed):
    with pytest.raises(ValidationError) as refused:
        email_address("email", typed)
    assert refused.value.field == "email" and "is not an email address" in refused.value.message


def test_an_invisible_character_is_dropped_from_an_email_address():
    assert email_address("email", "an\u200bne@exam\u2060ple.org") == "anne@example.org"


def test_older_entries_are_rewritten_when_the_store_is_opened(services, store_path, clock):
    unsubscribed(services, "06 1234 5678", "NL")
    services.close()
    conn = sqlite3.connect(store_path, isolation_level=None)
    conn.execute("DROP TRIGGER IF EXISTS suppressions_no_update")
    conn.execute(
        "UPDATE suppressions SET phone = '0612345678', email = 'an\u200bne@example.org', "
        "phone_key = 'stale'"
    )
    conn.execute("PRAGMA user_version = 11")
    conn.close()
    reopened = build_services(store_path, clock)
    try:
        row = reopened.ctx.store.row("SELECT phone, email, phone_key FROM suppressions")
        assert row == {"phone": "+31612345678", "email": "anne@example.org",
                       "phone_key": "612345678"}  # fmt: skip
        # The hand edit above is in no ledger entry, the rewrite is: only the edit is named.
        assert all("suppression entry" in f.what for f in tampering(reopened.ctx.store))
    finally:
        reopened.close()
