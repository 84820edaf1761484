"""The suppression register keeps one entry per person and channel, found through an index."""

from __future__ import annotations

from desktop.store import open_store
from desktop.store import suppression as suppression_sql


def _entry(**changes):
    entry = {
        "channel": "post", "name": "Anne de Vries", "email": None, "phone": None,
        "phone_key": None, "postal_address": "Oudegracht 112\n3511 AX Utrecht",
        "reason": "objection-marketing", "source_reference": "PD-2026-000001",
        "effective": "2026-11-24", "created_at": "2026-11-24T10:00:00", "created_by": "o",
    }  # fmt: skip
    return entry | changes


def test_an_identical_entry_is_kept_once_whether_identifiers_are_missing_or_empty(store_path):
    store = open_store(store_path)
    with store.transaction():
        first = suppression_sql.add_suppression(store, _entry())
        assert first is not None
        assert suppression_sql.add_suppression(store, _entry(email="", phone="")) is None
        assert suppression_sql.add_suppression(store, _entry(channel="email")) is not None
        assert suppression_sql.add_suppression(store, _entry(email="anne@example.org")) is not None
        assert suppression_sql.add_suppression(store, _entry(email="anne@example.org")) is None
        assert suppression_sql.add_suppression(store, _entry(postal_address="")) is not None
        assert suppression_sql.add_suppression(store, _entry(postal_address=None)) is None
    assert store.scalar("SELECT count(*) FROM suppressions") == 4
    assert store.scalar("SELECT count(*) FROM suppressions WHERE email = ''") == 0
    store.close()


def test_the_duplicate_check_uses_an_index(store_path):
    store = open_store(store_path)
    assert suppression_sql.duplicate_check_plan(store) == [
        "SEARCH suppressions USING INDEX suppressions_same_entry "
        "(name=? AND channel=? AND email=? AND phone=?)"
    ]
    store.close()
