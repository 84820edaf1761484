"""Issue 8.6: an ID copy that came attached to a message is deleted with every copy once the
identity is checked: the file, the copy inside the stored original, and its pages in the file."""

from __future__ import annotations

import hashlib
from email.message import EmailMessage

import pytest

from desktop.core.errors import ValidationError
from desktop.services.intake import case_draft_from_message
from tests.conftest import SAMPLES

PASSPORT = b"\xff\xd8\xff\xe0" + b"PASSPORT-OF-ANNE-DE-VRIES-" * 400 + b"\xff\xd9"


def eml(tmp_path):
    msg = EmailMessage()
    msg["From"] = "Anne de Vries <anne@example.org>"
    msg["Subject"] = "Inzageverzoek"
    msg["Date"] = "Fri, 20 Nov 2026 10:00:00 +0100"
    msg.set_content("Hierbij mijn inzageverzoek, met een kopie van mijn paspoort.")
    msg.add_attachment(PASSPORT, maintype="image", subtype="jpeg", filename="paspoort.jpg")
    path = tmp_path / "verzoek.eml"
    path.write_bytes(msg.as_bytes())
    return path


def files_of(services, case_id):
    case = services.cases.case_file(case_id)
    return [a for item in case["correspondence"] for a in item["attachments"]]


def test_marked_id_copy_is_deleted_with_the_copy_inside_the_original(
    services, tmp_path, store_path
):
    draft = services.intake.read_message(eml(tmp_path))
    case_id = services.cases.log_case(case_draft_from_message(draft, ["access"])).id
    services.cases.pause(case_id, "Identity in doubt", on="2026-11-21")
    passport = next(a for a in files_of(services, case_id) if a["filename"] == "paspoort.jpg")
    services.cases.mark_id_document(passport["id"])
    assert services.cases.record_identity_checked(case_id, "Copy received and checked") == 1

    files = files_of(services, case_id)
    assert [a["filename"] for a in files] == ["verzoek (without ID document).eml"]
    original = services.cases.attachment(files[0]["id"])[2]
    assert b"PASSPORT-OF" not in original
    assert b"Identity document removed" in original and b"inzageverzoek" in original
    digest = hashlib.sha256(PASSPORT).hexdigest()
    assert services.ctx.store.scalar("SELECT count(*) FROM blobs WHERE sha256 = ?", (digest,)) == 0
    entry = services.cases.case_file(case_id)["audit"][-1]
    assert entry["action"] == "identity-checked" and entry["detail"]["id_documents_deleted"] == 1
    assert entry["detail"]["id_documents"][0]["sha256"] == digest
    services.close()
    raw = b"".join(p.read_bytes() for p in store_path.parent.glob(store_path.name + "*"))
    assert b"PASSPORT-OF-ANNE" not in raw  # not in the file, nor in the -wal


def test_an_outlook_original_becomes_an_eml_without_the_copy(services):
    draft = services.intake.read_message(SAMPLES / "mail" / "unicode.msg")
    case_id = services.cases.log_case(
        case_draft_from_message(draft, ["access"], received="2026-11-20")
    ).id
    tiffs = [a for a in files_of(services, case_id) if a["media_type"] == "image/tiff"]
    services.cases.mark_id_document(tiffs[0]["id"])
    assert services.cases.record_identity_checked(case_id, "Copy received and checked") == 1
    names = [a["filename"] for a in files_of(services, case_id)]
    assert len(names) == 2 and any(n.endswith("(without ID document).eml") for n in names)
    kept = next(a for a in files_of(services, case_id) if a["media_type"] == "message/rfc822")
    content = services.cases.attachment(kept["id"])[2]
    removed = services.ctx.store.scalar(
        "SELECT count(*) FROM blobs WHERE sha256 = ?", (tiffs[0]["sha256"],)
    )
    assert removed == 0 and b"Identity document removed" in content


def test_marking_is_audited_and_refused_on_closed_cases(services, tmp_path):
    draft = services.intake.read_message(eml(tmp_path))
    case_id = services.cases.log_case(case_draft_from_message(draft, ["access"])).id
    passport = next(a for a in files_of(services, case_id) if a["filename"] == "paspoort.jpg")
    services.cases.mark_id_document(passport["id"])
    services.cases.mark_id_document(passport["id"], False)
    actions = [a["action"] for a in services.cases.case_file(case_id)["audit"]]
    assert actions[-2:] == ["id-document-marked", "id-document-unmarked"]
    services.cases.close(case_id, {"access": "no-data"})
    with pytest.raises(ValidationError, match="closed"):
        services.cases.mark_id_document(passport["id"])


def test_a_reader_elsewhere_delays_the_erasure_but_never_freezes(services, tmp_path, store_path):
    """Another program reading while the ID check is recorded: the check returns at once, and
    the copy's last pages leave the file as soon as the reader is done."""
    import time

    from tests.raw_sql import sqlite3

    draft = services.intake.read_message(eml(tmp_path))
    case_id = services.cases.log_case(case_draft_from_message(draft, ["access"])).id
    passport = next(a for a in files_of(services, case_id) if a["filename"] == "paspoort.jpg")
    services.cases.mark_id_document(passport["id"])
    reader = sqlite3.connect(store_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM blobs").fetchone()  # holds a snapshot
    started = time.monotonic()
    services.cases.record_identity_checked(case_id, "Copy received and checked")
    assert time.monotonic() - started < 3  # not the 10 s busy wait
    assert services.ctx.store.erasure_pending
    reader.execute("COMMIT")
    reader.close()
    assert services.finish_erasure() is False
    raw = b"".join(p.read_bytes() for p in store_path.parent.glob(store_path.name + "*"))
    assert b"PASSPORT-OF-ANNE" not in raw


def test_the_original_message_itself_cannot_be_marked(services, tmp_path):
    draft = services.intake.read_message(eml(tmp_path))
    case_id = services.cases.log_case(case_draft_from_message(draft, ["access"])).id
    original = next(a for a in files_of(services, case_id) if a["is_original"])
    with pytest.raises(ValidationError, match="mark the attached scan"):
        services.cases.mark_id_document(original["id"])


def test_the_same_scan_filed_in_another_case_goes_too(services, tmp_path):
    from desktop.services.cases import Attachment, CaseDraft, Requester

    draft = services.intake.read_message(eml(tmp_path))
    first = services.cases.log_case(case_draft_from_message(draft, ["access"])).id
    second = services.cases.log_case(CaseDraft(
        channel="letter", received="2026-11-21", types=["erasure"],
        requester=Requester(name="Anne de Vries"),
        attachments=[Attachment("scan.jpg", "image/jpeg", PASSPORT)],
    )).id  # fmt: skip
    passport = next(a for a in files_of(services, first) if a["filename"] == "paspoort.jpg")
    services.cases.mark_id_document(passport["id"])
    services.cases.record_identity_checked(first, "Copy received and checked")
    assert files_of(services, second) == []
    assert services.cases.case_file(second)["audit"][-1]["action"] == "id-document-deleted"
    digest = hashlib.sha256(PASSPORT).hexdigest()
    assert services.ctx.store.scalar("SELECT count(*) FROM blobs WHERE sha256 = ?", (digest,)) == 0


def test_an_unreadable_original_without_a_marked_document_is_kept(services, tmp_path):
    from desktop.services.cases import Attachment, CaseDraft, Requester

    case_id = services.cases.log_case(CaseDraft(
        channel="email", received="2026-11-20", types=["access"],
        requester=Requester(name="Anne"),
        attachments=[Attachment("odd.msg", "application/vnd.ms-outlook", b"\xd0\xcf\x11\xe0junk",
                                is_original=True)],
    )).id  # fmt: skip
    services.cases.add_correspondence(
        case_id, "in", "letter", "2026-11-22", "ID", attachments=[
            Attachment("id.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"1" * 64)],
    )  # fmt: skip
    scan = next(a for a in files_of(services, case_id) if a["filename"] == "id.png")
    services.cases.mark_id_document(scan["id"])
    services.cases.record_identity_checked(case_id, "Copy received and checked")
    assert [a["filename"] for a in files_of(services, case_id)] == ["odd.msg"]
