"""Headless decisions and the suppression register on the command line."""

import csv
import json


def add(run, *types, email="anne@example.org"):
    args = ["case", "add", "--channel", "email", "--received", "2026-11-20", "--name",
            "Anne de Vries", "--email", email, "--phone", "+31 30 123 4567", "--json"]  # fmt: skip
    for kind in types:
        args += ["--type", kind]
    code, out, _ = run(*args)
    assert code == 0
    return json.loads(out)["reference"]


def test_marketing_objection_makes_suppression_check_true_at_once(run, tmp_path):
    ref = add(run, "objection-marketing")
    code, out, _ = run("suppression", "check", "--email", "anne@example.org", "--json")
    assert code == 0 and json.loads(out)["suppressed"] is False
    assert run("case", "decide", ref, "marketing")[0] == 0
    code, out, _ = run("suppression", "check", "--email", "ANNE@example.org ", "--json")
    assert json.loads(out)["suppressed"] is True
    code, out, _ = run("suppression", "check", "--phone", "0031301234567")
    assert out.startswith("SUPPRESSED")
    target = tmp_path / "export.csv"
    code, out, _ = run("suppression", "export", str(target), "--hashed", "--json")
    assert json.loads(out)["exported"] == 5
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert {r["channel"] for r in rows} == {"post", "email", "phone", "profiling", "newsletter"}


def test_objection_assessment_and_rejection_needs_grounds(run):
    ref = add(run, "objection-interests")
    code, _, err = run("case", "decide", ref, "objection", "--purpose", "legal-claims",
                       "--situation", "Dispute", "--decision", "rejected")  # fmt: skip
    assert code == 2 and err.startswith("error: grounds: ")
    assert run("case", "decide", ref, "restrict")[0] == 0
    code, out, _ = run("case", "decide", ref, "objection", "--purpose", "legal-claims",
                       "--situation", "Dispute", "--decision", "rejected", "--grounds",
                       "Pending litigation", "--balancing", "Claim outweighs", "--json")  # fmt: skip
    case = json.loads(out)
    assert code == 0 and case["requests"][0]["outcome"] == "refused"
    assert [a["action"] for a in case["audit"]][-2:] == ["restriction-set", "objection-assessed"]


def test_withdrawal_erasure_notices_close_and_purge(run, clock):
    ref = add(run, "withdrawal", "erasure")
    assert run("case", "decide", ref, "withdrawal", "--consent", "advertising-email",
               "--system", "CRM", "--system", "Mailer=pending")[0] == 0  # fmt: skip
    code, out, _ = run("case", "decide", ref, "erasure", "--erase", "account", "--block",
                       "invoices:de-vouchers:2025-03-15", "--json")  # fmt: skip
    case = json.loads(out)
    assert case["blocked"][0]["retained_until"] == "2033-12-31"
    code, _, err = run("case", "close", ref, "--outcome", "granted")
    assert code == 2 and err.startswith("error: notices: ")
    for notice in case["notices"]:
        assert run("case", "decide", ref, "notice", "--recipient", notice["recipient_id"],
                   "--notified", "2026-11-24", "--via", "email")[0] == 0  # fmt: skip
    assert run("case", "close", ref, "--outcome", "withdrawal=granted",
               "--outcome", "erasure=partly-granted")[0] == 0  # fmt: skip
    code, _, err = run("case", "purge", ref, "--reason", "too early")
    assert code == 2 and err.startswith("error: purge: the case file is kept until 2029-12-31")
    clock.moment = clock.moment.replace(year=2030, month=1, day=2)
    assert run("case", "purge", ref, "--reason", "end of retention")[0] == 0
    code, out, _ = run("suppression", "check", "--email", "anne@example.org", "--json")
    assert json.loads(out)["channels"] == ["email"]


def test_bad_decisions_are_one_line_errors(run):
    ref = add(run, "access")
    code, _, err = run("case", "decide", ref, "marketing")
    assert code == 2 and err == "error: type: the case has no objection-marketing request\n"
    code, _, err = run("case", "decide", ref, "erasure", "--block", "x:y")
    assert code == 2 and err.startswith("error: ")
    code, _, err = run("suppression", "check")
    assert code == 2 and err.startswith("error: email: ")
