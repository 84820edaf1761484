"""The store: migrations, version guard, integrity, transactions, append-only audit, search."""

from pathlib import Path

import pytest

from desktop.store import StoreError, open_store, text_search
from desktop.store import attachments as attachment_sql
from desktop.store import audit as audit_sql
from desktop.store import cases as case_sql
from desktop.store.migrations import available_migrations
from tests.raw_sql import sqlite3


def test_new_store_is_migrated_wal_and_enforces_foreign_keys(store_path):
    store = open_store(store_path)
    assert store.schema_version == len(available_migrations())
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.execute("INSERT INTO requests (case_id, type) VALUES (999, 'access')")
    store.close()


def test_reopening_does_not_migrate_again(store_path):
    open_store(store_path).close()
    store = open_store(store_path)
    assert store.schema_version == len(available_migrations())
    store.close()


def test_a_store_from_a_newer_version_is_refused_unchanged(store_path):
    store = open_store(store_path)
    store.execute("PRAGMA user_version = 99")
    store.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreError, match="newer Privacy Desk"):
        open_store(store_path)
    assert store_path.read_bytes() == before


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="is not a Privacy Desk store"):
        open_store(junk)


def test_a_failed_migration_leaves_the_store_as_it_was(tmp_path, store_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    for _number, path in available_migrations():
        (folder / path.name).write_text(path.read_text())
    existing = len(available_migrations())
    (folder / f"{existing + 1:04d}_broken.sql").write_text(
        "CREATE TABLE extra (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n"
    )
    open_store(store_path).close()
    with pytest.raises(StoreError, match="the store was not changed"):
        open_store(store_path, migrations=folder)
    store = open_store(store_path)
    assert store.schema_version == existing
    assert store.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'extra'") == 0
    store.close()


def test_migrations_must_be_numbered_without_gaps(tmp_path):
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_c.sql").write_text("SELECT 1;")
    with pytest.raises(StoreError, match="without gaps"):
        available_migrations(tmp_path)


def test_a_transaction_rolls_back_completely(store_path):
    store = open_store(store_path)
    with pytest.raises(RuntimeError), store.transaction():
        store.execute("INSERT INTO reference_counters (year, last) VALUES (2026, 5)")
        raise RuntimeError("boom")
    assert store.scalar("SELECT count(*) FROM reference_counters") == 0
    store.close()


def test_the_audit_log_is_append_only(store_path):
    store = open_store(store_path)
    with store.transaction():
        audit_sql.append_audit(store, "2026-01-01T00:00:00", "me", None, "x", {})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), store.transaction():
        store.execute("UPDATE audit_log SET who = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), store.transaction():
        store.execute("DELETE FROM audit_log")
    assert store.scalar("SELECT who FROM audit_log") == "me"
    store.close()


def test_blobs_are_content_addressed(store_path):
    store = open_store(store_path)
    with store.transaction():
        a = attachment_sql.put_blob(store, b"scan")
        b = attachment_sql.put_blob(store, b"scan")
    assert a == b and len(a) == 64
    assert store.scalar("SELECT count(*) FROM blobs") == 1
    assert attachment_sql.get_blob(store, a) == b"scan"
    store.close()


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("Müller", '("Müller"* OR "Mueller"*)'),
        ('a"b', '"a b"*'),
        ("NEAR(x) OR *", '"NEAR x"* AND "OR"*'),
        ("", ""),
        # Parts joined by punctuation match as a phrase: quicker, and "example.org" is not
        # "example" in the subject and "org" in the address.
        ("example.org", '"example org"*'),
        ("anne.de.vries@example.org PD-2026", '"anne de vries example org"* AND "PD 2026"*'),
    ],
)
def test_typed_search_text_becomes_a_safe_fts_query(typed, query):
    assert text_search.fts_query(typed) == query


def test_reference_numbers_count_per_year(store_path):
    store = open_store(store_path)
    with store.transaction():
        refs = [case_sql.next_reference(store, 2026) for _ in range(3)]
        refs.append(case_sql.next_reference(store, 2027))
    assert refs == ["PD-2026-000001", "PD-2026-000002", "PD-2026-000003", "PD-2027-000001"]
    store.close()


def test_in_memory_store_for_quick_checks():
    store = open_store(None)
    assert store.schema_version >= 1
    assert isinstance(store.path, Path | None)
    store.close()


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("Müller", "(('Müller':*) | ('Mueller':*))"),
        ("a'b & !c", "(('a' <-> 'b':*)) & (('c':*))"),
        ("", ""),
        ("anne.de.vries@example.org", "(('anne' <-> 'de' <-> 'vries' <-> 'example' <-> 'org':*))"),
    ],
)
def test_typed_search_text_becomes_a_safe_tsquery_on_a_server(typed, query):
    assert text_search.tsquery(typed) == query


def test_german_spelling_is_searchable(services):
    """On either kind of store: FTS5 in SQLite, the tsvector and unaccent on the server."""
    from desktop.core.listing import CaseFilter, CaseSort
    from desktop.services.cases import CaseDraft, Requester

    services.cases.log_case(
        CaseDraft(
            channel="email",
            received="2026-11-20",
            types=["access"],
            requester=Requester(name="Jürgen Müller-Weiß"),
        )  # fmt: skip
    )
    for typed in ("mueller", "muller", "Müller", "weiss", "juergen", "Mueller-Weiß", "müller-weiss",
                  "Müller-Weiß", "Jürgen Mueller-Weis"):  # fmt: skip
        assert services.queries.count(CaseFilter(text=typed)) == 1, typed
        assert len(services.queries.page(CaseFilter(text=typed), CaseSort(), 0, 10)) == 1
    for typed in ("Meier", "ller", "a'b & !c", "abʼcd", "ŉ ⑴ ː", "ʼ"):
        assert services.queries.count(CaseFilter(text=typed)) == 0, typed
