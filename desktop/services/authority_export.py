"""A case's file for a supervisory authority: what it needs to see, provably as kept.

`export(case_id, folder)` writes, in a new private folder named after the case:
- `case.json`: the case file (requester, requests, decisions, deadlines, correspondence, notes);
- `audit.json`: the case's audit trail, each entry with who, when, what, before -> after;
- `letters/`: every letter as sent, the exact PDF kept;
- `files/`: every file received or filed in the case (the originals included);
- `manifest.json`: the case, when and by whom exported, the store's ledger head, each file
  with its SHA-256;
- `SHA256SUMS`: the same hashes for `sha256sum -c SHA256SUMS` (standard tools, no Privacy Desk).
Every stored file is checked against its SHA-256 when read: an altered one stops the export.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.private_files import private_folder
from desktop.services.context import ServiceBase, ServiceContext
from desktop.services.files import refuse_store_as_target, write_file
from desktop.store import ledger
from desktop.store import letters as letter_sql
from desktop.store.attachments import get_blob

_UNSAFE = re.compile(r"[^\w.\- ]+")


def _safe(name: str, fallback: str) -> str:
    """A file name that stays inside its folder on any system."""
    cleaned = _UNSAFE.sub("_", name).strip(" ._")[:120]
    return cleaned or fallback


class AuthorityExport(ServiceBase):
    def __init__(self, ctx: ServiceContext, case_file: Callable[[int], dict[str, Any]]) -> None:
        self.ctx = ctx
        self._case_file = case_file  # the case file as the window shows it

    def export(self, case_id: int, folder: Path) -> dict[str, Any]:
        case = self._case_file(case_id)
        target = Path(folder) / _safe(case["reference"], f"case-{case_id}")
        if target.exists():
            raise ValidationError("folder", "%1 exists already: choose another folder", target)
        refuse_store_as_target(target, self.ctx.store.path, "folder")
        store = self.ctx.store
        files: dict[str, bytes] = {
            "case.json": _json({k: v for k, v in case.items() if k != "audit"}),
            "audit.json": _json(case["audit"]),
        }
        for number, letter in enumerate(letter_sql.letters_of_case(store, case_id), start=1):
            name = f"{number:02d}-{letter['sent_on']}-{letter['type']}-{letter['language']}.pdf"
            files[f"letters/{_safe(name, 'letter.pdf')}"] = get_blob(store, letter["sha256"])
        for item in case["correspondence"]:
            for attachment in item["attachments"]:
                number = attachment["id"]
                name = _safe(f"{number}-{attachment['filename']}", f"file-{number}")
                files[f"files/{name}"] = get_blob(store, attachment["sha256"])
        chain = ledger.head(store)
        sums = {path: hashlib.sha256(data).hexdigest() for path, data in files.items()}
        manifest = {
            "case": case["reference"],
            "exported_at": self.ctx.stamp(),
            "exported_by": self.ctx.officer(),
            "ledger": {"entries": chain.entries, "head": chain.chain},
            "files": sums,
            "verify": "sha256sum -c SHA256SUMS",
        }
        files["manifest.json"] = _json(manifest)
        sums["manifest.json"] = hashlib.sha256(files["manifest.json"]).hexdigest()
        files["SHA256SUMS"] = "".join(f"{h}  {p}\n" for p, h in sorted(sums.items())).encode()
        private_folder(target)
        for path, data in files.items():
            private_folder((target / path).parent)
            write_file(target / path, data, "folder", store.path)
        with store.transaction():
            self.ctx.audit(case_id, "case-exported-for-authority", {
                "folder": target.name, "files": len(files), "ledger_head": chain.chain,
            })  # fmt: skip
        return {"folder": str(target), "files": len(files), "ledger": manifest["ledger"]}


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str).encode()
