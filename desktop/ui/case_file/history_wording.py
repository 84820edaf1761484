"""The case's history in words an officer reads: audit entries, field names, file kinds, times.

Stored values stay codes; the words are made here, at display time, through Qt's translation.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.cases import CaseStatus
from desktop.core.codes import id_check_label
from desktop.core.requests import Channel, Outcome, RequestType
from desktop.ui.text import (
    channel_label,
    enum_label,
    file_kind,
    file_size,
    nice_date,
    plural,
    translated,
)

_CONTEXT = "CaseFileDialog"
CUSTOMER_LABELS = {
    "consumer": QT_TRANSLATE_NOOP("CaseFileDialog", "Consumer"),
    "business": QT_TRANSLATE_NOOP("CaseFileDialog", "Business customer"),
}
LANGUAGE_LABELS = {
    "nl": QT_TRANSLATE_NOOP("CaseFileDialog", "Dutch"),
    "de": QT_TRANSLATE_NOOP("CaseFileDialog", "German"),
    "en": QT_TRANSLATE_NOOP("CaseFileDialog", "English"),
}
ACTION_LABELS = {
    "case-logged": QT_TRANSLATE_NOOP("CaseFileDialog", "Case logged"),
    "case-corrected": QT_TRANSLATE_NOOP("CaseFileDialog", "Case corrected"),
    "deadline-recomputed": QT_TRANSLATE_NOOP("CaseFileDialog", "Deadline recomputed"),
    "rectification-recorded": QT_TRANSLATE_NOOP("CaseFileDialog", "Rectification recorded"),
    "restriction-recorded": QT_TRANSLATE_NOOP("CaseFileDialog", "Restriction recorded"),
    "access-facts-recorded": QT_TRANSLATE_NOOP("CaseFileDialog", "Access answer recorded"),
    "case-paused": QT_TRANSLATE_NOOP("CaseFileDialog", "Asked for identification"),
    "case-resumed": QT_TRANSLATE_NOOP("CaseFileDialog", "Information received"),
    "identity-checked": QT_TRANSLATE_NOOP("CaseFileDialog", "Identity checked"),
    "case-extended": QT_TRANSLATE_NOOP("CaseFileDialog", "Deadline extended"),
    "case-transferred": QT_TRANSLATE_NOOP("CaseFileDialog", "Transferred"),
    "case-closed": QT_TRANSLATE_NOOP("CaseFileDialog", "Case closed"),
    "case-exported-for-authority": QT_TRANSLATE_NOOP("CaseFileDialog", "Exported for an authority"),
    "case-reopened": QT_TRANSLATE_NOOP("CaseFileDialog", "Case reopened"),
    "note-added": QT_TRANSLATE_NOOP("CaseFileDialog", "Note added"),
    "correspondence-added": QT_TRANSLATE_NOOP("CaseFileDialog", "Correspondence added"),
    "case-linked": QT_TRANSLATE_NOOP("CaseFileDialog", "Case linked"),
    "marketing-recorded": QT_TRANSLATE_NOOP("CaseFileDialog", "Marketing objection upheld"),
    "unsubscribe-recorded": QT_TRANSLATE_NOOP("CaseFileDialog", "Unsubscribe confirmed"),
    "objection-assessed": QT_TRANSLATE_NOOP("CaseFileDialog", "Objection assessed"),
    "restriction-set": QT_TRANSLATE_NOOP("CaseFileDialog", "Restriction changed"),
    "withdrawal-recorded": QT_TRANSLATE_NOOP("CaseFileDialog", "Withdrawal recorded"),
    "erasure-decided": QT_TRANSLATE_NOOP("CaseFileDialog", "Erasure decided"),
    "notice-recorded": QT_TRANSLATE_NOOP("CaseFileDialog", "Art. 19 notice recorded"),
    "notices-opened": QT_TRANSLATE_NOOP("CaseFileDialog", "Recipients added to notify"),
    "hold-set": QT_TRANSLATE_NOOP("CaseFileDialog", "Hold set"),
    "hold-lifted": QT_TRANSLATE_NOOP("CaseFileDialog", "Hold lifted"),
    "blocked-data-deleted": QT_TRANSLATE_NOOP("CaseFileDialog", "Blocked data deleted"),
    "id-document-marked": QT_TRANSLATE_NOOP("CaseFileDialog", "Marked as an identity document"),
    "id-document-unmarked": QT_TRANSLATE_NOOP("CaseFileDialog", "No longer an identity document"),
    "id-document-deleted": QT_TRANSLATE_NOOP("CaseFileDialog", "Identity document deleted"),
    "letter-sent": QT_TRANSLATE_NOOP("CaseFileDialog", "Letter sent"),
}
# Audit fields that repeat another line or are machine detail; the history leaves them out.
_QUIET_FIELDS = {
    "deadline_explanation", "deadline_words", "routing_words", "updated_at", "company_version",
    "company_id",
    "routing_rule",
    "routing_reason", "routing_warning", "routing_override", "sha256", "reference",
}  # fmt: skip
_FIELD_NAMES = {
    "status": QT_TRANSLATE_NOOP("CaseFileDialog", "status"),
    "channel": QT_TRANSLATE_NOOP("CaseFileDialog", "channel"),
    "received": QT_TRANSLATE_NOOP("CaseFileDialog", "received"),
    "types": QT_TRANSLATE_NOOP("CaseFileDialog", "requests"),
    "company": QT_TRANSLATE_NOOP("CaseFileDialog", "company"),
    "company_name": QT_TRANSLATE_NOOP("CaseFileDialog", "company"),
    "attachments": QT_TRANSLATE_NOOP("CaseFileDialog", "files"),
    "direction": QT_TRANSLATE_NOOP("CaseFileDialog", "direction"),
    "reason": QT_TRANSLATE_NOOP("CaseFileDialog", "reason"),
    "note": QT_TRANSLATE_NOOP("CaseFileDialog", "note"),
    "outcomes": QT_TRANSLATE_NOOP("CaseFileDialog", "outcomes"),
    "extended": QT_TRANSLATE_NOOP("CaseFileDialog", "extended"),
    "length": QT_TRANSLATE_NOOP("CaseFileDialog", "note length"),
    "on": QT_TRANSLATE_NOOP("CaseFileDialog", "checked on"),
    "how": QT_TRANSLATE_NOOP("CaseFileDialog", "checked how"),
    "paused_since": QT_TRANSLATE_NOOP("CaseFileDialog", "paused since"),
    "paused_days": QT_TRANSLATE_NOOP("CaseFileDialog", "days paused in all"),
    "days_paused": QT_TRANSLATE_NOOP("CaseFileDialog", "days paused"),
    "current_due": QT_TRANSLATE_NOOP("CaseFileDialog", "due"),
    "due": QT_TRANSLATE_NOOP("CaseFileDialog", "one-month deadline"),
    "extended_due": QT_TRANSLATE_NOOP("CaseFileDialog", "extended deadline"),
    "extension_reason": QT_TRANSLATE_NOOP("CaseFileDialog", "extension reasons"),
    "closed_at": QT_TRANSLATE_NOOP("CaseFileDialog", "closed on"),
    "id_documents_deleted": QT_TRANSLATE_NOOP("CaseFileDialog", "ID copies deleted"),
    "id_documents": QT_TRANSLATE_NOOP("CaseFileDialog", "deleted for good"),
    "linked_to": QT_TRANSLATE_NOOP("CaseFileDialog", "linked to"),
    "channels": QT_TRANSLATE_NOOP("CaseFileDialog", "channels"),
    "effective": QT_TRANSLATE_NOOP("CaseFileDialog", "effective from"),
    "suppression_entries": QT_TRANSLATE_NOOP("CaseFileDialog", "suppression entries"),
    "notices_opened": QT_TRANSLATE_NOOP("CaseFileDialog", "recipients to notify"),
    "recipients": QT_TRANSLATE_NOOP("CaseFileDialog", "recipients to notify"),
    "recipient": QT_TRANSLATE_NOOP("CaseFileDialog", "recipient"),
    "purposes": QT_TRANSLATE_NOOP("CaseFileDialog", "processing"),
    "consents": QT_TRANSLATE_NOOP("CaseFileDialog", "consents"),
    "systems": QT_TRANSLATE_NOOP("CaseFileDialog", "systems"),
    "decision": QT_TRANSLATE_NOOP("CaseFileDialog", "decision"),
    "type": QT_TRANSLATE_NOOP("CaseFileDialog", "request"),
    "items": QT_TRANSLATE_NOOP("CaseFileDialog", "data"),
    "blocked": QT_TRANSLATE_NOOP("CaseFileDialog", "blocked data"),
    "restricted": QT_TRANSLATE_NOOP("CaseFileDialog", "restricted"),
    "carried_out": QT_TRANSLATE_NOOP("CaseFileDialog", "carried out on"),
    "corrected": QT_TRANSLATE_NOOP("CaseFileDialog", "rectified"),
    "none_disclosed": QT_TRANSLATE_NOOP("CaseFileDialog", "disclosed to nobody"),
}
# The same key means another thing after another action: "on" is the day of the deletion here.
_ACTION_FIELD_NAMES = {
    ("blocked-data-deleted", "on"): QT_TRANSLATE_NOOP("CaseFileDialog", "deleted on"),
    ("notice-recorded", "status"): QT_TRANSLATE_NOOP("CaseFileDialog", "notice"),
}
_DECISIONS = {
    "upheld": QT_TRANSLATE_NOOP("CaseFileDialog", "upheld"),
    "partly": QT_TRANSLATE_NOOP("CaseFileDialog", "partly upheld"),
    "rejected": QT_TRANSLATE_NOOP("CaseFileDialog", "rejected"),
}
_NOTICE_STATES = {
    "open": QT_TRANSLATE_NOOP("CaseFileDialog", "to notify"),
    "notified": QT_TRANSLATE_NOOP("CaseFileDialog", "notified"),
    "exempt": QT_TRANSLATE_NOOP("CaseFileDialog", "exempt"),
}
_DIRECTIONS = {
    "in": QT_TRANSLATE_NOOP("CaseFileDialog", "incoming"),
    "out": QT_TRANSLATE_NOOP("CaseFileDialog", "outgoing"),
}


def safe_filename(name: str, media_type: str) -> str:
    """A name any file system accepts, keeping letters and the extension the viewer needs."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    base = "".join(c if c.isalnum() or c in "._- " else "_" for c in base).strip(" .")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    if not suffix or len(suffix) > 8:
        guessed = mimetypes.guess_extension(media_type or "") or ".bin"
        stem, suffix = base, guessed.lstrip(".")
    stem = (stem or "attachment")[:80]
    return f"{stem}.{suffix}"


def audit_summary(
    detail: dict[str, Any], names: dict[str, str] | None = None, action: str = ""
) -> str:
    """The audit detail as lines an officer reads: "status: Open → Closed", "reason: …".

    `names` turns ids into what the officer knows: "company:<id>", "case:<id>",
    "recipient:<id>", "purpose:<id>" and "blocked:<id>" keys. `action` names fields whose
    meaning depends on it.
    """
    names = names or {}
    lines = []
    for key, change in (detail.get("changes") or {}).items():
        if key in _QUIET_FIELDS:
            continue
        before, after = (_audit_value(key, v, names, action) for v in change)
        lines.append(f"{_field_name(key, action)}: {before} → {after}")
    for key, value in detail.items():
        if key == "changes" or key in _QUIET_FIELDS or value in (None, "", [], {}):
            continue
        if key == "days_paused" and not value:
            continue
        lines.append(f"{_field_name(key, action)}: {_audit_value(key, value, names, action)}")
    return "\n".join(lines)


def _field_name(key: str, action: str = "") -> str:
    if (action, key) in _ACTION_FIELD_NAMES:
        return translated(_ACTION_FIELD_NAMES[(action, key)])
    return translated(_FIELD_NAMES[key]) if key in _FIELD_NAMES else key.replace("_", " ")


def _audit_value(key: str, value: Any, names: dict[str, str], action: str = "") -> str:
    if value is None or value == "":
        return "—"
    if key == "status":
        if action == "notice-recorded":  # an Art. 19 notice's state, not the case's
            return translated(_NOTICE_STATES.get(value, value))
        return enum_label(CaseStatus, value)
    if key == "channel":
        return enum_label(Channel, value)
    if key == "direction":
        return translated(_DIRECTIONS.get(value, value))
    if key == "types":
        return ", ".join(enum_label(RequestType, t) for t in value)
    if key == "company":
        return names.get(f"company:{value}", str(value))
    if key == "linked_to":
        ids = value if isinstance(value, list) else [value]
        return ", ".join(names.get(f"case:{v}", f"#{v}") for v in ids)
    if key == "outcomes" and isinstance(value, dict):
        return ", ".join(
            f"{enum_label(RequestType, t)}: {enum_label(Outcome, o)}" for t, o in value.items()
        )
    if key == "attachments" and isinstance(value, list):
        files = "; ".join(
            f"{file_kind(a.get('media_type', ''))}, {file_size(a.get('size', 0))}" for a in value
        )
        count = plural(len(value), translated("1 file"), translated("%1 files"))
        return f"{count} ({files})"
    if key == "length":
        return translated("%1 characters").replace("%1", str(value))
    if key in ("extended", "restricted", "none_disclosed"):
        return translated("yes") if value else translated("no")
    if key == "type":
        return enum_label(RequestType, value)
    if key == "decision":
        return translated(_DECISIONS.get(value, value))
    if key == "channels" and isinstance(value, list):
        return ", ".join(channel_label(c) for c in value)
    if key in ("notices_opened", "recipients", "recipient", "purposes", "consents", "blocked"):
        prefix = {"notices_opened": "recipient", "recipients": "recipient", "consents": "purpose",
                  "purposes": "purpose"}.get(key, key)  # fmt: skip
        ids = value if isinstance(value, list) else [value]
        return ", ".join(names.get(f"{prefix}:{v}", str(v)) for v in ids)
    if key == "suppression_entries" and isinstance(value, list):
        return plural(len(value), translated("1 entry"), translated("%1 entries"))
    if key == "systems" and isinstance(value, list):
        return ", ".join(
            f"{s.get('system')} ({translated('updated') if s.get('updated') else translated('pending')})"
            for s in value
            if isinstance(s, dict)
        )
    if key == "items" and isinstance(value, list):
        return "; ".join(_erasure_item(item) for item in value if isinstance(item, dict))
    if key == "how" and isinstance(value, str):
        return translated(id_check_label(value))
    if key == "id_documents" and isinstance(value, list):
        return "; ".join(_deleted_copy(item) for item in value if isinstance(item, dict))
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return nice_date(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return " ".join(str(value).split())


def _deleted_copy(item: dict[str, Any]) -> str:
    if "rewritten" in item:
        return translated("%1 kept without the ID copy").replace("%1", str(item["rewritten"]))
    return (
        f"{item.get('filename')} ({file_kind(item.get('media_type', ''))}, "
        f"{file_size(item.get('size', 0))}, SHA-256 {str(item.get('sha256'))[:12]}…)"
    )


def _erasure_item(item: dict[str, Any]) -> str:
    if item.get("erased"):
        return translated("%1 erased").replace("%1", str(item.get("category")))
    return (
        translated("%1 blocked until %2")
        .replace("%1", str(item.get("category")))
        .replace("%2", nice_date(item.get("blocked_until")))
    )
