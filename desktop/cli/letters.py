"""Commands on letters: render a letter to a file, list what a case needs and was sent."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.app import Services
from desktop.core.errors import ValidationError
from desktop.core.letter_types import LetterType
from desktop.core.signatory import clean_name
from desktop.services.files import write_file
from desktop.services.officer import Officer


def cmd_letter(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    if a.action == "list":
        sent = s.letters.letters(case_id)
        needed = [k.value for k in s.letters.needed(case_id)]
        data = {"needed": needed, "sent": sent}
        lines = [f"Needed: {', '.join(needed) or 'nothing'}"]
        lines += [f"Sent {r['sent_on']} by {r['sent_via']}: {r['type']} ({r['language']}), "
                  f"sha256 {r['sha256'][:16]}…{'  LATE' if r['late'] else ''}" for r in sent]  # fmt: skip
        return data, "\n".join(lines)
    if a.officer is not None:  # who signs this run's letter (and is named in its history)
        if not clean_name(a.officer):
            raise ValidationError("officer", "is empty: give the name letters are signed with")
        s.ctx.officer = Officer.named(a.officer)
    kind = LetterType(a.type) if a.type else s.letters.proposed(case_id)
    draft = s.letters.draft(case_id, kind, a.lang)
    draft_reasons = s.letters.draft_reasons(case_id, kind)
    if a.sent and draft_reasons:  # refused before anything is written: a draft is never "sent"
        raise draft_reasons[0]
    pdf = s.letters.render(draft)
    write_file(a.out, pdf, field="out", store=s.letters.store_path())
    data: dict[str, Any] = {"file": str(a.out), "type": kind.value, "language": draft.language,
                            "bytes": len(pdf), "signed": s.letters.signatory().signed,
                            "draft": [f"{b.field}: {b.message}" for b in draft_reasons]}  # fmt: skip
    text = f"Wrote {kind.value} ({draft.language}) to {a.out}."
    if draft_reasons:
        text += "\nA DRAFT, marked so on the page, not to be sent:"
        text += "".join(f"\n  {b.field}: {b.message}" for b in draft_reasons)
    if a.sent:
        data["letter_id"] = s.letters.record_sent(draft, None, a.sent)
        text += f" Kept in the case as sent by {a.sent}."
    return data, text
