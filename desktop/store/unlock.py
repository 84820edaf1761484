"""Which key opens a store, and where it comes from: the keychain, else the recovery
passphrase (a file named by PRIVACYDESK_PASSPHRASE_FILE, a terminal, the window's dialog).

A store file without SQLite's plain header is encrypted; its key file beside it names the
key (its id) and holds it wrapped. A new store is always made encrypted.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Protocol

from desktop.core.errors import StoreError
from desktop.core.passphrase import check_new_passphrase
from desktop.private_files import PRIVATE_FOLDER
from desktop.store import keychain
from desktop.store.driver import SALT_BYTES, StoreKey, opens
from desktop.store.keyfile import (
    keyfile_path,
    read_keyfile,
    rekeying_path,
    salt_of,
    unwrap,
    wrap,
    write_keyfile,
)
from desktop.store.problems import SQLITE_HEADER, explain

ENV_PASSPHRASE = "PRIVACYDESK_PASSPHRASE_FILE"
ENV_NEW_PASSPHRASE = "PRIVACYDESK_NEW_PASSPHRASE_FILE"  # `store rekey`/`passphrase` in scripts
TERMINAL_TRIES = 3


class StoreFile(Enum):
    NEW = "new"  # no store yet at the path
    PLAIN = "plain"  # SQLite's own header: made before encryption
    ENCRYPTED = "encrypted"


class Passphrases(Protocol):
    """Where a face gets the recovery passphrase. Each method raises StoreError (or
    ValidationError) to give up, with a message that says why."""

    def current(self, keyfile: Path, failed: int) -> str:
        """The passphrase of an existing key file; `failed` earlier ones were wrong."""
        ...

    def new(self, store: Path) -> str:
        """A new recovery passphrase for `store` (asked twice where a person types it)."""
        ...


def store_file(path: Path) -> StoreFile:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return StoreFile.NEW
    except OSError:
        return StoreFile.PLAIN  # let opening it say what is wrong
    if size == 0:  # before its first checkpoint the store is all in its -wal
        wal = Path(f"{path}-wal")
        if not (wal.exists() and wal.stat().st_size > 0):
            return StoreFile.PLAIN  # not a store: opening it refuses it, untouched
        return StoreFile.ENCRYPTED if keyfile_path(path).exists() else StoreFile.PLAIN
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return StoreFile.PLAIN
    return StoreFile.PLAIN if head == SQLITE_HEADER else StoreFile.ENCRYPTED


def unlock(path: Path | None, passphrases: Passphrases) -> StoreKey | None:
    """The key of the store at `path` (None: a plain store, or in memory). A new store gets a
    new key, wrapped by a new passphrase, before the store file exists."""
    if path is None:
        return None
    kind = store_file(path)
    if kind is StoreFile.PLAIN:
        return None
    keyfile = keyfile_path(path)
    if kind is StoreFile.NEW:
        if keyfile.exists():
            raise StoreError(
                f"{keyfile.name} is the key file of a store that is no longer at {path}: "
                "restore that store (store restore), or move the key file away to begin a new one"
            )
        return create_key(path, passphrases.new(path))
    return open_key(path, passphrases)


def existing_key(
    path: Path, passphrases: Passphrases | None = None, known: StoreKey | None = None
) -> StoreKey | None:
    """The key of an existing store or backup (None when it is plain or not there);
    `known`, a key already unlocked (the open store's), serves when it is the one named."""
    if store_file(path) is not StoreFile.ENCRYPTED:
        return None
    return open_key(path, passphrases or command_line_passphrases(), known)


def create_key(path: Path, passphrase: str) -> StoreKey:
    """A new data key for the store at `path`: its key file first, then the keychain."""
    check_new_passphrase(passphrase)
    key = StoreKey.new()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        write_keyfile(keyfile_path(path), wrap(key, passphrase))
    except OSError as exc:
        raise explain(exc, keyfile_path(path)) from None
    keychain.remember(key)
    return key


def open_key(path: Path, passphrases: Passphrases, known: StoreKey | None = None) -> StoreKey:
    """The key of an existing encrypted store (or backup): `known` when it is the one its
    key file names, else the keychain, else the passphrase."""
    keyfile = keyfile_path(path)
    if not keyfile.exists():
        raise StoreError(
            f"{path} is not a Privacy Desk store, or it is an encrypted one whose key file "
            f"{keyfile.name} is not beside it; it was left untouched. Put the key file back (a "
            "backup folder keeps one beside each backup) or choose another file."
        )
    content = read_keyfile(keyfile)
    salt = salt_of(content)
    with path.open("rb") as handle:
        head = handle.read(SALT_BYTES)
    if len(head) == SALT_BYTES and head != salt:
        raise StoreError(
            f"{path} is not a Privacy Desk store that its key file {keyfile.name} opens (their "
            "first bytes differ): the store was damaged or replaced, or the key file belongs "
            "to another store. Both were left untouched: restore the store and its key file "
            "from a backup."
        )
    if known is not None and known.key_id == content.get("key_id") and known.salt == salt:
        return known
    pending = rekeying_path(path)
    if pending.exists():
        return _after_a_rekey_cut_short(path, [content, read_keyfile(pending)], passphrases)
    return _key_of(content, keyfile, passphrases)


def _key_of(content: dict, keyfile: Path, passphrases: Passphrases) -> StoreKey:
    key = keychain.recall(str(content.get("key_id")), salt_of(content))
    if key is not None:
        return key
    failed = 0
    while key is None:
        key = unwrap(content, passphrases.current(keyfile, failed))
        failed += 1
    keychain.remember(key)  # asked once on this computer, if it has a keychain
    return key


def _after_a_rekey_cut_short(
    path: Path, contents: list[dict], passphrases: Passphrases
) -> StoreKey:
    """The old key file and the new one are both there: the key that opens the store keeps
    its file; the other is set aside. Either passphrase (or the keychain) unlocks."""
    keyfile, pending = keyfile_path(path), rekeying_path(path)
    keys = [keychain.recall(str(c.get("key_id")), salt_of(c)) for c in contents]
    failed = 0
    while not any(keys):
        given = passphrases.current(keyfile, failed)
        keys = [unwrap(c, given) for c in contents]
        failed += 1
    for key, content in zip(keys, contents, strict=True):
        if key is None or not opens(path, key):
            continue
        if content is contents[1]:  # the rekey went through: its key file takes the name
            os.replace(keyfile, keyfile.with_name(keyfile.name + ".before-rekey"))
            os.replace(pending, keyfile)
        else:
            os.replace(pending, pending.with_name(pending.name + ".unused"))
        keychain.remember(key)
        return key
    raise StoreError(
        f"a rekey of {path.name} was cut short and neither its old nor its new key file "
        "opens it with the passphrase given: give the other passphrase, or restore the store "
        "and its key file from a backup"
    )


def passphrase_file(variable: str) -> str | None:
    """The passphrase in the file named by `variable` (one trailing line end dropped)."""
    name = os.environ.get(variable)
    if not name:
        return None
    try:
        text = Path(name).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise StoreError(f"{variable} names a file that cannot be read") from None
    return text.removesuffix("\n").removesuffix("\r")


class FromEnvironmentOr:
    """The passphrase in the file named in the environment (scripts, tests), else what
    `fallback` asks for: a terminal's prompt, the window's dialog."""

    def __init__(self, fallback: Passphrases, variable: str = ENV_PASSPHRASE) -> None:
        self.fallback = fallback
        self.variable = variable

    def current(self, keyfile: Path, failed: int) -> str:
        given = passphrase_file(self.variable)
        if given is None:
            return self.fallback.current(keyfile, failed)
        if failed:
            raise StoreError(
                f"the passphrase in the file named by {self.variable} does not open {keyfile.name}"
            )
        return given

    def new(self, store: Path) -> str:
        given = passphrase_file(self.variable)
        return self.fallback.new(store) if given is None else given


class Terminal:
    """The command line's passphrases: a prompt on a terminal, else a clear error (never a
    hang waiting for input nobody can give)."""

    def __init__(self, variable: str = ENV_PASSPHRASE, purpose: str = "") -> None:
        self.variable = variable  # named in the error when there is no terminal
        self.purpose = purpose  # why a new passphrase is asked for

    def current(self, keyfile: Path, failed: int) -> str:
        if failed >= TERMINAL_TRIES:
            raise StoreError(f"{failed} wrong passphrases: {keyfile.name} stays locked")
        if failed:
            print("That passphrase does not open the store.", file=sys.stderr)
        return self._ask(
            f"Recovery passphrase of {keyfile.name.removesuffix('.key')}: ",
            "the store is encrypted and its key is not in this computer's keychain",
        )

    def new(self, store: Path) -> str:
        why = self.purpose or "a new store is encrypted"
        first = self._ask(
            f"{why[0].upper()}{why[1:]}: choose the recovery passphrase of {store.name} (at "
            "least 12 characters; keep it on paper, in a safe place): ",
            why,
        )
        check_new_passphrase(first)
        if self._ask("The same passphrase again: ", why) != first:
            raise StoreError("the two passphrases differ: nothing was changed")
        return first

    def _ask(self, prompt: str, why: str) -> str:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise StoreError(
                f"{why}: give its recovery passphrase in a file named by {self.variable}, or "
                "run this on a terminal"
            )
        import getpass

        try:
            return getpass.getpass(prompt, stream=sys.stderr)
        except (EOFError, KeyboardInterrupt):
            raise StoreError("no passphrase given: the store stays locked") from None


def command_line_passphrases(
    variable: str = ENV_PASSPHRASE, purpose: str = ""
) -> FromEnvironmentOr:
    """The command line's passphrases: the environment's file, else the terminal."""
    return FromEnvironmentOr(Terminal(variable, purpose), variable)
