"""`letter render --officer` / PRIVACYDESK_OFFICER: a letter from the command line is never
signed with the login, and a draft is never kept as sent (issue 11, defects 8 and 9)."""

import json

import pytest


@pytest.fixture
def case(run, monkeypatch):
    monkeypatch.delenv("PRIVACYDESK_OFFICER", raising=False)
    code, out, _ = run("case", "add", "--channel", "letter", "--received", "2026-11-20",
                       "--type", "access", "--name", "Anne de Vries", "--customer", "business",
                       "--address", "Oudegracht 112\n3511 AX Utrecht",
                       "--delivery-country", "NL", "--language", "nl", "--json")  # fmt: skip
    assert code == 0
    return json.loads(out)["reference"]  # Hoffmann Nederland B.V.: its KvK number is known


def test_a_preview_without_a_name_says_it_is_unsigned(run, case, tmp_path):
    code, out, _ = run("letter", "render", case, "--out", str(tmp_path / "a.pdf"))
    assert code == 0
    assert "A DRAFT" in out and "officer: no officer name is set" in out
    code, out, _ = run("letter", "render", case, "--out", str(tmp_path / "a.pdf"), "--json")
    data = json.loads(out)
    assert data["signed"] is False and data["draft"][0].startswith("officer: ")


def test_sent_needs_a_name(run, case, tmp_path, monkeypatch):
    target = tmp_path / "b.pdf"
    code, _, err = run("letter", "render", case, "--out", str(target), "--sent", "post")
    assert code == 2 and err.startswith("error: officer: ") and not target.exists()
    code, _, err = run("letter", "render", case, "--out", str(target), "--officer", " ")
    assert code == 2 and err.startswith("error: officer: is empty")
    code, out, _ = run("letter", "render", case, "--out", str(target), "--sent", "post",
                       "--officer", "M. de Vries", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["signed"] is True and json.loads(out)["draft"] == []
    monkeypatch.setenv("PRIVACYDESK_OFFICER", "M. de Vries")
    code, out, _ = run("letter", "render", case, "--out", str(target), "--json")
    assert code == 0 and json.loads(out)["signed"] is True


def test_a_draft_letterhead_is_refused_as_sent(run, tmp_path):
    code, out, _ = run("case", "add", "--channel", "letter", "--received", "2026-11-20",
                       "--type", "access", "--name", "Jürgen Weiß", "--customer", "consumer",
                       "--address", "Lindenstraße 12\n80331 München", "--json")  # fmt: skip
    reference = json.loads(out)["reference"]  # Hoffmann SE: its board is not in the register
    target = tmp_path / "c.pdf"
    code, _, err = run("letter", "render", reference, "--out", str(target), "--sent", "post",
                       "--officer", "Dr. Katrin Weiß")  # fmt: skip
    assert code == 2 and err.startswith("error: letterhead: the register entry of Hoffmann SE")
    assert "board members" in err
