"""The key file beside an encrypted store (`<store>.key`): the data key wrapped by the office's
recovery passphrase, never the key in clear.

scrypt (RFC 7914) turns the passphrase into a key-encryption key; AES-256-GCM wraps the data
key, with the file's other fields as associated data, so a changed field or a wrong
passphrase both fail the tag. The file travels with every backup: without it (or the key in
this computer's keychain) an encrypted store cannot be opened.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import unicodedata
from pathlib import Path

from desktop.core.errors import StoreError
from desktop.private_files import fsync_folder, replaced_when_complete
from desktop.store.driver import SALT_BYTES, StoreKey

FORMAT = "privacydesk-store-key"
VERSION = 1
SCRYPT_N = 2**17  # ~0.6 s and 128 MiB per unlock: slow for a guesser, once for the officer
SCRYPT_R, SCRYPT_P = 8, 1


def keyfile_path(store: Path) -> Path:
    return store.with_name(store.name + ".key")


def rekeying_path(store: Path) -> Path:
    """The new key file while a rekey runs; left only by a rekey cut short."""
    return store.with_name(store.name + ".key.rekeying")


def wrap(key: StoreKey, passphrase: str, cost: int | None = None) -> dict:
    """The key file's content: `key` wrapped by `passphrase`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = {
        "format": FORMAT,
        "version": VERSION,
        "key_id": key.key_id,
        "store_salt": _b64(key.salt),
        "kdf": {
            "name": "scrypt",
            "n": cost or SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": _b64(os.urandom(16)),
        },  # fmt: skip
        "nonce": _b64(os.urandom(12)),
    }
    wrapped = AESGCM(_kek(header, passphrase)).encrypt(
        _unb64(header["nonce"]), key.key, _associated(header)
    )
    return header | {"wrapped": _b64(wrapped)}


def unwrap(content: dict, passphrase: str) -> StoreKey | None:
    """The data key, or None when the passphrase (or the file) is not the right one."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = {k: v for k, v in content.items() if k != "wrapped"}
    try:
        key = AESGCM(_kek(header, passphrase)).decrypt(
            _unb64(header["nonce"]), _unb64(content["wrapped"]), _associated(header)
        )
        found = StoreKey(key, _unb64(header["store_salt"]))
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None
    return found if found.key_id == header.get("key_id") else None


def salt_of(content: dict) -> bytes:
    return _unb64(content["store_salt"])


def read_keyfile(path: Path) -> dict:
    """The key file's content; a missing or unreadable one is named, with what to do."""
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(
            f"the store is encrypted and its key file {path.name} is not beside it: copy it "
            "back (every backup folder keeps one beside each backup)"
        ) from None
    except (OSError, ValueError):
        raise StoreError(f"the key file {path} cannot be read: restore it from a backup") from None
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise StoreError(f"{path} is not a Privacy Desk key file")
    if content.get("version") != VERSION:
        raise StoreError(f"{path} is a key file of a newer Privacy Desk: update the program")
    if not _well_formed(content):
        raise StoreError(f"the key file {path} is damaged: restore it from a backup")
    return content


def _well_formed(content: dict) -> bool:
    """Every field of the right type and size, the key derivation within sane bounds: a
    damaged file is named as such, before any passphrase is asked for."""
    try:
        kdf = content["kdf"]
        n, r, p = kdf["n"], kdf["r"], kdf["p"]
        sizes = {
            "store_salt": (content["store_salt"], SALT_BYTES),
            "nonce": (content["nonce"], 12),
            "wrapped": (content["wrapped"], 32 + 16),  # the key and GCM's tag
            "kdf salt": (kdf["salt"], 16),
        }
        return (
            isinstance(content["key_id"], str)
            and kdf["name"] == "scrypt"
            and all(type(v) is int for v in (n, r, p))
            and 2**10 <= n <= 2**20
            and n & (n - 1) == 0
            and 1 <= r <= 32
            and 1 <= p <= 16
            and all(isinstance(t, str) and len(_unb64(t)) == size for t, size in sizes.values())
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return False


def write_keyfile(path: Path, content: dict) -> None:
    """Private (0600), under a temporary name first, on disk before it takes its name."""
    with replaced_when_complete(path, text=True, encoding="utf-8") as out:
        out.write(json.dumps(content, indent=2, sort_keys=True) + "\n")
    fsync_folder(path.parent)


def _kek(header: dict, passphrase: str) -> bytes:
    kdf = header["kdf"]
    if kdf.get("name") != "scrypt":
        raise ValueError("unknown key derivation")
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    return hashlib.scrypt(
        unicodedata.normalize("NFKC", passphrase).encode("utf-8"),
        salt=_unb64(kdf["salt"]),
        n=n,
        r=r,
        p=p,
        maxmem=2 * 128 * n * r + (1 << 20),  # scrypt's own need, above OpenSSL's 32 MiB default
        dklen=32,
    )


def _associated(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
