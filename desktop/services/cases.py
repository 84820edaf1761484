"""Logging a request, and filing notes, correspondence and links in a case: each call one
transaction, audited. CaseService also offers the case's progress (case_progress.py) and
reading its file (case_file.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.core.arrival import received_on
from desktop.core.cases import CaseStatus
from desktop.core.deadlines import Deadline
from desktop.core.errors import ValidationError
from desktop.core.explanations import Words
from desktop.core.requests import Channel, RequestType
from desktop.core.routing import (
    OVERRIDDEN,
    Context,
    CustomerKind,
    Routing,
    RoutingQuestion,
    because,
)
from desktop.services import validation as v
from desktop.services.case_corrections import CaseCorrections
from desktop.services.case_file import CaseFileReader
from desktop.services.case_progress import CaseProgress
from desktop.services.context import ServiceBase, atomic
from desktop.services.explanation_fields import deadline_words, routing_fields
from desktop.services.identity import mark_id_document
from desktop.services.requesters import Requester, requester_fields
from desktop.store import attachments as attachment_sql
from desktop.store import cases as case_sql
from desktop.store import requesters as requester_sql

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    filename: str
    media_type: str
    content: bytes = field(repr=False)
    is_original: bool = False
    is_id_document: bool = False  # deleted when the identity check is recorded


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


class CaseService(CaseProgress, CaseCorrections, CaseFileReader, ServiceBase):
    """Every use case of a case, for the window and the CLI (built with a ServiceContext and
    the CompanyRegister); the status changes and the reading are mixed in."""

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
            return because(chosen.coverage, 0, Words(OVERRIDDEN, (routing.company.name, why)))
        return routing

    def received_date_at(self, moment: datetime, company_id: str) -> date:
        """The legal received date: the day `moment` fell on where the company receives mail."""
        return received_on(moment, self.register.company(company_id).time_zone)

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
        requester = requester_fields(draft.requester)
        letter_date = v.parse_date("letter-date", draft.letter_date, required=False)
        if letter_date and letter_date > received:
            raise ValidationError(
                "letter-date", "%1 lies after the date the letter was received", letter_date
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
            requester_id = requester_sql.insert_requester(store, requester)
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
                    **routing_fields(routing),
                    "routing_override": routing.reason if routing.rule == 0 else None,
                    "due": deadline.due.isoformat(),
                    "extended_due": deadline.extended_due.isoformat(),
                    "current_due": deadline.due.isoformat(),
                    "deadline_explanation": deadline.explanation,
                    "deadline_words": deadline_words(deadline),
                    "created_at": now,
                    "updated_at": now,
                },
                [t.value for t in types],
            )
            item_id = attachment_sql.insert_correspondence(
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

    def open_cases_of(self, person: Requester) -> list[dict[str, Any]]:
        return requester_sql.open_cases_of_person(
            self.ctx.store,
            (person.email or "").strip() or None,
            (person.customer_number or "").strip() or None,
            (person.name or "").strip() or None,
            (person.postcode or "").strip() or None,
        )

    # -- filing in a case ------------------------------------------------------------------
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
            item_id = attachment_sql.insert_correspondence(
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

    # -- helpers ---------------------------------------------------------------------------
    def _check_attachment(self, item: Attachment) -> None:
        # An empty attachment of a message is kept as it came (and shown as empty): the
        # message is evidence as received. A file picked from disk is checked by intake.
        v.clean_text("attachment", item.filename, required=True, max_len=255)
        if len(item.content) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                "attachment",
                "the file is too large (%1 MB; at most 25 MB)",
                format(len(item.content) / 1e6, ".1f"),
            )

    def _store_attachment(self, item_id: int, item: Attachment) -> dict[str, Any]:
        sha = attachment_sql.put_blob(self.ctx.store, item.content)
        attachment_sql.insert_attachment(
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
