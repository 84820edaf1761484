"""`make bench` only: a stand-in for the OS keychain on a machine without one (headless, CI).

The measured processes then unlock their store as an office's do, from a keychain, instead
of deriving the key from the passphrase (scrypt: some 0.6 s by design). It keeps the bench
store's key (invented cases) in a private file in the bench's cache folder; the program
itself takes no such backend for a keychain (desktop/store/keychain.py allows the operating
systems' own only): `allow()` lets the bench's processes use it.

    python scripts/bench_keyring.py ARGS...   the command line, with the stand-in allowed
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV_FILE = "PRIVACYDESK_BENCH_KEYCHAIN"


class BenchKeychain(KeyringBackend):
    priority = 1

    def _file(self) -> Path:
        return Path(os.environ[ENV_FILE])

    def _items(self) -> dict:
        try:
            return json.loads(self._file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._items().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._items() | {f"{service}\n{username}": password}
        descriptor = os.open(self._file(), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(items, out)

    def delete_password(self, service: str, username: str) -> None:
        items = self._items()
        if items.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._file().write_text(json.dumps(items), encoding="utf-8")


def allow() -> None:
    """This process may keep the bench store's key here (the bench's processes only)."""
    from desktop.store import keychain

    if "bench_keyring" not in keychain.REAL_BACKENDS:
        keychain.REAL_BACKENDS = (*keychain.REAL_BACKENDS, "bench_keyring")


if __name__ == "__main__":
    import sys

    allow()
    from desktop.cli import main

    sys.exit(main(sys.argv[1:]))
