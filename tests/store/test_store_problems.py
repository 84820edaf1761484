"""Issue 8.10-8.12: store files that are not stores, busy, full or read-only stores, and files
written whole or not at all. Each gets its own message; none is called damaged."""

from __future__ import annotations

import errno
import json
import os

import pytest

from desktop.core.errors import StoreError, ValidationError
from desktop.services.cases import CaseDraft, Requester
from desktop.store import db as store_db
from desktop.store import open_store
from desktop.store.keyfile import keyfile_path
from desktop.store.no_checkpoint import no_checkpoint_on_close
from desktop.store.problems import explain
from tests.raw_sql import sqlite3


def log(services, name="Anne", kind="access"):
    draft = CaseDraft(channel="email", received="2026-11-20", types=[kind],
                      requester=Requester(name=name, email="anne@example.org"))  # fmt: skip
    return services.cases.log_case(draft).id


@pytest.mark.parametrize("content", [b"", b"\x00", b"S", b"x" * 5000, b"SQLite format 2\x00"])
def test_a_file_that_is_not_a_store_is_refused_and_left_untouched(run, store_path, content):
    store_path.write_bytes(content)
    for args in (("case", "list"), ("case", "add", "--channel", "email", "--received",
                                     "2026-11-20", "--type", "access", "--name", "A")):  # fmt: skip
        code, out, err = run(*args)
        assert code == 2 and out == ""
        assert err.startswith("error: store: ") and "is not a Privacy Desk store" in err
    assert store_path.read_bytes() == content
    assert not os.path.exists(f"{store_path}-wal")


def test_a_new_store_that_has_its_first_commit_only_in_the_wal_still_opens(tmp_path):
    path = tmp_path / "s.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    assert no_checkpoint_on_close(conn, path)
    conn.close()
    assert os.path.getsize(f"{path}-wal") > 0  # the commit is in the -wal, not the store file
    store = open_store(path)
    assert "t" in store.db.table_names()  # the table from the -wal, migrations on top
    store.close()


def test_close_checkpoints_so_the_store_file_alone_holds_everything(services, store_path, tmp_path):
    case_id = log(services)
    services.cases.add_note(case_id, "in the WAL until a checkpoint")
    services.close()
    assert os.path.getsize(f"{store_path}-wal") == 0
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(store_path.read_bytes())  # what a user copying the file gets
    keyfile_path(copy).write_bytes(keyfile_path(store_path).read_bytes())  # and its key file
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    conn.close()


def test_a_busy_store_says_so_and_changes_nothing(services, store_path, monkeypatch):
    case_id = log(services)
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    services.ctx.store.reattach()  # take the short wait
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StoreError) as err:
            services.cases.add_note(case_id, "waiting")
        assert "in use by another program" in str(err.value) and not err.value.damaged
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert services.cases.case_file(case_id)["notes"] == []


def test_the_cli_reports_a_busy_store_with_exit_2(run, store_path, monkeypatch):
    assert run("case", "add", "--channel", "email", "--received", "2026-11-20", "--type",
               "access", "--name", "A")[0] == 0  # fmt: skip
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = run("case", "pause", "1", "--reason", "ID")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2 and "in use by another program" in err and "internal" not in err


def test_real_sqlite_errors_get_their_own_messages(tmp_path):
    path = tmp_path / "s.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    readonly = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        readonly.execute("INSERT INTO t VALUES (1)")
    readonly.close()
    assert "read-only" in str(explain(caught.value, path))
    full = sqlite3.connect(path)
    full.execute("PRAGMA max_page_count = 3")
    with pytest.raises(sqlite3.Error) as caught:
        full.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    full.close()
    problem = explain(caught.value, path)
    assert "disk is full" in str(problem) and not problem.damaged
    assert "disk is full" in str(explain(OSError(errno.ENOSPC, "No space"), path))
    missing = explain(sqlite3.OperationalError("unable to open database file"), path)
    assert "cannot open" in str(missing) and not missing.damaged
    damaged = explain(sqlite3.DatabaseError("database disk image is malformed"), path)
    assert damaged.damaged


def test_a_failed_export_leaves_the_previous_file_whole(services, tmp_path, monkeypatch):
    case_id = log(services, kind="objection-marketing")
    services.decisions.uphold_marketing_objection(case_id)
    target = tmp_path / "suppression.csv"
    assert services.suppression.export_csv(target) > 0
    before = target.read_bytes()
    real_fsync = os.fsync

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ValidationError) as err:
        services.suppression.export_csv(target, hashed=True)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert err.value.field == "file" and "disk is full" in err.value.message
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_letter_render_out_is_written_whole_or_not_at_all(run, store_path, tmp_path, monkeypatch):
    run("case", "add", "--channel", "letter", "--received", "2026-11-20", "--type", "access",
        "--name", "Anne", "--address", "Oudegracht 1\n3511 AX Utrecht")  # fmt: skip
    out = tmp_path / "a.pdf"
    out.write_bytes(b"%PDF-1.4 the earlier letter")
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(errno.ENOSPC, "")))
    code, _, err = run("letter", "render", "1", "--out", str(out))
    assert code == 2 and err.startswith("error: out: ") and "disk is full" in err
    assert out.read_bytes() == b"%PDF-1.4 the earlier letter"
    monkeypatch.undo()
    code, stdout, _ = run("letter", "render", "1", "--out", str(out), "--json")
    assert code == 0 and json.loads(stdout)["bytes"] == out.stat().st_size


def test_commands_that_only_read_never_make_a_store(tmp_path):
    """A typo in --db must not look like "all cases are gone"."""
    from desktop import cli

    missing = tmp_path / "moved" / "store.sqlite"
    for args in (("case", "list"), ("case", "show", "1"), ("suppression", "check", "--email",
                 "a@example.org"), ("letter", "list", "1")):  # fmt: skip
        code = cli.main(["--db", str(missing), *args])
        assert code == 2
    assert not missing.parent.exists()
    assert cli.main(["--db", str(missing), "deadline", "2026-01-31"]) == 0  # the shipped register
    assert not missing.parent.exists()


def test_a_damaged_store_is_left_without_log_files_of_ours(tmp_path):
    path = tmp_path / "damaged.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x13" * 4000 + data[4100:])
    with pytest.raises(StoreError):
        open_store(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.sqlite"]


def test_an_export_never_replaces_the_store_itself(services, store_path):
    with pytest.raises(ValidationError, match="the store itself"):
        services.suppression.export_csv(store_path)
    with pytest.raises(ValidationError, match="the store itself"):
        services.suppression.export_csv(f"{store_path}-wal")
    assert services.queries.counts_by_status() == {}  # still a working store


def _big_store_damaged_at_the_end(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.execute("CREATE INDEX t_v ON t (v)")
    conn.executemany("INSERT INTO t (v) VALUES (?)", ((f"value {i:07d}",) for i in range(300_000)))
    conn.commit()
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as f:  # garble the last page of the index: only a full check sees it
        f.seek(size - 2048)
        f.write(b"\xff" * 1024)


def test_the_full_check_names_damage_and_stops_when_cancelled(tmp_path):
    import threading
    import time

    from desktop.store.integrity import IntegrityCheck, integrity_problem

    path = tmp_path / "big.sqlite"
    _big_store_damaged_at_the_end(path)
    assert integrity_problem(path)  # damage named

    before = IntegrityCheck(path)
    before.cancel()
    assert before.run() is None and before.cancelled  # cancelled before it began: not read

    # Cancelled while it reads. On a loaded machine the check may finish before the cancel
    # lands (then it rightly reports the damage): try again, a few times at most.
    for _attempt in range(5):
        during = IntegrityCheck(path)
        result: list[object] = []
        worker = threading.Thread(target=lambda c=during, r=result: r.append(c.run()))
        worker.start()
        while during._conn is None and worker.is_alive():
            time.sleep(0.001)
        stopped_in_flight = worker.is_alive()
        during.cancel()
        worker.join(10)
        if stopped_in_flight and result != [integrity_problem(path)]:
            break
    assert result == [None] and during.cancelled  # stopped, and never called damage
