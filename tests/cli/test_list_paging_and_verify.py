"""`case list` pages by key and streams its JSON; `store verify` runs the full integrity check on
demand, while opening a store only looks at its top and damage met later is reported as such."""

from __future__ import annotations

import json

import pytest

from desktop.app import build_services
from desktop.services.demo import fill_demo_store
from desktop.store import open_store


@pytest.fixture
def filled(store_path, clock):
    """A plain store (made before encryption): SQLite's dbstat, which SQLCipher's build lacks,
    then finds the pages to damage. Damage in an encrypted store: see the test at the end."""
    open_store(store_path).close()
    services = build_services(store_path, clock)
    assert services.ctx.store.key is None
    fill_demo_store(services.cases, 60, decisions=services.decisions)
    services.close()


def _listed(run, *args):
    code, out, err = run("case", "list", *args)
    assert code == 0, err
    return out


def test_pages_after_a_reference_join_up_to_the_whole_list(run, filled):
    everything = json.loads(_listed(run, "--all", "--json"))
    assert len(everything) == 60
    assert [c["due"] for c in everything] == sorted(c["due"] for c in everything)
    pages, after = [], []
    while True:
        page = json.loads(_listed(run, "--limit", "25", *after, "--json"))
        pages += page
        if len(page) < 25:
            break
        after = ["--after", page[-1]["reference"]]
    assert pages == everything
    assert json.loads(_listed(run, "--offset", "50", "--json")) == everything[50:]


def test_json_lines_and_text_give_the_same_cases(run, filled):
    array = json.loads(_listed(run, "--all", "--json"))
    lines = [json.loads(line) for line in _listed(run, "--all", "--jsonl").splitlines()]
    assert lines == array
    text = _listed(run, "--all").splitlines()
    assert [line.split()[0] for line in text] == [c["reference"] for c in array]


def test_an_empty_list_is_still_json_and_says_so_in_text(run, filled):
    assert json.loads(_listed(run, "--search", "nobody-is-called-this", "--json")) == []
    assert _listed(run, "--search", "nobody-is-called-this").strip() == "No cases."
    assert _listed(run, "--search", "nobody-is-called-this", "--jsonl") == ""


def test_list_mistakes_are_one_line_errors(run, filled):
    code, _, err = run("case", "list", "--after", "PD-1999-000001")
    assert code == 2 and err.startswith("error: after: ")
    code, _, err = run("case", "list", "--offset", "-1")
    assert code == 2 and err.startswith("error: offset: ")
    code, _, err = run("case", "list", "--after", "PD-1999-000001", "--offset", "3")
    assert code == 2 and err.startswith("error: offset: ")  # one way of paging at a time


def test_the_listing_is_read_while_it_is_written(services, monkeypatch):
    """A script reading 100,000 cases gets them in pages of a thousand, never all at once."""
    from desktop.store import search as search_sql

    fill_demo_store(services.cases, 30, decisions=services.decisions)
    pages = []
    real = search_sql.list_cases

    def counting(*args, **kwargs):
        rows = real(*args, **kwargs)
        pages.append(len(rows))
        return rows

    monkeypatch.setattr(search_sql, "list_cases", counting)
    from desktop.core.listing import CaseFilter, CaseSort

    monkeypatch.setattr(search_sql, "iter_cases", _small_batches(search_sql.iter_cases))
    rows = services.queries.each(CaseFilter(), CaseSort())
    assert pages == []  # nothing read before the first row is asked for
    first = next(rows)
    assert pages == [7] and first["days_left"] is not None
    assert len([first, *rows]) == 30 and pages == [7, 7, 7, 7, 2]


def _small_batches(iter_cases):
    def smaller(*args, **kwargs):
        return iter_cases(*args, **{**kwargs, "batch": 7})

    return smaller


def _damage_a_leaf_of_the_cases_table(path, which=-1):
    """Overwrite a leaf of cases, in tree order: by default the last (an open reads the first)."""
    import sqlite3  # the standard module, with dbstat, on a plain store

    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'cases' AND pagetype = 'leaf' ORDER BY path"
    ).fetchall()
    conn.close()
    assert len(leaves) > 2
    with open(path, "r+b") as handle:
        handle.seek((leaves[which][0] - 1) * page_size)
        handle.write(b"\xff" * page_size)


def test_damage_at_the_top_of_a_table_is_refused_on_open(run, filled, store_path):
    _damage_a_leaf_of_the_cases_table(store_path, which=0)
    code, out, err = run("suppression", "check", "--email", "anne@example.org")
    assert code == 1 and out == ""
    assert "is damaged" in err and "backup" in err and "store verify" in err


def test_verify_says_whole_or_damaged(run, filled, store_path):
    code, out, _ = run("store", "verify")
    assert code == 0 and "passed SQLite's full integrity check" in out
    code, out, _ = run("store", "verify", "--json")
    assert code == 0 and json.loads(out)["damaged"] is False
    _damage_a_leaf_of_the_cases_table(store_path)
    code, out, err = run("store", "verify")
    assert code == 1 and out == ""
    assert err.startswith("error: store: ") and "is damaged" in err and "backup" in err
    code, out, _ = run("store", "verify", "--json")
    assert code == 1 and json.loads(out)["damaged"] is True


def test_a_damaged_page_met_in_use_is_reported_as_damage(run, filled, store_path):
    """Opening no longer reads every page, so damage deep in the file shows when it is read:
    in the officer's words, with the way to check the whole store; never as an internal error."""
    _damage_a_leaf_of_the_cases_table(store_path)
    code, out, err = run("deadline", "2026-01-31")  # opens the store, reads no case
    assert code == 0
    code, out, err = run("case", "list", "--all", "--json")
    assert code == 1
    assert "damaged" in err and "store verify" in err and "internal" not in err


def test_verify_refuses_what_is_not_a_store(run, tmp_path, store_path):
    code, _, err = run("--db", str(tmp_path / "none.sqlite"), "store", "verify")
    assert code == 2 and "there is no store" in err
    store_path.write_bytes(b"not a store at all" * 10)
    code, _, err = run("store", "verify")
    assert code == 2 and "is not a Privacy Desk store" in err


def test_a_flipped_byte_anywhere_in_an_encrypted_store_is_damage_that_verify_names(
    run, services, store_path
):
    """Every page carries SQLCipher's HMAC: a change of one byte anywhere is found."""
    fill_demo_store(services.cases, 60, decisions=services.decisions)
    services.close()
    assert run("store", "verify")[0] == 0
    size = store_path.stat().st_size
    pages = size // 4096
    assert pages > 4
    with open(store_path, "r+b") as handle:
        handle.seek((pages // 2) * 4096 + 1000)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0x01]))
    code, out, err = run("store", "verify")
    assert code == 1 and "is damaged" in err and "backup" in err
