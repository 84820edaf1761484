"""Issue 14.4: follow-up correspondence. A reply quoting its case's reference lands in that case
(from the command line too); a scan, a phone note or an email sent from the mail program is
filed in an existing case with its files, each one transaction with its audit entry."""

from __future__ import annotations

import json
from email.message import EmailMessage

import pytest

from desktop.core.errors import ValidationError
from desktop.services.cases import CaseDraft, Requester
from desktop.services.follow_up import references_in


def log(services, name="Anne de Vries", email="anne@example.org", received="2026-11-10"):
    who = Requester(name=name, email=email, language="nl")
    draft = CaseDraft(requester=who, channel="email", received=received, types=["access"])
    return services.cases.log_case(draft)


def reply(tmp_path, subject: str, sender="anne@example.org", body="Mijn klantnummer is 4711.",
          name="reply.eml"):  # fmt: skip
    message = EmailMessage()
    message["From"] = f"Anne de Vries <{sender}>"
    message["To"] = "privacy@hoffmann.example"
    message["Subject"] = subject
    message["Date"] = "Mon, 23 Nov 2026 09:12:00 +0100"
    message["Received"] = "from mx.example.org; Mon, 23 Nov 2026 09:12:05 +0100"
    message.set_content(body)
    message.add_attachment(b"%PDF-1.4 card", maintype="application", subtype="pdf",
                           filename="klantenkaart.pdf")  # fmt: skip
    path = tmp_path / name
    path.write_bytes(bytes(message))
    return path


def test_references_are_found_however_they_were_typed():
    text = "Re: Ihr Zeichen PD-2026-000123 / pd 2026 45, und nochmal [PD-2026-000123]"
    assert references_in(text) == ["PD-2026-000123", "PD-2026-000045"]
    assert references_in("Order 2026-000123, PDX-2026-1") == []


def test_a_reply_quoting_a_reference_is_found_and_filed_in_that_case(services, tmp_path):
    log(services, "Someone Else", "else@example.org")
    case = log(services)
    draft = services.intake.read_message(reply(tmp_path, f"Re: Uw verzoek [{case.reference}]"))
    found = services.follow_up.cases_for(draft)
    assert [(f.case_id, f.why) for f in found] == [(case.id, "reference")]
    services.follow_up.file_message(case.id, draft)
    item = services.cases.case_file(case.id)["correspondence"][-1]
    assert (item["direction"], item["channel"], item["item_date"]) == ("in", "email", "2026-11-23")
    assert item["subject"] == f"Re: Uw verzoek [{case.reference}]"
    assert [a["filename"] for a in item["attachments"]] == ["reply.eml", "klantenkaart.pdf"]
    assert item["attachments"][0]["is_original"]
    audit = services.ctx.store.rows(
        "SELECT action, detail FROM audit_log WHERE case_id = ? ORDER BY id", (case.id,)
    )
    assert audit[-1]["action"] == "correspondence-added"
    assert "4711" not in audit[-1]["detail"]  # the text stays in the case, not in the log


def test_without_a_reference_the_sender_s_open_cases_are_offered(services, tmp_path):
    case = log(services)
    closed = log(services, received="2026-11-02")
    services.cases.close(closed.id, {"access": "granted"})
    draft = services.intake.read_message(reply(tmp_path, "Nog een vraag"))
    assert [(f.case_id, f.why) for f in services.follow_up.cases_for(draft)] == [
        (case.id, "sender")
    ]
    stranger = services.intake.read_message(reply(tmp_path, "Hallo", "x@example.org", name="x.eml"))
    assert services.follow_up.cases_for(stranger) == []


def test_a_phone_note_and_a_sent_email_with_its_file(services, tmp_path):
    case = log(services)
    services.follow_up.file_item(case.id, "in", "phone", "2026-11-20", "Phone call",
                                 "Wants the answer by post.")  # fmt: skip
    sent = tmp_path / "antwoord.pdf"
    sent.write_bytes(b"%PDF-1.4 answer")
    services.follow_up.file_item(case.id, "out", "email", "2026-11-21",
                                 "Answer sent from Outlook", "", (sent,))  # fmt: skip
    items = services.cases.case_file(case.id)["correspondence"][-2:]
    assert [(i["direction"], i["channel"], i["body"]) for i in items] == [
        ("in", "phone", "Wants the answer by post."), ("out", "email", "")]  # fmt: skip
    assert items[1]["attachments"][0]["media_type"] == "application/pdf"
    assert services.cases.attachment(items[1]["attachments"][0]["id"])[2] == b"%PDF-1.4 answer"


def test_bad_input_names_its_field_and_changes_nothing(services, tmp_path):
    case = log(services)
    before = len(services.cases.case_file(case.id)["correspondence"])
    with pytest.raises(ValidationError) as missing:
        services.follow_up.file_item(case.id, "in", "letter", None, "Scan", "",
                                     (tmp_path / "nowhere.pdf",))  # fmt: skip
    assert missing.value.field == "file"
    with pytest.raises(ValidationError) as future:
        services.follow_up.file_item(case.id, "in", "letter", "2027-01-01", "Scan")
    assert future.value.field == "date"
    with pytest.raises(ValidationError) as empty:
        services.follow_up.file_item(case.id, "in", "phone", None, "  ")
    assert empty.value.field == "subject"
    assert len(services.cases.case_file(case.id)["correspondence"]) == before


def test_the_command_line_files_a_reply_in_the_case_it_quotes(run, tmp_path):
    assert run("case", "add", "--name", "Anne de Vries", "--email", "anne@example.org",
               "--channel", "email", "--received", "2026-11-10", "--type", "access")[0] == 0  # fmt: skip
    path = reply(tmp_path, "Re: PD-2026-000001 klantnummer")
    code, out, _ = run("import", str(path), "--json")
    assert code == 0
    answer = json.loads(out)
    assert answer["filed_in"]["reference"] == "PD-2026-000001" and answer["files"] == 2
    code, out, _ = run("case", "show", "1", "--json")
    subjects = [c["subject"] for c in json.loads(out)["correspondence"]]
    assert subjects[-1] == "Re: PD-2026-000001 klantnummer"
    # Asked to, it logs a new case instead.
    assert run("import", str(path), "--new-case", "--type", "access")[0] == 0
    code, out, _ = run("case", "list", "--json")
    assert len(json.loads(out)) == 2
    # A phone note by hand; a file that cannot be read is named.
    assert run("case", "file", "1", "--channel", "phone", "--subject", "Call",
               "--note", "Asked about the date")[0] == 0  # fmt: skip
    code, _, err = run("case", "file", "1", str(tmp_path / "gone.pdf"), "--subject", "Scan")
    assert code == 2 and "file:" in err


def test_the_same_message_is_not_filed_twice(services, tmp_path):
    case = log(services)
    draft = services.intake.read_message(reply(tmp_path, f"Re: [{case.reference}]"))
    services.follow_up.file_message(case.id, draft)
    with pytest.raises(ValidationError) as twice:
        services.follow_up.file_message(case.id, draft)
    assert twice.value.field == "file" and "reply.eml" in twice.value.message
    assert len(services.cases.case_file(case.id)["correspondence"]) == 2
