"""Rectification (Art. 16) and restriction (Art. 18) carried out: what was done, and the
recipients to tell under Art. 19 — as erasure does. Part of DecisionService."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.requests import Outcome, RequestType
from desktop.services import validation as v
from desktop.services.case_changes import action_date
from desktop.services.context import ServiceContext, atomic
from desktop.services.processing import ProcessingRegisterService


class RightsDone:
    ctx: ServiceContext
    processing: ProcessingRegisterService

    # Provided by DecisionService.
    def _request(
        self, case_id: int, kind: RequestType
    ) -> tuple[dict[str, Any], dict[str, Any]]: ...
    def _decide(self, request: dict[str, Any], kind: str, data: dict[str, Any], day: Any,
                outcome: Outcome) -> None: ...  # fmt: skip
    def _open_notices(self, case_id: int, recipients: Sequence[Any]) -> list[str]: ...

    @atomic
    def record_rectification(
        self,
        case_id: int,
        corrected: str,
        recipients: Sequence[str],
        none_disclosed: bool = False,
        decided_on: str | date | None = None,
    ) -> list[str]:
        """What was corrected (the letter says it), and which recipients must hear of it."""
        return self._done(case_id, RequestType.RECTIFICATION, "corrected", corrected,
                          recipients, none_disclosed, decided_on)  # fmt: skip

    @atomic
    def record_restriction(
        self,
        case_id: int,
        restricted: str,
        recipients: Sequence[str],
        none_disclosed: bool = False,
        decided_on: str | date | None = None,
    ) -> list[str]:
        """What is restricted (kept, not used otherwise), and which recipients must hear of it."""
        return self._done(case_id, RequestType.RESTRICTION, "restricted", restricted,
                          recipients, none_disclosed, decided_on)  # fmt: skip

    def _done(
        self,
        case_id: int,
        kind: RequestType,
        field: str,
        text: str,
        recipient_ids: Sequence[str],
        none_disclosed: bool,
        decided_on: str | date | None,
    ) -> list[str]:
        case, request = self._request(case_id, kind)
        day = action_date(self.ctx, decided_on, case)
        what = v.clean_text(field, text, required=True, max_len=5000, multiline=True)
        chosen = tuple(dict.fromkeys(r.strip() for r in recipient_ids if r.strip()))
        if not chosen and not none_disclosed:
            raise ValidationError(
                "recipients",
                "tick the recipients to tell (Art. 19 GDPR), or confirm that the data were "
                "disclosed to nobody",
            )
        if chosen and none_disclosed:
            raise ValidationError("recipients", "recipients ticked, yet 'disclosed to nobody'")
        register = self.processing.register()
        recipients = tuple(register.recipient(r) for r in chosen)
        data = {field: what, "recipients": list(chosen), "none_disclosed": none_disclosed}
        with self.ctx.store.transaction():
            self._decide(request, kind.value, data, day, Outcome.GRANTED)
            opened = self._open_notices(case_id, recipients)
            self.ctx.audit(
                case_id, f"{kind.value}-recorded",
                {field: what, "notices_opened": opened, "none_disclosed": none_disclosed},
            )  # fmt: skip
        return opened
