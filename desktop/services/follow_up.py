"""Follow-up correspondence: a reply, a scan, a fax or a phone note filed in an existing case,
and the case a message belongs to, found by the reference it quotes or by its sender."""

from __future__ import annotations

import hashlib
import mimetypes
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import ValidationError
from desktop.services.cases import MAX_ATTACHMENT_BYTES, Attachment, CaseService
from desktop.services.context import ServiceBase
from desktop.services.intake import MESSAGE_SUFFIXES, IntakeService, message_attachments
from desktop.store import attachments as attachment_sql
from desktop.store import cases as case_sql
from desktop.store import requesters as requester_sql

if TYPE_CHECKING:
    from desktop.intake import IntakeDraft

# "PD-2026-000123" as the store hands them out; quoted in a subject as "Re: … [PD-2026-000123]"
# or "PD 2026 123" when typed by hand.
_REFERENCE = re.compile(r"\bPD[-\s]?(\d{4})[-\s]?(\d{1,6})\b", re.IGNORECASE)


@dataclass(frozen=True)
class CaseFound:
    """A case a message seems to belong to, and why (shown to the officer, who decides)."""

    case_id: int
    reference: str
    status: str
    requester_name: str
    why: str  # "reference" (quoted in the subject or text) or "sender" (an open case's requester)


def references_in(text: str) -> list[str]:
    """The case references quoted in `text`, written as the store writes them, first seen first."""
    found: list[str] = []
    for year, number in _REFERENCE.findall(text or ""):
        reference = f"PD-{year}-{int(number):06d}"
        if reference not in found:
            found.append(reference)
    return found


class FollowUpService(ServiceBase):
    def __init__(self, cases: CaseService, intake: IntakeService) -> None:
        self.ctx = cases.ctx
        self.cases = cases
        self.intake = intake

    def cases_for(self, draft: IntakeDraft) -> list[CaseFound]:
        """The cases a message belongs to: those whose reference it quotes (subject first,
        then its text), else the open cases of the person who sent it."""
        store = self.ctx.store
        found: list[CaseFound] = []
        for reference in references_in(f"{draft.subject}\n{draft.body}"):
            case_id = case_sql.case_id_for_reference(store, reference)
            if case_id is not None:
                found.append(self._found(case_id, "reference"))
        if found or not draft.sender_email:
            return found
        for row in requester_sql.open_cases_of_person(store, draft.sender_email, None, None, None):
            found.append(self._found(row["id"], "sender"))
        return found

    def _found(self, case_id: int, why: str) -> CaseFound:
        case = case_sql.get_case(self.ctx.store, case_id)  # the row, not the whole file
        assert case is not None  # its id was just found
        return CaseFound(case_id, case["reference"], case["status"], case["requester_name"], why)

    def file_message(self, case_id: int, draft: IntakeDraft, direction: str = "in") -> int:
        """An email read from an .eml or .msg, filed in the case with the message itself (kept
        as evidence) and its attachments; dated the day it arrived (or was written)."""
        moment = draft.received_at or draft.written_at
        day = draft.received or (moment.date() if moment else None)
        digest = hashlib.sha256(draft.original.content).hexdigest()
        for kept in attachment_sql.attachments_with_content(self.ctx.store, {digest}):
            if kept["case_id"] == case_id and kept["is_original"]:  # imported twice by mistake
                raise ValidationError("file", "this message is in the case already (%1)",
                                      kept["filename"])  # fmt: skip
        return self.cases.add_correspondence(
            case_id, direction, draft.channel.value, day,
            draft.subject.strip() or "(no subject)", draft.body, message_attachments(draft),
        )  # fmt: skip

    def file_item(
        self,
        case_id: int,
        direction: str,
        channel: str,
        on: str | date | None,
        subject: str,
        note: str = "",
        paths: tuple[Path, ...] = (),
    ) -> int:
        """A letter, scan, fax, phone note or an email sent from the mail program, with its
        files: one item in the case's correspondence, in one transaction."""
        files = tuple(self._read(path) for path in paths)
        return self.cases.add_correspondence(case_id, direction, channel, on, subject, note, files)

    def read_message(self, path: Path) -> IntakeDraft | None:
        """The message in `path` when it is an .eml or .msg; None for any other file."""
        if Path(path).suffix.lower() not in MESSAGE_SUFFIXES:
            return None
        return self.intake.read_message(path)

    def _read(self, path: Path) -> Attachment:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise ValidationError(
                    "file",
                    "the file is too large (%1 MB; at most 25 MB)",
                    format(size / 1e6, ".1f"),
                )
            content = path.read_bytes()
        except OSError as exc:
            raise ValidationError("file", "cannot be read (%1)", exc.strerror) from None
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return Attachment(path.name, kind, content, is_original=True)


def describe(found: CaseFound) -> dict[str, Any]:
    """A found case as plain data (the command line's JSON)."""
    return {"id": found.case_id, "reference": found.reference, "status": found.status,
            "requester": found.requester_name, "why": found.why}  # fmt: skip
