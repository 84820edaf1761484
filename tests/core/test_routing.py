"""Routing per DOMAIN.md §1: rules 1-6 in order, with the rule and the reason."""

import pytest

from desktop.core.errors import ValidationError
from desktop.core.routing import (
    CompanyCoverage,
    Context,
    CustomerKind,
    RoutingQuestion,
    responsible_company,
)

GROUP = [
    CompanyCoverage("hoffmann-se", "Hoffmann SE", ("DE",), ("München",)),
    CompanyCoverage("hoffmann-nl", "Hoffmann NL", ("NL",), ("Utrecht",)),
    CompanyCoverage("hoffmann-be", "Hoffmann BE", ("BE", "LU"), ("Antwerpen", "Ede Zuid")),
]


def ask(**kw):
    q = RoutingQuestion(
        customer=kw.pop("customer", CustomerKind.BUSINESS),
        context=kw.pop("context", Context.ORDER),
        **kw,
    )
    return responsible_company(q, GROUP)


def test_rule_1_website_is_always_the_head_company():
    r = ask(context=Context.WEBSITE, delivery_country="NL", contract_company_id="hoffmann-nl")
    assert (r.company.id, r.rule, r.warning) == ("hoffmann-se", 1, None)
    assert "website" in r.reason


@pytest.mark.parametrize(
    "context", [Context.ORDER, Context.SERVICE, Context.MARKETING, Context.CREDIT]
)
def test_rule_2_consumers_are_always_hoffmann_se(context):
    r = ask(customer=CustomerKind.CONSUMER, context=context, delivery_country="NL")
    assert (r.company.id, r.rule) == ("hoffmann-se", 2)


def test_rule_3_contract_documents_are_decisive():
    r = ask(delivery_country="NL", contract_company_id="hoffmann-be")
    assert (r.company.id, r.rule) == ("hoffmann-be", 3)


def test_rule_3_unknown_company_is_an_error():
    with pytest.raises(ValidationError) as err:
        ask(contract_company_id="nope")
    assert err.value.field == "contract-company"


def test_rule_4_business_goes_to_the_delivery_location():
    r = ask(delivery_country="nl")
    assert (r.company.id, r.rule, r.warning) == ("hoffmann-nl", 4, None)
    assert "NL" in r.reason
    assert ask(delivery_country="LU").company.id == "hoffmann-be"
    assert ask(delivery_country="DE").company.id == "hoffmann-se"


def test_rule_4_a_named_location_beats_the_country():
    r = ask(delivery_country="NL", location="Werk Antwerpen-Noord")
    assert r.company.id == "hoffmann-be"


def test_location_matching_is_by_whole_words():
    # "Ede Zuid" must not match inside "Sweden Zuidhaven"; falls back to the country.
    assert ask(delivery_country="NL", location="Swede Zuidhaven").company.id == "hoffmann-nl"


def test_rule_5_location_services():
    r = ask(customer=CustomerKind.CONSUMER, context=Context.LOCATION, location="Utrecht")
    assert (r.company.id, r.rule) == ("hoffmann-nl", 5)


def test_rule_6_uncovered_location_falls_back_with_a_warning():
    r = ask(delivery_country="US")
    assert (r.company.id, r.rule) == ("hoffmann-se", 6)
    assert r.warning and "US" in r.warning
    r = ask(context=Context.LOCATION, location="Timbuktu")
    assert r.rule == 6 and r.warning


def test_business_without_delivery_location_warns():
    r = ask()
    assert r.rule == 6 and "no delivery location" in r.warning


def test_missing_head_company_is_an_error():
    with pytest.raises(ValidationError):
        responsible_company(RoutingQuestion(CustomerKind.CONSUMER, Context.ORDER), GROUP[1:])


# -- issue 11, defect 14: conflicts are said, not hidden ------------------------------------------
def test_a_location_whose_country_contradicts_the_delivery_country_is_warned():
    r = ask(delivery_country="DE", location="Utrecht")
    assert (r.company.id, r.rule) == ("hoffmann-nl", 4)
    assert r.warning and "Hoffmann NL" in r.warning and "Hoffmann SE" in r.warning
    assert "DE" in r.warning and "Rule 4" in r.reason


def test_a_country_nobody_covers_with_a_location_that_matches_is_warned():
    r = ask(context=Context.LOCATION, delivery_country="US", location="Antwerpen")
    assert (r.company.id, r.rule) == ("hoffmann-be", 5)
    assert r.warning and "US" in r.warning and "No group company covers" in r.warning


def test_a_consumer_whose_contract_names_a_group_company_is_warned():
    r = ask(customer=CustomerKind.CONSUMER, contract_company_id="hoffmann-nl")
    assert (r.company.id, r.rule) == ("hoffmann-se", 2)
    assert r.warning and "Hoffmann NL" in r.warning and "consumer" in r.warning


@pytest.mark.parametrize(
    ("context", "section"), [(Context.MARKETING, "§5"), (Context.CREDIT, "§6")]
)
def test_consumer_marketing_and_credit_quote_the_statements_own_words(context, section):
    r = ask(customer=CustomerKind.CONSUMER, context=context)
    assert section in r.reason and "het voor u verantwoordelijke bedrijf" in r.reason
    assert r.warning is None


def test_country_aliases_are_taken_or_refused_by_name():
    from desktop.services import validation as v

    assert v.country_code("delivery-country", "uk") == "GB"
    with pytest.raises(ValidationError) as err:
        v.country_code("delivery-country", "XX")
    assert err.value.field == "delivery-country" and "XX" in err.value.message
