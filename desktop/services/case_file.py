"""Reading a case file: everything about one case as plain data, and finding a case."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.errors import ValidationError
from desktop.services.case_changes import CaseChanges
from desktop.services.explanation_fields import deadline_words
from desktop.services.office_rules import OfficeRules
from desktop.services.requesters import REQUESTER_FIELDS
from desktop.store import attachments as attachment_sql
from desktop.store import audit as audit_sql
from desktop.store import cases as case_sql
from desktop.store import decisions as decision_sql
from desktop.store import inquiries as inquiry_sql
from desktop.store import letters as letter_sql
from desktop.store import notices as notice_sql
from desktop.store import officers as officer_sql


class CaseFileReader(CaseChanges):
    """Part of CaseService: what the window, the CLI and letters read about a case."""

    def case_file(self, case_id: int) -> dict[str, Any]:
        """Everything about one case, as plain data for the window, the CLI and letters."""
        case = self._case(case_id)
        store = self.ctx.store
        company = self.register.company_as_handled(case["company_id"], case["company_version"])
        rules = OfficeRules(self.ctx)
        margin = rules.internal_margin()
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
            # The office's own deadline, while the legal one runs (not paused, not closed).
            "internal_due": (
                rules.internal_due(case["current_due"], company, margin).isoformat()
                if case["status"] == "open"
                else None
            ),
            "internal_margin": margin,
            "inquiry": inquiry_sql.get_inquiry(store, case_id),  # None: no authority's inquiry
            "assigned_to": case.get("assigned_to"),  # an officer's login; None: nobody
            "assigned_name": officer_sql.display_name(store, case["assigned_to"])
            if case.get("assigned_to")
            else None,
            "extended": bool(case["extended"]),
            "extension_reason": case["extension_reason"],
            "paused_days": case["paused_days"],
            "paused_since": case["paused_since"],
            "deadline_explanation": case["deadline_explanation"],
            "deadline_words": self._deadline_words(case),
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
                # The same as data (None for a case logged before it was kept).
                "words": json.loads(case["routing_words"]) if case["routing_words"] else None,
            },
            "requester": {"name": case["requester_name"], "customer": case["customer_kind"]}
            | {key: case[key] for key in REQUESTER_FIELDS if key not in ("name", "customer_kind")},
            "requests": [
                {k: r[k] for k in ("id", "type", "outcome", "outcome_note", "decided_at")}
                for r in case_sql.get_requests(store, case_id)
            ],
            "correspondence": attachment_sql.get_correspondence(store, case_id),
            "notes": case_sql.get_notes(store, case_id),
            "links": case_sql.linked_cases(store, case_id),
            "restricted": bool(case["restricted"]),
            "decisions": decision_sql.decisions_of_case(store, case_id),
            "blocked": decision_sql.blocked_of_case(store, case_id),
            "notices": notice_sql.notices_of_case(store, case_id),
            "letters": letter_sql.letters_of_case(store, case_id),
            "audit": audit_sql.get_audit(store, case_id),
        }

    def _deadline_words(self, case: dict[str, Any]) -> list[dict[str, Any]] | None:
        """The explanation's steps as data. A case logged before they were kept gets them
        worked out again, only where they give the very words it stored; else None (the
        window shows the stored English)."""
        if case["deadline_words"]:
            return json.loads(case["deadline_words"])
        try:
            again = self._deadline(case)
        except ValidationError:  # a calendar this program no longer knows
            return None
        if again.explanation != case["deadline_explanation"]:
            return None
        return json.loads(deadline_words(again))

    def version_of(self, case_id: int) -> int | None:
        """The case's version (it rises with every change); None once purged."""
        return audit_sql.case_version(self.ctx.store, case_id)

    def case_id(self, id_or_reference: str | int) -> int:
        """Accept a numeric id or a reference such as PD-2026-000012."""
        text = str(id_or_reference).strip()
        if text.isdigit():
            return self._case(int(text))["id"]
        found = case_sql.case_id_for_reference(self.ctx.store, text.upper())
        if found is None:
            raise ValidationError("case", "no case with that reference")
        return found

    def attachment(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(filename, media type, content) of a stored attachment, to open it."""
        row = attachment_sql.get_attachment(self.ctx.store, attachment_id)
        if row is None:
            raise ValidationError("attachment", "no such attachment (deleted?)")
        content = attachment_sql.get_blob(self.ctx.store, row["sha256"])
        return row["filename"], row["media_type"], content
