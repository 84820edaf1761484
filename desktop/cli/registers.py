"""Commands on the registers: deadlines, routing, companies, suppression, demo stores."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.app import Services
from desktop.core.deadlines import Deadline
from desktop.core.errors import ValidationError
from desktop.core.routing import Context, CustomerKind, RoutingQuestion
from desktop.services import deadlines as deadline_service
from desktop.services.demo import make_demo_store


def deadline_json(d: Deadline) -> dict[str, Any]:
    return {
        "received": d.received.isoformat(),
        "due": d.due.isoformat(),
        "extended_due": d.extended_due.isoformat(),
        "paused_days": d.paused_days,
        "calendar": d.calendar,
        "explanation": d.explanation,
        "steps": list(d.steps),
    }


def cmd_deadline(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
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
    return deadline_json(d), text


def cmd_route(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
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


def cmd_company(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
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


def cmd_suppression(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    if a.action == "check":
        result = s.suppression.check(a.email, a.phone)
        if result["suppressed"]:
            return result, "SUPPRESSED: " + ", ".join(result["channels"])
        return result, "Not suppressed."
    count = s.suppression.export_csv(a.file, a.hashed, raw=a.raw)
    return {"exported": count, "file": str(a.file), "hashed": a.hashed}, (
        f"Exported {count:,} entries to {a.file}."
    )


def cmd_demo(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    if a.cases < 1 or a.cases > 1_000_000:
        raise ValidationError("cases", "use a number from 1 to 1000000")

    def progress(done: int) -> None:
        if not a.json:
            print(f"\r{done:,} / {a.cases:,} cases", end="", file=sys.stderr, flush=True)

    count = make_demo_store(s.cases, a.cases, progress, decisions=s.decisions)
    if not a.json and a.cases >= 1000:
        print(file=sys.stderr)
    return {"cases": count, "demo": True}, f"Added {count:,} invented cases to this demo store."
