"""Encryption at rest: a new store, its -wal and its backups show nothing readable; the key
comes from the keychain, else the recovery passphrase; a wrong one is named as such; a plain
store is encrypted in place; keys rotate and passphrases change."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop.app import build_services
from desktop.core.errors import StoreError, ValidationError
from desktop.services.cases import Attachment, CaseDraft, Requester
from desktop.store import keychain, open_store
from desktop.store.keyfile import keyfile_path, read_keyfile
from desktop.store.unlock import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    StoreFile,
    existing_key,
    store_file,
)
from tests.conftest import PASSPHRASE

SECRETS = ("Weiß".encode(), "Weiß".encode("utf-16-le"), b"juergen.weiss@example", b"Hauptstra",
           b"SQLite format 3", b"Kontoauszug")  # fmt: skip


def log(services, name="Jürgen Weiß"):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received="2026-11-20",
            types=["access"],
            requester=Requester(
                name=name, email="juergen.weiss@example.org", address="Hauptstraße 1, 80331 München"
            ),  # fmt: skip
            body="Bitte senden Sie mir eine Kopie. Kontoauszug anbei.",
            attachments=[Attachment("kontoauszug.txt", "text/plain", b"Kontoauszug 4711")],
        )
    )


def readable(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [secret for secret in SECRETS if secret in data]


def test_a_new_store_its_log_and_its_backups_show_no_personal_data(services, store_path, tmp_path):
    log(services)
    wal = Path(f"{store_path}-wal")
    assert wal.stat().st_size > 0 and readable(wal) == []  # the work still in the -wal
    report = services.backups.back_up(tmp_path / "backups")
    services.close()
    backup = Path(report["file"])
    for file in (store_path, backup):
        assert readable(file) == [], file
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert store_file(store_path) is StoreFile.ENCRYPTED
    key = read_keyfile(keyfile_path(store_path))
    assert read_keyfile(keyfile_path(backup)) == key  # the key travels with the backup
    assert stat.S_IMODE(keyfile_path(store_path).stat().st_mode) == 0o600
    text = keyfile_path(store_path).read_text()
    assert PASSPHRASE not in text and report["key_id"] == key["key_id"]


def _forget_keychain(keychain_fixture):
    keychain_fixture.items.clear()


def test_the_keychain_opens_the_store_and_the_passphrase_when_it_has_not(
    services, store_path, clock, keychain, monkeypatch
):
    log(services)
    services.close()
    assert len(keychain.items) == 1  # remembered when the store was made
    monkeypatch.delenv(ENV_PASSPHRASE)
    again = build_services(store_path, clock)  # no passphrase anywhere: the keychain's key
    again.close()
    _forget_keychain(keychain)
    with pytest.raises(StoreError, match=f"not in this computer's keychain.*{ENV_PASSPHRASE}"):
        build_services(store_path, clock)


def test_a_wrong_passphrase_is_named_and_changes_nothing(run, store_path, keychain, tmp_path):
    assert run("case", "list")[0] == 0
    _forget_keychain(keychain)
    before = store_path.read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the office's passphrase\n")
    os.environ[ENV_PASSPHRASE], right = str(wrong), os.environ[ENV_PASSPHRASE]
    try:
        code, out, err = run("case", "list")
    finally:
        os.environ[ENV_PASSPHRASE] = right
    assert code == 2 and out == ""
    assert "does not open store.sqlite.key" in err and "not a database" not in err
    assert store_path.read_bytes() == before
    assert run("case", "list")[0] == 0  # the right one still opens it


def test_a_missing_or_foreign_key_file_is_named(services, store_path, tmp_path, clock):
    log(services)
    services.close()
    other = build_services(tmp_path / "other.sqlite", clock)
    other.close()
    keyfile = keyfile_path(store_path)
    keyfile.rename(tmp_path / "aside.key")
    with pytest.raises(StoreError, match="key file store.sqlite.key is not beside it"):
        build_services(store_path, clock)
    keyfile.write_bytes(keyfile_path(tmp_path / "other.sqlite").read_bytes())
    with pytest.raises(StoreError, match="belongs to another store"):
        build_services(store_path, clock)
    (tmp_path / "aside.key").replace(keyfile)
    build_services(store_path, clock).close()


def test_a_new_store_needs_a_passphrase_of_some_length(tmp_path, clock, monkeypatch):
    short = tmp_path / "short.txt"
    short.write_text("kurz\n")
    monkeypatch.setenv(ENV_PASSPHRASE, str(short))
    with pytest.raises(ValidationError, match="at least 12 characters"):
        build_services(tmp_path / "s.sqlite", clock)
    assert not (tmp_path / "s.sqlite").exists() and not (tmp_path / "s.sqlite.key").exists()


def test_no_keychain_but_a_real_one_counts(monkeypatch):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert not keychain.available()

    class Plaintext:  # what keyrings.alt offers: secrets in a file
        pass

    Plaintext.__module__ = "keyrings.alt.file"
    monkeypatch.setattr(keyring, "get_keyring", lambda: Plaintext())
    assert not keychain.available()


def test_store_encrypt_turns_a_plain_store_into_an_encrypted_one(run, store_path, clock, keychain):
    open_store(store_path).close()  # as stores were made before encryption
    plain = build_services(store_path, clock)
    case = log(plain)
    plain.close()
    assert readable(store_path)  # the names are there to read
    code, out, err = run("store", "encrypt", "--json")
    assert code == 0, err
    assert json.loads(out)["key_id"] == read_keyfile(keyfile_path(store_path))["key_id"]
    assert store_file(store_path) is StoreFile.ENCRYPTED and readable(store_path) == []
    assert not Path(f"{store_path}-wal").exists() or readable(Path(f"{store_path}-wal")) == []
    _forget_keychain(keychain)  # the passphrase alone opens it
    code, out, err = run("case", "show", str(case.id), "--json")
    assert code == 0 and json.loads(out)["requester"]["name"] == "Jürgen Weiß"
    code, out, _ = run("store", "verify")
    assert code == 0 and "passed" in out
    code, _, err = run("store", "encrypt")
    assert code == 2 and "encrypted already" in err


def _new_passphrase(tmp_path, monkeypatch, text):
    file = tmp_path / "new-passphrase.txt"
    file.write_text(text + "\n")
    monkeypatch.setenv(ENV_NEW_PASSPHRASE, str(file))
    return file


def test_rekey_gives_a_new_key_and_older_backups_keep_theirs(
    run, services, store_path, tmp_path, keychain, monkeypatch
):
    case = log(services)
    old = services.backups.back_up(tmp_path / "b")
    services.close()
    before = read_keyfile(keyfile_path(store_path))["key_id"]
    _new_passphrase(tmp_path, monkeypatch, "Ein neuer Schluessel fuer 2027")
    code, out, err = run("store", "rekey", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["old_key_id"] == before != report["key_id"]
    assert not keyfile_path(store_path).with_name("store.sqlite.key.rekeying").exists()
    _forget_keychain(keychain)
    code, _, err = run("case", "list")
    assert code == 2 and "does not open" in err  # the old passphrase no longer does
    monkeypatch.setenv(ENV_PASSPHRASE, os.environ[ENV_NEW_PASSPHRASE])
    code, out, _ = run("case", "show", str(case.id), "--json")
    assert code == 0 and json.loads(out)["requester"]["name"] == "Jürgen Weiß"
    backup = Path(old["file"])  # made before: its own key file, the first passphrase
    assert read_keyfile(keyfile_path(backup))["key_id"] == before
    first = tmp_path / "first.txt"
    first.write_text(PASSPHRASE + "\n")
    monkeypatch.setenv(ENV_PASSPHRASE, str(first))
    assert existing_key(backup).key_id == before


def test_a_new_passphrase_opens_the_same_key(run, store_path, tmp_path, keychain, monkeypatch):
    assert run("case", "list")[0] == 0
    key_id = read_keyfile(keyfile_path(store_path))["key_id"]
    new = _new_passphrase(tmp_path, monkeypatch, "Neue Passphrase im Tresor 7")
    code, _, err = run("store", "passphrase")
    assert code == 0, err
    assert read_keyfile(keyfile_path(store_path))["key_id"] == key_id
    _forget_keychain(keychain)
    assert run("case", "list")[0] == 2  # the old passphrase
    monkeypatch.setenv(ENV_PASSPHRASE, str(new))
    assert run("case", "list")[0] == 0


def test_backup_then_store_and_key_lost_then_restore_on_another_computer(
    run, services, store_path, tmp_path, keychain
):
    """Another computer: no keychain entry; the backup's key file and the passphrase."""
    case = log(services)
    report = services.backups.back_up(tmp_path / "b")
    services.close()
    for side in ("", "-wal", "-shm", ".key"):
        Path(f"{store_path}{side}").unlink(missing_ok=True)
    _forget_keychain(keychain)
    code, out, err = run("store", "restore", report["file"])
    assert code == 0, err
    assert keyfile_path(store_path).exists()
    code, out, _ = run("store", "verify")
    assert code == 0 and report["ledger"]["head"] in out
    code, out, _ = run("case", "show", str(case.id), "--json")
    assert json.loads(out)["requester"]["name"] == "Jürgen Weiß"
