"""Backups that restore: SQLite's online backup into a private temporary file, checked before
it takes its name, with a manifest (counts, chain head, SHA-256 of the file) beside it; a
restore checks the backup against its manifest and keeps the current store aside first."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from desktop.core.backups import backup_name, made_at, to_keep
from desktop.core.errors import StoreError
from desktop.private_files import (
    fsync_folder,
    private_file,
    private_folder,
    process_running,
    replaced_when_complete,
)
from desktop.store import ledger
from desktop.store.db import Store
from desktop.store.driver import StoreKey, apply_key, connect_read_only, sqlite3
from desktop.store.keyfile import keyfile_path, read_keyfile, write_keyfile
from desktop.store.problems import explain

# What a backup is counted by (the manifest), and checked against when restored.
COUNTED = ("cases", "requests", "correspondence", "attachments", "blobs", "letters",
           "suppressions", "audit_log", "ledger")  # fmt: skip


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def write_backup(store: Store, folder: Path, moment: datetime) -> tuple[Path, dict]:
    """A checked copy of the store in `folder` (made private if new); its manifest beside it.
    Any failure (a full disk, a folder that is a file) is a StoreError, and no partial file
    is left behind."""
    partial: Path | None = None
    try:
        private_folder(folder)
        target = folder / backup_name(_stem(store.path), moment)
        descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(descriptor)  # mkstemp: private (0600) and never another writer's file
        partial = Path(name)
        copy = sqlite3.connect(partial)
        try:  # encrypted with the store's key and salt: the store's key file opens it
            apply_key(copy, store.key, new_file=True)
            store.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file: no -wal beside a backup
            manifest = _describe(copy)
        finally:
            copy.close()
        if manifest["integrity"] != "ok":
            raise StoreError(f"the backup failed its integrity check ({manifest['integrity']})")
        manifest |= {"made": moment.isoformat(timespec="seconds"), **_file_facts(partial)}
        manifest["key_id"] = store.key.key_id if store.key else None
        _fsync(partial)
        if store.key is not None and store.path is not None:  # the key travels with it
            content = read_keyfile(keyfile_path(store.path))
            if content.get("key_id") != store.key.key_id:
                raise StoreError("the store's key file no longer names its key: run store verify")
            write_keyfile(keyfile_path(target), content)
        os.replace(partial, target)
        _write_json(manifest_path(target), manifest)
    except (OSError, sqlite3.Error, StoreError) as exc:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink()
        if isinstance(exc, StoreError):
            raise
        why = getattr(exc, "strerror", None) or type(exc).__name__
        raise StoreError(f"the backup could not be written ({why})") from None
    return target, manifest


def _describe(conn: sqlite3.Connection) -> dict:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    copy = Store(conn, None)
    chain = ledger.head(copy) if "ledger" in tables else None
    return {
        "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
        "schema": int(conn.execute("PRAGMA user_version").fetchone()[0]),
        "counts": {
            t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])  # noqa: S608
            for t in COUNTED
            if t in tables
        },
        "ledger": {"entries": chain.entries, "head": chain.chain} if chain else None,
    }


def _file_facts(path: Path) -> dict:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return {"sha256": digest.hexdigest(), "size": path.stat().st_size}


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _write_json(path: Path, data: dict) -> None:
    with replaced_when_complete(path, text=True, encoding="utf-8") as out:
        out.write(json.dumps(data, indent=2, sort_keys=True))


def _stem(store_path: Path | None) -> str:
    return store_path.stem if store_path is not None else "privacydesk"


def backups_in(folder: Path, store_path: Path | None) -> list[tuple[datetime, Path]]:
    """The backups of this store in `folder`, newest first (another store's are not)."""
    found = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            moment = made_at(path.name, _stem(store_path))
            if moment is not None:
                found.append((moment, path))
    return sorted(found, reverse=True)


def rotate(folder: Path, store_path: Path | None) -> list[Path]:
    """Delete this store's backups (and manifests) that the retention does not keep."""
    found = backups_in(folder, store_path)
    keep = to_keep(moment for moment, _ in found)
    gone = [path for moment, path in found if moment not in keep]
    for path in gone:
        for file in (path, manifest_path(path), keyfile_path(path)):
            with contextlib.suppress(FileNotFoundError):
                file.unlink()
    return gone


def check_backup(backup: Path, key: StoreKey | None) -> dict:
    """The backup's manifest, once the file matches it: SHA-256, integrity, counts, chain.
    `key`: the backup's own (its key file beside it), None for a plain backup."""
    try:
        manifest = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StoreError(f"{backup.name} has no readable manifest beside it") from None
    if _file_facts(backup)["sha256"] != manifest.get("sha256"):
        raise StoreError(f"{backup.name} is not the file its manifest describes (SHA-256)")
    try:
        conn = connect_read_only(backup, key)
        try:
            found = _describe(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise StoreError(f"{backup.name} cannot be read with its key file") from None
    if manifest.get("key_id") != (key.key_id if key else None):
        raise StoreError(f"{backup.name}'s key file is not the one its manifest names")
    for field in ("integrity", "counts", "ledger", "schema"):
        expected = "ok" if field == "integrity" else manifest.get(field)
        if found[field] != expected:
            raise StoreError(f"{backup.name} does not match its manifest ({field})")
    return manifest


def restore(
    backup: Path,
    store_path: Path,
    moment: datetime,
    *,
    backup_key: StoreKey | None,
    store_key: StoreKey | None,
) -> Path | None:
    """Put a checked backup (and its key file) in the store's place; the current store (its
    -wal, -shm and key file too) is kept aside first, under a name that says when. Returns
    where it was kept, if any."""
    check_backup(backup, backup_key)
    if window_open(store_path):
        raise StoreError("the store is open in a Privacy Desk window: close it first")
    key_content = read_keyfile(keyfile_path(backup)) if backup_key is not None else None
    partial = store_path.with_name(f".{store_path.name}.restoring")
    pending = store_path.with_name(f".{store_path.name}.key.restoring")
    try:  # the copies first: a full disk must not leave the path without a store or key
        shutil.copyfile(backup, partial)
        private_file(partial)
        _fsync(partial)
        if key_content is not None:
            write_keyfile(pending, key_content)
    except OSError as exc:
        for made in (partial, pending):
            with contextlib.suppress(OSError):
                made.unlink()
        raise StoreError(f"the backup could not be copied ({exc.strerror or exc})") from None
    aside = store_path.with_name(f"{store_path.name}.before-restore-{moment:%Y%m%dT%H%M%S}")
    kept = store_path.exists()
    if kept and _in_use(store_path, store_key):
        for made in (partial, pending):
            made.unlink(missing_ok=True)
        raise StoreError("the store is in use (a window or a command): quit it first")
    # Only renames from here: the store, its logs and its key file aside, the copies in place.
    if kept:
        os.replace(store_path, aside)
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{store_path}{side}", f"{aside}{side}")
    if keyfile_path(store_path).exists():  # kept with its store (or alone, if that is gone)
        os.replace(keyfile_path(store_path), keyfile_path(aside))
    if key_content is not None:
        os.replace(pending, keyfile_path(store_path))
    os.replace(partial, store_path)
    with contextlib.suppress(OSError):
        fsync_folder(store_path.parent)
    return aside if kept else None


def _in_use(store_path: Path, key: StoreKey | None) -> bool:
    """Whether another program holds the store. Its -wal's work goes into the file first, so
    the file kept aside is whole; a store that cannot be read (no key, damaged) is set
    aside as it is, its -wal and -shm with it."""
    current = sqlite3.connect(store_path)
    try:
        apply_key(current, key)
        return bool(current.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
    except sqlite3.Error as exc:
        return not explain(exc, store_path).damaged  # busy or locked: in use
    finally:
        current.close()


def window_open(store_path: Path) -> bool:
    """Whether a window holds the store: its lock file names a process still running."""
    try:
        pid = int(Path(f"{store_path}.window-lock").read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    return process_running(pid)


def recorded_heads(folder: Path, store_path: Path) -> list[tuple[str, int, str]]:
    """(backup name, entries, head) from the manifests of this store's backups, newest first:
    heads kept outside the store, which a chain rebuilt from scratch no longer matches."""
    heads = []
    for _moment, path in backups_in(folder, store_path):
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            chain = json.loads(manifest_path(path).read_text(encoding="utf-8"))["ledger"]
            heads.append((path.name, int(chain["entries"]), str(chain["head"])))
    return heads


def deletions_since(manifest: dict, store_path: Path, key: StoreKey | None) -> list[str]:
    """What the store deleted after the backup was made (purged cases' letters, ID copies and
    other files), in words: a restore brings these back, and they must be deleted again."""
    entries = int((manifest.get("ledger") or {}).get("entries", 0))
    try:
        conn = connect_read_only(store_path, key)
    except sqlite3.Error as exc:
        raise explain(exc, store_path) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "ledger" not in tables:
            return []
        rows = conn.execute(
            "SELECT l.kind, l.ref, (SELECT json_extract(a.detail, '$.reference') FROM audit_log a "
            "WHERE a.case_id = l.case_id AND a.action = 'case-purged') FROM ledger l "
            "WHERE l.deleted = 1 AND l.id > ? ORDER BY l.id",
            (entries,),
        ).fetchall()
    except sqlite3.Error as exc:
        raise explain(exc, store_path) from None
    finally:
        conn.close()
    words = {"letter": "letter", "blob": "stored file (an ID copy or a purged case's file)"}
    return [
        f"{words.get(kind, kind)} {ref[:12] if kind == 'blob' else ref}"
        + (f" of purged case {reference}" if reference else "")
        for kind, ref, reference in rows
    ]
