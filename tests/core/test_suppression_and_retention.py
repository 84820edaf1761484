"""Normalisation and hashing of identifiers, retention ends, objection rules."""

import hashlib
from datetime import date

import pytest

from desktop.core.errors import ValidationError
from desktop.core.objections import Decision, check_assessment
from desktop.core.requests import RequestType
from desktop.core.retention import retention_end
from desktop.core.suppression import identifier_hash, normalise_email, normalise_phone


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" Anne.Vries@Example.ORG ", "anne.vries@example.org"),
        ("JÜRGEN@müller.de", "jürgen@müller.de"),
        ("Ju\u0308rgen@x.de", "jürgen@x.de"),  # decomposed umlaut -> NFC
        # Invisible format characters: zero-width space, joiner, BOM, bidi marks and isolates.
        ("an\u200bne@example.org", "anne@example.org"),
        ("\ufeffan\u200dne@exa\u2060mple.org", "anne@example.org"),
        ("\u202eanne@example.org\u202c", "anne@example.org"),
        ("\u2066anne\u200e@example.org\u2069", "anne@example.org"),
    ],
)
def test_email_normalisation(raw, expected):
    assert normalise_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+31 (0)30 123-4567", "+31301234567"),
        ("0031 30 123 4567", "+31301234567"),
        ("+49 89/12.34.56", "+4989123456"),
        ("030 1234567", "0301234567"),
    ],
)
def test_phone_normalisation(raw, expected):
    assert normalise_phone(raw) == expected


def test_hash_is_sha256_of_the_normalised_value():
    expected = hashlib.sha256(b"anne@example.org").hexdigest()
    assert identifier_hash(normalise_email(" ANNE@example.org")) == expected


@pytest.mark.parametrize(
    ("document", "years", "end"),
    [
        (date(2025, 3, 15), 8, date(2033, 12, 31)),  # DOMAIN.md §5 example
        (date(2025, 12, 31), 6, date(2031, 12, 31)),
        (date(2024, 1, 1), 7, date(2031, 12, 31)),  # NL art. 52 AWR
        (date(2024, 2, 29), 10, date(2034, 12, 31)),
    ],
)
def test_retention_starts_at_the_end_of_the_year(document, years, end):
    assert retention_end(document, years) == end


def test_marketing_objections_cannot_be_assessed_or_rejected():
    with pytest.raises(ValidationError, match="absolute"):
        check_assessment(RequestType.OBJECTION_MARKETING, Decision.REJECTED, ("x",), "g", "b")


def test_rejection_needs_written_grounds_and_balancing():
    kind = RequestType.OBJECTION_INTERESTS
    with pytest.raises(ValidationError) as err:
        check_assessment(kind, Decision.REJECTED, ("legal-claims",), " ", "weighed")
    assert err.value.field == "grounds"
    with pytest.raises(ValidationError) as err:
        check_assessment(kind, Decision.PARTLY, ("legal-claims",), "claim", "")
    assert err.value.field == "balancing"
    with pytest.raises(ValidationError) as err:
        check_assessment(kind, Decision.UPHELD, (), "", "")
    assert err.value.field == "purposes"
    check_assessment(kind, Decision.UPHELD, ("advertising-post",), "", "")
