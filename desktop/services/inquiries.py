"""Authority inquiries (Art. 58(1) GDPR): a supervisory authority asks about a complaint made
to it (Art. 77) or about the office's handling. The inquiry is a case of its own: the authority
as correspondent, the deadline it set (never worked out), the cases it concerns linked; while
it is open those case files are kept. Its export for the authority covers every case it names."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.services import validation as v
from desktop.services.authority_export import AuthorityExport
from desktop.services.cases import Attachment, CaseDraft, CaseService, LoggedCase, Requester
from desktop.services.context import ServiceBase, atomic
from desktop.store import cases as case_sql
from desktop.store import inquiries as inquiry_sql

CONCERNS = "the authority's inquiry concerns it"
_LANGUAGES = {"DE": "de", "AT": "de", "CH": "de", "LI": "de", "NL": "nl", "BE": "nl"}


@dataclass(frozen=True)
class InquiryDraft:
    """What the authority's letter says; nothing is stored until `log_inquiry` accepts it."""

    authority: str
    their_reference: str
    received: str | date
    their_deadline: str | date
    channel: str = "letter"
    concerns: tuple[str, ...] = ()  # the references (or ids) of the cases it is about
    asked: str = ""  # what the authority asks, in the officer's words
    company_id: str | None = None  # the group company it is addressed to
    email: str | None = None
    address: str | None = None
    language: str | None = None  # of the answer; else the addressed company's country's
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)


class InquiryService(ServiceBase):
    def __init__(self, cases: CaseService, export: AuthorityExport) -> None:
        self.ctx = cases.ctx
        self.cases = cases
        self._export = export

    @atomic
    def log_inquiry(self, draft: InquiryDraft) -> LoggedCase:
        """The inquiry as a case: its deadline the authority's, the cases it names linked."""
        authority = v.clean_text("authority", draft.authority, required=True, max_len=300)
        theirs = v.clean_text("their-reference", draft.their_reference, required=True,
                              max_len=200)  # fmt: skip
        received = v.parse_date("received", draft.received)
        deadline = v.parse_date("deadline", draft.their_deadline, required=True)
        if deadline < received:
            raise ValidationError(
                "deadline", "%1 lies before the day the inquiry arrived (%2)", deadline, received
            )
        asked = v.clean_text("asked", draft.asked, max_len=20_000, multiline=True) or ""
        concerned = [self._concerned(ref) for ref in dict.fromkeys(draft.concerns) if ref]
        with self.ctx.store.transaction():
            logged = self.cases.log_case(
                CaseDraft(
                    channel=draft.channel,
                    received=received,
                    types=["complaint"],
                    requester=Requester(
                        name=authority,
                        email=draft.email,
                        address=draft.address,
                        language=draft.language or self._language(draft),
                        customer="business",
                    ),
                    company_id=draft.company_id,
                    company_reason="the authority addressed its inquiry to it",
                    subject=f"{authority}: {theirs}",
                    body=asked,
                    attachments=draft.attachments,
                )  # fmt: skip
            )
            self._record(logged.id, authority, theirs, deadline, asked, received)
            for other in concerned:
                self.cases.link(logged.id, other, CONCERNS)
        return logged

    def _record(self, case_id: int, authority: str, theirs: str, deadline: date, asked: str,
                received: date) -> None:  # fmt: skip
        store = self.ctx.store
        inquiry_sql.insert_inquiry(store, {
            "case_id": case_id, "authority": authority, "their_reference": theirs,
            "their_deadline": deadline.isoformat(), "asked": asked,
        })  # fmt: skip
        case = self.cases._case(case_id)
        self.cases._apply(case, "inquiry-logged", _deadline_fields(deadline, authority, theirs,
                                                                  received),
                          {"authority": authority, "their_reference": theirs})  # fmt: skip

    @atomic
    def set_their_deadline(self, case_id: int, deadline: str | date, why: str) -> None:
        """The authority granted more time (or asked for sooner): its new date stands."""
        inquiry = self.inquiry(case_id)
        if inquiry is None:
            raise ValidationError("case", "the case is no authority inquiry")
        case = self.cases._case(case_id)
        day = v.parse_date("deadline", deadline, required=True)
        if day < date.fromisoformat(case["received"]):
            raise ValidationError("deadline", "%1 lies before the day the inquiry arrived (%2)",
                                  day, case["received"])  # fmt: skip
        reason = v.clean_text("reason", why, required=True, max_len=2000)
        with self.ctx.store.transaction():
            inquiry_sql.set_their_deadline(self.ctx.store, case_id, day.isoformat())
            self.cases._apply(
                case, "inquiry-deadline-set",
                _deadline_fields(day, inquiry["authority"], inquiry["their_reference"],
                                 date.fromisoformat(case["received"])),
                {"reason": reason},
            )  # fmt: skip

    def inquiry(self, case_id: int) -> dict[str, Any] | None:
        """The authority, its reference and deadline, and what it asks; None for other cases."""
        return inquiry_sql.get_inquiry(self.ctx.store, case_id)

    def export_for_authority(self, case_id: int, folder: Path) -> list[dict[str, Any]]:
        """The inquiry's file and that of every case it concerns, each in a folder of its own
        under `folder` (case file, letters as sent, audit trail, hash manifest)."""
        if self.inquiry(case_id) is None:
            raise ValidationError("case", "the case is no authority inquiry")
        rows = case_sql.linked_cases(self.ctx.store, case_id)
        cases = [(case_id, self.cases.case_file(case_id)["reference"])]
        cases += [(row["id"], row["reference"]) for row in rows if row["reason"] == CONCERNS]
        for _one, reference in cases:  # all or none: no folder is half there
            if (Path(folder) / reference).exists():
                raise ValidationError("folder", "%1 exists already: choose another folder",
                                      Path(folder) / reference)  # fmt: skip
        return [self._export.export(one, folder) for one, _reference in cases]

    def _language(self, draft: InquiryDraft) -> str:
        """An authority is answered in its own language: the addressed company's country's."""
        if not draft.company_id:
            return "en"
        country = self.cases.register.company(draft.company_id).address.country
        return _LANGUAGES.get((country or "").upper(), "en")

    def _concerned(self, reference: str | int) -> int:
        try:
            return self.cases.case_id(reference)
        except ValidationError:
            raise ValidationError("concerns", "no case %1 in this store", reference) from None


def _deadline_fields(day: date, authority: str, theirs: str, received: date) -> dict[str, Any]:
    """The case's deadline columns: the authority's date, in every one of them."""
    text = (
        f"Received on {received.isoformat()}. The deadline is set by {authority} in its "
        f"inquiry {theirs}: answer by {day.isoformat()}. It is not worked out from the GDPR's "
        "periods and cannot be extended here; record a new date when the authority grants one."
    )
    iso = day.isoformat()
    return {"due": iso, "extended_due": iso, "current_due": iso, "extended": 0,
            "deadline_explanation": text, "deadline_words": ""}  # fmt: skip
