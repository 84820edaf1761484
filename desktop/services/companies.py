"""The company register: read, edit, import and export (JSON and CSV), and route requests."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.companies import GroupCompany
from desktop.core.deadlines import response_deadline
from desktop.core.errors import ValidationError
from desktop.core.routing import Routing, RoutingQuestion, responsible_company
from desktop.resources import resource_path
from desktop.services.context import ServiceBase, ServiceContext, atomic
from desktop.services.explanation_fields import deadline_fields
from desktop.services.files import cell_value, spreadsheet_cell, write_file
from desktop.store import cases as case_sql
from desktop.store import companies as company_sql

REGISTER_FORMAT = "privacydesk-company-register"
MAX_IMPORT_BYTES = 5 * 1024 * 1024
# CSV has no nesting: nested fields are flattened with a dot, lists joined with "; ".
_CSV_FIELDS = (
    "id", "name", "address.street", "address.postcode", "address.city", "address.country",
    "countries", "locations", "dpo_name", "dpo_email", "dpo_phone", "dpo_fax", "dpo_address",
    "languages", "calendar_country", "calendar_subdiv", "calendar_categories",
    "calendar_extra_dates", "calendar_label", "authority.name", "authority.address",
    "registered_office", "commercial_register", "vat_id", "legal_form", "register_court",
    "register_number", "directors", "supervisory_board_chair", "one_tier_board", "kvk_number",
    "is_sample", "note",
)  # fmt: skip
_CSV_FLAGS = ("is_sample", "one_tier_board")


class CompanyRegister(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._cache: list[GroupCompany] | None = None  # routing asks for every intake

    # -- reading ---------------------------------------------------------------------------
    def companies(self) -> list[GroupCompany]:
        if self._cache is None:
            rows = company_sql.list_companies(self.ctx.store)
            self._cache = [GroupCompany.from_dict(r["data"]) for r in rows]
        return list(self._cache)

    def company(self, company_id: str) -> GroupCompany:
        for company in self.companies():
            if company.id == company_id:
                return company
        raise ValidationError("company", "no company %1 in the register", repr(company_id))

    def version_of(self, company_id: str) -> int:
        row = company_sql.get_company(self.ctx.store, company_id)
        if row is None:
            raise ValidationError("company", "no company %1 in the register", repr(company_id))
        return int(row["version"])

    def company_as_handled(self, company_id: str, version: int) -> GroupCompany:
        """The entry as it was when a case was handled under it."""
        data = company_sql.get_company_version(self.ctx.store, company_id, version)
        return GroupCompany.from_dict(data) if data else self.company(company_id)

    def route(self, question: RoutingQuestion) -> Routing:
        return responsible_company(question, [c.coverage for c in self.companies()])

    # -- writing ---------------------------------------------------------------------------
    def ensure_seeded(self) -> None:
        """A new store starts with the register shipped in desktop/assets/companies/."""
        if company_sql.company_count(self.ctx.store):
            return
        entries = _entries_from_json(resource_path("companies", "companies.json").read_bytes())
        self._save_all(entries, action="register-seeded")

    @atomic
    def add(self, data: dict[str, Any]) -> GroupCompany:
        """A new entry; an id already in the register is refused (save() would replace it)."""
        company = GroupCompany.from_dict(data)
        if any(c.id == company.id for c in self.companies()):
            raise ValidationError("id", "is already in the register: edit that entry instead")
        self._save_all([company], action="company-added")
        return company

    @atomic
    def save(self, data: dict[str, Any]) -> GroupCompany:
        company = GroupCompany.from_dict(data)
        self._save_all([company], action="company-saved")
        return company

    @atomic
    def import_file(self, path: Path) -> list[GroupCompany]:
        """Import a JSON or CSV register; every entry is checked before any is saved."""
        data = _read_limited(path)
        suffix = path.suffix.lower()
        if suffix == ".json":
            entries = _entries_from_json(data)
        elif suffix == ".csv":
            entries = _entries_from_csv(data)
        else:
            raise ValidationError("file", "use a .json or .csv company register")
        self._save_all(entries, action="register-imported")
        return entries

    def export_file(self, path: Path) -> int:
        companies = self.companies()
        suffix = path.suffix.lower()
        if suffix == ".json":
            payload = {
                "format": REGISTER_FORMAT,
                "version": 1,
                "companies": [c.to_dict() for c in companies],
            }
            text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
        elif suffix == ".csv":
            text = _to_csv(companies)
        else:
            raise ValidationError("file", "export to a .json or .csv file")
        write_file(path, text.encode("utf-8"), store=self.ctx.store.path)
        return len(companies)

    def _save_all(self, entries: list[GroupCompany], action: str) -> None:
        ids = [e.id for e in entries]
        if len(set(ids)) != len(ids):
            raise ValidationError("id", "the same company id appears twice")
        now = self.ctx.stamp()
        before = {c.id: c.calendar for c in self.companies()}
        self._cache = None
        with self.ctx.store.transaction():
            changed = []
            for entry in entries:
                version, did_change = company_sql.save_company(self.ctx.store, entry.to_dict(), now)
                if did_change:
                    changed.append({"id": entry.id, "version": version})
            self.ctx.audit(None, action, {"companies": changed})
            versions = {c["id"]: c["version"] for c in changed}
            for entry in entries:
                if entry.id in before and before[entry.id] != entry.calendar:
                    self._recompute_deadlines(entry, versions[entry.id], now)

    def _recompute_deadlines(self, company: GroupCompany, version: int, now: str) -> None:
        """A holiday added (or taken out) by decree moves the running deadlines of the
        company's cases: each moved one says so in its history. Closed cases keep theirs."""
        store = self.ctx.store
        calendar = company.calendar
        for case in case_sql.running_cases_of_company(store, company.id):
            deadline = response_deadline(
                date.fromisoformat(case["received"]), calendar, case["paused_days"]
            )
            fields = deadline_fields(deadline, bool(case["extended"]))
            moved = {k: [case[k], val] for k, val in fields.items()
                     if k not in ("deadline_explanation", "deadline_words")
                     and case[k] != val}  # fmt: skip
            if not moved:
                continue
            # The case now runs under the entry with the new calendar: a later resume or
            # extension computes from it too.
            case_sql.update_case(
                store, case["id"], {**fields, "company_version": version, "updated_at": now}
            )
            self.ctx.audit(case["id"], "deadline-recomputed", {
                "changes": moved, "reason": f"the holiday calendar of {company.name} changed",
            })  # fmt: skip


def _read_limited(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ValidationError(
                "file", "is too large (%1 MB; at most 5 MB)", format(size / 1e6, ".1f")
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("file", "does not exist") from None
    except OSError as exc:
        raise ValidationError("file", "cannot be read (%1)", exc.strerror) from None


def _entries_from_json(data: bytes) -> list[GroupCompany]:
    try:
        payload = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError("file", "is not valid JSON (%1)", exc.__class__.__name__) from None
    items = payload.get("companies") if isinstance(payload, dict) else payload
    if not isinstance(items, list) or not items:
        raise ValidationError("file", "holds no list of companies")
    return [_entry(i, item) for i, item in enumerate(items, start=1)]


def _entry(number: int, item: Any) -> GroupCompany:
    try:
        return GroupCompany.from_dict(item)
    except ValidationError as exc:
        # ("entries", 4, "countries"): the command line prints it as "entries.4.countries".
        path = ("entries", number, *exc.path)
        raise ValidationError(path, exc.template, *exc.values) from None


def _entries_from_csv(data: bytes) -> list[GroupCompany]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("file", "is not UTF-8 text") from None
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows:
        raise ValidationError("file", "holds no companies")
    entries = []
    for number, row in enumerate(rows, start=1):
        nested: dict[str, Any] = {}
        for key, cell in row.items():
            if key is None:
                raise ValidationError(("entries", number), "has more cells than the header")
            value = cell_value(cell) if isinstance(cell, str) else cell
            if "." in key:
                parent, child = key.split(".", 1)
                nested.setdefault(parent, {})[child] = value
            else:
                nested[key] = value
        for flag in _CSV_FLAGS:
            nested[flag] = str(nested.get(flag) or "").strip().lower() in ("1", "true", "yes", "y")
        entries.append(_entry(number, nested))
    return entries


def _to_csv(companies: list[GroupCompany]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for company in companies:
        data = company.to_dict()
        row: dict[str, Any] = {}
        for key in _CSV_FIELDS:
            if "." in key:
                parent, child = key.split(".", 1)
                value = data[parent][child]
            else:
                value = data.get(key, "")
            if isinstance(value, list):
                value = "; ".join(value)
            if isinstance(value, bool):
                value = "yes" if value else "no"
            row[key] = spreadsheet_cell(value)
        writer.writerow(row)
    return out.getvalue()
