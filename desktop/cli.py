"""The headless face: the same services as the window, with JSON output for scripts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from desktop.app import Services, build_services, default_store_path
from desktop.core.deadlines import Deadline
from desktop.core.errors import ValidationError
from desktop.core.letter_types import LetterType
from desktop.core.listing import CaseFilter, CaseSort, SortKey
from desktop.core.requests import Channel, RequestType
from desktop.core.routing import Context, CustomerKind, RoutingQuestion
from desktop.core.suppression import SuppressionChannel
from desktop.services import deadlines as deadline_service
from desktop.services.cases import CaseDraft, Requester
from desktop.services.decisions import ErasureItem
from desktop.services.demo import make_demo_store
from desktop.services.files import write_file
from desktop.services.intake import case_draft_from_message
from desktop.store import StoreError

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line: `error: <field>: <what is wrong>`, exit 2."""

    def error(self, message: str) -> NoReturn:
        field = "arguments"
        if message.startswith("argument "):
            head, _, message = message[len("argument ") :].partition(": ")
            field = head.split("/")[-1].lstrip("-")
        elif message.startswith("the following arguments are required: "):
            missing = message.split(": ", 1)[1].split(",")[0].strip()
            field = missing.split("/")[-1].lstrip("-") or field
            message = "is required"
        print(f"error: {field}: {message}", file=sys.stderr)
        sys.exit(EXIT_USER_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="privacydesk",
        description="Privacy Desk: data-subject requests, handled offline. "
        "Without a command the window opens.",
    )
    parser.add_argument(
        "--db", type=Path, help="the store file (default: PRIVACYDESK_DB or the user data folder)"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("deadline", help="the response deadline for a received date")
    p.add_argument("received", help="date of receipt, YYYY-MM-DD")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--company", help="company id from the register (default hoffmann-se)")
    where.add_argument("--country", help="two-letter country code")
    p.add_argument("--subdiv", help="region code with --country, e.g. BY")
    p.add_argument("--paused-days", type=int, default=0, help="days paused for an ID check")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("route", help="which group company is responsible, and why")
    p.add_argument("--customer", required=True, choices=[c.value for c in CustomerKind])
    p.add_argument("--context", required=True, choices=[c.value for c in Context])
    p.add_argument("--delivery-country")
    p.add_argument("--location")
    p.add_argument("--contract-company")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("company", help="the company register")
    csub = p.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    for name in ("list",):
        q = csub.add_parser(name)
        q.add_argument("--json", action="store_true")
    q = csub.add_parser("show")
    q.add_argument("id")
    q.add_argument("--json", action="store_true")
    for name in ("import", "export"):
        q = csub.add_parser(name)
        q.add_argument("file", type=Path)
        q.add_argument("--json", action="store_true")

    p = sub.add_parser("case", help="log and work on cases")
    csub = p.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    q = csub.add_parser("add", help="log a request")
    q.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    q.add_argument("--received", required=True)
    q.add_argument(
        "--type",
        required=True,
        action="append",
        dest="types",
        choices=[t.value for t in RequestType],
    )
    q.add_argument("--name", required=True)
    q.add_argument("--email")
    q.add_argument("--phone")
    q.add_argument("--address")
    q.add_argument("--postcode")
    q.add_argument("--customer-number")
    q.add_argument("--customer", default="consumer", choices=[c.value for c in CustomerKind])
    q.add_argument("--context", default="order", choices=[c.value for c in Context])
    q.add_argument("--delivery-country")
    q.add_argument("--location")
    q.add_argument("--contract-company")
    q.add_argument("--language", default="en", choices=["nl", "de", "en"])
    q.add_argument("--company", help="company id, instead of routing")
    q.add_argument("--reason", help="why --company overrides the routing result")
    q.add_argument("--subject", default="")
    q.add_argument("--letter-date")
    q.add_argument("--fax-number")
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("list", help="list cases")
    q.add_argument("--status", choices=["open", "awaiting-id", "closed", "active"])
    q.add_argument("--overdue", action="store_true")
    q.add_argument("--search", default="")
    q.add_argument("--limit", type=int, default=200)
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("show", help="one case with its requests and audit history")
    q.add_argument("id", help="case id or reference")
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("pause", help="ask for identification: the clock stops")
    q.add_argument("id")
    q.add_argument("--reason", required=True)
    q.add_argument("--date")
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("resume", help="the information arrived: the clock runs again")
    q.add_argument("id")
    q.add_argument("--date")
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("extend", help="extend by two months, with the reasons")
    q.add_argument("id")
    q.add_argument("--reason", required=True)
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("transfer", help="hand the case to another group company")
    q.add_argument("id")
    q.add_argument("--company", required=True)
    q.add_argument("--reason", required=True)
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("close", help="close with an outcome per request")
    q.add_argument("id")
    q.add_argument(
        "--outcome",
        action="append",
        required=True,
        metavar="TYPE=OUTCOME",
        help="e.g. access=granted; a bare OUTCOME applies to every request",
    )
    q.add_argument("--note")
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("reopen")
    q.add_argument("id")
    q.add_argument("--reason", required=True)
    q.add_argument("--json", action="store_true")

    p = sub.add_parser("import", help="log a case from an .eml or Outlook .msg file")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--type",
        action="append",
        dest="types",
        default=[],
        choices=[t.value for t in RequestType],
        help="the request types (repeat); see --accept-suggested",
    )
    p.add_argument(
        "--accept-suggested",
        action="store_true",
        help="confirm the request types suggested from the text",
    )
    p.add_argument("--received", help="date of receipt when the message has none")
    p.add_argument("--name", help="the requester's name when the message has none")
    p.add_argument("--customer", default="consumer", choices=[c.value for c in CustomerKind])
    p.add_argument("--delivery-country")
    p.add_argument("--language", choices=["nl", "de", "en"])
    p.add_argument("--json", action="store_true")

    q = csub.add_parser("purge", help="delete a closed case for good (suppressions stay)")
    q.add_argument("id")
    q.add_argument("--reason", required=True)
    q.add_argument("--json", action="store_true")
    q = csub.add_parser("decide", help="record a decision on an objection, withdrawal or erasure")
    q.add_argument("id")
    dsub = q.add_subparsers(dest="kind", required=True, parser_class=_Parser, metavar="KIND")
    d = dsub.add_parser("marketing", help="objection to direct marketing (always upheld)")
    d.add_argument(
        "--channel",
        action="append",
        dest="channels",
        choices=[c.value for c in SuppressionChannel],
        help="channels to stop (default: all marketing channels)",
    )
    d.add_argument("--effective")
    d.add_argument("--note", default="")
    d = dsub.add_parser("unsubscribe", help="newsletter unsubscribe")
    d.add_argument("--effective")
    d = dsub.add_parser("objection", help="assess an objection under Art. 21(1)")
    d.add_argument(
        "--type", default="objection-interests", choices=["objection-interests", "objection-credit"]
    )
    d.add_argument("--purpose", action="append", dest="purposes", default=[], required=True)
    d.add_argument("--situation", required=True, help="the person's particular situation")
    d.add_argument("--decision", required=True, choices=["upheld", "partly", "rejected"])
    d.add_argument("--grounds", default="", help="compelling legitimate grounds or legal claims")
    d.add_argument("--balancing", default="", help="the balancing of interests")
    d.add_argument("--date")
    d = dsub.add_parser("restrict", help="restrict processing while the objection is assessed")
    d.add_argument("--off", action="store_true", help="lift the restriction")
    d = dsub.add_parser("withdrawal", help="withdrawal of consent (Art. 7(3))")
    d.add_argument(
        "--consent",
        action="append",
        dest="consents",
        required=True,
        help="a consent purpose id, e.g. advertising-phone, newsletter",
    )
    d.add_argument("--effective")
    d.add_argument(
        "--system", action="append", default=[], help="a system updated (SYSTEM or SYSTEM=pending)"
    )
    d = dsub.add_parser("erasure", help="erase, or block under a retention duty")
    d.add_argument("--erase", action="append", default=[], metavar="CATEGORY")
    d.add_argument("--block", action="append", default=[], metavar="CATEGORY:RULE:DOCUMENT-DATE")
    d.add_argument("--hold", default="", help="a manual hold (tax audit, litigation)")
    d = dsub.add_parser("notice", help="record an Art. 19 notice as notified or exempt")
    d.add_argument("--recipient", required=True, help="recipient id")
    how = d.add_mutually_exclusive_group(required=True)
    how.add_argument("--notified", metavar="DATE")
    how.add_argument("--exempt", metavar="REASON")
    d.add_argument("--via", help="channel of the notice (letter, email, portal)")
    for d in dsub.choices.values():
        d.add_argument("--json", action="store_true")

    p = sub.add_parser("suppression", help="the suppression register")
    ssub = p.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    q = ssub.add_parser("check", help="is this person suppressed?")
    q.add_argument("--email")
    q.add_argument("--phone")
    q.add_argument("--json", action="store_true")
    q = ssub.add_parser("export", help="CSV for marketing systems")
    q.add_argument("file", type=Path)
    q.add_argument("--hashed", action="store_true", help="SHA-256 of email and phone only")
    q.add_argument("--json", action="store_true")

    p = sub.add_parser("letter", help="response letters")
    lsub = p.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    q = lsub.add_parser("render", help="render a letter of a case to a PDF file")
    q.add_argument("id", help="case id or reference")
    q.add_argument(
        "--type",
        help="letter type (default: the one the case needs next)",
        choices=[t.value for t in LetterType],
    )
    q.add_argument("--lang", choices=["nl", "de", "en"], help="default: the requester's")
    q.add_argument("--out", type=Path, required=True)
    q.add_argument(
        "--sent",
        choices=["post", "fax", "email"],
        help="also keep it in the case as sent today by this channel",
    )
    q.add_argument("--json", action="store_true")
    q = lsub.add_parser("list", help="the letters a case needs and those sent")
    q.add_argument("id")
    q.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "demo", help="make (or add to) a demo store of invented cases; refuses a real store"
    )
    p.add_argument("--cases", type=int, default=400)
    p.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a mistake already reported in one line
        return int(exc.code or 0)
    path = args.db or default_store_path()
    if args.command is None:
        from desktop.app import run_window

        return run_window(path, sys.argv[:1])
    try:
        services = build_services(_store_for(args, Path(path)))
    except StoreError as exc:
        print(f"error: store: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR if exc.user_situation else 1
    try:
        result = _COMMANDS[args.command](services, args)
    except ValidationError as exc:
        print(f"error: {exc.field}: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except StoreError as exc:
        print(f"error: store: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR if exc.user_situation else 1
    except Exception as exc:
        if os.environ.get("PRIVACYDESK_DEBUG"):
            raise
        # No traceback: it could quote personal data. The store rolled back.
        print(
            f"error: internal: unexpected {type(exc).__name__}; nothing was changed "
            "(set PRIVACYDESK_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 1
    finally:
        services.close()
    _emit(result, args)
    return 0


# Only these make a store where none is yet; a typo in --db must not look like "no cases".
_MAKES_A_STORE = {("case", "add"), ("import", None), ("demo", None), ("company", "import")}
# These need only the company register: without a store they use the built-in one.
_NEEDS_NO_STORE = {("deadline", None), ("route", None), ("company", "list"), ("company", "show")}


def _store_for(args: argparse.Namespace, path: Path) -> Path | None:
    if path.exists():
        return path
    command = (args.command, getattr(args, "action", None))
    if command in _MAKES_A_STORE:
        return path
    if command in _NEEDS_NO_STORE:
        return None  # a private in-memory store with the shipped registers
    raise StoreError(
        f"there is no store at {path}: check the path (--db or PRIVACYDESK_DB); a new store "
        "is made only by 'case add', 'import' or 'demo'"
    )


def _emit(result: tuple[Any, str], args: argparse.Namespace) -> None:
    data, text = result
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def _deadline_json(d: Deadline) -> dict[str, Any]:
    return {
        "received": d.received.isoformat(),
        "due": d.due.isoformat(),
        "extended_due": d.extended_due.isoformat(),
        "paused_days": d.paused_days,
        "calendar": d.calendar,
        "explanation": d.explanation,
        "steps": list(d.steps),
    }


def _cmd_deadline(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    if a.subdiv and not a.country:
        raise ValidationError("subdiv", "goes with --country")
    d = deadline_service.deadline_for(
        s.register,
        a.received,
        company_id=a.company,
        country=a.country,
        subdiv=a.subdiv,
        paused_days=a.paused_days,
    )
    text = f"Due {d.due}  (extended: {d.extended_due})\n" + "\n".join(f"  {x}" for x in d.steps)
    return _deadline_json(d), text


def _cmd_route(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    from desktop.services.validation import clean_text, country_code

    r = s.register.route(
        RoutingQuestion(
            customer=CustomerKind(a.customer),
            context=Context(a.context),
            delivery_country=country_code("delivery-country", a.delivery_country),
            location=clean_text("location", a.location, max_len=200),
            contract_company_id=a.contract_company,
        )
    )
    data = {
        "company": {"id": r.company.id, "name": r.company.name},
        "rule": r.rule,
        "reason": r.reason,
        "warning": r.warning,
    }
    text = f"{r.company.name} ({r.company.id})\n  {r.reason}"
    if r.warning:
        text += f"\n  WARNING: {r.warning}"
    return data, text


def _cmd_company(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    if a.action == "list":
        items = s.register.companies()
        data = [
            {
                "id": c.id,
                "name": c.name,
                "country": c.address.country,
                "countries": list(c.countries),
                "is_sample": c.is_sample,
            }
            for c in items
        ]
        text = "\n".join(
            f"{c.id:14} {c.name}{'  [SAMPLE]' if c.is_sample else ''}  ({', '.join(c.countries)})"
            for c in items
        )
        return data, text
    if a.action == "show":
        c = s.register.company(a.id)
        data = c.to_dict() | {"version": s.register.version_of(c.id)}
        return data, json.dumps(data, ensure_ascii=False, indent=2)
    if a.action == "import":
        entries = s.register.import_file(a.file)
        return {"imported": [e.id for e in entries]}, f"Imported {len(entries)} companies."
    count = s.register.export_file(a.file)
    return {"exported": count, "file": str(a.file)}, f"Exported {count} companies to {a.file}."


def _cmd_case(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    return _CASE_ACTIONS[a.action](s, a)


def _case_add(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    draft = CaseDraft(
        channel=a.channel,
        received=a.received,
        types=a.types,
        requester=Requester(
            name=a.name,
            email=a.email,
            phone=a.phone,
            address=a.address,
            postcode=a.postcode,
            customer_number=a.customer_number,
            customer=a.customer,
            delivery_country=a.delivery_country,
            delivery_location=a.location,
            language=a.language,
        ),
        context=a.context,
        contract_company_id=a.contract_company,
        company_id=a.company,
        company_reason=a.reason or ("named with --company" if a.company else None),
        subject=a.subject,
        letter_date=a.letter_date,
        fax_number=a.fax_number,
    )
    logged = s.cases.log_case(draft)
    data = s.cases.case_file(logged.id)
    text = (
        f"Logged {logged.reference} (id {logged.id}) for {logged.routing.company.name}; "
        f"due {logged.deadline.due}."
    )
    if logged.routing.warning:
        text += f"\nWARNING: {logged.routing.warning}"
    return _case_json(data), text


def _case_list(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    if a.limit < 1 or a.limit > 100_000:
        raise ValidationError("limit", "use a number from 1 to 100000")
    flt = CaseFilter(status=a.status, overdue=a.overdue, text=a.search)
    rows = s.queries.page(flt, CaseSort(SortKey.DUE), 0, a.limit)
    data = [
        {
            "id": r["id"],
            "reference": r["reference"],
            "requester": r["requester_name"],
            "types": r["types"].split(", "),
            "channel": r["channel"],
            "company": r["company_id"],
            "received": r["received"],
            "due": r["current_due"],
            "status": r["status"],
            "days_left": r["days_left"],
        }
        for r in rows
    ]
    text = (
        "\n".join(
            f"{r['reference']}  {r['status']:12} due {r['current_due']} ({r['days_left']:+d})  "
            f"{r['types']}  {r['company_id']}"
            for r in rows
        )
        or "No cases."
    )
    return data, text


def _case_show(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    data = _case_json(s.cases.case_file(s.cases.case_id(a.id)))
    lines = [
        f"{data['reference']}  {data['status']}  {data['company']['name']}",
        f"Received {data['received']} by {data['channel']}; due {data['due']}"
        + (f", extended to {data['extended_due']}" if data["extended"] else ""),
        "Requests: " + ", ".join(_request_label(r) for r in data["requests"]),
        f"Routing: {data['routing']['reason']}",
        "Audit:",
        *(f"  {e['at']}  {e['who']}  {e['action']}" for e in data["audit"]),
    ]
    return data, "\n".join(lines)


def _request_label(request: dict[str, Any]) -> str:
    outcome = request["outcome"]
    return request["type"] + (f" ({outcome})" if outcome else "")


def _case_json(data: dict[str, Any]) -> dict[str, Any]:
    """Attachments are listed by name, type, size and SHA-256; their bytes stay in the store."""
    return data


def _case_pause(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    s.cases.pause(case_id, a.reason, a.date)
    return _case_json(s.cases.case_file(case_id)), "Paused: the clock stops until resumed."


def _case_resume(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    d = s.cases.resume(case_id, a.date)
    return _case_json(
        s.cases.case_file(case_id)
    ), f"Resumed; due {d.due} ({d.paused_days} days paused)."


def _case_extend(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    d = s.cases.extend(case_id, a.reason)
    return _case_json(s.cases.case_file(case_id)), f"Extended; now due {d.extended_due}."


def _case_transfer(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    s.cases.transfer(case_id, a.company, a.reason)
    case = s.cases.case_file(case_id)
    return _case_json(case), f"Transferred to {a.company}; due {case['current_due']}."


def _case_close(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    outcomes: dict[str, str] = {}
    types = [r["type"] for r in s.cases.case_file(case_id)["requests"]]
    for item in a.outcome:
        kind, sep, outcome = item.partition("=")
        if sep:
            outcomes[kind.strip()] = outcome.strip()
        else:
            outcomes.update({t: kind.strip() for t in types})
    s.cases.close(case_id, outcomes, a.note)
    return _case_json(s.cases.case_file(case_id)), "Closed."


def _case_reopen(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    s.cases.reopen(case_id, a.reason)
    return _case_json(s.cases.case_file(case_id)), "Reopened."


def _cmd_import(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    draft = s.intake.read_message(a.file)
    suggested = [t.type.value for t in draft.suggested_types]
    types = list(a.types)
    if a.accept_suggested:
        types += [t for t in suggested if t not in types]
    if not types:
        hint = ", ".join(suggested) if suggested else "none found in the text"
        raise ValidationError(
            "type", f"name the request types with --type (suggested: {hint}), "
            "or confirm the suggestions with --accept-suggested",
        )  # fmt: skip
    logged = s.cases.log_case(
        case_draft_from_message(
            draft,
            types,
            received=a.received,
            name=a.name,
            customer=a.customer,
            delivery_country=a.delivery_country,
            language=a.language,
        )  # fmt: skip
    )
    data = s.cases.case_file(logged.id)
    files = sum(len(item["attachments"]) for item in data["correspondence"])
    text = (
        f"Logged {logged.reference} (id {logged.id}) for {logged.routing.company.name}; "
        f"due {logged.deadline.due}; {files} file(s) kept."
    )
    return data, text


def _case_purge(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    reference = s.cases.purge(s.cases.case_id(a.id), a.reason)
    return {"purged": reference}, f"Purged {reference}."


def _case_decide(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    d = s.decisions
    if a.kind == "marketing":
        ids = d.uphold_marketing_objection(case_id, a.channels, a.effective, a.note)
        text = f"Objection upheld; {len(ids)} suppression entr{'y' if len(ids) == 1 else 'ies'}."
    elif a.kind == "unsubscribe":
        ids = d.confirm_unsubscribe(case_id, a.effective)
        text = "Unsubscribed from the newsletter."
    elif a.kind == "objection":
        d.assess_objection(
            case_id, a.type, purposes=a.purposes, situation=a.situation, decision=a.decision,
            grounds=a.grounds, balancing=a.balancing, decided_on=a.date,
        )  # fmt: skip
        text = f"Objection {a.decision}."
    elif a.kind == "restrict":
        d.restrict_while_assessing(case_id, not a.off)
        text = "Restriction lifted." if a.off else "Processing restricted while assessed."
    elif a.kind == "withdrawal":
        systems = [(x.split("=")[0], not x.endswith("=pending")) for x in a.system]
        d.record_withdrawal(case_id, a.consents, a.effective, systems)
        text = "Withdrawal recorded."
    elif a.kind == "erasure":
        items = [ErasureItem(c) for c in a.erase]
        for spec in a.block:
            parts = spec.split(":")
            if len(parts) != 3:
                raise ValidationError("block", "use CATEGORY:RULE:DOCUMENT-DATE")
            items.append(ErasureItem(parts[0], parts[1], parts[2]))
        d.decide_erasure(case_id, items, a.hold)
        text = "Erasure decided."
    else:  # notice
        notices = [n for n in s.cases.case_file(case_id)["notices"]
                   if n["recipient_id"] == a.recipient]  # fmt: skip
        if not notices:
            raise ValidationError("recipient", "the case has no notice for that recipient")
        d.record_notice(notices[0]["id"], notified_on=a.notified, channel=a.via,
                        exempt_reason=a.exempt)  # fmt: skip
        text = "Notice recorded."
    return _case_json(s.cases.case_file(case_id)), text


def _cmd_suppression(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    if a.action == "check":
        result = s.suppression.check(a.email, a.phone)
        if result["suppressed"]:
            return result, "SUPPRESSED: " + ", ".join(result["channels"])
        return result, "Not suppressed."
    count = s.suppression.export_csv(a.file, a.hashed)
    return {"exported": count, "file": str(a.file), "hashed": a.hashed}, (
        f"Exported {count:,} entries to {a.file}."
    )


def _cmd_letter(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    if a.action == "list":
        sent = s.letters.letters(case_id)
        needed = [k.value for k in s.letters.needed(case_id)]
        data = {"needed": needed, "sent": sent}
        lines = [f"Needed: {', '.join(needed) or 'nothing'}"]
        lines += [f"Sent {r['sent_on']} by {r['sent_via']}: {r['type']} ({r['language']}), "
                  f"sha256 {r['sha256'][:16]}…{'  LATE' if r['late'] else ''}" for r in sent]  # fmt: skip
        return data, "\n".join(lines)
    kind = LetterType(a.type) if a.type else s.letters.proposed(case_id)
    draft = s.letters.draft(case_id, kind, a.lang)
    pdf = s.letters.render(draft)
    write_file(a.out, pdf, field="out", store=s.ctx.store.path)
    data: dict[str, Any] = {"file": str(a.out), "type": kind.value, "language": draft.language,
                            "bytes": len(pdf)}  # fmt: skip
    text = f"Wrote {kind.value} ({draft.language}) to {a.out}."
    if a.sent:
        data["letter_id"] = s.letters.record_sent(draft, None, a.sent)
        text += f" Kept in the case as sent by {a.sent}."
    return data, text


def _cmd_demo(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    if a.cases < 1 or a.cases > 1_000_000:
        raise ValidationError("cases", "use a number from 1 to 1000000")

    def progress(done: int) -> None:
        if not a.json:
            print(f"\r{done:,} / {a.cases:,} cases", end="", file=sys.stderr, flush=True)

    count = make_demo_store(s.cases, a.cases, progress, decisions=s.decisions)
    if not a.json and a.cases >= 1000:
        print(file=sys.stderr)
    return {"cases": count, "demo": True}, f"Added {count:,} invented cases to this demo store."


_CASE_ACTIONS = {
    "add": _case_add, "list": _case_list, "show": _case_show, "pause": _case_pause,
    "resume": _case_resume, "extend": _case_extend, "transfer": _case_transfer,
    "close": _case_close, "reopen": _case_reopen, "purge": _case_purge,
    "decide": _case_decide,
}  # fmt: skip
_COMMANDS = {
    "deadline": _cmd_deadline, "route": _cmd_route, "company": _cmd_company,
    "case": _cmd_case, "demo": _cmd_demo, "import": _cmd_import,
    "suppression": _cmd_suppression, "letter": _cmd_letter,
}  # fmt: skip
