"""The command line: JSON output, one-line errors with exit status 2, nothing written on error."""

import json

import pytest

from desktop import cli
from tests.raw_sql import sqlite3


def test_deadline_json(run):
    code, out, _ = run("deadline", "2026-01-31", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["due"], data["extended_due"]) == ("2026-03-02", "2026-04-30")
    assert "München" in data["calendar"] and "Saturday" in data["explanation"]


def test_deadline_by_country_and_pause(run):
    _, out, _ = run("deadline", "2026-04-05", "--country", "NL", "--json")
    assert json.loads(out)["due"] == "2026-05-06"
    _, out, _ = run("deadline", "2025-07-15", "--country", "DE", "--subdiv", "BY", "--json")
    assert json.loads(out)["due"] == "2025-08-15"  # Bavaria outside Munich: no Assumption Day
    _, out, _ = run("deadline", "2026-03-05", "--company", "hoffmann-se", "--paused-days", "3",
                    "--json")  # fmt: skip
    assert json.loads(out)["due"] == "2026-04-08"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("deadline", "2026-02-30"), "received"),
        (("deadline", "2026-03-01", "--country", "XX"), "country"),
        (("deadline", "2026-03-01", "--company", "nope"), "company"),
        (("deadline", "2026-03-01", "--subdiv", "BY"), "subdiv"),
        (("deadline", "2026-03-01", "--paused-days", "-2"), "paused-days"),
        (("deadline", "2026-03-01", "--paused-days", "two"), "paused-days"),
        (("route", "--customer", "consumer"), "context"),
        (("route", "--customer", "robot", "--context", "order"), "customer"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run, args, field):
    code, out, err = run(*args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"error: {field}: ")


def test_argparse_errors_are_one_line_too(store_path, capsys):
    assert cli.main(["--db", str(store_path), "case", "add", "--channel", "pigeon"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: channel: invalid choice") and err.count("\n") == 1


def test_route_json(run):
    code, out, _ = run("route", "--customer", "business", "--context", "order",
                       "--delivery-country", "AT", "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["company"] == {"id": "hoffmann-at", "name": "Hoffmann Austria GmbH"}
    assert data["rule"] == 4 and data["warning"] is None
    _, out, _ = run("route", "--customer", "business", "--context", "order",
                    "--delivery-country", "US", "--json")  # fmt: skip
    data = json.loads(out)
    assert data["company"]["id"] == "hoffmann-se" and data["rule"] == 6 and data["warning"]
    _, out, _ = run("route", "--customer", "business", "--context", "order",
                    "--delivery-country", "NL", "--contract-company", "hoffmann-ch", "--json")  # fmt: skip
    assert json.loads(out)["company"]["id"] == "hoffmann-ch"
    _, out, _ = run("route", "--customer", "consumer", "--context", "website", "--json")
    assert json.loads(out)["rule"] == 1


def test_company_commands(run, tmp_path):
    code, out, _ = run("company", "list", "--json")
    ids = [c["id"] for c in json.loads(out)]
    assert code == 0 and ids[0] == "hoffmann-se" and len(ids) == 7
    _, out, _ = run("company", "show", "hoffmann-nl", "--json")
    assert json.loads(out)["authority"]["name"] == "Autoriteit Persoonsgegevens"
    target = tmp_path / "reg.csv"
    assert run("company", "export", str(target))[0] == 0
    assert run("company", "import", str(target), "--json")[0] == 0
    code, _, err = run("company", "show", "nope")
    assert code == 2 and err.startswith("error: company: ")


def test_case_add_list_show_and_actions(run, store_path):
    name = 'Jürgen <Müller> & Söhne "AT&T"'
    code, out, _ = run("case", "add", "--channel", "letter", "--received", "2026-11-20",
                       "--type", "access", "--type", "objection-marketing", "--name", name,
                       "--customer", "business", "--delivery-country", "NL",
                       "--language", "nl", "--json")  # fmt: skip
    case = json.loads(out)
    assert code == 0
    for key in ("id", "reference", "status", "received", "due", "extended_due", "company",
                "requests", "audit"):  # fmt: skip
        assert key in case
    assert case["requester"]["name"] == name and case["company"]["id"] == "hoffmann-nl"
    assert case["due"] == "2026-12-21"
    ref = case["reference"]
    _, out, _ = run("case", "list", "--json")
    assert [c["reference"] for c in json.loads(out)] == [ref]
    _, out, _ = run("case", "list", "--search", "mulle", "--json")
    assert len(json.loads(out)) == 1  # diacritics folded, prefix match
    assert run("case", "pause", ref, "--reason", "ID doubt", "--date", "2026-11-21")[0] == 0
    assert run("case", "resume", ref)[0] == 0
    assert run("case", "extend", ref, "--reason", "Many systems")[0] == 0
    assert run("case", "transfer", ref, "--company", "hoffmann-be", "--reason", "Belgian")[0] == 0
    code, _, err = run("case", "close", ref, "--outcome", "access=granted")
    assert code == 2 and "objection-marketing" in err
    # Granted without its decision would put nobody on the suppression register (issue 8.9).
    code, _, err = run("case", "close", ref, "--outcome", "granted")
    assert code == 2 and "uphold the marketing objection first" in err
    code, _, err = run("case", "close", ref, "--outcome", "access=granted",
                       "--outcome", "objection-marketing=withdrawn")  # fmt: skip
    assert code == 0, err
    _, out, _ = run("case", "show", ref, "--json")
    shown = json.loads(out)
    assert shown["status"] == "closed" and shown["paused_days"] == 3 and shown["extended"]
    assert [a["action"] for a in shown["audit"]] == [
        "case-logged", "case-paused", "case-resumed", "case-extended", "case-transferred",
        "case-closed",
    ]  # fmt: skip


def test_bad_case_leaves_the_store_unchanged(run, store_path):
    run("case", "add", "--channel", "email", "--received", "2026-11-20", "--type", "access",
        "--name", "Anne")  # fmt: skip
    for bad in (
        ("--received", "2026-02-30"),
        ("--received", "2030-01-01"),
        ("--name", "x" * 10_000),
        ("--name", "bell\x07"),
        ("--email", "nope"),
    ):
        args = dict(zip(("--received", "--name"), ("2026-11-20", "Anne"), strict=True))
        args.update(dict([bad]) if bad[0] != "--email" else {})
        extra = list(bad) if bad[0] == "--email" else []
        flat = [x for pair in args.items() for x in pair]
        code, out, err = run("case", "add", "--channel", "email", "--type", "access", *flat,
                             *extra)  # fmt: skip
        assert code == 2 and err.startswith("error: ") and out == ""
    conn = sqlite3.connect(store_path)
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    conn.close()


def test_demo_fills_the_store(run):
    code, out, _ = run("demo", "--cases", "60", "--json")
    assert code == 0 and json.loads(out) == {"cases": 60, "demo": True}
    _, out, _ = run("case", "list", "--limit", "1000", "--json")
    rows = json.loads(out)
    assert len(rows) == 60
    assert {r["status"] for r in rows} >= {"open", "closed"}


def test_every_command_answers_in_json_and_reopen_is_listed(capsys):
    import argparse

    def commands(parser, path=()):
        groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not groups:
            yield path, parser
        for group in groups:
            for name, command in group.choices.items():
                yield from commands(command, (*path, name))

    parser = cli.build_parser()
    found = dict(commands(parser))
    assert ("case", "decide", "erasure") in found and ("demo",) in found
    for path, command in found.items():
        assert any(a.option_strings == ["--json"] for a in command._actions), path
    with pytest.raises(SystemExit):
        parser.parse_args(["case", "--help"])
    assert "reopen" in capsys.readouterr().out


def test_case_add_and_edit_take_the_address_in_parts_and_the_form_of_address(run, tmp_path):
    code, out, err = run(
        "case", "add", "--channel", "letter", "--received", "2026-11-20", "--type", "access",
        "--name", "Maria Huber", "--form-of-address", "female", "--title", "Dr.",
        "--street", "Lange Voorhout 9", "--postcode", "2514ed", "--city", "Den Haag",
        "--country", "NL", "--language", "de",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run("case", "edit", "1", "--country", "XX", "--reason", "typo")
    assert code == 2 and err.startswith("error: country:")
    code, out, err = run("case", "edit", "1", "--reason", "Arrived earlier", "--received",
                         "2026-11-18", "--add-type", "erasure", "--json")  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["changes"]["received"] == ["2026-11-20", "2026-11-18"]
    assert result["case"]["due"] == "2026-12-18"
    pdf = tmp_path / "ack.pdf"
    code, out, err = run("letter", "render", "1", "--type", "acknowledgement", "--out", str(pdf))
    assert code == 0, err
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
    text = " ".join(out.decode("utf-8").split())
    assert "Frau Dr. Maria Huber Lange Voorhout 9 2514 ED Den Haag NIEDERLANDE" in text
    assert "Sehr geehrte Frau Dr. Huber," in text
