"""Issue 14.5: an authority's inquiry is a case of its own: its deadline is the authority's (not
worked out, not extended), it is linked to the cases it concerns, those case files are kept
while it (or a complaint) is open, and its export for the authority covers every case it names."""

from __future__ import annotations

import json

import pytest

from desktop.core.errors import ValidationError
from desktop.services.cases import CaseDraft, Requester
from desktop.services.inquiries import InquiryDraft


def log(services, name="Anne de Vries", received="2026-06-01", types=("access",)):
    who = Requester(name=name, email="anne@example.org", language="nl")
    draft = CaseDraft(requester=who, channel="email", received=received, types=list(types))
    return services.cases.log_case(draft)


def inquiry(services, *concerns, deadline="2026-12-15"):
    return services.inquiries.log_inquiry(
        InquiryDraft(
            authority="Autoriteit Persoonsgegevens",
            their_reference="z2026-01234",
            received="2026-11-20",
            their_deadline=deadline,
            concerns=concerns,
            asked="Klacht van mevrouw De Vries: waarom is haar inzageverzoek niet beantwoord?",
            company_id="hoffmann-nl",
        )  # fmt: skip
    )


def test_the_inquiry_s_deadline_is_the_authority_s_and_it_links_its_cases(services):
    original = log(services)
    logged = inquiry(services, original.reference)
    case = services.cases.case_file(logged.id)
    assert case["current_due"] == case["due"] == case["extended_due"] == "2026-12-15"
    assert "set by Autoriteit Persoonsgegevens" in case["deadline_explanation"]
    assert case["requester"]["name"] == "Autoriteit Persoonsgegevens"
    assert case["company"]["id"] == "hoffmann-nl"
    assert [link["reference"] for link in case["links"]] == [original.reference]
    assert services.inquiries.inquiry(logged.id)["their_reference"] == "z2026-01234"
    back = services.cases.case_file(original.id)["links"]
    assert [link["id"] for link in back] == [logged.id]  # linked both ways
    assert "inquiry-logged" in [a["action"] for a in case["audit"]]


def test_it_cannot_be_extended_paused_or_moved_but_takes_the_authority_s_new_date(services):
    logged = inquiry(services)
    for action in (lambda: services.cases.extend(logged.id, "complex"),
                   lambda: services.cases.pause(logged.id, "ID"),
                   lambda: services.cases.transfer(logged.id, "hoffmann-se", "wrong company")):  # fmt: skip
        with pytest.raises(ValidationError, match="authority"):
            action()
    services.inquiries.set_their_deadline(logged.id, "2027-01-15", "extension granted by phone")
    assert services.cases.case_file(logged.id)["current_due"] == "2027-01-15"
    with pytest.raises(ValidationError) as early:
        services.inquiries.set_their_deadline(logged.id, "2026-11-01", "typo")
    assert early.value.field == "deadline"


def test_bad_input_names_its_field_and_stores_nothing(services):
    count = services.ctx.store.scalar("SELECT count(*) FROM cases")
    for change, field in ((dict(authority=" "), "authority"), (dict(their_reference=""), "their-reference"),
                          (dict(their_deadline="2026-11-01"), "deadline"),
                          (dict(concerns=("PD-2026-999999",)), "concerns")):  # fmt: skip
        draft = dict(authority="AP", their_reference="z1", received="2026-11-20",
                     their_deadline="2026-12-15")  # fmt: skip
        with pytest.raises(ValidationError) as refused:
            services.inquiries.log_inquiry(InquiryDraft(**{**draft, **change}))
        assert refused.value.field == field
    assert services.ctx.store.scalar("SELECT count(*) FROM cases") == count


def test_an_open_inquiry_or_complaint_holds_the_case_file(services, clock):
    original = log(services, received="2022-03-01")
    services.cases.close(original.id, {"access": "granted"}, on="2022-03-20")
    logged = inquiry(services, original.reference)
    with pytest.raises(ValidationError) as held:
        services.cases.purge(original.id, "retention over")
    assert logged.reference in held.value.message
    services.cases.close(logged.id, {"complaint": "granted"})
    assert services.cases.purge(original.id, "retention over") == original.reference


def test_the_export_covers_the_inquiry_and_every_case_it_concerns(services, tmp_path):
    first, second = log(services), log(services, "Bram Jansen")
    logged = inquiry(services, first.reference, str(second.id))
    out = tmp_path / "for-the-authority"
    out.mkdir()
    written = services.inquiries.export_for_authority(logged.id, out)
    folders = sorted(p.name for p in out.iterdir())
    assert folders == sorted([logged.reference, first.reference, second.reference])
    assert len(written) == 3
    for folder in out.iterdir():
        assert (folder / "SHA256SUMS").exists() and (folder / "audit.json").exists()
    case = json.loads((out / logged.reference / "case.json").read_text())
    assert case["reference"] == logged.reference


def test_the_command_line(run, tmp_path, clock):
    assert run("case", "add", "--name", "Anne de Vries", "--email", "a@example.org",
               "--channel", "email", "--received", "2026-10-01", "--type", "access")[0] == 0  # fmt: skip
    code, out, err = run("inquiry", "add", "--authority", "Autoriteit Persoonsgegevens",
                         "--their-reference", "z2026-01234", "--received", "2026-11-20",
                         "--deadline", "2026-12-15", "--concerns", "PD-2026-000001", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["current_due"] == "2026-12-15"
    code, out, err = run("inquiry", "deadline", "2", "--date", "2027-01-10", "--reason", "granted")
    assert code == 0 and "2027-01-10" in out
    code, out, err = run("inquiry", "export", "2", str(tmp_path / "ap"))
    assert code == 0 and "2 case file(s)" in out
    assert run("inquiry", "add", "--authority", "AP", "--their-reference", "x",
               "--received", "2026-11-20", "--deadline", "soon")[0] == 2  # fmt: skip


def test_a_complaint_linked_to_its_case_holds_it_too(run, services, clock):
    original = log(services, received="2022-03-01")
    services.cases.close(original.id, {"access": "granted"}, on="2022-03-20")
    complaint = log(services, received="2026-11-20", types=("complaint",))
    code, out, err = run("case", "link", str(complaint.id), original.reference,
                         "--reason", "the complaint concerns it")  # fmt: skip
    assert code == 0, err
    code, _, err = run("case", "purge", str(original.id), "--reason", "retention over")
    assert code == 2 and complaint.reference in err


def test_the_authority_is_answered_in_its_own_language(services):
    dutch = inquiry(services)  # addressed to Hoffmann Nederland
    assert services.cases.case_file(dutch.id)["requester"]["language"] == "nl"
