"""`privacydesk store ...`: verify, back up, restore. They work on the file itself, so they
run without building the services (a restore must not have the store open)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from desktop.cli.output import emit
from desktop.cli.parser import EXIT_USER_ERROR
from desktop.core.errors import StoreError, ValidationError


def store_command(path: Path | str, args: argparse.Namespace) -> int:
    from desktop.cli.store_keys import change_store_passphrase, encrypt_store, rekey_store

    action = {
        "verify": verify_store,
        "backup": backup_store,
        "restore": restore_store,
        "encrypt": encrypt_store,
        "rekey": rekey_store,
        "passphrase": change_store_passphrase,
        "init": init_store,
        "copy": copy_store,
        "officer": register_officer,
    }
    try:
        if isinstance(path, str) and args.action in _FILE_ONLY:
            raise StoreError(
                f"'store {args.action}' works on a store file; a server store is backed up, "
                "encrypted at rest and restored by its server (README: pg_dump, disk encryption)"
            )
        return action[args.action](path, args)
    except ValidationError as exc:
        print(f"error: {exc.field}: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except StoreError as exc:
        print(f"error: store: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR if exc.user_situation and not exc.damaged else 1


_FILE_ONLY = frozenset({"backup", "restore", "encrypt", "rekey", "passphrase"})


def init_store(_path: Path | str, args: argparse.Namespace) -> int:
    from desktop.cli.team import store_init

    emit(*store_init(args.address), as_json=args.json)
    return 0


def copy_store(_path: Path | str, args: argparse.Namespace) -> int:
    from desktop.app import build_services
    from desktop.cli.team import store_copy

    source = Path(args.source)
    _existing(source)
    services = build_services(source, seed=False)
    try:
        emit(*store_copy(services, args.target), as_json=args.json)
    finally:
        services.close()
    return 0


def register_officer(path: Path | str, args: argparse.Namespace) -> int:
    from desktop.app import build_services
    from desktop.cli.team import store_officer

    services = build_services(path)
    try:
        emit(*store_officer(services, args), as_json=args.json)
    finally:
        services.close()
    return 0


def _existing(path: Path) -> None:
    if not path.exists():
        raise StoreError(f"there is no store at {path}: check the path (--db or PRIVACYDESK_DB)")


def backup_store(path: Path, args: argparse.Namespace) -> int:
    """`store backup [DIR]`: a checked backup and its manifest; the rotation after."""
    from desktop.app import build_services

    _existing(path)
    services = build_services(path)
    try:
        report = services.backups.back_up(Path(args.folder) if args.folder else None)
    finally:
        services.close()
    chain = report["ledger"] or {"entries": 0, "head": "-"}
    text = (
        f"Backed up to {report['file']} ({report['size']:,} bytes, checked).\n"
        f"Ledger: {chain['entries']} entries, head {chain['head']}"
        + (
            f"\nRemoved by the rotation: {', '.join(report['removed'])}"
            if report["removed"]
            else ""
        )
    )
    emit(report, text, as_json=args.json)
    return 0


def restore_store(path: Path, args: argparse.Namespace) -> int:
    """`store restore FILE`: the backup, checked, in the store's place; the store kept aside."""
    from desktop.services.backups import plan_restore, restore
    from desktop.store.unlock import existing_key

    try:
        store_key = existing_key(path)
    except StoreError as exc:  # no key file, damaged: what a restore is for
        print(f"warning: the store cannot be opened ({exc}); it is set aside as it is",
              file=sys.stderr)  # fmt: skip
        store_key = None
    plan = plan_restore(Path(args.file), path, store_key)
    again = plan.deleted_since
    aside = restore(plan, path, store_key, datetime.now())
    if again is None:
        print(
            "warning: the store as it was cannot be read, so what it deleted after this backup "
            "cannot be listed: check purged cases and ID copies again",
            file=sys.stderr,
        )
    elif again:  # erasure must stick: say what the backup brings back
        print(
            f"warning: after this backup {len(again)} item(s) were deleted, and the restored "
            "store has them again; purge those cases and delete those ID copies again:",
            file=sys.stderr,
        )
        for line in again[:50]:
            print(f"  {line}", file=sys.stderr)
    report = {
        "store": str(path),
        "restored_from": args.file,
        "kept_aside": str(aside) if aside else None,
        "deleted_since_backup": again,
    }
    text = f"Restored {path} from {args.file}." + (
        f" The store as it was is kept as {aside}." if aside else ""
    )
    text += (
        " It opens with the recovery passphrase that was valid when the backup was made."
        if plan.backup_key is not None
        else " The backup is not encrypted: run `store encrypt`."
    )
    emit(report, text, as_json=args.json)
    return 0


def _verify_server_store(address: str, args: argparse.Namespace) -> int:
    """The tamper checks on a server store (its pages are the server's to check)."""
    from desktop.services.team import verify_server

    report = verify_server(address)
    text = (
        f"{report['store']}: the ledger's chain, every entry and stored file, and the "
        f"triggers are as Privacy Desk left them. Ledger: {report['ledger']['entries']} "
        f"entries, head {report['ledger']['head']}"
        if not report["altered"]
        else "Altered:\n" + "\n".join(f"- {line}" for line in report["altered"])
    )
    emit(report, text, as_json=args.json)
    return 1 if report["altered"] else 0


def verify_store(path: Path | str, args: argparse.Namespace) -> int:
    """`store verify`: SQLite's full integrity check, then the tamper checks (the ledger's
    chain, every entry and stored file against it, foreign keys, triggers). Exit 0 whole,
    1 damaged or altered."""
    from desktop.store import open_store
    from desktop.store.backup import check_backup, manifest_path
    from desktop.store.integrity import integrity_problem
    from desktop.store.ledger import head
    from desktop.store.problems import refuse_non_store
    from desktop.store.tamper import tampering
    from desktop.store.unlock import existing_key

    if isinstance(path, str):
        return _verify_server_store(path, args)
    try:
        if not path.exists():
            raise StoreError(
                f"there is no store at {path}: check the path (--db or PRIVACYDESK_DB)"
            )
        refuse_non_store(path)
        key = existing_key(path)
        if manifest_path(path).exists():  # a backup: checked read-only, never opened as a store
            manifest = check_backup(path, key)
            emit(manifest, f"{path} is a backup that matches its manifest.", as_json=args.json)
            return 0
        problem = integrity_problem(path, key)
        altered, chain = [], None
        if problem is None:
            store = open_store(path, key=key)
            try:
                altered = [str(finding) for finding in tampering(store)]
                altered += _against_backups(store, path)
                chain = head(store)
            finally:
                store.close()
    except StoreError as exc:
        print(f"error: store: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR if exc.user_situation and not exc.damaged else 1
    report = {
        "store": str(path),
        "damaged": problem is not None,
        "altered": altered,
        "ledger": {"entries": chain.entries, "head": chain.chain} if chain else None,
    }
    if problem is not None:
        report["problem"] = problem
        if args.json:
            emit(report, "", as_json=True)
        print(
            f"error: store: {path} is damaged: SQLite's integrity check found "
            f"{problem.splitlines()[0]!r}. Stop working in it and restore it from a backup.",
            file=sys.stderr,
        )
        return 1
    if altered:
        if args.json:
            emit(report, "", as_json=True)
        print(f"error: store: {path} was altered outside Privacy Desk:", file=sys.stderr)
        for line in altered:
            print(f"  {line}", file=sys.stderr)
        return 1
    text = (
        f"{path} passed SQLite's full integrity check and the tamper checks.\n"
        f"Ledger: {chain.entries} entries, head {chain.chain}"
    )
    emit(report, text, as_json=args.json)
    return 0


def _against_backups(store: object, path: Path) -> list[str]:
    """The heads recorded in this store's backups must still lie on its chain."""
    from desktop.services.backups import default_folder
    from desktop.store.backup import recorded_heads
    from desktop.store.ledger import chain_at

    return [
        f"the ledger: its first {entries:,} entries no longer end in the head recorded by "
        f"backup {name}: history before that backup was rewritten"
        for name, entries, recorded in recorded_heads(default_folder(path), path)
        if chain_at(store, entries) != recorded
    ]
