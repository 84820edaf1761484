"""`privacydesk store encrypt | rekey | passphrase`: the store's encryption at rest.

Each needs the store to itself (no window open). The recovery passphrase comes from the
file named by PRIVACYDESK_PASSPHRASE_FILE (the current one) and PRIVACYDESK_NEW_PASSPHRASE_FILE
(a new one), else from the terminal.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.output import emit
from desktop.core.errors import StoreError

if TYPE_CHECKING:
    from desktop.store.driver import StoreKey

_PLAIN_LEFT = (
    "The plain file's old blocks may stay on the disk until they are overwritten, and "
    "backups made before today stay plain: make a new backup now (store backup) and delete "
    "the older ones."
)


def _alone(path: Path) -> None:
    from desktop.store.backup import window_open

    if not path.exists():
        raise StoreError(f"there is no store at {path}: check the path (--db or PRIVACYDESK_DB)")
    if window_open(path):
        raise StoreError("the store is open in a Privacy Desk window: close it first")


def encrypt_store(path: Path, args: argparse.Namespace) -> int:
    from desktop.store.encryption import encrypt_plain_store
    from desktop.store.problems import refuse_non_store
    from desktop.store.unlock import StoreFile, command_line_passphrases, store_file

    _alone(path)
    refuse_non_store(path)
    if store_file(path) is StoreFile.ENCRYPTED:
        raise StoreError(f"{path} is encrypted already (store rekey gives it a new key)")
    asked = command_line_passphrases(purpose="the store is encrypted now")
    key = encrypt_plain_store(path, asked.new(path))
    report = {"store": str(path), "key_file": f"{path}.key", "key_id": key.key_id}
    text = (
        f"Encrypted {path}; its key file is {path}.key (key {key.key_id}). Keep the recovery "
        f"passphrase on paper, and the key file with the store's backups.\n{_PLAIN_LEFT}"
    )
    emit(report, text, as_json=args.json)
    return 0


def rekey_store(path: Path, args: argparse.Namespace) -> int:
    from desktop.store.encryption import rotate_key

    key, passphrase = _key_and_new_passphrase(path, "the new key gets a new passphrase")
    new = rotate_key(path, key, passphrase)
    report = {"store": str(path), "old_key_id": key.key_id, "key_id": new.key_id}
    text = (
        f"{path} has a new key ({new.key_id}, was {key.key_id}), wrapped by the new recovery "
        "passphrase. Backups made before keep the old key and passphrase in their own key files."
    )
    emit(report, text, as_json=args.json)
    return 0


def change_store_passphrase(path: Path, args: argparse.Namespace) -> int:
    from desktop.store.encryption import change_passphrase

    key, passphrase = _key_and_new_passphrase(path, "the store gets a new passphrase")
    change_passphrase(path, key, passphrase)
    report = {"store": str(path), "key_id": key.key_id}
    text = (
        f"{path}.key now opens with the new recovery passphrase (same key, {key.key_id}). "
        "Backups made before still open with the old one, and with their key files the old "
        "passphrase still gives this key: if it may be known to someone, run `store rekey`."
    )
    emit(report, text, as_json=args.json)
    return 0


def _key_and_new_passphrase(path: Path, purpose: str) -> tuple[StoreKey, str]:
    """The encrypted store's key (the current passphrase, or the keychain), then the new
    passphrase (PRIVACYDESK_NEW_PASSPHRASE_FILE, else the terminal)."""
    from desktop.store.unlock import ENV_NEW_PASSPHRASE, command_line_passphrases, existing_key

    _alone(path)
    key = existing_key(path)
    if key is None:
        raise StoreError(f"{path} is not encrypted: store encrypt encrypts it")
    return key, command_line_passphrases(ENV_NEW_PASSPHRASE, purpose).new(path)
