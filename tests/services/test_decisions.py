"""Objections, withdrawals, erasure with blocking, Art. 19 notices and the suppression register."""

import csv

import pytest

from desktop.core.errors import ValidationError
from desktop.services.cases import CaseDraft, Requester
from desktop.services.decisions import ErasureItem
from tests.postgres import refused_by_store


def log(services, *types, email="anne@example.org", phone="+31 30 123 4567", name="Anne de Vries"):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received="2026-11-20",
            types=list(types),
            requester=Requester(
                name=name, email=email, phone=phone, address="Oudegracht 112\n3511 AX Utrecht"
            ),
        )  # fmt: skip
    ).id


def audit_actions(services, case_id):
    return [a["action"] for a in services.cases.case_file(case_id)["audit"]]


def test_marketing_objection_suppresses_at_once_and_survives_purge(services, clock):
    case_id = log(services, "objection-marketing", "access")
    assert not services.suppression.check(email="anne@example.org")["suppressed"]
    services.decisions.uphold_marketing_objection(case_id)
    result = services.suppression.check(email=" ANNE@Example.org ")
    assert result["suppressed"]
    assert result["channels"] == ["email", "newsletter", "phone", "post", "profiling"]
    assert services.suppression.check(phone="0031 30 1234567")["suppressed"]
    case = services.cases.case_file(case_id)
    assert {r["type"]: r["outcome"] for r in case["requests"]}["objection-marketing"] == "granted"
    assert "marketing-recorded" in audit_actions(services, case_id)
    # Retargeting recipients must hear of it (Art. 19).
    assert {"peerius", "google"} <= {n["recipient_id"] for n in case["notices"]}
    # The case cannot close while notices are open ...
    with pytest.raises(ValidationError) as err:
        services.cases.close(case_id, {"objection-marketing": "granted", "access": "granted"})
    assert err.value.field == "notices"
    for notice in case["notices"]:
        services.decisions.record_notice(
            notice["id"], exempt_ground="impossible", exempt_reason="No data disclosed"
        )
    services.cases.close(case_id, {"objection-marketing": "granted", "access": "granted"})
    with pytest.raises(ValidationError) as err:
        services.cases.purge(case_id, "too early")
    assert err.value.field == "purge" and "2029-12-31" in err.value.message
    clock.moment = clock.moment.replace(year=2030, month=1, day=2)
    services.cases.purge(case_id, "Retention of the case file ended")
    assert services.ctx.store.scalar("SELECT count(*) FROM cases") == 0
    assert services.ctx.store.scalar("SELECT count(*) FROM requesters") == 0
    # ... and after the purge the person stays suppressed.
    assert services.suppression.check(email="anne@example.org")["suppressed"]


def test_narrowed_marketing_objection_and_unsubscribe_only_stops_the_newsletter(services):
    case_id = log(services, "objection-marketing")
    services.decisions.uphold_marketing_objection(case_id, ["post"])
    assert services.suppression.check(email="anne@example.org")["channels"] == ["post"]
    other = log(services, "unsubscribe", email="bob@example.org", phone=None, name="Bob")
    services.decisions.confirm_unsubscribe(other)
    assert services.suppression.check(email="bob@example.org")["channels"] == ["newsletter"]


def test_an_invisible_character_neither_escapes_suppression_nor_changes_the_hash(services):
    """A zero-width space pasted into the address (from a web form, a PDF) is the same
    person: the entry matches, and the hashed export carries the same hash."""
    from desktop.core.suppression import identifier_hash, normalise_email

    plain = log(services, "unsubscribe", email="anne@example.org")
    services.decisions.confirm_unsubscribe(plain)
    assert services.suppression.check(email="an\u200bne@example.org")["suppressed"]
    hidden = log(services, "unsubscribe", email="bob\u200b@exam\ufeffple.org", name="Bob")
    services.decisions.confirm_unsubscribe(hidden)
    assert services.suppression.check(email="bob@example.org")["suppressed"]
    stored = services.ctx.store.scalar("SELECT email FROM suppressions WHERE name = 'Bob'")
    assert stored == "bob@example.org"  # what the hashed export hashes
    assert identifier_hash(normalise_email("bob\u200b@example.org")) == identifier_hash(stored)


def test_suppression_entries_cannot_be_deleted_only_corrected(services):

    case_id = log(services, "unsubscribe")
    services.decisions.confirm_unsubscribe(case_id)
    entry = services.suppression.search()[0]
    with pytest.raises(refused_by_store()), services.ctx.store.transaction():
        services.ctx.store.execute("DELETE FROM suppressions")
    with pytest.raises(ValidationError) as err:
        services.suppression.correct(entry["id"], {"email": "anne.new@example.org"}, " ")
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:
        services.suppression.correct(entry["id"], {"channel": "post"}, "typo")
    assert err.value.field == "channel"
    services.suppression.correct(entry["id"], {"email": "Anne.New@example.org"}, "Typo in intake")
    assert services.suppression.check(email="anne.new@example.org")["suppressed"]
    audit = services.ctx.store.scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'suppression-corrected'"
    )
    assert audit == 1


def test_objection_on_legitimate_interests_assessment(services):
    case_id = log(services, "objection-interests")
    with pytest.raises(ValidationError) as err:
        services.decisions.assess_objection(
            case_id, "objection-interests", purposes=["legal-claims"],
            situation="Former employee in a dispute", decision="rejected",
        )  # fmt: skip
    assert err.value.field == "grounds"
    with pytest.raises(ValidationError) as err:
        services.decisions.assess_objection(
            case_id, "objection-interests", purposes=["order-handling"],
            situation="x", decision="upheld",
        )  # fmt: skip
    assert err.value.field == "purposes" and "Art. 21(1) does not apply" in err.value.message
    services.decisions.restrict_while_assessing(case_id, True)
    assert services.cases.case_file(case_id)["restricted"]
    services.decisions.assess_objection(
        case_id, "objection-interests", purposes=["legal-claims"],
        situation="Former employee in a dispute", decision="rejected",
        grounds="Pending court case 3 O 123/26 (legal claims)",
        balancing="The data are needed to defend the claim; the interest of the person in "
        "erasure does not outweigh it while the case is pending.",
    )  # fmt: skip
    case = services.cases.case_file(case_id)
    decision = case["decisions"][0]
    assert decision["kind"] == "assessment" and decision["data"]["decision"] == "rejected"
    assert decision["decided_by"].startswith("officer-test")  # on a server: "(login)" after
    assert case["requests"][0]["outcome"] == "refused" and not case["restricted"]
    assert case["notices"] == []  # nothing changes, so nobody is notified


def test_credit_objection_upheld_notifies_credit_agencies(services):
    case_id = log(services, "objection-credit")
    services.decisions.assess_objection(
        case_id, "objection-credit", purposes=["credit-checks"],
        situation="Scoring based on an old address", decision="upheld",
    )  # fmt: skip
    notices = services.cases.case_file(case_id)["notices"]
    assert [n["recipient_id"] for n in notices] == ["credit-agencies"]


def test_withdrawal_of_consent_suppresses_the_matching_channels(services):
    case_id = log(services, "withdrawal")
    with pytest.raises(ValidationError) as err:
        services.decisions.record_withdrawal(case_id, ["order-handling"])
    assert err.value.field == "consents"
    services.decisions.record_withdrawal(
        case_id, ["advertising-phone", "newsletter"], None,
        [("CRM", True), ("Newsletter tool", False)], carried_out="2026-11-23",
    )  # fmt: skip
    result = services.suppression.check(phone="+31301234567")
    assert result["channels"] == ["newsletter", "phone"]
    assert result["entries"][0]["effective"] == "2026-11-20"  # as received (Art. 7(3))
    data = services.cases.case_file(case_id)["decisions"][0]["data"]
    assert data["systems"] == [{"system": "CRM", "updated": True},
                               {"system": "Newsletter tool", "updated": False}]  # fmt: skip


def test_erasure_with_blocking_and_the_due_for_deletion_list(services, clock):
    case_id = log(services, "erasure")
    with pytest.raises(ValidationError) as err:
        services.decisions.decide_erasure(case_id, [ErasureItem("invoices", "nope", "2025-03-15")])
    assert err.value.field == "retention"
    ids = services.decisions.decide_erasure(
        case_id,
        [ErasureItem("customer account"), ErasureItem("invoices", "de-vouchers", "2025-03-15"),
         ErasureItem("letters", "nl-administration", "2019-06-01")],
    )  # fmt: skip
    blocked = services.cases.case_file(case_id)["blocked"]
    assert [b["retained_until"] for b in blocked] == ["2033-12-31", "2026-12-31"]
    assert services.queries.due_for_deletion() == []
    clock.moment = clock.moment.replace(year=2027, month=1, day=5)
    due = services.queries.due_for_deletion()
    assert [d["id"] for d in due] == [ids[1]]
    services.decisions.set_hold(ids[1], True, "Tax audit 2027")
    assert services.queries.due_for_deletion() == []
    with pytest.raises(ValidationError) as err:
        services.decisions.record_deleted(ids[1])
    assert err.value.field == "hold"
    services.decisions.set_hold(ids[1], False, "Audit closed")
    services.decisions.record_deleted(ids[1])
    assert services.queries.due_for_deletion() == []
    with pytest.raises(ValidationError):
        services.decisions.record_deleted(ids[0])  # 2033 is far away


def test_export_plain_and_hashed_for_thousands_of_hostile_entries(services, tmp_path):
    names = ['Jürgen "AT&T" Müller, Söhne', "Line\nbreak, Street", "مريم الحسن", "李小龙",
             "Zoë 👩🏽‍💻", "=cmd|' /C calc'!A0"]  # fmt: skip
    with services.ctx.store.batch():
        for number in range(3000):
            name = names[number % len(names)].replace("\n", " ")
            case_id = services.cases.log_case(
                CaseDraft(
                    channel="email",
                    received="2026-11-20",
                    types=["unsubscribe"],
                    requester=Requester(
                        name=f"{name} {number}",
                        email=f"p{number}@example.org",
                        address=f'Straße {number}\nLine two, "quoted"',
                    ),
                )  # fmt: skip
            ).id
            services.decisions.confirm_unsubscribe(case_id)
    plain, hashed = tmp_path / "plain.csv", tmp_path / "hashed.csv"
    assert services.suppression.export_csv(plain) == 3000
    assert services.suppression.export_csv(hashed, hashed=True) == 3000
    with plain.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3000
    assert rows[0]["name"] == 'Jürgen "AT&T" Müller, Söhne 0'
    assert rows[1]["postal_address"] == 'Straße 1\nLine two, "quoted"'
    assert rows[2]["name"] == "مريم الحسن 2" and rows[4]["name"] == "Zoë 👩🏽‍💻 4"
    # The planted formula is text to a spreadsheet: quoted, never run.
    assert rows[5]["name"] == "'=cmd|' /C calc'!A0 5"
    with hashed.open(encoding="utf-8-sig", newline="") as handle:
        hashed_rows = list(csv.DictReader(handle))
    import hashlib

    assert hashed_rows[7]["email_sha256"] == hashlib.sha256(b"p7@example.org").hexdigest()
    assert "name" not in hashed_rows[0]


def test_processing_register_is_editable_and_checked(services):
    register = services.processing.register()
    data = register.to_dict()
    data["purposes"][0]["recipients"] = ["nobody"]
    with pytest.raises(ValidationError) as err:
        services.processing.save(data)
    assert err.value.field == "purposes"
    data = register.to_dict()
    data["recipients"].append({"id": "mailhouse", "name": "Mailhouse B.V.", "kind": "processor"})
    assert services.processing.save(data) == 2
    assert services.processing.register().recipient("mailhouse").name == "Mailhouse B.V."


def test_decisions_on_closed_cases_are_refused(services):
    case_id = log(services, "unsubscribe")
    services.cases.close(case_id, {"unsubscribe": "withdrawn"})
    with pytest.raises(ValidationError) as err:
        services.decisions.confirm_unsubscribe(case_id)
    assert err.value.field == "status"


@pytest.mark.parametrize(
    ("kind", "hint"),
    [
        ("objection-marketing", "uphold the marketing objection"),
        ("unsubscribe", "confirm the unsubscribe"),
        ("withdrawal", "record the withdrawal"),
        ("objection-interests", "assess the objection"),
        ("erasure", "record the erasure decision"),
    ],
)
def test_granted_needs_its_decision_first(services, kind, hint):
    """Issue 8.9: `close --outcome granted` on a marketing objection put nobody on the register."""
    case_id = log(services, kind)
    before = services.cases.case_file(case_id)
    for outcome in ("granted", "partly-granted"):
        with pytest.raises(ValidationError, match=hint):
            services.cases.close(case_id, {kind: outcome})
    after = services.cases.case_file(case_id)
    assert after["status"] == "open" and after["audit"] == before["audit"]


@pytest.mark.parametrize("kind", ["objection-interests", "objection-credit"])
def test_an_objection_is_refused_only_on_a_recorded_assessment(services, kind):
    case_id = log(services, kind)
    with pytest.raises(ValidationError, match="assess the objection first"):
        services.cases.close(case_id, {kind: "refused"})
    services.cases.close(case_id, {kind: "withdrawn"})  # nothing decided on the merits


def test_stored_choices_are_codes_not_the_windows_words(services, store_path):
    """Issue 9.3: an Art. 19 ground and the ID-check method are stored as codes."""
    case_id = log(services, "objection-marketing")
    services.decisions.uphold_marketing_objection(case_id)
    notice = services.cases.case_file(case_id)["notices"][0]
    with pytest.raises(ValidationError) as err:
        services.decisions.record_notice(notice["id"], exempt_reason="No data disclosed")
    assert err.value.field == "ground"
    with pytest.raises(ValidationError) as err:
        services.decisions.record_notice(
            notice["id"], exempt_ground="Onmogelijk", exempt_reason="Geen gegevens"
        )
    assert err.value.field == "ground"
    services.decisions.record_notice(
        notice["id"], exempt_ground="disproportionate-effort", exempt_reason="No address known"
    )
    stored = services.cases.case_file(case_id)["notices"][0]
    assert (stored["exempt_ground"], stored["exempt_reason"]) == (
        "disproportionate-effort", "No address known",
    )  # fmt: skip
    other = log(services, "access")
    services.cases.pause(other, "ID doubt", on="2026-11-21")
    services.cases.record_identity_checked(other, "passport-in-person")
    audit = services.cases.case_file(other)["audit"][-1]
    assert audit["detail"]["how"] == "passport-in-person"
    note = services.cases.case_file(other)["notes"][-1]["text"]
    assert "Passport shown in person" in note


def test_the_migration_turns_stored_words_into_codes(tmp_path):
    from desktop.store import open_store
    from desktop.store.migrations import available_migrations
    from tests.raw_sql import sqlite3

    folder = tmp_path / "up-to-7"
    folder.mkdir()
    for number, path in available_migrations():
        if number <= 7:
            (folder / path.name).write_text(path.read_text())
    path = tmp_path / "old.sqlite"
    open_store(path, migrations=folder).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executemany(
        "INSERT INTO art19_notices (case_id, recipient_id, recipient_name, status, exempt_reason)"
        " VALUES (1, ?, 'R', 'exempt', ?)",
        [("a", "Impossible: never disclosed"), ("b", "Disproportionate effort: no address")],
    )
    conn.commit()
    conn.close()
    store = open_store(path)
    rows = store.rows("SELECT exempt_ground, exempt_reason FROM art19_notices ORDER BY id")
    store.close()
    assert rows == [
        {"exempt_ground": "impossible", "exempt_reason": "never disclosed"},
        {"exempt_ground": "disproportionate-effort", "exempt_reason": "no address"},
    ]


def test_rules_the_window_and_the_command_line_share(services):
    """Issue 9.2: the recipients rule, late extension notices and due-for-deletion per case live
    in the services, so every face gives the same answer."""
    from datetime import date

    from desktop.core.letter_types import LetterType

    case_id = log(services, "access")
    with pytest.raises(ValidationError) as err:
        services.decisions.open_notices_for(case_id, [])
    assert err.value.field == "recipients"
    due = services.cases.case_file(case_id)["due"]
    assert (
        services.letters.would_be_late(case_id, LetterType.EXTENSION_NOTICE, date(2027, 1, 30))
        == due
    )
    assert (
        services.letters.would_be_late(case_id, LetterType.EXTENSION_NOTICE, date(2026, 11, 24))
        is None
    )
    assert (
        services.letters.would_be_late(case_id, LetterType.ACKNOWLEDGEMENT, date(2027, 1, 30))
        is None
    )
    assert services.decisions.due_for_deletion_in_case(case_id) == set()


def test_a_spreadsheet_cell_never_starts_a_formula():
    from desktop.services.files import spreadsheet_cell

    planted = ("=1+1", "@SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3", "\t=1", "\r=1")
    # A phone number too: a spreadsheet reads "+31 30 …" as a formula, "+3130…" as a number.
    for cell in (*planted, "+31 30 123 45 67", "+31301234567", "-"):
        assert spreadsheet_cell(cell) == "'" + cell
    for plain in ("2026-11-20", "Müller", "'quoted", "", None):
        assert spreadsheet_cell(plain) == (plain or "")


def test_the_suppression_export_writes_only_a_csv_file(services, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    with pytest.raises(ValidationError) as refused:
        services.suppression.export_csv(notes)
    assert refused.value.path == ("file",) and notes.read_text() == "my notes"


@pytest.mark.parametrize("kind", ["withdrawal", "objection-marketing", "unsubscribe"])
def test_a_withdrawal_or_marketing_objection_takes_effect_when_received(services, kind):
    """Art. 7(3), Art. 21(3): effective on receipt, never later; the systems date apart."""
    case_id = log(services, kind)
    d = services.decisions

    def record(effective=None, carried_out=None):
        if kind == "withdrawal":
            return d.record_withdrawal(case_id, ["newsletter"], effective, carried_out=carried_out)
        if kind == "unsubscribe":
            return d.confirm_unsubscribe(case_id, effective, carried_out=carried_out)
        return d.uphold_marketing_objection(case_id, None, effective, carried_out=carried_out)

    for later in ("2026-11-21", "2027-01-31"):
        with pytest.raises(ValidationError) as err:
            record(effective=later)
        assert err.value.field == "effective" and "2026-11-20" in err.value.message
    with pytest.raises(ValidationError) as err:
        record(carried_out="2027-01-31")  # the systems cannot be updated in the future
    assert err.value.field == "carried_out"
    assert services.suppression.check(email="anne@example.org")["channels"] == []  # nothing saved

    record(carried_out="2026-11-23")
    entries = services.suppression.check(email="anne@example.org")["entries"]
    assert entries and {e["effective"] for e in entries} == {"2026-11-20"}
    decision = services.cases.case_file(case_id)["decisions"][0]
    assert decision["data"]["effective"] == "2026-11-20"
    assert decision["data"]["carried_out"] == "2026-11-23"


def test_rectification_and_restriction_are_recorded_with_their_art_19_notices(services):
    """Issue 11, defect 7: granting them needs the record and its notices; the letter says
    what was corrected and names the recipients told."""
    from desktop.core.letter_types import LetterType

    case_id = log(services, "rectification", "restriction")
    with pytest.raises(ValidationError) as err:
        services.cases.close(case_id, {"rectification": "granted", "restriction": "granted"})
    assert err.value.field == "outcome" and "Art. 19" in err.value.message
    with pytest.raises(ValidationError) as err:
        services.decisions.record_rectification(case_id, "New street: Oudegracht 114", [])
    assert err.value.field == "recipients"
    opened = services.decisions.record_rectification(
        case_id, "Street corrected from Oudegracht 112 to Oudegracht 114", ["transport"]
    )
    services.decisions.record_restriction(case_id, "Order history", [], none_disclosed=True)
    assert opened == ["transport"]
    with pytest.raises(ValidationError) as err:  # the notice is still open
        services.cases.close(case_id, {"rectification": "granted", "restriction": "granted"})
    assert err.value.field == "notices"
    [notice] = services.cases.case_file(case_id)["notices"]
    services.decisions.record_notice(notice["id"], notified_on="2026-11-23", channel="email")
    services.cases.close(case_id, {"rectification": "granted", "restriction": "granted"})
    draft = services.letters.draft(case_id, LetterType.RIGHTS_DONE)
    body = " ".join(draft.body.split())
    assert "Oudegracht 112 to Oudegracht 114" in body and "Order history" in body
    assert notice["recipient_name"] in body
