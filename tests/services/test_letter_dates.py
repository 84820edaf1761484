"""Issue 11, defect 11 and the trial's findings: the dates a letter states are the case's own."""

from __future__ import annotations

from datetime import date

from desktop.core.letter_types import LetterType
from desktop.services.cases import CaseDraft, Requester


def log(services, received="2026-11-02", letter_date=None, language="en"):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received=received,
            types=["access"],
            letter_date=letter_date,
            requester=Requester(
                name="Anna Schmidt",
                language=language,
                street="Hauptstraße 5",
                postcode="69117",
                city="Heidelberg",
                country="DE",
            ),
        )  # fmt: skip
    ).id


def words(services, case_id, kind):
    draft = services.letters.draft(case_id, kind)
    return " ".join(f"{draft.subject} {draft.body}".split())


def test_identity_not_confirmed_states_the_day_the_identity_was_asked_for(services, clock):
    case_id = log(services)
    services.cases.pause(case_id, "Please confirm your customer number.", on="2026-11-05")
    clock.moment = clock.moment.replace(year=2027, month=1, day=20)  # no reply came
    services.cases.close(case_id, {"access": "identity-not-confirmed"})
    text = words(services, case_id, LetterType.IDENTITY_NOT_CONFIRMED)
    assert "5 November 2026" in text
    assert (
        "24 November 2026" not in text
    )  # the day the pause was typed in is no fact for the person


def test_the_extension_notice_explains_the_days_of_the_identity_check(services):
    case_id = log(services)
    services.cases.pause(case_id, "Please confirm your customer number.", on="2026-11-05")
    services.cases.resume(case_id, on="2026-11-12")  # 7 days waited
    services.cases.extend(case_id, "Data in several systems of the group.")
    text = words(services, case_id, LetterType.EXTENSION_NOTICE)
    assert "plus the 7 days we waited for your reply" in text
    case = services.cases.case_file(case_id)
    due = date.fromisoformat(case["due"])
    assert due.strftime("%-d %B %Y") in text


def test_the_reference_line_cites_the_persons_letter_by_its_own_date(services, tmp_path):
    import shutil
    import subprocess

    import pytest

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    with_date = log(services, received="2026-11-04", letter_date="2026-10-30")
    without = log(services, received="2026-11-04")
    printed = {}
    for case_id in (with_date, without):
        pdf = services.letters.render(services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT))
        path = tmp_path / f"{case_id}.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        printed[case_id] = " ".join(out.stdout.decode("utf-8").split())
    assert "Your letter of 30 October 2026" in printed[with_date]
    assert "Received on 4 November 2026" in printed[without]


def test_an_acknowledgement_on_the_due_day_promises_nothing_before_that_day(services, clock):
    case_id = log(services, received="2026-10-24")
    due = services.cases.case_file(case_id)["due"]
    assert due == "2026-11-24"  # today, in the tests' clock
    text = words(services, case_id, LetterType.ACKNOWLEDGEMENT)
    assert "before 24 November" not in text
    clock.moment = clock.moment.replace(day=25)
    late = words(services, case_id, LetterType.ACKNOWLEDGEMENT)
    assert "extended by up to two further months" not in late  # too late to notify an extension


def test_a_transfer_letter_comes_from_the_company_that_forwards_the_request(services, tmp_path):
    """Issue 11, defect 10: sender is the forwarding company; the receiver and its DPO named."""
    import shutil
    import subprocess

    import pytest

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    case_id = log(services, language="en")
    before = services.cases.case_file(case_id)["company"]["name"]
    services.cases.transfer(case_id, "hoffmann-nl", "The contract is with the Dutch company")
    draft = services.letters.draft(case_id, LetterType.TRANSFER)
    path = tmp_path / "transfer.pdf"
    path.write_bytes(services.letters.render(draft))
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    text = out.stdout.decode("utf-8")
    assert text.lstrip().startswith(before)  # the letterhead: Hoffmann SE forwards it
    after = services.register.company("hoffmann-nl")
    flat = " ".join(text.split())
    assert f"passed on to {after.name}" in flat and after.dpo_email in flat


def test_the_letter_proposed_is_never_an_acknowledgement_already_sent(services):
    """The trial's finding: with nothing needed, the dialog proposed the acknowledgement again."""
    from tests.letterhead_support import complete_letterhead

    complete_letterhead(services)
    case_id = log(services)
    ack = services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT)
    services.letters.record_sent(ack, "2026-11-03", "post")
    assert services.letters.needed(case_id) == []
    assert services.letters.proposed(case_id) is not LetterType.ACKNOWLEDGEMENT
