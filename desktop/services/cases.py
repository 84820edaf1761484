"""Logging a request and everything done to a case afterwards: each call one transaction, audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.core.arrival import received_on
from desktop.core.cases import CaseAction, CaseStatus, status_after
from desktop.core.codes import id_check_label
from desktop.core.companies import GroupCompany
from desktop.core.deadlines import Deadline, extension_refusal, response_deadline
from desktop.core.errors import ValidationError
from desktop.core.requests import Channel, Outcome, RequestType, decision_needed_to_close
from desktop.core.routing import Context, CustomerKind, Routing, RoutingQuestion
from desktop.services import validation as v
from desktop.services.companies import CompanyRegister
from desktop.services.context import ServiceContext, atomic
from desktop.services.identity import delete_id_documents, mark_id_document
from desktop.store import cases as case_sql
from desktop.store import decisions as decision_sql

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    filename: str
    media_type: str
    content: bytes = field(repr=False)
    is_original: bool = False
    is_id_document: bool = False  # deleted when the identity check is recorded


@dataclass(frozen=True)
class Requester:
    name: str
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    postcode: str | None = None
    customer_number: str | None = None
    customer: str = "consumer"
    delivery_country: str | None = None
    delivery_location: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class CaseDraft:
    """Everything the intake collected; nothing is stored until `log_case` accepts it."""

    channel: str
    received: str | date
    types: Sequence[str]
    requester: Requester
    context: str = "order"
    contract_company_id: str | None = None
    company_id: str | None = None  # the officer's choice instead of the routing result
    company_reason: str | None = None
    subject: str = ""
    body: str = ""
    letter_date: str | date | None = None
    fax_number: str | None = None
    # When a message arrived; without `received` its date in the company's time zone is used.
    received_at: datetime | None = None
    attachments: Sequence[Attachment] = field(default_factory=tuple)
    link_to: Sequence[int] = field(default_factory=tuple)  # open cases of the same person


@dataclass(frozen=True)
class LoggedCase:
    id: int
    reference: str
    routing: Routing
    deadline: Deadline


class CaseService:
    def __init__(self, ctx: ServiceContext, register: CompanyRegister) -> None:
        self.ctx = ctx
        self.register = register

    # -- intake ----------------------------------------------------------------------------
    def routing_for(self, draft: CaseDraft) -> Routing:
        """The responsible company for a draft (also for the intake dialog's live panel)."""
        person = draft.requester
        question = RoutingQuestion(
            customer=v.choice("customer", CustomerKind.parse, person.customer),
            context=v.choice("context", Context.parse, draft.context),
            delivery_country=v.country_code("delivery-country", person.delivery_country),
            location=v.clean_text("location", person.delivery_location, max_len=200),
            contract_company_id=(draft.contract_company_id or "").strip() or None,
        )
        routing = self.register.route(question)
        if draft.company_id and draft.company_id != routing.company.id:
            chosen = self.register.company(draft.company_id)
            # DOMAIN.md §1: the officer may override the result, with a reason (audited).
            why = v.clean_text("company-reason", draft.company_reason, required=True, max_len=500)
            reason = f"Chosen by the officer instead of {routing.company.name}: {why}"
            return Routing(chosen.coverage, 0, reason, None)
        return routing

    def received_date_at(self, moment: datetime, company_id: str) -> date:
        """The legal received date: the day `moment` fell on where the company receives mail."""
        return received_on(moment, self.register.company(company_id).time_zone)

    def deadline_for(self, received: date, company: GroupCompany, paused_days: int = 0) -> Deadline:
        return response_deadline(received, company.calendar, paused_days)

    @atomic
    def log_case(self, draft: CaseDraft) -> LoggedCase:
        today = self.ctx.clock.today()
        channel = v.choice("channel", Channel.parse, draft.channel)
        routing = self.routing_for(draft)
        company = self.register.company(routing.company.id)
        when = draft.received
        if not when and draft.received_at is not None:
            when = self.received_date_at(draft.received_at, company.id)
        received = v.received_date("received", when, today)
        if not draft.types:
            raise ValidationError("type", "name at least one request type")
        types = [v.choice("type", RequestType.parse, t) for t in draft.types]
        types = list(dict.fromkeys(types))  # the same right twice is one request
        requester = self._requester_fields(draft.requester)
        letter_date = v.parse_date("letter-date", draft.letter_date, required=False)
        if letter_date and letter_date > received:
            raise ValidationError(
                "letter-date", f"{letter_date} lies after the date the letter was received"
            )
        fax = v.clean_text("fax-number", draft.fax_number, max_len=40)
        subject = v.clean_text("subject", draft.subject, max_len=1000) or ""
        body = v.clean_text("body", draft.body, max_len=200_000, multiline=True) or ""
        for item in draft.attachments:
            self._check_attachment(item)
        deadline = self.deadline_for(received, company)
        now = self.ctx.stamp()

        with self.ctx.store.transaction():
            store = self.ctx.store
            reference = case_sql.next_reference(store, received.year)
            requester_id = case_sql.insert_requester(store, requester)
            case_id = case_sql.insert_case(
                store,
                {
                    "reference": reference,
                    "requester_id": requester_id,
                    "requester_name": requester["name"],
                    "channel": channel.value,
                    "received": received.isoformat(),
                    "letter_date": letter_date.isoformat() if letter_date else None,
                    "fax_number": fax,
                    "subject": subject,
                    "status": CaseStatus.OPEN.value,
                    "types": ", ".join(t.value for t in types),
                    "context": draft.context,
                    "company_id": company.id,
                    "company_version": self.register.version_of(company.id),
                    "company_name": company.name,
                    "routing_rule": routing.rule,
                    "routing_reason": routing.reason,
                    "routing_warning": routing.warning,
                    "routing_override": routing.reason if routing.rule == 0 else None,
                    "due": deadline.due.isoformat(),
                    "extended_due": deadline.extended_due.isoformat(),
                    "current_due": deadline.due.isoformat(),
                    "deadline_explanation": deadline.explanation,
                    "created_at": now,
                    "updated_at": now,
                },
                [t.value for t in types],
            )
            item_id = case_sql.insert_correspondence(
                store,
                {
                    "case_id": case_id,
                    "direction": "in",
                    "channel": channel.value,
                    "item_date": received.isoformat(),
                    "subject": subject,
                    "body": body,
                    "created_at": now,
                },
            )
            stored = [self._store_attachment(item_id, a) for a in draft.attachments]
            for other in dict.fromkeys(draft.link_to):
                self._case(int(other))
                case_sql.link_cases(store, case_id, int(other), "same person", now)
            self.ctx.audit(
                case_id,
                "case-logged",
                {
                    "reference": reference,
                    "channel": channel.value,
                    "received": received.isoformat(),
                    "types": [t.value for t in types],
                    "company": company.id,
                    "routing_rule": routing.rule,
                    "due": deadline.due.isoformat(),
                    "attachments": stored,
                    "linked_to": list(dict.fromkeys(draft.link_to)),
                },
            )
        return LoggedCase(case_id, reference, routing, deadline)

    # -- actions on a case -------------------------------------------------------------------
    @atomic
    def pause(self, case_id: int, reason: str, on: str | date | None = None) -> None:
        """Ask for identification or clarification: the clock stops (DOMAIN.md §3.2)."""
        why = v.clean_text("reason", reason, required=True, max_len=2000, multiline=True)
        case = self._case(case_id)
        day = self._action_date(on, case)
        new_status = status_after(CaseAction.PAUSE, CaseStatus(case["status"]))
        due = date.fromisoformat(case["current_due"])
        if day > due:
            raise ValidationError(
                "date", f"the answer was due on {due}: asking for identification now cannot "
                "stop a clock that has run out; answer the request, or refuse it if the "
                "identity stays in doubt",
            )  # fmt: skip
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
            raise ValidationError("date", f"the case was paused on {since}; resume on or after it")
        paused = case["paused_days"] + (day - since).days
        deadline = self._deadline(case, paused_days=paused)
        self._change(
            case,
            "case-resumed",
            {
                "status": new_status.value,
                "paused_since": None,
                "paused_days": paused,
                **_deadline_fields(deadline, bool(case["extended"])),
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
                **_deadline_fields(deadline, True),
            },
            {},
        )
        return deadline

    @atomic
    def transfer(self, case_id: int, company_id: str, reason: str) -> Deadline:
        """Hand the case to another group company; its calendar now sets the deadlines."""
        case = self._case(case_id)
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
                "routing_rule": 0,
                "routing_reason": f"Transferred by the officer to {company.name}: {why}",
                "routing_warning": None,
                "routing_override": why,
                **_deadline_fields(deadline, bool(case["extended"])),
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
        open_notices = decision_sql.open_notice_count(self.ctx.store, case_id)
        if open_notices:
            raise ValidationError(
                "notices",
                f"{open_notices} Art. 19 notice(s) still open: record each recipient as "
                "notified or exempt first",
            )
        missing = [r["type"] for r in requests if r["type"] not in parsed]
        if missing:
            raise ValidationError("outcome", f"give an outcome for {', '.join(missing)}")
        for request in requests:
            decided = request["outcome"]
            wanted = parsed.get(request["type"])
            if decided and request["decided_at"] and wanted and wanted.value != decided:
                raise ValidationError(
                    "outcome",
                    f"the {request['type']} request was decided as {decided} on "
                    f"{request['decided_at']}; close it with that outcome",
                )
            refusal = wanted and decision_needed_to_close(
                RequestType(request["type"]), wanted, bool(decided)
            )
            if refusal:
                raise ValidationError("outcome", refusal)
        unknown = set(parsed) - {r["type"] for r in requests}
        if unknown:
            raise ValidationError(
                "outcome", f"the case has no {', '.join(sorted(unknown))} request"
            )
        text = v.clean_text("note", note, max_len=5000, multiline=True)
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
        keep_until = case_file_kept_until(date.fromisoformat(case["closed_at"]))
        if self.ctx.clock.today() <= keep_until:
            raise ValidationError(
                "purge", f"the case file is kept until {keep_until} (DOMAIN.md §7); purge after it"
            )
        why = v.clean_text("reason", reason, required=True, max_len=2000)
        with self.ctx.store.transaction():
            decision_sql.purge_case(self.ctx.store, case_id)
            self.ctx.audit(case_id, "case-purged", {"reference": case["reference"], "reason": why})
        return case["reference"]

    @atomic
    def add_note(self, case_id: int, text: str) -> None:
        case = self._case(case_id)
        body = v.clean_text("note", text, required=True, max_len=20_000, multiline=True)
        with self.ctx.store.transaction():
            case_sql.insert_note(
                self.ctx.store,
                {
                    "case_id": case_id,
                    "at": self.ctx.stamp(),
                    "who": self.ctx.officer(),
                    "text": body,
                },
            )
            self._apply(case, "note-added", {}, {"length": len(body or "")})

    @atomic
    def add_correspondence(
        self,
        case_id: int,
        direction: str,
        channel: str,
        on: str | date | None,
        subject: str,
        body: str = "",
        attachments: Sequence[Attachment] = (),
    ) -> int:
        """A further letter, email or fax in or out, with its files."""
        case = self._case(case_id)
        if direction not in ("in", "out"):
            raise ValidationError("direction", "use in or out")
        kind = v.choice("channel", Channel.parse, channel)
        day = self._action_date(on, case)
        title = v.clean_text("subject", subject, required=True, max_len=1000)
        text = v.clean_text("body", body, max_len=200_000, multiline=True) or ""
        for item in attachments:
            self._check_attachment(item)
        with self.ctx.store.transaction():
            item_id = case_sql.insert_correspondence(
                self.ctx.store,
                {
                    "case_id": case_id,
                    "direction": direction,
                    "channel": kind.value,
                    "item_date": day.isoformat(),
                    "subject": title,
                    "body": text,
                    "created_at": self.ctx.stamp(),
                },
            )
            stored = [self._store_attachment(item_id, a) for a in attachments]
            self._apply(
                case,
                "correspondence-added",
                {},
                {"direction": direction, "channel": kind.value, "attachments": stored},
            )
        return item_id

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
                **_deadline_fields(deadline, bool(case["extended"])),
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

    @atomic
    def mark_id_document(self, attachment_id: int, is_id: bool = True) -> int:
        """Any stored file may be an identity document: deleted when the check is recorded."""
        return mark_id_document(self.ctx, attachment_id, is_id)

    @atomic
    def link(self, case_id: int, other_id: int, reason: str) -> None:
        case = self._case(case_id)
        self._case(other_id)
        if case_id == other_id:
            raise ValidationError("case", "a case cannot be linked to itself")
        why = v.clean_text("reason", reason, required=True, max_len=500)
        with self.ctx.store.transaction():
            case_sql.link_cases(self.ctx.store, case_id, other_id, why, self.ctx.stamp())
            self._apply(case, "case-linked", {}, {"linked_to": other_id, "reason": why})

    def attachment(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(filename, media type, content) of a stored attachment, to open it."""
        row = case_sql.get_attachment(self.ctx.store, attachment_id)
        if row is None:
            raise ValidationError("attachment", "no such attachment (deleted?)")
        content = case_sql.get_blob(self.ctx.store, row["sha256"]) or b""
        return row["filename"], row["media_type"], content

    # -- reading ---------------------------------------------------------------------------
    def case_file(self, case_id: int) -> dict[str, Any]:
        """Everything about one case, as plain data for the window, the CLI and letters."""
        case = self._case(case_id)
        store = self.ctx.store
        company = self.register.company_as_handled(case["company_id"], case["company_version"])
        return {
            "id": case["id"],
            "version": case["version"],
            "reference": case["reference"],
            "status": case["status"],
            "channel": case["channel"],
            "received": case["received"],
            "letter_date": case["letter_date"],
            "fax_number": case["fax_number"],
            "subject": case["subject"],
            "due": case["due"],
            "extended_due": case["extended_due"],
            "current_due": case["current_due"],
            "extended": bool(case["extended"]),
            "extension_reason": case["extension_reason"],
            "paused_days": case["paused_days"],
            "paused_since": case["paused_since"],
            "deadline_explanation": case["deadline_explanation"],
            "closed_at": case["closed_at"],
            "company": {
                "id": company.id,
                "name": company.name,
                "version": case["company_version"],
                "is_sample": company.is_sample,
            },
            "routing": {
                "rule": case["routing_rule"],
                "reason": case["routing_reason"],
                "warning": case["routing_warning"],
            },
            "requester": {"name": case["requester_name"], "customer": case["customer_kind"]}
            | {
                key: case[key]
                for key in (
                    "email",
                    "phone",
                    "address",
                    "postcode",
                    "customer_number",
                    "delivery_country",
                    "delivery_location",
                    "language",
                )  # fmt: skip
            },
            "requests": [
                {k: r[k] for k in ("id", "type", "outcome", "outcome_note", "decided_at")}
                for r in case_sql.get_requests(store, case_id)
            ],
            "correspondence": case_sql.get_correspondence(store, case_id),
            "notes": case_sql.get_notes(store, case_id),
            "links": case_sql.linked_cases(store, case_id),
            "restricted": bool(case["restricted"]),
            "decisions": decision_sql.decisions_of_case(store, case_id),
            "blocked": decision_sql.blocked_of_case(store, case_id),
            "notices": decision_sql.notices_of_case(store, case_id),
            "letters": decision_sql.letters_of_case(store, case_id),
            "audit": case_sql.get_audit(store, case_id),
        }

    def version_of(self, case_id: int) -> int | None:
        """The case's version (it rises with every change); None once purged."""
        return case_sql.case_version(self.ctx.store, case_id)

    def case_id(self, id_or_reference: str | int) -> int:
        """Accept a numeric id or a reference such as PD-2026-000012."""
        text = str(id_or_reference).strip()
        if text.isdigit():
            return self._case(int(text))["id"]
        found = case_sql.case_id_for_reference(self.ctx.store, text.upper())
        if found is None:
            raise ValidationError("case", "no case with that reference")
        return found

    def open_cases_of(self, person: Requester) -> list[dict[str, Any]]:
        return case_sql.open_cases_of_person(
            self.ctx.store,
            (person.email or "").strip() or None,
            (person.customer_number or "").strip() or None,
            (person.name or "").strip() or None,
            (person.postcode or "").strip() or None,
        )

    # -- helpers ---------------------------------------------------------------------------
    def _requester_fields(self, person: Requester) -> dict[str, Any]:
        customer = v.choice("customer", CustomerKind.parse, person.customer)
        return {
            "name": v.clean_text("name", person.name, required=True, max_len=300),
            "email": v.email_address("email", person.email),
            "phone": v.clean_text("phone", person.phone, max_len=40),
            "address": v.clean_text("address", person.address, max_len=4000, multiline=True),
            "postcode": v.clean_text("postcode", person.postcode, max_len=20),
            "customer_number": v.clean_text("customer-number", person.customer_number, max_len=40),
            "customer_kind": customer.value,
            "delivery_country": v.country_code("delivery-country", person.delivery_country),
            "delivery_location": v.clean_text("location", person.delivery_location, max_len=200),
            "language": v.language("language", person.language),
        }

    def _check_attachment(self, item: Attachment) -> None:
        v.clean_text("attachment", item.filename, required=True, max_len=255)
        if not item.content:
            raise ValidationError("attachment", "the file is empty")
        if len(item.content) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "attachment",
                f"the file is too large ({len(item.content) / 1e6:.1f} MB; at most 25 MB)",
            )

    def _store_attachment(self, item_id: int, item: Attachment) -> dict[str, Any]:
        sha = case_sql.put_blob(self.ctx.store, item.content)
        case_sql.insert_attachment(
            self.ctx.store,
            {
                "item_id": item_id,
                "filename": item.filename,
                "media_type": item.media_type,
                "size": len(item.content),
                "sha256": sha,
                "is_original": int(item.is_original),
                "is_id_document": int(item.is_id_document),
            },
        )
        return {"sha256": sha, "size": len(item.content), "media_type": item.media_type}

    def _case(self, case_id: int) -> dict[str, Any]:
        case = case_sql.get_case(self.ctx.store, case_id)
        if case is None:
            raise ValidationError("case", f"no case with id {case_id}")
        return case

    def _deadline(self, case: dict[str, Any], paused_days: int | None = None) -> Deadline:
        company = self.register.company_as_handled(case["company_id"], case["company_version"])
        days = case["paused_days"] if paused_days is None else paused_days
        return self.deadline_for(date.fromisoformat(case["received"]), company, days)

    def information_arrived(self, case_id: int) -> date:
        """The day the asked-for information presumably arrived (offered to the officer)."""
        return self._information_arrived(self._case(case_id))

    def _information_arrived(self, case: dict[str, Any]) -> date:
        """The latest incoming item filed since the pause, or today when none was filed."""
        paused_at = max(
            (a["at"] for a in case_sql.get_audit(self.ctx.store, case["id"])
             if a["action"] == "case-paused"),
            default="",
        )  # fmt: skip
        arrived = [
            date.fromisoformat(item["item_date"])
            for item in case_sql.get_correspondence(self.ctx.store, case["id"])
            if item["direction"] == "in"
            and item["created_at"] >= paused_at
            and item["item_date"] >= (case["paused_since"] or "")
        ]
        return max(arrived) if arrived else self.ctx.clock.today()

    def _action_date(self, on: str | date | None, case: dict[str, Any]) -> date:
        today = self.ctx.clock.today()
        day = v.parse_date("date", on, required=False) or today
        if day > today:
            raise ValidationError("date", f"{day} lies in the future")
        if day < date.fromisoformat(case["received"]):
            raise ValidationError("date", "lies before the request was received")
        return day

    def _change(
        self, case: dict[str, Any], action: str, fields: dict[str, Any], extra: dict[str, Any]
    ) -> None:
        with self.ctx.store.transaction():
            self._apply(case, action, fields, extra)

    def _apply(
        self, case: dict[str, Any], action: str, fields: dict[str, Any], extra: dict[str, Any]
    ) -> None:
        """Write `fields` and the audit entry (before -> after); the caller holds the transaction."""
        changes = {k: [case.get(k), val] for k, val in fields.items() if case.get(k) != val}
        if fields:
            case_sql.update_case(
                self.ctx.store, case["id"], {**fields, "updated_at": self.ctx.stamp()}
            )
        self.ctx.audit(case["id"], action, {"changes": changes, **extra})


def case_file_kept_until(closed: date) -> date:
    """31 Dec of the third year after closure: the 3-year limitation periods (§195 BGB)."""
    return date(closed.year + 3, 12, 31)


def _deadline_fields(deadline: Deadline, extended: bool) -> dict[str, Any]:
    return {
        "due": deadline.due.isoformat(),
        "extended_due": deadline.extended_due.isoformat(),
        "current_due": (deadline.extended_due if extended else deadline.due).isoformat(),
        "deadline_explanation": deadline.explanation,
    }
