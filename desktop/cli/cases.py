"""Commands on cases: log, list, show, act, decide, import, purge."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.app import Services
from desktop.cli.follow_up import case_file_item, case_link, reply_to_a_case
from desktop.cli.output import Rows
from desktop.cli.team import case_assign
from desktop.core.errors import ValidationError
from desktop.core.listing import CaseFilter, CaseSort, SortKey
from desktop.services.access_answer import AccessFacts
from desktop.services.case_corrections import Correction
from desktop.services.cases import CaseDraft, Requester
from desktop.services.decisions import ErasureItem
from desktop.services.intake import case_draft_from_message


def cmd_case(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    return CASE_ACTIONS[a.action](s, a)


def case_add(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
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
            street=a.street,
            address_extra=a.address_extra,
            city=a.city,
            country=a.country,
            form_of_address=a.form_of_address,
            title=a.title,
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


def case_list(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    """Most urgent first, streamed: `--all --json` writes 100,000 cases without holding them."""
    if not a.all and not 1 <= a.limit <= 1_000_000:
        raise ValidationError("limit", "use a number from 1 to 1000000, or --all")
    if a.offset < 0:
        raise ValidationError("offset", "cannot be negative")
    flt = CaseFilter(status=a.status, overdue=a.overdue, text=a.search)
    sort = CaseSort(SortKey.DUE)
    after = None
    if a.after:
        try:
            after = s.queries.key_of(s.cases.case_id(a.after), sort)
        except ValidationError as exc:
            raise ValidationError("after", exc.message) from None
    rows = s.queries.each(flt, sort, after=after, offset=a.offset, limit=None if a.all else a.limit)
    return Rows(rows, _list_json, _list_line, "No cases."), ""


def _list_json(r: dict[str, Any]) -> dict[str, Any]:
    return {
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


def _list_line(r: dict[str, Any]) -> str:
    return (
        f"{r['reference']}  {r['status']:12} due {r['current_due']} ({r['days_left']:+d})  "
        f"{r['types']}  {r['company_id']}"
    )


def case_show(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
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


def case_pause(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    s.cases.pause(case_id, a.reason, a.date)
    return _case_json(s.cases.case_file(case_id)), "Paused: the clock stops until resumed."


def case_resume(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    d = s.cases.resume(case_id, a.date)
    return _case_json(
        s.cases.case_file(case_id)
    ), f"Resumed; due {d.due} ({d.paused_days} days paused)."


def case_extend(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    d = s.cases.extend(case_id, a.reason)
    return _case_json(s.cases.case_file(case_id)), f"Extended; now due {d.extended_due}."


def case_transfer(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    s.cases.transfer(case_id, a.company, a.reason)
    case = s.cases.case_file(case_id)
    return _case_json(case), f"Transferred to {a.company}; due {case['current_due']}."


def case_close(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    outcomes: dict[str, str] = {}
    types = [r["type"] for r in s.cases.case_file(case_id)["requests"]]
    for item in a.outcome:
        kind, sep, outcome = item.partition("=")
        if sep:
            outcomes[kind.strip()] = outcome.strip()
        else:
            outcomes.update({t: kind.strip() for t in types})
    s.cases.close(case_id, outcomes, a.note, on=a.date)  # the day answered: a report counts it
    return _case_json(s.cases.case_file(case_id)), "Closed."


def case_reopen(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    s.cases.reopen(case_id, a.reason)
    return _case_json(s.cases.case_file(case_id)), "Reopened."


def cmd_import(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    draft = s.intake.read_message(a.file)
    filed = reply_to_a_case(s, a, draft)
    if filed is not None:
        return filed
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


def case_export(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    if not a.for_authority:  # the case list as a spreadsheet
        from desktop.cli.exports import case_list_export

        return case_list_export(s, a)
    report = s.authority_export.export(s.cases.case_id(a.target), Path(a.for_authority))
    chain = report["ledger"]
    text = (
        f"Exported {report['files']} files to {report['folder']}.\n"
        f"Check them there with: sha256sum -c SHA256SUMS\n"
        f"Ledger at export: {chain['entries']} entries, head {chain['head']}"
    )
    return report, text


def case_purge(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    reference = s.cases.purge(s.cases.case_id(a.id), a.reason)
    return {"purged": reference}, f"Purged {reference}."


def case_decide(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    case_id = s.cases.case_id(a.id)
    d = s.decisions
    if a.kind == "marketing":
        ids = d.uphold_marketing_objection(case_id, a.channels, a.effective, a.note, a.carried_out)
        text = f"Objection upheld; {len(ids)} suppression entr{'y' if len(ids) == 1 else 'ies'}."
    elif a.kind == "unsubscribe":
        ids = d.confirm_unsubscribe(case_id, a.effective, carried_out=a.carried_out)
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
        d.record_withdrawal(case_id, a.consents, a.effective, systems, carried_out=a.carried_out)
        text = "Withdrawal recorded."
    elif a.kind == "access":
        d.record_access_facts(case_id, AccessFacts(
            purposes=tuple(a.purpose), categories=tuple(a.category),
            recipients=tuple(a.recipient_name), sources=tuple(a.source),
            credit_scoring=a.credit_scoring, transfers=tuple(a.transfer),
            copy_enclosed=not a.no_copy, redactions=tuple(a.redaction),
        ))  # fmt: skip
        text = "Access answer recorded: the letter lists what applies to this person."
    elif a.kind in ("rectification", "restriction"):
        record = d.record_rectification if a.kind == "rectification" else d.record_restriction
        what = a.corrected if a.kind == "rectification" else a.restricted
        opened = record(case_id, what, a.recipient, a.none_disclosed)
        text = f"{a.kind.capitalize()} recorded; {len(opened)} Art. 19 notice(s) to send."
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
                        exempt_reason=a.exempt,
                        exempt_ground=a.ground if a.exempt is not None else None)  # fmt: skip
        text = "Notice recorded."
    return _case_json(s.cases.case_file(case_id)), text


# `case edit` option → requester field it corrects
_EDITABLE = {
    "name": "name", "form_of_address": "form_of_address", "title": "title", "email": "email",
    "phone": "phone", "street": "street", "address_extra": "address_extra",
    "postcode": "postcode", "city": "city", "country": "country", "address": "address",
    "customer_number": "customer_number", "customer": "customer_kind",
    "delivery_country": "delivery_country", "location": "delivery_location",
    "language": "language",
}  # fmt: skip


def case_edit(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    """Correct the case: only the options given change; "" clears a field."""
    case_id = s.cases.case_id(a.id)
    given = {field: getattr(a, option) for option, field in _EDITABLE.items()}
    changes = s.cases.correct(
        case_id,
        Correction(
            reason=a.reason,
            requester={k: val for k, val in given.items() if val is not None},
            received=a.received,
            channel=a.channel,
            add_types=a.add_type,
            withdraw_types=a.withdraw_type,
        ),
    )
    lines = [f"  {field}: {_shown(old)} → {_shown(new)}" for field, (old, new) in changes.items()]
    return {"changes": changes, "case": _case_json(s.cases.case_file(case_id))}, "\n".join(
        ["Corrected:", *lines]
    )


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "—" if value in (None, "") else str(value)


CASE_ACTIONS = {
    "add": case_add, "edit": case_edit, "list": case_list, "show": case_show, "pause": case_pause,
    "resume": case_resume, "extend": case_extend, "transfer": case_transfer,
    "close": case_close, "reopen": case_reopen, "purge": case_purge, "export": case_export,
    "decide": case_decide, "file": case_file_item, "link": case_link, "assign": case_assign,
}  # fmt: skip
