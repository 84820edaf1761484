"""`privacydesk case file ID FILE…`: a reply, scan, fax, phone note or an email sent from the
mail program filed in an existing case; and `import` of a reply quoting a case's reference,
which lands in that case instead of starting a new one."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.requests import Channel

if TYPE_CHECKING:
    from desktop.intake import IntakeDraft
    from desktop.services.desk import Services


def add_case_file_parser(csub: argparse._SubParsersAction) -> None:
    q = csub.add_parser(
        "file",
        help="file correspondence in a case: an .eml/.msg message as it came, or any files "
        "(a scan, a fax) with --subject; a phone note is --channel phone with --note",
    )
    q.add_argument("id")
    q.add_argument("files", nargs="*", type=Path, metavar="FILE")
    q.add_argument("--out", action="store_true", help="sent by the office (default: received)")
    q.add_argument("--channel", choices=[c.value for c in Channel], help="default: email")
    q.add_argument("--date", help="the day it arrived or was sent (default: today)")
    q.add_argument("--subject", help="what it is (an .eml/.msg brings its own)")
    q.add_argument("--note", default="", help="the text of a phone note, or a remark")


def add_case_link_parser(csub: argparse._SubParsersAction) -> None:
    q = csub.add_parser(
        "link", help="link two cases: a complaint to the case it is about (kept while it is open)"
    )
    q.add_argument("id")
    q.add_argument("other", help="the other case's id or reference")
    q.add_argument("--reason", required=True)


def case_link(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id, other = s.cases.case_id(a.id), s.cases.case_id(a.other)
    s.cases.link(case_id, other, a.reason)
    first, second = (s.cases.case_file(i)["reference"] for i in (case_id, other))
    return {"case": first, "linked": second}, f"Linked {first} and {second}."


def case_file_item(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    direction = "out" if a.out else "in"
    message = s.follow_up.read_message(a.files[0]) if len(a.files) == 1 else None
    if message is not None and not a.subject:
        item = s.follow_up.file_message(case_id, message, direction)
    else:
        item = s.follow_up.file_item(
            case_id, direction, a.channel or "email", a.date, a.subject or "", a.note,
            tuple(a.files),
        )  # fmt: skip
    reference = s.cases.case_file(case_id)["reference"]
    return (
        {"case": reference, "item": item, "direction": direction, "files": len(a.files)},
        f"Filed in {reference}: {'sent' if a.out else 'received'}, {len(a.files)} file(s).",
    )


def reply_to_a_case(
    s: Services, a: argparse.Namespace, draft: IntakeDraft
) -> tuple[Any, str] | None:
    """A message quoting one existing case's reference is filed there (unless --new-case);
    None when it quotes none (or several: the officer picks with `case file`)."""
    from desktop.services.follow_up import describe

    if a.new_case:
        return None
    found = [f for f in s.follow_up.cases_for(draft) if f.why == "reference"]
    if len(found) != 1:
        return None
    case = found[0]
    item = s.follow_up.file_message(case.case_id, draft)
    files = 1 + len(draft.attachments)
    return (
        {"filed_in": describe(case), "item": item, "files": files},
        f"Filed in {case.reference} (quoted in the message): {files} file(s) kept. "
        "To log it as a new case instead, give --new-case.",
    )
