"""The parser of `privacydesk store …`: the store itself, a file's (verify, backup, restore,
encrypt, rekey, passphrase) and a server's (init, copy, officer, verify)."""

from __future__ import annotations

import argparse

from desktop.cli.team import add_team_store_parsers


def add_store_parser(sub: argparse._SubParsersAction, parser_class: type) -> None:
    p = sub.add_parser(
        "store", help="the store itself: check, back up, encrypt, or set up a server"
    )
    ssub = p.add_subparsers(
        dest="action", required=True, parser_class=parser_class, metavar="ACTION"
    )
    ssub.add_parser(
        "verify",
        help="SQLite's full integrity check, then the tamper checks (the ledger's chain, every "
        "entry and stored file, foreign keys, triggers); exit 0 when whole, 1 when not",
    )
    backup = ssub.add_parser(
        "backup", help="a checked backup with its manifest; keeps 7 daily, 4 weekly, 12 monthly"
    )
    backup.add_argument(
        "folder",
        nargs="?",
        help="where (default: PRIVACYDESK_BACKUP_DIR, else backups/ beside "
        "the store); a network share is fine for backups",
    )
    restore = ssub.add_parser(
        "restore",
        help="put a backup (checked against its manifest) in the store's place; "
        "the store as it was is kept aside",
    )
    restore.add_argument("file", help="the backup file (its .json manifest beside it)")
    ssub.add_parser(
        "encrypt",
        help="encrypt a store made before encryption, in place through a checked copy; the "
        "new recovery passphrase from PRIVACYDESK_PASSPHRASE_FILE or the terminal",
    )
    ssub.add_parser(
        "rekey",
        help="a new data key for the store (no window open); its recovery passphrase from "
        "PRIVACYDESK_NEW_PASSPHRASE_FILE or the terminal",
    )
    ssub.add_parser(
        "passphrase",
        help="a new recovery passphrase for the same key (PRIVACYDESK_NEW_PASSPHRASE_FILE or "
        "the terminal); older backups keep the passphrase they were made with",
    )

    add_team_store_parsers(ssub)
