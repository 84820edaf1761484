"""Gathering what a letter may say from a case: the company as handled, decisions, deadlines."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.core.companies import GroupCompany
from desktop.core.letter_types import LetterType
from desktop.core.letterhead import (
    kvk_number,
    legal_form,
    management,
    missing_letterhead_fields,
    register_entry,
)
from desktop.core.processing import ProcessingRegister
from desktop.core.register_names import years_in
from desktop.core.worklist import ID_REMINDER_DAYS
from desktop.letters.facts import (
    ErasureFacts,
    LetterFacts,
    Letterhead,
    ObjectionFacts,
    RequestFacts,
    WithdrawalFacts,
)
from desktop.letters.labels import caption
from desktop.services.requesters import postal_address


def letterhead(company: GroupCompany) -> Letterhead:
    """The company as a letter shows it; a register entry that lacks what company law wants
    on a business letter makes it a draft (`missing`)."""
    court, number = register_entry(company)
    kvk = kvk_number(company)
    # An older entry's one text is printed as typed unless court and number (or the KvK
    # number) were read from it: then those are printed, each with its caption.
    read = bool(court or number or (kvk and not company.kvk_number))
    return Letterhead(
        name=company.name,
        street=company.address.street,
        postcode=company.address.postcode,
        city=company.address.city,
        country=company.address.country,
        dpo_name=company.dpo_name,
        dpo_email=company.dpo_email,
        dpo_phone=company.dpo_phone,
        dpo_fax=company.dpo_fax,
        dpo_address=company.dpo_address,
        registered_office=company.registered_office,
        commercial_register="" if read else company.commercial_register,
        vat_id=company.vat_id,
        authority_name=company.authority.name,
        authority_address=company.authority.address,
        is_sample=company.is_sample,
        legal_form=legal_form(company),
        register_court=court,
        register_number=number,
        directors=company.directors,
        management=management(company),
        supervisory_board_chair=company.supervisory_board_chair,
        kvk_number=kvk,
        missing=tuple(missing_letterhead_fields(company)),
    )


def build_facts(
    case: dict[str, Any],
    company: GroupCompany,
    register: ProcessingRegister,
    *,
    kind: LetterType,
    language: str,
    letter_date: date,
    officer: str,
    transfer_from: GroupCompany | None = None,
) -> LetterFacts:
    """The facts of `case` (CaseService.case_file) in the plain values templates use."""
    decisions = {d["type"]: d for d in case.get("decisions", [])}
    requester = case["requester"]
    address = "\n".join(
        line for line in ((requester.get("address") or "").splitlines()) if line.strip()
    )
    requests = tuple(
        RequestFacts(type=r["type"], label="", outcome=r["outcome"], note=r["outcome_note"])
        for r in case["requests"]
    )
    purposes = {p.id: p.name_in(language) for p in register.purposes}
    erasures = []
    erasure = decisions.get("erasure")
    if erasure:
        for item in erasure["data"].get("items", []):
            until = item.get("blocked_until")
            rule = next(
                (b for b in case.get("blocked", []) if b["category"] == item["category"]), None
            )
            erasures.append(
                ErasureFacts(
                    category=item["category"],
                    erased=until is None,
                    legal_basis=_basis(register, rule),
                    retained_until=date.fromisoformat(until) if until else None,
                )
            )
    objection = _objection(decisions, purposes)
    withdrawal = None
    if "withdrawal" in decisions:
        data = decisions["withdrawal"]["data"]
        withdrawal = WithdrawalFacts(
            consents=tuple(purposes.get(c, c) for c in data.get("consents", [])),
            effective=date.fromisoformat(data["effective"]),
        )
    known = {r.id: r for r in register.recipients}
    notified = tuple(
        known[n["recipient_id"]].name_in(language) if n["recipient_id"] in known
        else n["recipient_name"]
        for n in case.get("notices", []) if n["status"] == "notified"
    )  # fmt: skip
    pause = next((a for a in reversed(case.get("audit", [])) if a["action"] == "case-paused"), None)
    refusal = " ".join(
        r["outcome_note"] or "" for r in case["requests"] if r["outcome"] == "refused"
    ).strip()
    return LetterFacts(
        letter_date=letter_date,
        reference=case["reference"],
        language=language,
        # A transfer letter comes from the company that forwards the request (issue 11).
        company=letterhead(transfer_from or company),
        requester_name=requester["name"],
        requester_address=address,
        requester_form=requester.get("form_of_address") or "neutral",
        requester_title=requester.get("title") or "",
        requester_postal=postal_address(requester),
        received=date.fromisoformat(case["received"]),
        channel=case["channel"],
        requests=requests,
        due=date.fromisoformat(case["due"]),
        # Letters speak of the extension only once the extension notice has told the person.
        extended_due=(
            date.fromisoformat(case["extended_due"])
            if case["extended"]
            and (
                kind is LetterType.EXTENSION_NOTICE
                or any(row["type"] == "extension-notice" for row in case.get("letters", []))
            )
            else None
        ),
        extension_reasons=case.get("extension_reason") or "",
        officer=officer,
        information_needed=(pause["detail"].get("reason", "") if pause else ""),
        identity_asked_on=_asked_on(pause),
        request_letter_date=(
            date.fromisoformat(case["letter_date"]) if case.get("letter_date") else None
        ),
        paused_days=case.get("paused_days") or 0,
        erasures=tuple(erasures),
        objection=objection,
        withdrawal=withdrawal,
        recipients_notified=notified,
        corrected=decisions.get("rectification", {}).get("data", {}).get("corrected", ""),
        restricted=decisions.get("restriction", {}).get("data", {}).get("restricted", ""),
        refusal_reasons=refusal,
        transfer_to=letterhead(company) if kind is LetterType.TRANSFER else None,  # now handling
        notes=_notes(
            kind,
            register,
            transfer_from,
            language,
            company.address.country,
            decisions.get("access") or decisions.get("portability"),
            letter_date,
        ),  # fmt: skip
        **_recorded_access(decisions.get("access") or decisions.get("portability"), language),
    )


def _basis(register: ProcessingRegister, blocked: dict[str, Any] | None) -> str:
    """The retention rule's legal basis as the register words it now (the row keeps the
    words of its day)."""
    if blocked is None:
        return ""
    known = {r.id: r for r in register.retention}
    rule = known.get(blocked.get("rule_id") or "")
    return rule.legal_basis if rule else blocked["legal_basis"]


def _asked_on(pause: dict[str, Any] | None) -> date | None:
    """The day the identity was asked for: the pause's own date (it may lie before the day it
    was recorded), not the time of the audit entry."""
    if pause is None:
        return None
    since = pause["detail"].get("changes", {}).get("paused_since", [None, None])[1]
    return date.fromisoformat(since or pause["at"][:10])


def _notes(
    kind: LetterType,
    register: ProcessingRegister,
    transfer_from: GroupCompany | None,
    language: str,
    jurisdiction: str,
    access: dict[str, Any] | None = None,
    letter_date: date | None = None,
) -> dict[str, str]:
    """Extra facts some templates read: the Art. 15 items come from the processing register,
    in the letter's language; storage periods with their unit, those of the company's country."""
    notes: dict[str, str] = {}
    if kind is LetterType.IDENTITY_REMINDER and letter_date is not None:
        # The reminder gives two more weeks; after them the case is closed unconfirmed.
        notes["reply_by"] = (letter_date + timedelta(days=ID_REMINDER_DAYS)).isoformat()
    if transfer_from:
        notes["transferred_from"] = transfer_from.name
    if kind is LetterType.ACCESS_ANSWER:
        notes["access_purposes"] = "\n".join(
            f"{p.name_in(language)} ({p.legal_basis_in(language)})" for p in register.purposes
        )
        notes["access_recipients"] = "\n".join(r.name_in(language) for r in register.recipients)
        notes["access_storage"] = "\n".join(
            f"{r.label_in(language)}: {years_in(r.years, language)} ({r.legal_basis})"
            for r in register.retention
            if r.country == (jurisdiction or "").upper()
        )
        if access is not None and access.get("kind") == "access":
            notes.update(_access_notes(access["data"], register, language))
    return notes


def _access_notes(
    data: dict[str, Any], register: ProcessingRegister, language: str
) -> dict[str, str]:
    """What the officer recorded for this person replaces the register's lists: only the
    purposes ticked, the recipients by name, the transfers and their safeguards."""
    known = {p.id: p for p in register.purposes}
    purposes = [known[p] for p in data.get("purposes", []) if p in known]
    return {
        "access_recorded": "1",
        "access_credit_scoring": "1" if data.get("credit_scoring") else "",
        "access_purposes": "\n".join(
            f"{p.name_in(language)} ({p.legal_basis_in(language)})" for p in purposes
        ),
        "access_categories": "\n".join(data.get("categories", [])),
        "access_recipients": "\n".join(data.get("recipients", [])),
        "access_source": "\n".join(data.get("sources", [])),
        "access_third_countries": "\n".join(data.get("transfers", [])),
        "access_automated_decisions": "",
    }


def _recorded_access(access: dict[str, Any] | None, language: str) -> dict[str, Any]:
    """The copy enclosed (Art. 15(3)) and what was withheld (15(4)), as recorded."""
    if access is None or access.get("kind") != "access":
        return {}
    data = access["data"]
    enclosed = (caption("copy_of_data", language),) if data.get("copy_enclosed", True) else ()
    return {"access_enclosures": enclosed, "redactions": tuple(data.get("redactions", []))}


def _objection(decisions: dict[str, Any], purposes: dict[str, str]) -> ObjectionFacts | None:
    for kind in ("objection-marketing", "unsubscribe"):
        if kind in decisions:
            data = decisions[kind]["data"]
            return ObjectionFacts(
                kind="marketing",
                decision="upheld",
                purposes=(),
                effective=date.fromisoformat(data["effective"]),
                channels=tuple(data.get("channels", [])),
            )
    for kind in ("objection-interests", "objection-credit"):
        if kind in decisions:
            data = decisions[kind]["data"]
            return ObjectionFacts(
                kind="interests",
                decision=data["decision"],
                purposes=tuple(purposes.get(p, p) for p in data.get("purposes", [])),
                effective=date.fromisoformat(decisions[kind]["decided_on"]),
                grounds=data.get("grounds", ""),
                balancing=data.get("balancing", ""),
                credit=kind == "objection-credit",
            )
    return None
