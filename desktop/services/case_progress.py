"""A case's way to its end: asking for identification, resuming, extending, transferring,
recording the identity check, closing, reopening and purging (DOMAIN.md §§3, 7).

Each public method is one transaction with its audit entry; CaseService offers them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.cases import CaseAction, CaseStatus, status_after
from desktop.core.codes import id_check_label
from desktop.core.deadlines import Deadline, extension_refusal
from desktop.core.errors import ValidationError
from desktop.core.explanations import Words
from desktop.core.requests import Outcome, RequestType, decision_needed_to_close
from desktop.core.routing import TRANSFERRED, because
from desktop.services import validation as v
from desktop.services.case_changes import CaseChanges
from desktop.services.context import atomic
from desktop.services.explanation_fields import deadline_fields, routing_fields
from desktop.services.identity import delete_id_documents
from desktop.store import attachments as attachment_sql
from desktop.store import audit as audit_sql
from desktop.store import cases as case_sql
from desktop.store import inquiries as inquiry_sql
from desktop.store import notices as notice_sql


class CaseProgress(CaseChanges):
    """Part of CaseService: the changes of status and deadline."""

    @atomic
    def pause(self, case_id: int, reason: str, on: str | date | None = None) -> None:
        """Ask for identification or clarification: the clock stops (DOMAIN.md §3.2)."""
        why = v.clean_text("reason", reason, required=True, max_len=2000, multiline=True)
        case = self._case(case_id)
        self._refuse_for_inquiry(case)  # its clock is the authority's: it never stands still
        day = self._action_date(on, case)
        new_status = status_after(CaseAction.PAUSE, CaseStatus(case["status"]))
        due = date.fromisoformat(case["current_due"])
        if day > due:
            raise ValidationError(
                "date",
                "the answer was due on %1: asking for identification now cannot "
                "stop a clock that has run out; answer the request, or refuse it if the "
                "identity stays in doubt",
                due,
            )
        self._change(
            case,
            "case-paused",
            {"status": new_status.value, "paused_since": day.isoformat()},
            {"reason": why},
        )

    @atomic
    def resume(self, case_id: int, on: str | date | None = None) -> Deadline:
        """The information arrived: the days waited are added to the deadlines.

        Without a date, the day the latest incoming item since the pause arrived, else today.
        """
        case = self._case(case_id)
        new_status = status_after(CaseAction.RESUME, CaseStatus(case["status"]))
        day = self._action_date(on, case) if on else self._information_arrived(case)
        since = date.fromisoformat(case["paused_since"])
        if day < since:
            raise ValidationError("date", "the case was paused on %1; resume on or after it", since)
        paused = case["paused_days"] + (day - since).days
        deadline = self._deadline(case, paused_days=paused)
        self._change(
            case,
            "case-resumed",
            {
                "status": new_status.value,
                "paused_since": None,
                "paused_days": paused,
                **deadline_fields(deadline, bool(case["extended"])),
            },
            {"days_paused": (day - since).days},
        )
        return deadline

    @atomic
    def extend(self, case_id: int, reason: str) -> Deadline:
        """Extend by two months (Art. 12(3)); only before the one-month deadline has passed."""
        case = self._case(case_id)
        status_after(CaseAction.EXTEND, CaseStatus(case["status"]))
        if case["extended"]:
            raise ValidationError("extend", "the case is already extended")
        deadline = self._deadline(case)
        why = (reason or "").strip()
        refusal = extension_refusal(deadline, self.ctx.clock.today(), why)
        if refusal:
            raise refusal
        why = v.clean_text("reason", why, required=True, max_len=2000, multiline=True)
        self._change(
            case,
            "case-extended",
            {
                "extended": 1,
                "extension_reason": why,
                **deadline_fields(deadline, True),
            },
            {},
        )
        return deadline

    @atomic
    def transfer(self, case_id: int, company_id: str, reason: str) -> Deadline:
        """Hand the case to another group company; its calendar now sets the deadlines."""
        case = self._case(case_id)
        self._refuse_for_inquiry(case)
        status_after(CaseAction.TRANSFER, CaseStatus(case["status"]))
        why = v.clean_text("reason", reason, required=True, max_len=2000, multiline=True)
        company = self.register.company((company_id or "").strip())
        if company.id == case["company_id"]:
            raise ValidationError("company", "the case is already with that company")
        deadline = self.deadline_for(
            date.fromisoformat(case["received"]), company, case["paused_days"]
        )
        self._change(
            case,
            "case-transferred",
            {
                "company_id": company.id,
                "company_version": self.register.version_of(company.id),
                "company_name": company.name,
                **routing_fields(
                    because(company.coverage, 0, Words(TRANSFERRED, (company.name, why)))
                ),
                "routing_override": why,
                **deadline_fields(deadline, bool(case["extended"])),
            },
            {"reason": why},
        )
        return deadline

    @atomic
    def close(
        self,
        case_id: int,
        outcomes: dict[str, str],
        note: str | None = None,
        on: str | date | None = None,
    ) -> None:
        """Close with an outcome for every request (keyed by request type), today or on `on`."""
        case = self._case(case_id)
        new_status = status_after(CaseAction.CLOSE, CaseStatus(case["status"]))
        requests = case_sql.get_requests(self.ctx.store, case_id)
        parsed = {
            v.choice("type", RequestType.parse, k).value: v.choice("outcome", Outcome.parse, o)
            for k, o in outcomes.items()
        }
        open_notices = notice_sql.open_notice_count(self.ctx.store, case_id)
        if open_notices:
            raise ValidationError(
                "notices",
                "%1 Art. 19 notice(s) still open: record each recipient as "
                "notified or exempt first",
                open_notices,
            )
        missing = [r["type"] for r in requests if r["type"] not in parsed]
        if missing:
            raise ValidationError("outcome", "give an outcome for %1", ", ".join(missing))
        for request in requests:
            decided = request["outcome"]
            wanted = parsed.get(request["type"])
            if decided and request["decided_at"] and wanted and wanted.value != decided:
                raise ValidationError(
                    "outcome",
                    "the %1 request was decided as %2 on %3; close it with that outcome",
                    request["type"],
                    decided,
                    request["decided_at"],
                )
            refusal = wanted and decision_needed_to_close(
                RequestType(request["type"]), wanted, bool(decided)
            )
            if refusal:
                raise ValidationError("outcome", refusal)
        unknown = set(parsed) - {r["type"] for r in requests}
        if unknown:
            raise ValidationError(
                "outcome", "the case has no %1 request", ", ".join(sorted(unknown))
            )
        text = v.clean_text("note", note, max_len=5000, multiline=True)
        # A decision recorded before (an objection assessed) carries its own grounds.
        decided = {r["type"] for r in requests if r["outcome"] and r["decided_at"]}
        not_met = [
            t for t, o in parsed.items()
            if o in (Outcome.PARTLY_GRANTED, Outcome.REFUSED) and t not in decided
        ]  # fmt: skip
        if not_met and not text:
            raise ValidationError(
                "note",
                "give the reasons why %1 was not granted in full: the "
                "letter must tell the person (Art. 12(4) GDPR)",
                ", ".join(not_met),
            )
        today = self._action_date(on, case).isoformat()
        with self.ctx.store.transaction():
            for request in requests:
                outcome = parsed[request["type"]].value
                # A decision recorded earlier keeps its date; the closing does not redate it.
                kept = request["outcome"] == outcome and request["decided_at"]
                case_sql.update_request(
                    self.ctx.store,
                    request["id"],
                    {
                        "outcome": outcome,
                        "outcome_note": text,
                        "decided_at": request["decided_at"] if kept else today,
                    },
                )
            self._apply(
                case,
                "case-closed",
                {"status": new_status.value, "closed_at": today, "paused_since": None},
                {"outcomes": {k: o.value for k, o in parsed.items()}, "note": text},
            )

    @atomic
    def reopen(self, case_id: int, reason: str) -> None:
        case = self._case(case_id)
        new_status = status_after(CaseAction.REOPEN, CaseStatus(case["status"]))
        why = v.clean_text("reason", reason, required=True, max_len=2000, multiline=True)
        self._change(
            case, "case-reopened", {"status": new_status.value, "closed_at": None}, {"reason": why}
        )

    @atomic
    def purge(self, case_id: int, reason: str) -> str:
        """Delete a closed case for good (DOMAIN.md §7); the suppression register keeps its entries."""
        case = self._case(case_id)
        if case["status"] != CaseStatus.CLOSED.value:
            raise ValidationError("status", "only a closed case can be purged")
        held = inquiry_sql.holds_on(self.ctx.store, case_id)
        if held:  # DOMAIN.md §7: kept while a complaint or an authority's inquiry is pending
            raise ValidationError(
                "purge", "%1 about this case is still open: the file is kept until it is closed",
                held[0]["reference"],
            )  # fmt: skip
        keep_until = case_file_kept_until(date.fromisoformat(case["closed_at"]))
        if self.ctx.clock.today() <= keep_until:
            raise ValidationError(
                "purge",
                "the case file is kept until %1 (DOMAIN.md §7); purge after it",
                keep_until,
            )
        why = v.clean_text("reason", reason, required=True, max_len=2000)
        with self.ctx.store.transaction():
            case_sql.purge_case(self.ctx.store, case_id)
            self.ctx.audit(case_id, "case-purged", {"reference": case["reference"], "reason": why})
        return case["reference"]

    @atomic
    def record_identity_checked(self, case_id: int, how: str, on: str | date | None = None) -> int:
        """Note "ID checked on <date> by <officer>", delete any ID copy, restart the clock.

        Returns how many ID documents were deleted (EDPB 01/2022 §§65, 73-79: keep no copy).
        """
        case = self._case(case_id)
        status = CaseStatus(case["status"])
        if status is CaseStatus.CLOSED:
            raise ValidationError("status", "a closed case cannot record an identity check")
        method = v.clean_text("how", how, required=True, max_len=500)
        day = self._action_date(on, case)
        officer = self.ctx.officer()
        text = f"ID checked on {day.isoformat()} by {officer} ({id_check_label(method)}); no copy kept."
        fields: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        if status is CaseStatus.AWAITING_ID:
            since = date.fromisoformat(case["paused_since"])
            # The clock runs again from the day the information arrived, not the day it was
            # checked.
            resumed = min(day, self._information_arrived(case))
            paused = case["paused_days"] + max(0, (resumed - since).days)
            deadline = self._deadline(case, paused_days=paused)
            fields = {
                "status": CaseStatus.OPEN.value,
                "paused_since": None,
                "paused_days": paused,
                **deadline_fields(deadline, bool(case["extended"])),
            }
            extra["days_paused"] = max(0, (resumed - since).days)
        with self.ctx.store.transaction():
            deleted = delete_id_documents(self.ctx, case_id, day)
            documents = [d for d in deleted if "filename" in d]
            case_sql.insert_note(
                self.ctx.store,
                {"case_id": case_id, "at": self.ctx.stamp(), "who": officer, "text": text},
            )
            self._apply(
                case,
                "identity-checked",
                fields,
                {"on": day.isoformat(), "how": method, "id_documents_deleted": len(documents),
                 "id_documents": deleted, **extra},
            )  # fmt: skip
            if deleted:
                self.ctx.store.checkpoint_after_commit()  # no page of a copy stays in the -wal
        return len(documents)

    def information_arrived(self, case_id: int) -> date:
        """The day the asked-for information presumably arrived (offered to the officer)."""
        return self._information_arrived(self._case(case_id))

    def _information_arrived(self, case: dict[str, Any]) -> date:
        """The latest incoming item filed since the pause, or today when none was filed."""
        paused_at = max(
            (a["at"] for a in audit_sql.get_audit(self.ctx.store, case["id"])
             if a["action"] == "case-paused"),
            default="",
        )  # fmt: skip
        arrived = [
            date.fromisoformat(item["item_date"])
            for item in attachment_sql.get_correspondence(self.ctx.store, case["id"])
            if item["direction"] == "in"
            and item["created_at"] >= paused_at
            and item["item_date"] >= (case["paused_since"] or "")
        ]
        return max(arrived) if arrived else self.ctx.clock.today()


def case_file_kept_until(closed: date) -> date:
    """31 Dec of the third year after closure: the 3-year limitation periods (§195 BGB)."""
    return date(closed.year + 3, 12, 31)
