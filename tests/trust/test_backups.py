"""Backups that restore: checked when written, checked again before a restore, the store kept
aside; 7 daily, 4 weekly and 12 monthly kept."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.app import build_services
from desktop.core.backups import to_keep
from desktop.core.errors import StoreError
from desktop.core.listing import CaseFilter
from desktop.services.backups import AT_ONCE
from desktop.services.cases import Attachment, CaseDraft, Requester
from desktop.store import backup as backups
from desktop.store.backup import backups_in, manifest_path
from desktop.store.ledger import head
from desktop.store.unlock import existing_key


def restore(backup: Path, store_path: Path, moment: datetime) -> Path | None:
    """As `store restore` does: each file opened with its own key (here: the keychain)."""
    return backups.restore(
        backup,
        store_path,
        moment,
        backup_key=existing_key(backup),
        store_key=existing_key(store_path) if store_path.exists() else None,
    )


def logged(services, name="Anne de Vries"):
    return services.cases.log_case(
        CaseDraft(
            channel="email",
            received="2026-02-20",
            types=["unsubscribe"],
            requester=Requester(name=name, email="anne@example.org"),
            attachments=[Attachment("brief.pdf", "application/pdf", b"%PDF " + name.encode())],
        )
    )


def test_backup_then_the_store_lost_then_restore_gives_everything_back(
    services, store_path, tmp_path, clock
):
    case = logged(services)
    services.decisions.confirm_unsubscribe(case.id)
    logged(services, "Jürgen Weiß")
    before = head(services.ctx.store)
    report = services.backups.back_up(tmp_path / "backups")
    assert report["ledger"] == {"entries": before.entries, "head": before.chain}
    assert report["counts"]["cases"] == 2 and report["counts"]["blobs"] == 2
    services.close()
    for side in ("", "-wal", "-shm"):
        store_path.with_name(store_path.name + side).unlink(missing_ok=True)

    assert restore(Path(report["file"]), store_path, datetime.now()) is None
    back = build_services(store_path, clock)
    try:
        assert back.queries.count(CaseFilter()) == 2
        assert head(back.ctx.store) == before
        assert back.suppression.check(email="anne@example.org")["suppressed"]
        files = back.cases.case_file(case.id)["correspondence"][0]["attachments"]
        assert back.cases.attachment(files[0]["id"])[2] == b"%PDF Anne de Vries"
    finally:
        back.close()


def test_a_restore_keeps_the_store_as_it_was_aside(services, store_path, tmp_path, clock):
    logged(services)
    first = services.backups.back_up(tmp_path / "b")
    logged(services, "Later Case")
    services.close()
    aside = restore(Path(first["file"]), store_path, datetime(2026, 3, 2, 9))
    assert aside is not None and aside.name.endswith("before-restore-20260302T090000")
    kept = build_services(aside, clock)
    try:
        assert kept.ctx.store.scalar("SELECT count(*) FROM cases") == 2
    finally:
        kept.close()


def test_a_backup_that_does_not_match_its_manifest_is_not_restored(services, store_path, tmp_path):
    logged(services)
    report = services.backups.back_up(tmp_path / "b")
    services.close()
    backup = Path(report["file"])
    data = bytearray(backup.read_bytes())
    data[-100] ^= 0xFF
    backup.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="manifest"):
        restore(backup, store_path, datetime.now())
    manifest_path(backup).unlink()
    with pytest.raises(StoreError, match="no readable manifest"):
        restore(backup, store_path, datetime.now())


def test_no_restore_while_a_window_holds_the_store(services, store_path, tmp_path):
    report = services.backups.back_up(tmp_path / "b")
    services.close()
    lock = store_path.with_name(store_path.name + ".window-lock")
    lock.write_text(f"{os.getpid()}\npython3\nhost\n")
    with pytest.raises(StoreError, match="open in a Privacy Desk window"):
        restore(Path(report["file"]), store_path, datetime.now())


@pytest.fixture
def lax_umask():
    """As a desktop session usually has: what the program writes must be private anyway."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_backup_is_due_once_a_day_and_only_after_a_change(
    services, store_path, tmp_path, clock, lax_umask
):
    folder = tmp_path / "b"
    assert services.backups.back_up_if_due(folder=folder) is not None  # the first one
    assert services.backups.back_up_if_due(AT_ONCE, folder) is None  # nothing changed
    logged(services)
    assert services.backups.back_up_if_due(folder=folder) is None  # not a day old yet
    clock.moment += timedelta(hours=1)
    assert services.backups.back_up_if_due(AT_ONCE, folder) is not None  # closing after a change
    assert (
        len(backups_in(folder, store_path)) == 1
    )  # the newest of the day replaces the earlier one
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    for file in folder.iterdir():  # private whatever the umask
        assert oct(file.stat().st_mode & 0o777) == "0o600", file.name
    manifest = json.loads(manifest_path(backups_in(folder, store_path)[0][1]).read_text())
    assert manifest["integrity"] == "ok" and manifest["counts"]["cases"] == 1


def test_the_rotation_keeps_seven_days_four_weeks_and_twelve_months():
    start = datetime(2025, 1, 1, 18)
    daily = [start + timedelta(days=n) for n in range(400)]
    kept = sorted(to_keep(daily), reverse=True)
    newest = daily[-1]
    assert kept[:7] == [newest - timedelta(days=n) for n in range(7)]
    assert len({(m.year, m.month) for m in kept}) == 12
    assert len(kept) <= 7 + 4 + 12
    assert to_keep([]) == set() and to_keep([start]) == {start}


def test_backup_and_restore_on_the_command_line(run, store_path, tmp_path, capsys):
    folder = tmp_path / "office-backups"
    code, out, err = run("store", "backup", str(folder), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["integrity"] == "ok"
    store_path.unlink()
    code, out, err = run("store", "restore", report["file"])
    assert code == 0 and "Restored" in out
    code, out, err = run("store", "verify")
    assert code == 0 and report["ledger"]["head"] in out


def test_a_backup_that_cannot_be_written_is_a_message_and_leaves_nothing(services, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="could not be written"):
        services.backups.back_up(blocker / "backups")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    assert blocker.read_text() == "a file where the folder should be"


def test_two_stores_sharing_a_folder_keep_their_own_backups(services, tmp_path, clock):
    folder = tmp_path / "shared"
    other = build_services(tmp_path / "demo.sqlite", clock)
    try:
        for _day in range(10):
            clock.moment += timedelta(days=1)
            services.backups.back_up(folder)
            other.backups.back_up(folder)
        mine = backups_in(folder, services.ctx.store.path)
        theirs = backups_in(folder, other.ctx.store.path)
        assert len(mine) == len(theirs) >= 7  # each store its own 7 days (and weeks, months)
        assert all(p.name.startswith("demo-") for _, p in theirs)
    finally:
        other.close()


def test_verifying_a_backup_reads_it_and_keeps_it_restorable(run, store_path, tmp_path):
    code, out, _err = run("store", "backup", str(tmp_path / "b"), "--json")
    backup = json.loads(out)["file"]
    code, out, err = run("--db", backup, "store", "verify")
    assert code == 0 and "matches its manifest" in out
    store_path.unlink()
    code, out, err = run("store", "restore", backup)
    assert code == 0, err


def test_a_restore_says_what_was_deleted_after_the_backup(services, store_path, tmp_path, run):
    passport = Attachment("passport.jpg", "image/jpeg", b"\xff\xd8PASSPORT\xff\xd9")
    case = services.cases.log_case(
        CaseDraft(channel="email", received="2026-02-20", types=["access"],
                  requester=Requester(name="Anne de Vries"), attachments=[passport])
    )  # fmt: skip
    report = services.backups.back_up(tmp_path / "b")
    services.cases.pause(case.id, "Identity in doubt", on="2026-02-21")
    scan = services.cases.case_file(case.id)["correspondence"][0]["attachments"][0]
    services.cases.mark_id_document(scan["id"])
    services.cases.record_identity_checked(case.id, "Checked")
    services.close()
    code, out, err = run("store", "restore", report["file"], "--json")
    assert code == 0
    assert "delete those ID copies again" in err and "stored file" in err
    assert json.loads(out)["deleted_since_backup"]
