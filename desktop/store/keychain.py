"""The data key in the operating system's keychain (Secret Service, Windows Credential Locker,
macOS Keychain) through `keyring`, so the officer is not asked for the passphrase each day.

Only the operating systems' own keychains count (an allowlist): none at all (headless, SSH),
the null backend, `keyrings.alt` (secrets in files, base64) or any other backend is no
keychain, and the program asks for the passphrase. A keychain that refuses (locked, access
denied, its service gone) is no keychain for now.
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


# The operating systems' own keychains; anything else (keyrings.alt's files, a backend named
# in a keyringrc or PYTHON_KEYRING_BACKEND) is no keychain for a store's key.
REAL_BACKENDS = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)


def _real(backend: object) -> bool:
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        return False
    return any(module == name or module.startswith(name + ".") for name in REAL_BACKENDS)


def _backend():  # noqa: ANN202 - a keyring backend, or None
    try:
        import keyring
        from keyring.backends import chainer
    except ImportError:
        return None
    try:
        found = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring set-up is no keychain
        return None
    if isinstance(found, chainer.ChainerBackend):  # the real ones among those it chains
        real = [backend for backend in found.backends if _real(backend)]
        return real[0] if real else None
    return found if _real(found) else None


def available() -> bool:
    return _backend() is not None


def recall(key_id: str, salt: bytes) -> StoreKey | None:
    """The key named `key_id` if the keychain holds it (and it is that key)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        text = backend.get_password(SERVICE, _entry(key_id))
    except Exception as exc:  # noqa: BLE001 - locked, dismissed, D-Bus gone: ask instead
        _log.info("the keychain did not answer (%s); asking for the passphrase", type(exc).__name__)
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
    try:
        backend.set_password(SERVICE, _entry(key.key_id), key.key.hex())
    except Exception as exc:  # noqa: BLE001 - the key file still holds it, wrapped
        _log.info("the keychain refused to keep the store key (%s)", type(exc).__name__)
        return False
    return True
