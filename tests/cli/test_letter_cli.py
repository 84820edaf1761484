"""`privacydesk letter render|list`."""

import json
import shutil
import subprocess

import pytest


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_render_list_and_keep_as_sent(run, tmp_path):
    code, out, _ = run("case", "add", "--channel", "letter", "--received", "2026-11-20",
                       "--type", "access", "--name", "Anne de Vries", "--customer", "business",
                       "--address", "Oudegracht 112\n3511 AX Utrecht",
                       "--delivery-country", "NL", "--language", "nl", "--json")  # fmt: skip
    ref = json.loads(out)["reference"]
    target = tmp_path / "ack.pdf"
    code, out, _ = run("letter", "render", ref, "--out", str(target), "--json")
    assert code == 0 and json.loads(out)["type"] == "acknowledgement"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Hoffmann Nederland B.V." in text and "21 december 2026" in text
    code, out, _ = run("letter", "list", ref, "--json")
    assert json.loads(out) == {"needed": ["acknowledgement"], "sent": []}
    sent = ("--sent", "post", "--officer", "Test Officer")  # never signed with the login
    assert run("letter", "render", ref, "--out", str(target), *sent)[0] == 0
    code, out, _ = run("letter", "list", ref, "--json")
    listed = json.loads(out)
    assert listed["needed"] == [] and listed["sent"][0]["sent_via"] == "post"


def test_bad_letter_requests_are_one_line_errors(run, tmp_path):
    code, _, err = run("letter", "render", "PD-2026-999999", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and err.startswith("error: case: ")
    code, _, err = run("letter", "render", "1", "--type", "love-letter", "--out", "x.pdf")
    assert code == 2 and err.startswith("error: type: invalid choice")
