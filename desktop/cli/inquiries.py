"""`privacydesk inquiry add|deadline|export`: a supervisory authority's inquiry as a case of its
own, its deadline as the authority set it, and its export covering every case it concerns."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.desk import Services


def add_inquiry_parser(sub: argparse._SubParsersAction, parser_class: type) -> None:
    p = sub.add_parser("inquiry", help="an inquiry from a supervisory authority")
    isub = p.add_subparsers(dest="action", required=True, parser_class=parser_class,
                            metavar="ACTION")  # fmt: skip
    q = isub.add_parser("add", help="log the authority's inquiry; its deadline is the authority's")
    q.add_argument("--authority", required=True, help="e.g. Autoriteit Persoonsgegevens")
    q.add_argument("--their-reference", required=True, help="the authority's own reference")
    q.add_argument("--received", required=True, help="the day the inquiry arrived")
    q.add_argument("--deadline", required=True, help="the day the authority wants the answer by")
    q.add_argument("--concerns", action="append", default=[], metavar="CASE",
                   help="a case it is about (reference or id; repeat)")  # fmt: skip
    q.add_argument("--channel", default="letter")
    q.add_argument("--company", help="the group company it is addressed to")
    q.add_argument("--email", help="the authority's email address")
    q.add_argument("--asked", default="", help="what the authority asks")
    q = isub.add_parser("deadline", help="a new deadline the authority granted")
    q.add_argument("id")
    q.add_argument("--date", required=True)
    q.add_argument("--reason", required=True)
    q = isub.add_parser("export", help="the inquiry's file and every case it concerns, for the "
                        "authority (case files, letters as sent, audit trails, hash manifests)")  # fmt: skip
    q.add_argument("id")
    q.add_argument("folder", type=Path)


def cmd_inquiry(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    from desktop.services.inquiries import InquiryDraft

    if a.action == "add":
        logged = s.inquiries.log_inquiry(
            InquiryDraft(
                authority=a.authority,
                their_reference=a.their_reference,
                received=a.received,
                their_deadline=a.deadline,
                channel=a.channel,
                concerns=tuple(a.concerns),
                asked=a.asked,
                company_id=a.company,
                email=a.email,
            )  # fmt: skip
        )
        data = s.cases.case_file(logged.id)
        linked = ", ".join(row["reference"] for row in data["links"]) or "no case"
        return data, (f"Logged {logged.reference} (id {logged.id}): answer by "
                      f"{data['current_due']}; concerns {linked}.")  # fmt: skip
    case_id = s.cases.case_id(a.id)
    if a.action == "deadline":
        s.inquiries.set_their_deadline(case_id, a.date, a.reason)
        due = s.cases.case_file(case_id)["current_due"]
        return {"id": case_id, "deadline": due}, f"The authority's deadline is now {due}."
    written = s.inquiries.export_for_authority(case_id, a.folder)
    return written, f"Wrote {len(written)} case file(s) for the authority to {a.folder}."
