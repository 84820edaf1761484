"""Identity documents: marked on any file of a case, deleted with every copy once checked."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.errors import ValidationError
from desktop.services.context import ServiceContext
from desktop.store import attachments as attachment_sql
from desktop.store import cases as case_sql

_REMOVED = (
    "[Identity document removed on {day} after the identity check: %s. "
    "No copy is kept (EDPB Guidelines 01/2022).]"
)


def mark_id_document(ctx: ServiceContext, attachment_id: int, is_id: bool) -> int:
    """Mark a stored file as an identity document (or not); returns its case. Audited."""
    row = attachment_sql.get_attachment(ctx.store, attachment_id)
    if row is None:
        raise ValidationError("attachment", "no such file (deleted?)")
    case = case_sql.get_case(ctx.store, row["case_id"])
    if case["status"] == "closed":
        raise ValidationError("status", "the case is closed")
    from desktop.intake.redact import REDACTABLE  # intake is loaded when a file is at hand

    if is_id and row["is_original"] and row["media_type"] in REDACTABLE:
        raise ValidationError(
            "attachment", "the original message is the request itself: mark the attached scan "
            "instead; it is cut out of the original when the check is recorded",
        )  # fmt: skip
    if bool(row["is_id_document"]) == is_id:
        return row["case_id"]
    attachment_sql.set_id_document(ctx.store, attachment_id, is_id)
    ctx.audit(
        row["case_id"],
        "id-document-marked" if is_id else "id-document-unmarked",
        {"attachment": attachment_id, "sha256": row["sha256"], "media_type": row["media_type"]},
    )
    return row["case_id"]


def delete_id_documents(ctx: ServiceContext, case_id: int, day: date) -> list[dict[str, Any]]:
    """Delete the case's identity documents, and rewrite each original message that carried
    one without it. Returns what was deleted (file name, type, size, SHA-256) for the audit.
    The caller holds the transaction."""
    files = attachment_sql.attachments_of_case(ctx.store, case_id)
    documents = [f for f in files if f["is_id_document"]]
    if not documents:
        return []
    removed = {d["sha256"]: d["filename"] for d in documents}
    records = [
        {"filename": d["filename"], "media_type": d["media_type"], "size": d["size"],
         "sha256": d["sha256"], "deleted": day.isoformat()}
        for d in documents
    ]  # fmt: skip
    carriers = {d["item_id"] for d in documents}  # the messages the documents came with
    for document in documents:
        attachment_sql.delete_attachment(ctx.store, document["id"])
    # The same scan filed in another case (a second request, say) is the same copy: it goes too.
    for twin in attachment_sql.attachments_with_content(ctx.store, set(removed)):
        attachment_sql.delete_attachment(ctx.store, twin["id"])
        ctx.audit(
            twin["case_id"], "id-document-deleted",
            {"sha256": twin["sha256"], "media_type": twin["media_type"],
             "with_case": case_id, "deleted": day.isoformat()},
        )  # fmt: skip
    from desktop.intake.redact import REDACTABLE, without_documents

    for original in files:
        if original["is_id_document"] or original["media_type"] not in REDACTABLE:
            continue
        content = attachment_sql.get_blob(ctx.store, original["sha256"])
        try:
            rewritten = without_documents(
                content, original["media_type"], removed, _REMOVED.format(day=day.isoformat())
            )
        except Exception:
            if original["item_id"] not in carriers:
                continue  # it carried no marked document: the evidence stays
            rewritten = b""  # it carried one and cannot be cut: none is kept
        if rewritten is None:
            continue
        records.append(_replace_original(ctx, original, rewritten))
    return records


def _replace_original(ctx: ServiceContext, original: dict[str, Any], content: bytes) -> dict:
    """Stored files never change (trigger): the original is replaced by a new one."""
    stem = original["filename"].rsplit(".", 1)[0]
    record = {"rewritten": original["filename"], "old_sha256": original["sha256"]}
    attachment_sql.delete_attachment(ctx.store, original["id"])
    if not content:
        record["new_sha256"] = None
        return record
    sha = attachment_sql.put_blob(ctx.store, content)
    attachment_sql.insert_attachment(
        ctx.store,
        {
            "item_id": original["item_id"],
            "filename": f"{stem} (without ID document).eml",
            "media_type": "message/rfc822",
            "size": len(content),
            "sha256": sha,
            "is_original": 1,
            "is_id_document": 0,
        },
    )
    record["new_sha256"] = sha
    return record
