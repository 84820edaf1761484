"""The suppression register: who must not be contacted, checked, corrected and exported."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.suppression import (
    SuppressionChannel,
    identifier_hash,
    normalise_email,
    normalise_phone,
    phone_key,
)
from desktop.services import validation as v
from desktop.services.context import ServiceBase, ServiceContext, atomic
from desktop.services.files import (
    cannot_write,
    refuse_store_as_target,
    replaced_when_complete,
    spreadsheet_cell,
)
from desktop.store import suppression as suppression_sql

PLAIN_COLUMNS = ("channel", "name", "email", "phone", "postal_address", "reason",
                 "source_reference", "effective")  # fmt: skip
HASHED_COLUMNS = ("channel", "email_sha256", "phone_sha256", "reason", "source_reference",
                  "effective")  # fmt: skip
_CORRECTABLE = ("name", "email", "phone", "postal_address", "effective")


class SuppressionService(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def check(self, email: str | None = None, phone: str | None = None) -> dict[str, Any]:
        """Is this person suppressed, and on which channels? Matches normalised identifiers."""
        if not (email or "").strip() and not (phone or "").strip():
            raise ValidationError("email", "give an email address or a phone number")
        checked = v.email_address("email", email) if email and email.strip() else None
        e = normalise_email(checked) if checked else None
        p = normalise_phone(phone) if phone and phone.strip() else None
        key = phone_key(p) if p else None
        if p is not None and key is None:
            raise ValidationError("phone", "is not a phone number (at least nine digits)")
        entries = suppression_sql.find_suppressions(self.ctx.store, e, key)
        channels = sorted({row["channel"] for row in entries})
        return {
            "suppressed": bool(entries),
            "channels": channels,
            "entries": [
                {k: row[k] for k in ("id", "channel", "reason", "source_reference", "effective")}
                for row in entries
            ],
        }

    def search(
        self, text: str = "", channel: str | None = None, offset: int = 0, limit: int = 200
    ) -> list[dict[str, Any]]:
        return suppression_sql.search_suppressions(self.ctx.store, text, channel, offset, limit)

    def count(self, text: str = "", channel: str | None = None) -> int:
        return suppression_sql.count_suppressions(self.ctx.store, text, channel)

    @atomic
    def correct(self, entry_id: int, changes: dict[str, str], reason: str) -> None:
        """Entries cannot be lifted from the program, only corrected, with a reason (audited)."""
        row = suppression_sql.get_suppression(self.ctx.store, entry_id)
        if row is None:
            raise ValidationError("entry", "no suppression entry %1", entry_id)
        why = v.clean_text("reason", reason, required=True, max_len=2000)
        fields: dict[str, Any] = {}
        for key, value in changes.items():
            if key not in _CORRECTABLE:
                raise ValidationError(key, "cannot be corrected (only %1)", ", ".join(_CORRECTABLE))
            if key == "name":
                fields[key] = v.clean_text("name", value, required=True)
            elif key == "email":
                checked = v.email_address("email", value)
                fields[key] = normalise_email(checked) if checked else None
            elif key == "phone":
                text = v.clean_text("phone", value, max_len=40)
                fields[key] = normalise_phone(text) if text else None
                fields["phone_key"] = phone_key(fields[key]) if fields[key] else None
            elif key == "postal_address":
                fields[key] = v.clean_text("address", value, max_len=4000, multiline=True)
            elif key == "effective":
                day = v.parse_date("effective", value)
                fields[key] = day.isoformat() if day else None
        if not fields:
            raise ValidationError("changes", "nothing to correct")
        before = {k: row[k] for k in fields if k != "phone_key"}
        with self.ctx.store.transaction():
            suppression_sql.update_suppression(
                self.ctx.store, entry_id,
                {**fields, "corrected_at": self.ctx.stamp(), "correction": why},
            )  # fmt: skip
            self.ctx.audit(
                None, "suppression-corrected",
                {"entry": entry_id, "fields": sorted(before), "reason": why,
                 "source_reference": row["source_reference"],
                 "changed": {k: before[k] != fields[k] for k in before}},
            )  # fmt: skip

    def export_csv(self, path: Path, hashed: bool = False, raw: bool = False) -> int:
        """CSV (UTF-8 with BOM, so spreadsheet programs read accents) for marketing systems.

        Hashed: SHA-256 hex of the normalised email (trimmed, NFC, lower case, no invisible
        characters) and phone (E.164 where its country is known); names and addresses left out.
        Cells that start like a formula get a leading apostrophe (safe in a spreadsheet);
        `raw` writes the exact values instead, for systems that read CSV as data.
        """
        cell = str if raw else spreadsheet_cell
        refuse_store_as_target(path, self.ctx.store.path)
        if Path(path).suffix.lower() != ".csv":  # never a CSV written into a .txt or .xlsx
            raise ValidationError("file", "export to a .csv file")
        count = 0
        try:
            with replaced_when_complete(
                path, text=True, encoding="utf-8-sig", store=self.ctx.store.path
            ) as handle:
                writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
                writer.writerow(HASHED_COLUMNS if hashed else PLAIN_COLUMNS)
                for row in suppression_sql.all_suppressions(self.ctx.store):
                    if hashed:
                        writer.writerow([
                            row["channel"],
                            identifier_hash(row["email"]) if row["email"] else "",
                            identifier_hash(row["phone"]) if row["phone"] else "",
                            *(cell(row[c] if row[c] is not None else "")
                              for c in ("reason", "source_reference", "effective")),
                        ])  # fmt: skip
                    else:
                        writer.writerow(
                            [cell(row[c] if row[c] is not None else "") for c in PLAIN_COLUMNS]
                        )
                    count += 1
        except OSError as exc:
            raise cannot_write("file", exc) from None
        with self.ctx.store.transaction():
            self.ctx.audit(
                None, "suppression-exported", {"entries": count, "hashed": hashed, "raw": raw}
            )
        return count


def channel_labels() -> list[tuple[str, str]]:
    return [(c.value, c.label) for c in SuppressionChannel]
