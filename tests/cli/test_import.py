"""`privacydesk import`: a case from an .eml or .msg file, the way the dialog makes it."""

import json
from email.message import EmailMessage

import pytest

from tests.conftest import SAMPLES


def case_count(run):
    return len(json.loads(run("case", "list", "--status", "active", "--json")[1]))


def eml(tmp_path, subject="Verzoek tot inzage en verwijdering", body="Graag inzage.", date=True):
    msg = EmailMessage()
    msg["From"] = "Anne de Vries <anne@example.org>"
    msg["Subject"] = subject
    if date:
        msg["Date"] = "Mon, 23 Nov 2026 09:12:00 +0100"
    msg.set_content(body)
    path = tmp_path / "mail.eml"
    path.write_bytes(msg.as_bytes())
    return path


def test_import_needs_confirmed_types(run, tmp_path):
    path = eml(tmp_path)
    code, _, err = run("import", str(path))
    assert code == 2 and "suggested: access, erasure" in err and case_count(run) == 0
    code, out, _ = run("import", str(path), "--accept-suggested", "--json")
    case = json.loads(out)
    assert code == 0 and case["received"] == "2026-11-23" and case["channel"] == "email"
    assert case["requester"] == case["requester"] | {"name": "Anne de Vries", "language": "nl"}
    assert {r["type"] for r in case["requests"]} == {"access", "erasure"}
    assert case["correspondence"][0]["attachments"][0]["filename"] == "mail.eml"


def test_import_without_a_date_asks_for_it(run, tmp_path):
    path = eml(tmp_path, date=False)
    code, _, err = run("import", str(path), "--type", "access")
    assert code == 2 and err.startswith("error: received: ")
    assert run("import", str(path), "--type", "access", "--received", "2026-11-20")[0] == 0


def test_import_outlook_sample_keeps_both_tiffs(run):
    code, out, _ = run("import", str(SAMPLES / "mail" / "unicode.msg"), "--type", "access",
                       "--received", "2026-11-23", "--json")  # fmt: skip
    files = json.loads(out)["correspondence"][0]["attachments"]
    assert code == 0 and [f["media_type"] for f in files].count("image/tiff") == 2


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\x01\x02 random bytes \xff" * 100,
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000,  # an OLE header and nothing more
    ],
)
def test_broken_files_give_one_clear_line_and_change_nothing(run, tmp_path, content):
    path = tmp_path / "broken.msg"
    path.write_bytes(content)
    code, out, err = run("import", str(path), "--type", "access", "--received", "2026-11-20")
    assert code == 2 and err.startswith("error: file: ") and err.count("\n") == 1
    assert case_count(run) == 0


def test_a_50_mb_file_is_refused_before_reading(run, tmp_path):
    path = tmp_path / "huge.eml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, _, err = run("import", str(path), "--type", "access")
    assert code == 2 and "too large" in err and case_count(run) == 0


def test_hostile_message_text_is_stored_safely(run, tmp_path):
    hostile = "<script>alert('x')</script> \u202eevil\u202c 👩🏽‍💻 مرحبا " + "A" * 5000
    path = eml(tmp_path, subject=hostile[:200], body=hostile)
    code, out, _ = run("import", str(path), "--type", "complaint", "--json")
    case = json.loads(out)
    assert code == 0
    body = case["correspondence"][0]["body"]
    assert "<script>alert('x')</script>" in body and "👩🏽‍💻" in body and "مرحبا" in body
