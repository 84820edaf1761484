"""Response letters: propose, word, preview, and keep the letter as sent (one transaction)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop.core.companies import GroupCompany
from desktop.core.errors import StoreError, ValidationError
from desktop.core.letter_types import (
    LetterType,
    letter_misfit,
    letters_needed,
    moment_passed,
    sent_late,
)
from desktop.core.letterhead import letterhead_refusal, with_current_particulars
from desktop.core.signatory import UNSIGNED, Signatory
from desktop.core.worklist import needs_id_reminder
from desktop.services import validation as v
from desktop.services.companies import CompanyRegister
from desktop.services.context import ServiceBase, ServiceContext, atomic
from desktop.services.letter_facts import build_facts
from desktop.services.officer import signatory_of
from desktop.services.processing import ProcessingRegisterService
from desktop.services.requesters import postal_address_text
from desktop.store import attachments as attachment_sql
from desktop.store import facts as fact_sql
from desktop.store import letters as letter_sql
from desktop.store import worklist as worklist_sql

SENT_VIA = ("post", "fax", "email")
# How the officer's edited text marks paragraph styles (one block per blank-line gap).
_MARKERS = (("## ", "heading"), ("- ", "bullet"), ("| ", "block"))


@dataclass(frozen=True)
class LetterDraft:
    """A letter being prepared: the words the officer sees and may edit, and for which case."""

    case_id: int
    kind: LetterType
    language: str
    subject: str
    body: str  # blocks separated by blank lines; "## " heading, "- " bullet, "| " block
    letter_date: date


class LetterService(ServiceBase):
    def __init__(
        self,
        ctx: ServiceContext,
        register: CompanyRegister,
        processing: ProcessingRegisterService,
        case_file: Callable[[int], dict[str, Any]],
    ) -> None:
        self.ctx = ctx
        self.register = register
        self.processing = processing
        self._case_file = case_file

    # -- which letter --------------------------------------------------------------------------
    def needed(self, case_id: int) -> list[LetterType]:
        case = self._case_file(case_id)
        sent = {LetterType(row["type"]) for row in case.get("letters", [])}
        transferred = any(a["action"] == "case-transferred" for a in case["audit"])
        outcomes = {r["type"]: r["outcome"] for r in case["requests"]}
        today = self.ctx.clock.today()
        since = case.get("paused_since")
        remind = bool(since) and needs_id_reminder((today - date.fromisoformat(since)).days)
        needed = letters_needed(
            case["status"], case["extended"], transferred, outcomes, sent, remind
        )
        due, current = date.fromisoformat(case["due"]), date.fromisoformat(case["current_due"])
        return [kind for kind in needed if not moment_passed(kind, today, due, current)]

    def fitting(self, case_id: int) -> dict[LetterType, str | None]:
        """Every letter type with why it does not fit the case (None: it fits)."""
        case = self._case_file(case_id)
        return {kind: self._misfit(case, kind) for kind in LetterType}

    def proposed(self, case_id: int) -> LetterType:
        """The letter the case needs next; when it needs none, one that fits and was not sent
        yet (never an acknowledgement already sent), else the last one sent (a copy)."""
        needed = self.needed(case_id)
        if needed:
            return needed[0]
        case = self._case_file(case_id)
        sent = [LetterType(row["type"]) for row in case.get("letters", [])]
        fits = [k for k in LetterType if self._misfit(case, k) is None and k not in sent]
        if fits:
            return fits[0]
        return sent[-1] if sent else LetterType.ACKNOWLEDGEMENT

    # -- wording and rendering -----------------------------------------------------------------
    def draft(self, case_id: int, kind: LetterType, language: str | None = None) -> LetterDraft:
        from desktop.letters import letter_text

        case = self._case_file(case_id)
        self._check_fits(case, kind)
        lang = v.language("language", language or case["requester"]["language"])
        text = letter_text(kind, self._facts(case, kind, lang))
        body = _edit_text([(p.style, p.text) for p in text.paragraphs])
        return LetterDraft(case_id, kind, lang, text.subject, body, self.ctx.clock.today())

    def render(self, draft: LetterDraft) -> bytes:
        """The PDF of the draft as edited: letterhead and address from the case, words from it,
        signed by the officer. A letterhead that lacks what company law wants, or a missing
        name, is marked on the page: such a PDF is a draft, never a letter to send."""
        from desktop.letters import layout_pdf, letter_text
        from desktop.letters.render import signed
        from desktop.letters.templates import TextBlock

        subject = v.clean_text("subject", draft.subject, required=True, max_len=300)
        body = v.clean_text("text", draft.body, required=True, max_len=100_000, multiline=True)
        assert subject is not None and body is not None
        case = self._case_file(draft.case_id)
        base = letter_text(draft.kind, self._facts(case, draft.kind, draft.language))
        blocks = tuple(TextBlock(style, text) for style, text in _parse_blocks(body))
        sign = self.signatory()
        base = signed(base, sign.name, sign.function(draft.language))
        return layout_pdf(dataclasses.replace(base, subject=subject, paragraphs=blocks))

    def signatory(self) -> Signatory:
        """Who signs: the officer's name and function, never the login (empty: unsigned)."""
        return signatory_of(self.ctx.officer)

    def draft_reasons(self, case_id: int, kind: LetterType) -> list[ValidationError]:
        """Why the letter may be previewed and saved as a draft but not printed or sent: the
        letterhead lacks what company law wants, or no officer's name signs it."""
        return self._draft_reasons(self._case_file(case_id), kind)

    # -- as sent -------------------------------------------------------------------------------
    @atomic
    def record_sent(
        self,
        draft: LetterDraft,
        sent_on: str | date | None,
        via: str,
        printed: bytes | None = None,
    ) -> int:
        """Archive the final PDF in the case (outbound item, SHA-256); it never changes after.

        `printed`: the exact PDF that went out (a batch print), kept instead of a new rendering.
        """
        if via not in SENT_VIA:
            raise ValidationError("via", "use one of %1", ", ".join(SENT_VIA))
        self._check_sendable(self._case_file(draft.case_id), draft, via, sent_on)
        # Rendering takes a while: before the write lock, never inside the transaction.
        pdf = printed if printed is not None else self.render(draft)
        pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
        with self.ctx.store.transaction():
            # The checks again, with the lock held: the case as the officer saw it, as it is.
            self.ctx.check_expected()
            case = self._case_file(draft.case_id)
            day = self._check_sendable(case, draft, via, sent_on)
            # Art. 12(3): the extension must be notified within the first month.
            late = sent_late(draft.kind, day, date.fromisoformat(case["due"]))
            now = self.ctx.stamp()
            filename = f"{case['reference']}-{draft.kind.value}-{draft.language}.pdf"
            store = self.ctx.store
            item_id = attachment_sql.insert_correspondence(
                store,
                {
                    "case_id": draft.case_id, "direction": "out", "channel": _channel(via),
                    "item_date": day.isoformat(), "subject": draft.subject,
                    "body": draft.body, "created_at": now,
                },
            )  # fmt: skip
            sha = attachment_sql.put_blob(store, pdf)
            attachment_sql.insert_attachment(
                store,
                {"item_id": item_id, "filename": filename, "media_type": "application/pdf",
                 "size": len(pdf), "sha256": sha, "is_original": 1},
            )  # fmt: skip
            letter_id = letter_sql.insert_letter(
                store,
                {
                    "case_id": draft.case_id, "type": draft.kind.value,
                    "language": draft.language, "subject": draft.subject, "item_id": item_id,
                    "sha256": sha, "pages": max(1, pages), "sent_on": day.isoformat(),
                    "sent_via": via, "late": int(late), "created_at": now,
                    "created_by": self.ctx.officer(),
                },
            )  # fmt: skip
            self.ctx.audit(
                draft.case_id, "letter-sent",
                {"letter": letter_id, "type": draft.kind.value, "language": draft.language,
                 "sent_on": day.isoformat(), "via": via, "sha256": sha, "late": late},
            )  # fmt: skip
        return letter_id

    def _check_sendable(
        self, case: dict[str, Any], draft: LetterDraft, via: str, sent_on: date | str | None
    ) -> date:
        """The day it was sent, once the letter fits the case, is complete and signed, and can
        reach the person."""
        self._check_fits(case, draft.kind)
        for problem in self._draft_reasons(case, draft.kind):
            raise problem
        if via == "post" and not postal_address_text(case["requester"]):
            raise ValidationError(
                "via", "no postal address is on file: send it by email or fax, or add the address"
            )
        today = self.ctx.clock.today()
        day = v.parse_date("sent-on", sent_on, required=False) or today
        if day > today:
            raise ValidationError("sent-on", "%1 lies in the future", day)
        if day < date.fromisoformat(case["received"]):
            raise ValidationError("sent-on", "lies before the request was received")
        return day

    def letters(self, case_id: int) -> list[dict[str, Any]]:
        return letter_sql.letters_of_case(self.ctx.store, case_id)

    def letter_pdf(self, letter_id: int) -> bytes:
        row = letter_sql.get_letter(self.ctx.store, letter_id)
        if row is None:
            raise ValidationError("letter", "no letter with id %1", letter_id)
        return attachment_sql.get_blob(self.ctx.store, row["sha256"])

    def would_be_late(self, case_id: int, kind: LetterType, sent_on: date) -> str | None:
        """The one-month deadline when `kind` sent on `sent_on` would be flagged late, else None."""
        due = date.fromisoformat(self._case_file(case_id)["due"])
        return due.isoformat() if sent_late(kind, sent_on, due) else None

    def channel_for(self, case_id: int) -> str | None:
        """How a letter can reach the requester: post if there is an address, else email."""
        person = self._case_file(case_id)["requester"]
        if postal_address_text(person):
            return "post"
        return "email" if person["email"] else None

    def due_today(self) -> list[tuple[int, LetterType]]:
        """Open cases' pending acknowledgements, extension notices and decision letters."""
        jobs = []
        for case_id in worklist_sql.cases_needing_letters(self.ctx.store, self.ctx.clock.today()):
            for kind in self.needed(case_id)[:1]:
                jobs.append((case_id, kind))
        return jobs

    def plan_post_batch(self, jobs: Sequence[tuple[int, LetterType]]) -> PostBatch:
        """Word and render the chosen letters for one print job; what cannot go is named.

        Nothing is recorded here: `record_printed` keeps them as sent once the job finished.
        """
        batch = PostBatch()
        for case_id, kind in jobs:
            reference = str(case_id)
            try:
                case = self._case_file(case_id)
                reference = case["reference"]
                if self.channel_for(case_id) != "post":
                    raise ValidationError("address", "no postal address: send it from the case")
                for problem in self._draft_reasons(case, kind):  # a draft is never printed
                    raise problem
                draft = self.draft(case_id, kind)
                batch.letters.append(
                    PlannedLetter(reference, draft, self.render(draft), case["version"])
                )
            except ValidationError as exc:
                batch.not_printed.append((reference, exc.message))
        return batch

    def record_printed(self, batch: PostBatch) -> list[int]:
        """After the print job finished: keep each printed letter as sent by post, exactly as
        printed. A case changed since it was planned, or a store that refuses, is named in
        `batch.not_kept`: printed, but to be recorded by hand."""
        kept = []
        for letter in batch.letters:
            try:
                with self.ctx.expecting(letter.draft.case_id, letter.version):
                    kept.append(self.record_sent(letter.draft, None, "post", letter.pdf))
            except ValidationError as exc:
                batch.not_kept.append((letter.reference, exc.message))
            except StoreError as exc:
                batch.not_kept.append((letter.reference, str(exc)))
        return kept

    # -- helpers -------------------------------------------------------------------------------
    def _check_fits(self, case: dict[str, Any], kind: LetterType) -> None:
        misfit = self._misfit(case, kind)
        if misfit:
            raise ValidationError("type", 'the letter "%1" does not fit: %2', kind.label, misfit)

    def _misfit(self, case: dict[str, Any], kind: LetterType) -> str | None:
        decisions = {
            d["type"]: d["data"].get("decision", "done") for d in case.get("decisions", [])
        }
        return letter_misfit(
            kind,
            status=case["status"],
            extended=case["extended"],
            transferred=any(a["action"] == "case-transferred" for a in case["audit"]),
            paused=any(a["action"] == "case-paused" for a in case["audit"]),
            outcomes={r["type"]: r["outcome"] for r in case["requests"]},
            decisions=decisions,
        )

    def _draft_reasons(self, case: dict[str, Any], kind: LetterType) -> list[ValidationError]:
        company, sender = self._companies(case, kind)
        problems = []
        refusal = letterhead_refusal(sender or company)  # the letter goes out on its letterhead
        if refusal:
            problems.append(refusal)
        if not self.signatory().signed:
            problems.append(ValidationError("officer", UNSIGNED))
        return problems

    def _companies(
        self, case: dict[str, Any], kind: LetterType
    ) -> tuple[GroupCompany, GroupCompany | None]:
        """The company handling the case and, for a transfer letter, the one that forwards it:
        each as the case knew it, with the particulars company law wants as they are today."""
        company = self.register.company_as_handled(
            case["company"]["id"], case["company"]["version"]
        )
        sender = self._forwarded_by(case) if kind is LetterType.TRANSFER else None
        return self._as_of_today(company), (self._as_of_today(sender) if sender else None)

    def _as_of_today(self, company: GroupCompany) -> GroupCompany:
        # A letter names the board of the day it is sent, and the entry completed since.
        current = next((c for c in self.register.companies() if c.id == company.id), company)
        return with_current_particulars(company, current)

    def _forwarded_by(self, case: dict[str, Any]) -> GroupCompany | None:
        """The company that handed the case on (the last transfer), as it was then."""
        moved = next(
            (a for a in reversed(case.get("audit", [])) if a["action"] == "case-transferred"), None
        )
        if moved is None:
            return None
        changes = moved["detail"].get("changes", {})
        company_id = changes.get("company_id", [None])[0]
        version = changes.get("company_version", [None])[0]
        if not company_id:
            return None
        return self.register.company_as_handled(company_id, version)

    def _facts(self, case: dict[str, Any], kind: LetterType, language: str) -> Any:
        company, sender = self._companies(case, kind)
        facts = build_facts(
            case, company, self.processing.register(), kind=kind, language=language,
            letter_date=self.ctx.clock.today(), officer=self.signatory().name,
            transfer_from=sender,
        )  # fmt: skip
        if fact_sql.get_fact(self.ctx.store, "demo") == "1":  # never mistaken for a real letter
            facts = replace(facts, company=replace(facts.company, is_demo=True))
        return facts


@dataclass(frozen=True)
class PlannedLetter:
    reference: str
    draft: LetterDraft
    pdf: bytes
    version: int  # the case as worded; a change before recording is refused


@dataclass
class PostBatch:
    """One print job: the letters in it, those left out before printing (reference, why),
    and those printed but not kept as sent (reference, why)."""

    letters: list[PlannedLetter] = dataclasses.field(default_factory=list)
    not_printed: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    not_kept: list[tuple[str, str]] = dataclasses.field(default_factory=list)


def _channel(via: str) -> str:
    return {"post": "letter", "fax": "fax", "email": "email"}[via]


def _edit_text(blocks: list[tuple[str, str]]) -> str:
    """Blocks as editable text; the items of one list stay together, one per line."""
    out = ""
    previous = None
    for style, text in blocks:
        if out:
            out += "\n" if style == previous == "bullet" else "\n\n"
        out += _block_text(style, text)
        previous = style
    return out


def _block_text(style: str, text: str) -> str:
    for marker, name in _MARKERS:
        if style == name:
            return "\n".join(marker + line for line in text.splitlines() or [""])
    return text


def _parse_blocks(body: str) -> list[tuple[str, str]]:
    blocks = []
    for chunk in body.replace("\r\n", "\n").split("\n\n"):
        lines = [line for line in chunk.split("\n")]
        if not any(line.strip() for line in lines):
            continue
        for marker, name in _MARKERS:
            if lines[0].startswith(marker):
                if name == "bullet":
                    blocks.extend(("bullet", line[len(marker) :]) for line in lines if line.strip())
                else:
                    blocks.append((name, "\n".join(line.removeprefix(marker) for line in lines)))
                break
        else:
            blocks.append(("p", chunk.strip("\n")))
    return blocks
