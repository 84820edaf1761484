"""Encryption at rest when things go wrong: a writer during `store encrypt`, a rekey cut
short, a store that cannot be opened any more and must be restored, a damaged key file, a
keychain that is not one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.app import build_services
from desktop.core.errors import StoreError
from desktop.services.cases import CaseDraft, Requester
from desktop.store import keychain, open_store
from desktop.store.driver import StoreKey, apply_key, opens, sqlite3
from desktop.store.encryption import encrypt_plain_store, rotate_key
from desktop.store.keyfile import keyfile_path, read_keyfile, rekeying_path, wrap, write_keyfile
from desktop.store.unlock import existing_key
from tests.conftest import PASSPHRASE

WRITER = r"""
import sys
from desktop.app import build_services
from desktop.core.errors import StoreError
from desktop.services.cases import CaseDraft, Requester

n = 0
while n < 60:
    n += 1
    try:
        services = build_services(sys.argv[1])
        logged = services.cases.log_case(CaseDraft(channel="email", received="2026-11-20",
            types=["access"], requester=Requester(name=f"Person {n}")))
        services.close()
    except StoreError:
        continue
    print(logged.reference, flush=True)  # reported only after the commit
"""


def log(services, name="Jürgen Weiß"):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received="2026-11-20",
            types=["access"],
            requester=Requester(name=name),
        )  # fmt: skip
    )


def test_a_writer_during_store_encrypt_loses_nothing_it_was_told_was_saved(tmp_path, clock):
    path = tmp_path / "plain.sqlite"
    open_store(path).close()
    services = build_services(path, clock)
    for n in range(30):
        log(services, f"Before {n}")
    services.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    reported: list[str] = []
    reader = threading.Thread(target=lambda: reported.extend(writer.stdout.read().split()))
    reader.start()
    encrypt_plain_store(path, PASSPHRASE)
    writer.wait(timeout=120)
    reader.join()
    services = build_services(path, clock)
    try:
        stored = {r["reference"] for r in services.ctx.store.rows("SELECT reference FROM cases")}
    finally:
        services.close()
    assert services.ctx.store.key is not None
    assert set(reported) <= stored, sorted(set(reported) - stored)
    assert len(stored) >= 30


def test_a_rekey_cut_short_is_settled_at_the_next_open(services, store_path, clock, keychain):
    case = log(services)
    services.close()
    old = existing_key(store_path)
    new = StoreKey(os.urandom(32), old.salt)
    # Cut short after SQLCipher's rekey, before the new key file took the name.
    conn = sqlite3.connect(str(store_path))
    apply_key(conn, old)
    conn.execute(f"PRAGMA rekey = \"x'{new.key.hex()}'\"")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    write_keyfile(rekeying_path(store_path), wrap(new, "Die neue Passphrase 2027"))
    assert opens(store_path, new) and not opens(store_path, old)
    keychain.items.clear()  # no keychain: the new passphrase unlocks it
    passphrase = store_path.with_name("new.txt")
    passphrase.write_text("Die neue Passphrase 2027\n")
    os.environ["PRIVACYDESK_PASSPHRASE_FILE"], first = (
        str(passphrase),
        os.environ["PRIVACYDESK_PASSPHRASE_FILE"],
    )
    try:
        again = build_services(store_path, clock)
    finally:
        os.environ["PRIVACYDESK_PASSPHRASE_FILE"] = first
    try:
        assert again.cases.case_file(case.id)["reference"] == case.reference
    finally:
        again.close()
    assert read_keyfile(keyfile_path(store_path))["key_id"] == new.key_id
    assert not rekeying_path(store_path).exists()


def test_rotate_key_refuses_while_another_program_holds_the_store(services, store_path):
    key = services.ctx.store.key
    with pytest.raises(StoreError, match="in use"):
        rotate_key(store_path, key, "Eine andere Passphrase 1")
    assert not rekeying_path(store_path).exists()
    assert services.cases.log_case  # the open store goes on working with its key
    log(services)


def test_restore_works_when_the_store_lost_its_key_file(run, services, store_path, tmp_path):
    log(services)
    report = services.backups.back_up(tmp_path / "b")
    log(services, "Not In The Backup")
    services.close()
    keyfile_path(store_path).unlink()
    code, out, err = run("case", "list")
    assert code == 2 and "key file" in err
    code, out, err = run("store", "restore", report["file"])
    assert code == 0, err
    assert "cannot be opened" in err and "set aside as it is" in err
    code, out, _ = run("case", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    aside = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert aside and not any(p.name.endswith(".key") for p in aside)  # the key was lost


@pytest.mark.parametrize(
    "damage",
    [
        lambda c: c | {"wrapped": 5},
        lambda c: c | {"kdf": "scrypt"},
        lambda c: c | {"kdf": c["kdf"] | {"n": 2**70}},
        lambda c: c | {"kdf": c["kdf"] | {"name": "md5"}},
        lambda c: c | {"nonce": "AAAA"},
    ],
)
def test_a_damaged_key_file_is_named_before_any_passphrase_is_asked(
    services, store_path, clock, damage
):
    services.close()
    keyfile = keyfile_path(store_path)
    content = json.loads(keyfile.read_text())
    keyfile.write_text(json.dumps(damage(content)))
    with pytest.raises(StoreError, match="key file .* is damaged"):
        build_services(store_path, clock)


def test_a_chain_of_file_keyrings_is_no_keychain(monkeypatch):
    import keyring
    from keyring.backends import chainer

    class FileKeyring:  # keyrings.alt's kind: secrets in a file
        priority = 1

    FileKeyring.__module__ = "keyrings.alt.file"

    class Other:
        priority = 1

    Other.__module__ = "somebody.elses.backend"
    chain = chainer.ChainerBackend.__new__(chainer.ChainerBackend)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [FileKeyring(), Other()])
    monkeypatch.setattr(keyring, "get_keyring", lambda: chain)
    assert not keychain.available()
    assert keychain.remember(StoreKey.new()) is False


def test_a_store_that_fails_to_open_when_made_leaves_no_key_file(tmp_path, clock, monkeypatch):
    import desktop.app as composition

    def refuse(*args, **kwargs):
        raise StoreError("the disk is full: nothing was changed. Free some space and retry.")

    monkeypatch.setattr(composition, "open_store", refuse)
    path = tmp_path / "new.sqlite"
    with pytest.raises(StoreError, match="disk is full"):
        build_services(path, clock)
    assert not keyfile_path(path).exists()
    monkeypatch.undo()
    build_services(path, clock).close()  # the next start makes it, no leftover in the way
    assert Path(keyfile_path(path)).exists()
