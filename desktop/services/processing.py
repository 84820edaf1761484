"""The processing register: read and edit the purposes, recipients and retention rules."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.processing import ProcessingRegister
from desktop.core.suppression import SuppressionChannel
from desktop.resources import resource_path
from desktop.services.context import ServiceBase, ServiceContext, atomic
from desktop.store import registers as register_sql

REGISTER = register_sql.PROCESSING


class ProcessingRegisterService(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._cache: ProcessingRegister | None = None

    def ensure_seeded(self) -> None:
        if register_sql.get_register(self.ctx.store, REGISTER) is None:
            data = json.loads(resource_path("processing", "register.json").read_text("utf-8"))
            self.save(data, action="processing-register-seeded")

    def register(self) -> ProcessingRegister:
        if self._cache is None:
            row = register_sql.get_register(self.ctx.store, REGISTER)
            if row is None:
                self.ensure_seeded()
                row = register_sql.get_register(self.ctx.store, REGISTER)
            assert row is not None
            self._cache = ProcessingRegister.from_dict(row["data"])
        return self._cache

    def version(self) -> int:
        row = register_sql.get_register(self.ctx.store, REGISTER)
        return int(row["version"]) if row else 0

    @atomic
    def save(self, data: dict[str, Any], action: str = "processing-register-saved") -> int:
        """Check the whole register, then store it as a new version (audited)."""
        parsed = ProcessingRegister.from_dict(data)
        with self.ctx.store.transaction():
            version = register_sql.save_register(
                self.ctx.store, REGISTER, parsed.to_dict(), self.ctx.stamp()
            )
            self.ctx.audit(None, action, {"version": version})
        self._cache = parsed
        return version

    # -- one entry at a time, as the register page's forms edit it ------------------------------
    def entry(self, kind: str, entry_id: str) -> dict[str, Any]:
        """One purpose, recipient or retention rule, in the form `save_entry` takes."""
        for item in self._entries(self.register().to_dict(), kind):
            if item["id"] == entry_id:
                return item
        raise ValidationError(kind, "no entry %1 in the processing register", repr(entry_id))

    def purposes_naming(self, recipient_id: str) -> list[str]:
        """The names of the purposes that pass data to this recipient."""
        return [p.name for p in self.register().purposes if recipient_id in p.recipients]

    @atomic
    def save_entry(self, kind: str, values: dict[str, Any], replacing: str | None = None) -> int:
        """Add an entry to one list (or replace the entry with id `replacing`) and save the whole
        register as a new version; the version, or ValidationError and nothing saved.

        A refusal names the entry's field ("recipients.kind", "retention.years"), so that a
        form can mark it; only a check across the register names just the list ("purposes").
        """
        self._cache = None  # read under the write lock: keep what the CLI saved meanwhile
        data = self.register().to_dict()
        items = self._entries(data, kind)
        entry = {**values, "id": str(values.get("id") or "").strip()}
        position = -1
        if replacing is not None:
            position = next((i for i, x in enumerate(items) if x["id"] == replacing), -1)
            if position < 0:
                raise ValidationError(
                    kind, "no entry %1 in the processing register", repr(replacing)
                )
            if entry["id"] != replacing:
                # Cases, decisions and letters refer to the id: another id is another entry.
                raise ValidationError(f"{kind}.id", "cannot change: cases and letters refer to it")
        if entry["id"] and any(x["id"] == entry["id"] for x in items if x["id"] != replacing):
            raise ValidationError(f"{kind}.id", "another entry already has this id")
        if kind == "retention":
            entry["years"] = self._whole_years(entry.get("years"))
        elif kind == "purposes":
            self._check_purpose(entry, {r["id"] for r in data["recipients"]})
        if replacing is None:
            items.append(entry)
        else:
            items[position] = entry
        return self.save(data)

    @atomic
    def remove_entry(self, kind: str, entry_id: str) -> int:
        """Take an entry out as a new version; earlier versions keep it, and so do the cases
        decided under them. A recipient that a purpose still names stays."""
        self._cache = None
        data = self.register().to_dict()
        items = self._entries(data, kind)
        if not any(x["id"] == entry_id for x in items):
            raise ValidationError(kind, "no entry %1 in the processing register", repr(entry_id))
        if kind == "recipients" and self.purposes_naming(entry_id):
            raise ValidationError("recipients", "a purpose still names it; take it out there first")
        data[kind] = [x for x in items if x["id"] != entry_id]
        return self.save(data)

    @staticmethod
    def _entries(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
        if kind not in ("purposes", "recipients", "retention"):
            raise ValidationError("kind", "use purposes, recipients or retention")
        return data[kind]

    @staticmethod
    def _whole_years(value: Any) -> int:
        """Retention in whole years, 1 to 30; typed digits count as the number they spell."""
        if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 30:
            raise ValidationError("retention.years", "must be a whole number from 1 to 30")
        return value

    @staticmethod
    def _check_purpose(purpose: dict[str, Any], recipients: set[str]) -> None:
        unknown = [r for r in purpose.get("recipients") or () if r not in recipients]
        if unknown:
            raise ValidationError("purposes.recipients", "unknown recipient %1", repr(unknown[0]))
        if purpose.get("channel"):
            try:
                SuppressionChannel.parse(str(purpose["channel"]))
            except ValueError as exc:
                raise ValidationError("purposes.channel", str(exc)) from None
