"""Logging cases and working on them through the services: stored, audited, all or nothing."""

from datetime import date

import pytest

from desktop.core.errors import ValidationError
from desktop.services.cases import Attachment, CaseDraft, Requester

HOSTILE_NAME = 'Jürgen <Müller> & Söhne "AT&T" <script>alert(1)</script>'
RTL_NAME = "مريم الحسن \u200f"
EMOJI_NAME = "Zoë 👩🏽‍💻 O'Brien"


def draft(**kw) -> CaseDraft:
    person = kw.pop("requester", None) or Requester(
        name=kw.pop("name", "Anne de Vries"),
        email=kw.pop("email", "anne.private@example.org"),
        customer=kw.pop("customer", "consumer"),
        delivery_country=kw.pop("delivery_country", None),
        language=kw.pop("language", "nl"),
    )
    base = dict(channel="email", received="2026-11-20", types=["access"], requester=person)
    base.update(kw)
    return CaseDraft(**base)


def counts(services):
    store = services.ctx.store
    return tuple(
        store.scalar(f"SELECT count(*) FROM {t}")
        for t in ("cases", "requesters", "requests", "correspondence", "attachments", "audit_log")
    )


def test_log_case_routes_computes_the_deadline_and_audits(services):
    logged = services.cases.log_case(draft(types=["access", "erasure", "access"]))
    assert logged.reference == "PD-2026-000001"
    assert logged.routing.company.id == "hoffmann-se" and logged.routing.rule == 2
    assert logged.deadline.due == date(2026, 12, 21)  # 20 Dec 2026 is a Sunday
    case = services.cases.case_file(logged.id)
    assert [r["type"] for r in case["requests"]] == ["access", "erasure"]
    assert case["status"] == "open" and case["company"]["version"] == 1
    assert case["audit"][-1]["action"] == "case-logged"
    assert case["audit"][-1]["who"].startswith("officer-test")  # on a server: "(login)" after
    assert case["audit"][-1]["at"].startswith("2026-11-24T10:00")


def test_business_customer_goes_to_the_delivery_company_with_its_calendar(services):
    logged = services.cases.log_case(
        draft(customer="business", delivery_country="NL", received="2026-04-05")
    )
    assert logged.routing.company.id == "hoffmann-nl"
    assert logged.deadline.due == date(2026, 5, 6)  # 5 May is a Dutch holiday every year


@pytest.mark.parametrize("name", [HOSTILE_NAME, RTL_NAME, EMOJI_NAME, "x" * 300])
def test_hostile_names_are_stored_exactly(services, name):
    logged = services.cases.log_case(draft(name=name))
    assert services.cases.case_file(logged.id)["requester"]["name"] == name


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "x" * 10_000}, "name"),
        ({"name": "a\x00b"}, "name"),
        ({"name": "tab\x1bescape"}, "name"),
        ({"name": "   "}, "name"),
        ({"email": "not-an-address"}, "email"),
        ({"received": "2026-02-30"}, "received"),
        ({"received": "2026-12-01"}, "received"),  # in the future
        ({"received": "24.11.2026"}, "received"),
        ({"received": "2017-01-01"}, "received"),
        ({"types": []}, "type"),
        ({"types": ["acess"]}, "type"),
        ({"channel": "pigeon"}, "channel"),
        ({"delivery_country": "Netherlands", "customer": "business"}, "delivery-country"),
        ({"language": "fr"}, "language"),
        ({"contract_company_id": "nope", "context": "location"}, "contract-company"),
    ],
)
def test_bad_input_names_the_field_and_stores_nothing(services, change, field):
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        services.cases.log_case(draft(**change))
    assert err.value.field == field
    assert counts(services) == before
    # No personal data in the message.
    assert "x" * 50 not in str(err.value) and "anne.private" not in str(err.value)


def test_original_and_attachments_are_kept_content_addressed(services):
    scan = Attachment("brief.pdf", "application/pdf", b"%PDF-1.4 scan", True)
    logged = services.cases.log_case(draft(channel="letter", attachments=[scan, scan]))
    item = services.cases.case_file(logged.id)["correspondence"][0]
    assert item["direction"] == "in" and len(item["attachments"]) == 2
    assert services.ctx.store.scalar("SELECT count(*) FROM blobs") == 1


def test_a_failure_half_way_leaves_nothing_behind(services, monkeypatch):
    from desktop.store import attachments as attachment_sql

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(attachment_sql, "insert_correspondence", broken)
    before = counts(services)
    with pytest.raises(RuntimeError):
        services.cases.log_case(draft())
    assert counts(services) == before


def test_pause_and_resume_add_the_days_waited(services, clock):
    from datetime import timedelta

    logged = services.cases.log_case(draft(received="2026-11-02"))
    assert logged.deadline.due == date(2026, 12, 2)
    services.cases.pause(logged.id, "Asked for the customer number", on="2026-11-10")
    assert services.cases.case_file(logged.id)["status"] == "awaiting-id"
    clock.moment += timedelta(days=6)
    deadline = services.cases.resume(logged.id)  # 30 Nov: 20 days paused
    assert deadline.paused_days == 20
    assert deadline.due == date(2026, 12, 22)
    case = services.cases.case_file(logged.id)
    assert case["status"] == "open" and case["due"] == "2026-12-22"
    assert [a["action"] for a in case["audit"]] == ["case-logged", "case-paused", "case-resumed"]
    assert case["audit"][-1]["detail"]["changes"]["paused_days"] == [0, 20]


def test_extend_before_the_deadline_only_and_with_reasons(services):
    early = services.cases.log_case(draft(received="2026-11-20"))
    with pytest.raises(ValidationError) as err:
        services.cases.extend(early.id, "  ")
    assert err.value.field == "reason"
    d = services.cases.extend(early.id, "Data in five systems")
    case = services.cases.case_file(early.id)
    assert case["extended"] and case["current_due"] == d.extended_due.isoformat()
    with pytest.raises(ValidationError, match="already extended"):
        services.cases.extend(early.id, "again")
    late = services.cases.log_case(draft(received="2026-09-01"))
    with pytest.raises(ValidationError) as err:
        services.cases.extend(late.id, "too late")
    assert err.value.field == "extend" and "passed" in err.value.message


def test_transfer_takes_the_new_companys_calendar(services):
    logged = services.cases.log_case(draft(received="2026-04-05"))
    assert logged.deadline.due == date(2026, 5, 5)  # Munich: 5 May is a working day
    d = services.cases.transfer(logged.id, "hoffmann-nl", "Customer of the Dutch company")
    assert d.due == date(2026, 5, 6)
    case = services.cases.case_file(logged.id)
    assert case["company"]["id"] == "hoffmann-nl" and case["routing"]["rule"] == 0
    with pytest.raises(ValidationError) as err:
        services.cases.transfer(logged.id, "hoffmann-nl", "again")
    assert err.value.field == "company"


def test_close_needs_an_outcome_for_every_request_then_reopen(services):
    logged = services.cases.log_case(draft(types=["access", "rectification"]))
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        services.cases.close(logged.id, {"access": "granted"})
    assert err.value.field == "outcome" and "rectification" in err.value.message
    assert counts(services) == before
    with pytest.raises(ValidationError) as err:  # granted: the rectification is recorded first
        services.cases.close(logged.id, {"access": "granted", "rectification": "granted"})
    assert err.value.field == "outcome" and "Art. 19" in err.value.message
    with pytest.raises(ValidationError) as err:  # refused: the letter must say why
        services.cases.close(logged.id, {"access": "granted", "rectification": "refused"})
    assert err.value.field == "note" and "rectification" in err.value.message
    services.cases.close(
        logged.id, {"access": "granted", "rectification": "refused"},
        note="The address on the invoices already issued stays as it was (§ 14 UStG).",
    )  # fmt: skip
    case = services.cases.case_file(logged.id)
    assert case["status"] == "closed" and case["closed_at"] == "2026-11-24"
    assert {r["type"]: r["outcome"] for r in case["requests"]} == {
        "access": "granted",
        "rectification": "refused",
    }
    with pytest.raises(ValidationError):
        services.cases.pause(logged.id, "closed cases do not pause")
    services.cases.reopen(logged.id, "Requester wrote again")
    assert services.cases.case_file(logged.id)["status"] == "open"


def test_officer_override_of_the_routing_is_recorded(services):
    logged = services.cases.log_case(
        draft(company_id="hoffmann-at", company_reason="Letter names the Vienna branch")
    )
    case = services.cases.case_file(logged.id)
    assert case["company"]["id"] == "hoffmann-at" and case["routing"]["rule"] == 0
    assert "Vienna branch" in case["routing"]["reason"]


def test_open_cases_of_the_same_person_are_found(services):
    services.cases.log_case(draft())
    found = services.cases.open_cases_of(
        Requester(name="Someone", email="ANNE.PRIVATE@example.org")
    )
    assert len(found) == 1


def test_cases_keep_the_company_data_they_were_handled_under(services):
    logged = services.cases.log_case(draft())
    data = services.register.company("hoffmann-se").to_dict()
    data["dpo_phone"] = "+49 89 0000"
    services.register.save(data)
    assert services.register.version_of("hoffmann-se") == 2
    case = services.cases.case_file(logged.id)
    assert case["company"]["version"] == 1
    handled = services.register.company_as_handled("hoffmann-se", 1)
    assert handled.dpo_phone == ""


def test_close_follows_the_decisions_recorded(services):
    from desktop.services.decisions import ErasureItem

    logged = services.cases.log_case(draft(types=["objection-interests", "erasure"]))
    with pytest.raises(ValidationError) as err:
        services.cases.close(logged.id, {"objection-interests": "refused", "erasure": "granted"})
    # A refused Art. 21(1) objection rests on a recorded assessment, as a granted erasure on
    # its decision.
    assert err.value.field == "outcome" and "assess the objection first" in err.value.message
    services.decisions.assess_objection(
        logged.id, "objection-interests", purposes=["legal-claims"], situation="Dispute",
        decision="rejected", grounds="Pending claim", balancing="Claim outweighs",
    )  # fmt: skip
    services.decisions.decide_erasure(logged.id, [ErasureItem("account")])
    for notice in services.cases.case_file(logged.id)["notices"]:
        services.decisions.record_notice(
            notice["id"], exempt_ground="impossible", exempt_reason="No data disclosed"
        )
    with pytest.raises(ValidationError) as err:
        services.cases.close(logged.id, {"objection-interests": "granted", "erasure": "granted"})
    assert "decided as refused" in err.value.message
    services.cases.close(logged.id, {"objection-interests": "refused", "erasure": "granted"})


def test_identity_check_restarts_the_clock_when_the_id_arrived(services, clock):
    from datetime import timedelta

    from desktop.services.cases import Attachment

    logged = services.cases.log_case(draft(received="2026-11-02"))
    services.cases.pause(logged.id, "Reasonable doubt", on="2026-11-10")
    scan = Attachment("id.png", "image/png", b"\x89PNG....", is_id_document=True)
    services.cases.add_correspondence(logged.id, "in", "email", "2026-11-12", "ID copy",
                                      attachments=[scan])  # fmt: skip
    clock.moment += timedelta(days=6)  # checked on 30 Nov, but it arrived on 12 Nov
    assert services.cases.record_identity_checked(logged.id, "ID copy checked") == 1
    case = services.cases.case_file(logged.id)
    assert case["paused_days"] == 2 and case["due"] == "2026-12-04"


def test_an_override_needs_a_reason(services):
    with pytest.raises(ValidationError) as err:
        services.cases.log_case(draft(company_id="hoffmann-at"))
    assert err.value.field == "company-reason"


def test_a_letter_dated_after_its_receipt_is_refused(services):
    with pytest.raises(ValidationError) as err:
        services.cases.log_case(draft(received="2026-11-20", letter_date="2026-11-21"))
    assert err.value.field == "letter-date"


def test_direction_overrides_are_refused_but_rtl_marks_are_kept(services):
    with pytest.raises(ValidationError) as err:
        services.cases.log_case(draft(name="Erika \u202eMustermann"))
    assert err.value.field == "name" and "U+202E" in err.value.message
    logged = services.cases.log_case(draft(name="مريم \u200fالحسن"))
    assert services.cases.case_file(logged.id)["requester"]["name"] == "مريم \u200fالحسن"


def test_resume_without_a_date_counts_until_the_information_arrived(services, clock):
    from datetime import timedelta

    logged = services.cases.log_case(draft(received="2026-11-02"))
    services.cases.pause(logged.id, "Asked for the customer number", on="2026-11-02")
    clock.moment += timedelta(seconds=1)
    services.cases.add_correspondence(logged.id, "in", "letter", "2026-11-09", "Reply with number")
    clock.moment += timedelta(days=3)
    deadline = services.cases.resume(logged.id)
    assert deadline.paused_days == 7  # 2 -> 9 Nov, not until the day it was entered


def test_a_message_is_received_on_the_day_it_arrived_where_the_company_is(services):
    """Issue 8.5: 23:50 UTC on 3 March is 4 March in Munich (extended due 5 Jun), whatever the
    PC's zone; a British company receives it on 3 March."""
    import datetime as dt

    from desktop.services.cases import CaseDraft, Requester

    arrived = dt.datetime(2026, 3, 3, 23, 50, tzinfo=dt.UTC)
    munich = services.cases.log_case(CaseDraft(
        channel="email", received=None, received_at=arrived, types=["access"],
        requester=Requester(name="Anne", customer="consumer"),
    ))  # fmt: skip
    case = services.cases.case_file(munich.id)
    assert case["company"]["id"] == "hoffmann-se"
    assert case["received"] == "2026-03-04" and case["extended_due"] == "2026-06-05"
    london = services.cases.log_case(CaseDraft(
        channel="email", received=None, received_at=arrived, types=["access"],
        requester=Requester(name="Bob", customer="business", delivery_country="GB"),
    ))  # fmt: skip
    assert services.cases.case_file(london.id)["received"] == "2026-03-03"


def test_asking_for_id_after_the_deadline_is_refused(services):
    """Issue 8.6: a pause cannot stop a clock that has already run out."""
    from desktop.core.errors import ValidationError
    from desktop.services.cases import CaseDraft, Requester

    case_id = services.cases.log_case(CaseDraft(
        channel="email", received="2026-09-01", types=["access"],
        requester=Requester(name="Anne"),
    )).id  # fmt: skip
    with pytest.raises(ValidationError, match="cannot\\s+stop a clock") as err:
        services.cases.pause(case_id, "ID doubt")
    assert err.value.field == "date"
    services.cases.pause(case_id, "ID doubt", on="2026-09-15")  # asked back then: recorded
    assert services.cases.case_file(case_id)["status"] == "awaiting-id"


def test_a_case_logged_before_the_steps_were_kept_gets_them_worked_out_again(services):
    """Migration 14 left older cases with their English explanation only: the case file
    works the steps out again from the company's calendar as the case knew it, but only
    where they give the very words stored."""
    case_id = services.cases.log_case(draft()).id
    kept = services.cases.case_file(case_id)["deadline_words"]
    assert kept and kept[0]["t"] == "Received %1 (%2);"
    with services.ctx.store.transaction():
        services.ctx.store.execute(
            "UPDATE cases SET deadline_words = NULL WHERE id = :id", {"id": case_id}
        )
    assert services.cases.case_file(case_id)["deadline_words"] == kept
    with services.ctx.store.transaction():
        services.ctx.store.execute(
            "UPDATE cases SET deadline_explanation = 'Worked out by hand.' WHERE id = :id",
            {"id": case_id},
        )
    assert services.cases.case_file(case_id)["deadline_words"] is None
