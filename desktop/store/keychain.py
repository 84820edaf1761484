"""The data key in the operating system's keychain (Secret Service, Windows Credential Locker,
macOS Keychain) through `keyring`, so the officer is not asked for the passphrase each day.

Only a real backend counts: none at all (headless, SSH), the null backend and `keyrings.alt`
(secrets in files beside the store, base64) are treated as no keychain, and the program asks
for the passphrase. A keychain that refuses (locked, access denied) is no keychain for now.
`keyring` costs some 200 ms to load: it is imported when a store is unlocked, not before.
"""

from __future__ import annotations

import contextlib
import logging

from desktop.store.driver import KEY_BYTES, StoreKey

SERVICE = "Privacy Desk"
_log = logging.getLogger(__name__)


def _entry(key_id: str) -> str:
    return f"store key {key_id}"


def _backend():  # noqa: ANN202 - a keyring backend, or None
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:
        return None
    found = keyring.get_keyring()
    if isinstance(found, chainer.ChainerBackend):
        found = found if found.backends else None
    elif isinstance(found, fail.Keyring | null.Keyring):
        found = None
    if found is not None and type(found).__module__.startswith("keyrings.alt"):
        return None  # plaintext or weakly encrypted files: not a keychain
    return found


def available() -> bool:
    return _backend() is not None


def recall(key_id: str, salt: bytes) -> StoreKey | None:
    """The key named `key_id` if the keychain holds it (and it is that key)."""
    backend = _backend()
    if backend is None:
        return None
    from keyring.errors import KeyringError

    try:
        text = backend.get_password(SERVICE, _entry(key_id))
    except KeyringError:
        _log.info("the keychain did not answer; asking for the passphrase")
        return None
    with contextlib.suppress(ValueError, TypeError):
        raw = bytes.fromhex(text or "")
        if len(raw) == KEY_BYTES:
            key = StoreKey(raw, salt)
            if key.key_id == key_id:
                return key
    return None


def remember(key: StoreKey) -> bool:
    """Keep the key in the keychain; False when there is none (or it refused)."""
    backend = _backend()
    if backend is None:
        return False
    from keyring.errors import KeyringError

    try:
        backend.set_password(SERVICE, _entry(key.key_id), key.key.hex())
    except KeyringError:
        _log.info("the keychain refused to keep the store key")
        return False
    return True
