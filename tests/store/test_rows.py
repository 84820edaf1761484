"""Matching on any of several keys: only the keys given count, and none given finds nothing."""

from __future__ import annotations

from desktop.store import open_store
from desktop.store import requesters as requester_sql
from desktop.store import suppression as suppression_sql
from desktop.store.rows import any_given


def test_only_the_tests_whose_values_are_all_given_are_joined():
    where, params = any_given(
        ("email = :email", {"email": "a@example.org"}),
        ("phone = :phone", {"phone": None}),
        ("(name = :name AND postcode = :postcode)", {"name": "Anne", "postcode": ""}),
        ("number = :number", {"number": "K1"}),
    )
    assert where == "email = :email OR number = :number"
    assert params == {"email": "a@example.org", "number": "K1"}


def test_no_value_given_matches_nothing_not_everything():
    assert any_given(("email = :email", {"email": None})) == ("", {})
    store = open_store(None)
    assert requester_sql.open_cases_of_person(store, None, None, "Anne", None) == []
    assert suppression_sql.find_suppressions(store) == []
    store.close()
