"""Altered behind Privacy Desk's back, with sqlite3 and the triggers out of the way: `store
verify` names what was altered and the case it belongs to; what the program itself deletes (a
purge after the retention, an ID copy after the check) is no finding."""

from __future__ import annotations

import json

import pytest

from desktop.app import build_services
from desktop.core.errors import StoreError
from desktop.core.letter_types import LetterType
from desktop.services.cases import Attachment, CaseDraft, Requester
from desktop.store.ledger import head
from desktop.store.tamper import expected_triggers, tampering
from tests.letterhead_support import complete_letterhead
from tests.raw_sql import sqlite3


def logged(services, *types, email="anne@example.org", attachments=()):
    return services.cases.log_case(
        CaseDraft(
            channel="email",
            received="2026-11-20",
            types=list(types),
            requester=Requester(name="Anne de Vries", email=email, language="nl"),
            attachments=list(attachments),
        )
    )


@pytest.fixture
def office(services, store_path):
    """A store with a letter sent, a file kept and a suppression entry; then closed."""
    complete_letterhead(services)
    case = logged(services, "unsubscribe", attachments=[
        Attachment("brief.pdf", "application/pdf", b"%PDF-1.4 the request", True),
    ])  # fmt: skip
    services.decisions.confirm_unsubscribe(case.id)
    draft = services.letters.draft(case.id, LetterType.ACKNOWLEDGEMENT)
    letter_id = services.letters.record_sent(draft, "2026-11-23", "email")
    assert tampering(services.ctx.store) == []
    services.close()
    return {"path": store_path, "case": case, "letter": letter_id}


def verify(office):
    services = build_services(office["path"])
    try:
        return [str(f) for f in tampering(services.ctx.store)]
    finally:
        services.close()


def by_hand(office, *statements):
    """sqlite3 as an attacker uses it: each trigger in the way dropped, then made again."""
    conn = sqlite3.connect(office["path"], isolation_level=None)
    triggers = expected_triggers()
    for statement in statements:
        conn.execute(statement)
    for name, sql in triggers.items():  # put back whatever a statement dropped
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
            conn.execute(sql)
    conn.close()


def test_a_deleted_letter_is_named_with_its_case(office):
    by_hand(
        office,
        "DROP TRIGGER letters_deleted_only_as_recorded",
        f"DELETE FROM letters WHERE id = {office['letter']}",
    )
    found = verify(office)
    reference = office["case"].reference
    assert (
        f"letter {office['letter']} (case {reference}): was deleted outside Privacy Desk" in found
    )


def test_a_forged_audit_entry_is_named(office):
    by_hand(
        office,
        "INSERT INTO audit_log (at, who, case_id, action, detail) VALUES "
        f"('2026-11-24T09:00:00', 'officer', {office['case'].id}, 'case-closed', '{{}}')",
    )
    found = verify(office)
    assert any(
        f.startswith("audit entry") and office["case"].reference in f and "not in the ledger" in f
        for f in found
    ), found


def test_history_rewritten_with_the_triggers_dropped_and_made_again(office):
    by_hand(
        office,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET who = 'someone else' WHERE action = 'case-logged'",
    )
    found = verify(office)
    assert any("was changed outside Privacy Desk" in f and "audit entry" in f for f in found)
    assert not any(f.startswith("trigger") for f in found)  # made again exactly as it was


def test_a_replaced_letter_pdf_is_named(office):
    conn = sqlite3.connect(office["path"])
    sha = conn.execute("SELECT sha256 FROM letters WHERE id = ?", (office["letter"],)).fetchone()
    conn.close()
    by_hand(
        office,
        "DROP TRIGGER blobs_unchangeable",
        f"UPDATE blobs SET content = X'255044462D666F72676564' WHERE sha256 = '{sha[0]}'",
    )
    found = verify(office)
    assert (
        f"stored file {sha[0][:12]} (case {office['case'].reference}): its bytes were "
        "replaced outside Privacy Desk" in found
    )


def test_a_deleted_suppression_entry_is_named_with_its_case(office):
    by_hand(office, "DROP TRIGGER suppressions_never_deleted", "DELETE FROM suppressions")
    found = verify(office)
    assert any(
        f.startswith("suppression entry") and office["case"].reference in f and "deleted" in f
        for f in found
    ), found


def test_a_changed_suppression_entry_and_a_dropped_trigger_are_named(office):
    by_hand(office, "UPDATE suppressions SET email = 'other@example.org'")
    conn = sqlite3.connect(office["path"], isolation_level=None)
    conn.execute("DROP TRIGGER ledger_no_delete")
    conn.close()
    found = verify(office)
    assert any(f.startswith("suppression entry") and "changed" in f for f in found)
    assert "trigger ledger_no_delete: was dropped" in found


def test_a_rebuilt_ledger_tail_breaks_the_chain_or_leaves_entries_out(office):
    by_hand(
        office,
        "DROP TRIGGER ledger_no_update",
        "UPDATE ledger SET content = 'x' WHERE id = 3",
    )
    assert "the ledger: its chain is broken at entry 3" in verify(office)


def test_the_program_refuses_to_delete_a_letter_or_a_file_itself(office):
    conn = sqlite3.connect(office["path"])
    with pytest.raises(sqlite3.IntegrityError, match="deleted only"):
        conn.execute("DELETE FROM letters")
    with pytest.raises(sqlite3.IntegrityError, match="deleted only"):
        conn.execute("DELETE FROM blobs")
    conn.close()


def test_what_the_program_deletes_itself_is_no_finding(services, clock):
    """An ID copy deleted after the check and a case purged after its retention."""
    complete_letterhead(services)
    passport = Attachment("passport.jpg", "image/jpeg", b"\xff\xd8PASSPORT\xff\xd9", False)
    case = logged(services, "access", attachments=[passport])
    services.cases.pause(case.id, "Identity in doubt", on="2026-11-21")
    scan = services.cases.case_file(case.id)["correspondence"][0]["attachments"][0]
    services.cases.mark_id_document(scan["id"])
    services.cases.record_identity_checked(case.id, "Checked")
    draft = services.letters.draft(case.id, LetterType.ACKNOWLEDGEMENT)
    services.letters.record_sent(draft, "2026-11-23", "email")
    services.cases.close(case.id, {"access": "granted"})
    clock.moment = clock.moment.replace(year=2031)
    services.cases.purge(case.id, "Retention of the case file ended")
    assert tampering(services.ctx.store) == []
    before = head(services.ctx.store)
    services.ctx.audit(None, "test-entry", {})
    assert head(services.ctx.store).entries == before.entries + 1


def test_a_store_from_before_the_ledger_is_entered_when_opened(services, store_path):
    """Migration 0011 enters what an older store holds: it verifies clean."""
    logged(services, "access")
    services.close()
    conn = sqlite3.connect(store_path, isolation_level=None)
    for name in ("letters_deleted_only_as_recorded", "blobs_deleted_only_as_recorded",
                 "ledger_no_update", "ledger_no_delete"):  # fmt: skip
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE ledger")
    conn.execute("PRAGMA user_version = 10")
    conn.close()
    reopened = build_services(store_path)
    try:
        entries = head(reopened.ctx.store).entries
        audit = reopened.ctx.store.scalar("SELECT count(*) FROM audit_log")
        assert entries >= audit > 0
        assert tampering(reopened.ctx.store) == []
    finally:
        reopened.close()


def test_verify_on_the_command_line_names_the_finding_and_fails(office, run, capsys):
    by_hand(office, "DROP TRIGGER suppressions_never_deleted", "DELETE FROM suppressions")
    code, out, err = run("store", "verify", "--json")
    assert code == 1
    report = json.loads(out)
    assert report["altered"] and "suppression entry" in report["altered"][0]
    assert report["ledger"]["entries"] > 0


def test_verify_refuses_a_store_that_is_not_there(tmp_path, run):
    code, _out, err = run("--db", str(tmp_path / "none.sqlite"), "store", "verify")
    assert code == 2 and "no store" in err
    assert StoreError  # the message is the store's own


def test_a_replaced_or_deleted_file_is_refused_when_read_never_served(office, clock):
    conn = sqlite3.connect(office["path"])
    sha = conn.execute("SELECT sha256 FROM letters WHERE id = ?", (office["letter"],)).fetchone()[0]
    conn.close()
    by_hand(
        office,
        "DROP TRIGGER blobs_unchangeable",
        f"UPDATE blobs SET content = X'255044462D666F72676564' WHERE sha256 = '{sha}'",
    )
    services = build_services(office["path"], clock)
    try:
        with pytest.raises(StoreError, match="not the file that was stored"):
            services.letters.letter_pdf(office["letter"])
        case = services.cases.case_file(office["case"].id)
        original = next(a for i in case["correspondence"] for a in i["attachments"]
                        if a["filename"] == "brief.pdf")  # fmt: skip
        assert services.cases.attachment(original["id"])[2] == b"%PDF-1.4 the request"
    finally:
        services.close()
    by_hand(office, "DROP TRIGGER blobs_deleted_only_as_recorded", "DELETE FROM blobs")
    services = build_services(office["path"], clock)
    try:
        with pytest.raises(StoreError, match="missing"):
            services.cases.attachment(original["id"])
    finally:
        services.close()


def test_the_authority_export_is_checked_with_standard_tools(office, clock, tmp_path):
    import shutil
    import subprocess

    services = build_services(office["path"], clock)
    try:
        report = services.authority_export.export(office["case"].id, tmp_path / "for-ap")
        folder = tmp_path / "for-ap" / office["case"].reference
        assert report["folder"] == str(folder)
        names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        assert "SHA256SUMS" in names and "manifest.json" in names and "audit.json" in names
        assert any(n.startswith("letters/01-2026-11-23-acknowledgement") for n in names)
        assert "files/" + next(n.split("/")[1] for n in names if n.endswith("brief.pdf")) in names
        manifest = json.loads((folder / "manifest.json").read_text())
        assert manifest["ledger"]["head"] == report["ledger"]["head"]
        letter = next(folder.glob("letters/*.pdf")).read_bytes()
        assert letter == services.letters.letter_pdf(office["letter"])
        audit = services.cases.case_file(office["case"].id)["audit"][-1]
        assert audit["action"] == "case-exported-for-authority"
        if shutil.which("sha256sum"):
            check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder,
                                   capture_output=True, text=True)  # fmt: skip
            assert check.returncode == 0, check.stdout
        assert oct(folder.stat().st_mode & 0o777) == "0o700"
    finally:
        services.close()


def test_the_authority_export_stops_at_an_altered_file(office, clock, tmp_path):
    by_hand(office, "DROP TRIGGER blobs_unchangeable", "UPDATE blobs SET content = X'00'")
    services = build_services(office["path"], clock)
    try:
        with pytest.raises(StoreError, match="altered outside Privacy Desk"):
            services.authority_export.export(office["case"].id, tmp_path / "for-ap")
        assert not (tmp_path / "for-ap").exists()
    finally:
        services.close()


def rebuild_ledger(path):
    """An attacker who knows the scheme: rewrite every entry's content hash and chain."""
    from desktop.core.ledger import GENESIS, content_hash, link

    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("DROP TRIGGER ledger_no_update")
    previous = GENESIS
    for entry in conn.execute("SELECT * FROM ledger ORDER BY id").fetchall():
        content = entry["content"]
        if entry["kind"] == "audit" and not entry["deleted"]:
            row = dict(conn.execute("SELECT * FROM audit_log WHERE id = ?", (int(entry["ref"]),))
                       .fetchone())  # fmt: skip
            content = content_hash("audit", row)
        previous = link(previous, entry["kind"], entry["ref"], content, bool(entry["deleted"]))
        conn.execute("UPDATE ledger SET content = ?, chain = ? WHERE id = ?",
                     (content, previous, entry["id"]))  # fmt: skip
    conn.execute(expected_triggers()["ledger_no_update"])
    conn.close()


def test_a_ledger_rebuilt_from_scratch_is_caught_by_a_backups_head(
    office, run, monkeypatch, tmp_path
):
    monkeypatch.setenv("PRIVACYDESK_BACKUP_DIR", str(tmp_path / "backups"))
    assert run("--db", str(office["path"]), "store", "backup")[0] == 0
    by_hand(office, "DROP TRIGGER audit_log_no_update",
            "UPDATE audit_log SET who = 'someone else' WHERE id = 1")  # fmt: skip
    rebuild_ledger(office["path"])
    assert verify(office) == []  # the chain alone cannot tell: it was rebuilt consistently
    code, _out, err = run("--db", str(office["path"]), "store", "verify")
    assert code == 1 and "history before that backup was rewritten" in err


def test_an_audit_entry_entered_twice_is_a_rewrite(office):
    from desktop.core.ledger import link

    conn = sqlite3.connect(office["path"], isolation_level=None)
    last = conn.execute("SELECT chain FROM ledger ORDER BY id DESC LIMIT 1").fetchone()[0]
    chain = link(last, "audit", "1", "0" * 64, False)
    conn.execute("INSERT INTO ledger (kind, ref, case_id, content, deleted, chain) "
                 "VALUES ('audit', '1', NULL, ?, 0, ?)", ("0" * 64, chain))  # fmt: skip
    conn.close()
    assert "audit entry 1: was entered twice in the ledger: rewritten" in verify(office)


def test_a_trigger_added_behind_the_programs_back_is_named(office):
    by_hand(office, "CREATE TRIGGER quiet AFTER INSERT ON suppressions "
                    "BEGIN UPDATE suppressions SET phone_key = NULL WHERE id = NEW.id; END")  # fmt: skip
    assert "trigger quiet: was added outside Privacy Desk" in verify(office)


def test_a_phone_match_key_changed_by_hand_is_named(services, store_path, clock):
    case = logged(services, "unsubscribe")
    services.ctx.store.execute("UPDATE requesters SET phone = '+31 6 1234 5678'")
    services.decisions.confirm_unsubscribe(case.id)
    services.close()
    conn = sqlite3.connect(store_path, isolation_level=None)
    conn.execute("UPDATE suppressions SET phone_key = NULL")  # no trigger in the way
    conn.close()
    office = {"path": store_path}
    assert any("phone match key" in f and case.reference in f for f in verify(office))


def test_a_forged_permission_to_delete_a_letter_is_named(office):
    """No trigger dropped: a ledger entry that says "deleted" lets the delete through, but no
    purge or identity check of the case explains it."""
    from desktop.core.ledger import link

    conn = sqlite3.connect(office["path"], isolation_level=None)
    last = conn.execute("SELECT chain FROM ledger ORDER BY id DESC LIMIT 1").fetchone()[0]
    ref = str(office["letter"])
    conn.execute(
        "INSERT INTO ledger (kind, ref, case_id, content, deleted, chain) VALUES "
        "('letter', ?, ?, '', 1, ?)",
        (ref, office["case"].id, link(last, "letter", ref, "", True)),
    )
    conn.execute("DELETE FROM letters WHERE id = ?", (office["letter"],))
    conn.close()
    found = verify(office)
    assert (
        f"letter {ref} (case {office['case'].reference}): was deleted without a purge or an "
        "identity check of its case"
    ) in found
