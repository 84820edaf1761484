"""Letters from a case: proposed, worded, edited, rendered, and kept exactly as sent."""

import hashlib
import shutil
import subprocess
from dataclasses import replace
from datetime import timedelta

import pytest

from desktop.core.errors import ValidationError
from desktop.core.letter_types import LetterType
from desktop.services.cases import CaseDraft, Requester
from tests.letterhead_support import complete_letterhead
from tests.postgres import refused_by_store

needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
HOSTILE = 'Jürgen <Müller> & Söhne "AT&T"'


@pytest.fixture(autouse=True)
def _letters_may_be_sent(services):
    """Hoffmann SE's shipped entry makes drafts only (tests/letterhead_support.py)."""
    complete_letterhead(services)


def pdf_text(data: bytes) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


def log(services, *types, language="de", name=HOSTILE, received="2026-11-20", **kw):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received=received,
            types=list(types),
            requester=Requester(
                name=name,
                address="Leopoldstraße 77\n80802 München",
                language=language,
                email="j@example.org",
            ),
            **kw,
        )  # fmt: skip
    ).id


@needs_pdftotext
def test_acknowledgement_is_proposed_and_rendered_in_the_requesters_language(services):
    case_id = log(services, "access", "erasure")
    assert services.letters.proposed(case_id) is LetterType.ACKNOWLEDGEMENT
    draft = services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT)
    assert draft.language == "de"
    text = pdf_text(services.letters.render(draft))
    for expected in ("Hoffmann SE", "Haberlandstr. 55", "81241 München", "PD-2026-000001",
                     "21. Dezember 2026", "20. November 2026", HOSTILE):  # fmt: skip
        assert expected in text


@needs_pdftotext
def test_the_officers_edits_are_what_is_printed(services):
    case_id = log(services, "access", language="en", name="Emma Taylor")
    draft = services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT)
    edited = replace(
        draft,
        subject="Your request of 20 November 2026",
        body=draft.body + "\n\n## A heading we added\n\n- first point\n- second point",
    )
    text = pdf_text(services.letters.render(edited))
    assert "Your request of 20 November 2026" in text
    assert "A heading we added" in text and "first point" in text and "second point" in text


def test_record_sent_keeps_the_pdf_unchangeable_in_the_case(services):
    case_id = log(services, "access")
    draft = services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT)
    letter_id = services.letters.record_sent(draft, "2026-11-23", "post")
    case = services.cases.case_file(case_id)
    letter = case["letters"][0]
    assert (letter["id"], letter["sent_via"], letter["sent_on"]) == (
        letter_id,
        "post",
        "2026-11-23",
    )
    item = next(i for i in case["correspondence"] if i["direction"] == "out")
    attachment = item["attachments"][0]
    pdf = services.letters.letter_pdf(letter_id)
    assert pdf.startswith(b"%PDF") and attachment["sha256"] == letter["sha256"]
    assert hashlib.sha256(pdf).hexdigest() == letter["sha256"]
    assert case["audit"][-1]["action"] == "letter-sent"
    assert services.letters.needed(case_id) == []
    store = services.ctx.store
    with pytest.raises(refused_by_store()), store.transaction():
        store.execute("UPDATE letters SET sent_via = 'fax'")
    with pytest.raises(refused_by_store()), store.transaction():
        store.execute("UPDATE blobs SET content = :c", {"c": b"\0"})
    with pytest.raises(refused_by_store()), store.transaction():
        store.execute("UPDATE attachments SET sha256 = 'x'")


def test_an_extension_notice_sent_after_the_deadline_is_flagged(services, clock):
    case_id = log(services, "access", received="2026-10-01")  # due 2 Nov 2026
    services.ctx.clock.moment -= timedelta(days=30)  # 25 Oct: still within the first month
    services.cases.extend(case_id, "Data in five systems")
    services.ctx.clock.moment += timedelta(days=30)
    # Its moment has passed (2 Nov): no longer proposed (issue 8.3), but it may still be sent.
    assert LetterType.EXTENSION_NOTICE not in services.letters.needed(case_id)
    draft = services.letters.draft(case_id, LetterType.EXTENSION_NOTICE)
    on_time = services.letters.record_sent(draft, "2026-10-30", "email")
    late = services.letters.record_sent(draft, "2026-11-10", "post")
    rows = {r["id"]: r["late"] for r in services.letters.letters(case_id)}
    assert rows == {on_time: 0, late: 1}


@pytest.mark.parametrize(
    ("change", "field"),
    [({"subject": "  "}, "subject"), ({"body": ""}, "text"), ({"body": "bell \x07"}, "text")],
)
def test_bad_edits_name_the_field(services, change, field):
    case_id = log(services, "access")
    draft = replace(services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT), **change)
    with pytest.raises(ValidationError) as err:
        services.letters.render(draft)
    assert err.value.field == field


def test_bad_send_data_is_refused_and_nothing_is_kept(services):
    case_id = log(services, "access")
    draft = services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT)
    for sent_on, via, field in (("2026-11-24", "pigeon", "via"), ("2026-12-24", "post", "sent-on"),
                                ("2026-11-01", "post", "sent-on")):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            services.letters.record_sent(draft, sent_on, via)
        assert err.value.field == field
    assert services.letters.letters(case_id) == []


@needs_pdftotext
@pytest.mark.parametrize("language", ["nl", "de", "en"])
def test_decision_letters_follow_the_decisions(services, language):
    case_id = log(services, "objection-interests", language=language)
    services.decisions.assess_objection(
        case_id, "objection-interests", purposes=["legal-claims"], situation="Dispute",
        decision="rejected", grounds="Pending court case about unpaid invoices",
        balancing="The claim outweighs the interest in erasure while the case runs.",
    )  # fmt: skip
    services.cases.close(case_id, {"objection-interests": "refused"})
    assert LetterType.OBJECTION_REJECTED in services.letters.needed(case_id)
    draft = services.letters.draft(case_id, LetterType.OBJECTION_REJECTED)
    text = pdf_text(services.letters.render(draft))
    assert "Bayerisches Landesamt für Datenschutzaufsicht" in text
    assert "Promenade 18" in text and "Pending court case about unpaid invoices" in text


def test_batch_lists_the_letters_due(services):
    first = log(services, "access")
    second = log(services, "erasure", name="Anna Fischer")
    services.letters.record_sent(
        services.letters.draft(first, LetterType.ACKNOWLEDGEMENT), None, "post"
    )
    assert services.letters.due_today() == [(second, LetterType.ACKNOWLEDGEMENT)]


def test_a_letter_that_would_say_something_untrue_is_refused(services):
    case_id = log(services, "access")
    for kind in (LetterType.EXTENSION_NOTICE, LetterType.OBJECTION_REJECTED,
                 LetterType.TRANSFER, LetterType.WITHDRAWAL_CONFIRMED):  # fmt: skip
        with pytest.raises(ValidationError) as err:
            services.letters.draft(case_id, kind)
        assert err.value.field == "type"
    fitting = services.letters.fitting(case_id)
    assert fitting[LetterType.ACKNOWLEDGEMENT] is None
    assert fitting[LetterType.EXTENSION_NOTICE] == "the case is not extended"


def test_paper_needs_a_postal_address(services):
    case_id = services.cases.log_case(
        CaseDraft(
            channel="email",
            received="2026-11-20",
            types=["access"],
            requester=Requester(name="Emma", email="emma@example.org"),
        )  # fmt: skip
    ).id
    draft = services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT)
    with pytest.raises(ValidationError) as err:
        services.letters.record_sent(draft, None, "post")
    assert err.value.field == "via"
    assert services.letters.channel_for(case_id) == "email"
    assert services.letters.record_sent(draft, None, "email")


@needs_pdftotext
def test_the_acknowledgement_mentions_an_extension_only_once_it_was_notified(services):
    case_id = log(services, "access", language="en", name="Emma Taylor")
    services.cases.extend(case_id, "Many systems")
    text = pdf_text(
        services.letters.render(services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT))
    )
    assert "21 February 2027" not in text and "22 February 2027" not in text


def test_an_acknowledgement_whose_deadline_passed_is_not_proposed(services):
    """Issue 8.3: the batch offered an acknowledgement 239 days late, promising a past date."""
    late = log(services, "access", received="2026-03-01")  # due 1 Apr 2026; today 24 Nov
    fresh = log(services, "access", received="2026-11-20")
    assert LetterType.ACKNOWLEDGEMENT not in services.letters.needed(late)
    assert services.letters.needed(fresh)[0] is LetterType.ACKNOWLEDGEMENT
    assert [case for case, _kind in services.letters.due_today()] == [fresh]


def test_a_letter_for_a_case_changed_meanwhile_is_refused_and_nothing_is_kept(services):
    """The officer worded the letter, then the case changed elsewhere: recording it is refused
    inside the same transaction as the write (the guard the window relies on)."""
    from desktop.services.context import CHANGED_MEANWHILE_BY

    case_id = log(services, "access")
    seen = services.cases.version_of(case_id)
    draft = services.letters.draft(case_id, LetterType.ACKNOWLEDGEMENT)
    services.cases.add_note(case_id, "changed in another window")
    with pytest.raises(ValidationError) as refused, services.letters.expecting(case_id, seen):
        services.letters.record_sent(draft, "2026-11-23", "email")
    assert refused.value.template == CHANGED_MEANWHILE_BY  # naming who changed it
    assert refused.value.values[0].startswith("officer-test")
    assert services.letters.letters(case_id) == []
    assert [e["action"] for e in services.cases.case_file(case_id)["audit"]][-1] == "note-added"
