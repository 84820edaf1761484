"""The processing register: read and edit the purposes, recipients and retention rules."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.processing import ProcessingRegister
from desktop.resources import resource_path
from desktop.services.context import ServiceContext, atomic
from desktop.store import decisions as decision_sql

REGISTER = "processing"


class ProcessingRegisterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._cache: ProcessingRegister | None = None

    def ensure_seeded(self) -> None:
        if decision_sql.get_register(self.ctx.store, REGISTER) is None:
            data = json.loads(resource_path("processing", "register.json").read_text("utf-8"))
            self.save(data, action="processing-register-seeded")

    def register(self) -> ProcessingRegister:
        if self._cache is None:
            row = decision_sql.get_register(self.ctx.store, REGISTER)
            if row is None:
                self.ensure_seeded()
                row = decision_sql.get_register(self.ctx.store, REGISTER)
            assert row is not None
            self._cache = ProcessingRegister.from_dict(row["data"])
        return self._cache

    def version(self) -> int:
        row = decision_sql.get_register(self.ctx.store, REGISTER)
        return int(row["version"]) if row else 0

    @atomic
    def save(self, data: dict[str, Any], action: str = "processing-register-saved") -> int:
        """Check the whole register, then store it as a new version (audited)."""
        parsed = ProcessingRegister.from_dict(data)
        with self.ctx.store.transaction():
            version = decision_sql.save_register(
                self.ctx.store, REGISTER, parsed.to_dict(), self.ctx.stamp()
            )
            self.ctx.audit(None, action, {"version": version})
        self._cache = parsed
        return version
