"""Art. 19 notices: each recipient told of a rectification, erasure, restriction or upheld
objection, or recorded as exempt (impossible or disproportionate effort)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop.core.codes import ExemptionGround
from desktop.core.errors import ValidationError
from desktop.services import validation as v
from desktop.services.case_changes import action_date, load_case
from desktop.services.context import ServiceContext, atomic
from desktop.services.processing import ProcessingRegisterService
from desktop.store import notices as notice_sql


class Art19Notices:
    """Part of DecisionService: the case's checklist of recipients to notify."""

    ctx: ServiceContext
    processing: ProcessingRegisterService

    @atomic
    def open_notices_for(self, case_id: int, recipient_ids: Sequence[str]) -> list[int]:
        """Add recipients to the case's checklist by hand (e.g. after a rectification)."""
        load_case(self.ctx, case_id)
        if not recipient_ids:
            raise ValidationError("recipients", "tick at least one recipient")
        register = self.processing.register()
        recipients = tuple(register.recipient(r) for r in recipient_ids)
        with self.ctx.store.transaction():
            added = self._open_notices(case_id, recipients)
            self.ctx.audit(case_id, "notices-opened", {"recipients": added})
        return added

    @atomic
    def record_notice(
        self,
        notice_id: int,
        *,
        notified_on: str | date | None = None,
        channel: str | None = None,
        exempt_reason: str | None = None,
        exempt_ground: str | None = None,
    ) -> None:
        """Notified (date, channel), or exempt (Art. 19: impossible or disproportionate effort,
        `exempt_ground`, and why, `exempt_reason`)."""
        notice = notice_sql.get_notice(self.ctx.store, notice_id)
        if notice is None:
            raise ValidationError("notice", "no notice with id %1", notice_id)
        case = load_case(self.ctx, notice["case_id"])
        if exempt_reason is not None or exempt_ground is not None:
            if not (exempt_ground or "").strip():
                raise ValidationError("ground", "choose impossible or disproportionate effort")
            ground = v.choice("ground", ExemptionGround.parse, exempt_ground)
            why = v.clean_text("exempt", exempt_reason, required=True, max_len=2000)
            fields = {"status": "exempt", "exempt_ground": ground.value, "exempt_reason": why,
                      "notified_on": None, "channel": None}  # fmt: skip
        else:
            day = action_date(self.ctx, notified_on, case)
            how = v.clean_text("channel", channel, required=True, max_len=40)
            fields = {"status": "notified", "notified_on": day.isoformat(), "channel": how,
                      "exempt_ground": None, "exempt_reason": None}  # fmt: skip
        with self.ctx.store.transaction():
            notice_sql.update_notice(self.ctx.store, notice_id, fields)
            self.ctx.audit(
                notice["case_id"], "notice-recorded",
                {"recipient": notice["recipient_id"], "status": fields["status"]},
            )  # fmt: skip

    def _open_notices(self, case_id: int, recipients: Sequence[Any]) -> list[str]:
        return [
            r.id for r in recipients
            if notice_sql.add_notice(self.ctx.store, case_id, r.id, r.name)
        ]  # fmt: skip
