"""Issue 14.3: an identification asked for and not received for two weeks calls for a reminder
letter (nl, de, en) giving two more weeks; two weeks after the reminder the worklist says to
close the case as identity not confirmed, and that closing letter follows."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.letter_types import LetterType
from desktop.core.worklist import id_next_step
from desktop.services.cases import CaseDraft, Requester
from tests.letterhead_support import complete_letterhead


def waiting_case(services, language="de"):
    complete_letterhead(services)  # the shipped entry makes drafts only: nothing is "sent"
    who = Requester(name="Jürgen Weiß", email="jw@example.org", language=language)
    case = services.cases.log_case(
        CaseDraft(requester=who, channel="email", received="2026-11-02", types=["access"])
    )
    services.cases.pause(case.id, "Ihre Kundennummer", on="2026-11-05")
    for kind in (LetterType.ACKNOWLEDGEMENT, LetterType.IDENTITY_REQUEST):
        services.letters.record_sent(services.letters.draft(case.id, kind), "2026-11-05", "email")
    return case


def waiting_row(services, case_id):
    return next(r for r in services.queries.worklist()["waiting"] if r["id"] == case_id)


def test_the_next_step_after_two_weeks_and_after_the_reminder():
    assert id_next_step(13, None) is None
    assert id_next_step(14, None) == "remind"
    assert id_next_step(40, 13) is None  # reminded: two more weeks
    assert id_next_step(40, 14) == "close"


def test_two_weeks_without_a_reply_propose_the_reminder_in_the_requester_s_language(
    services, clock
):
    case = waiting_case(services)  # today is 24 Nov: 19 days since the request
    assert services.letters.needed(case.id)[0] is LetterType.IDENTITY_REMINDER
    assert waiting_row(services, case.id)["next_step"] == "remind"
    draft = services.letters.draft(case.id, LetterType.IDENTITY_REMINDER)
    assert draft.subject.startswith("Erinnerung")
    assert "5. November 2026" in draft.body  # when it was asked
    assert "8. Dezember 2026" in draft.body  # two more weeks from the letter's date
    assert "Ihre Kundennummer" in draft.body
    services.letters.record_sent(draft, "2026-11-24", "email")
    assert LetterType.IDENTITY_REMINDER not in services.letters.needed(case.id)
    assert waiting_row(services, case.id)["next_step"] is None
    clock.moment = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
    assert waiting_row(services, case.id)["next_step"] == "close"
    services.cases.close(case.id, {"access": "identity-not-confirmed"})
    assert services.letters.needed(case.id) == [LetterType.IDENTITY_NOT_CONFIRMED]


def test_the_reminder_reads_right_in_dutch_and_english(services):
    for language, words in (("nl", ("Herinnering", "8 december 2026")),
                            ("en", ("Reminder", "8 December 2026"))):  # fmt: skip
        case = waiting_case(services, language)
        draft = services.letters.draft(case.id, LetterType.IDENTITY_REMINDER)
        text = f"{draft.subject}\n{draft.body}"
        assert all(word in text for word in words), (language, text)
        assert services.letters.render(draft).startswith(b"%PDF")


def test_no_reminder_before_two_weeks_or_before_the_request_was_sent(services, clock):
    clock.moment = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)  # 13 days
    case = waiting_case(services)
    assert LetterType.IDENTITY_REMINDER not in services.letters.needed(case.id)
    clock.moment = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    who = Requester(name="Anne de Vries", email="a@example.org", language="nl")
    other = services.cases.log_case(
        CaseDraft(requester=who, channel="email", received="2026-11-02", types=["access"])
    )
    services.cases.pause(other.id, "klantnummer", on="2026-11-05")
    # The request itself was never sent: that comes first, not a reminder of it.
    assert LetterType.IDENTITY_REQUEST in services.letters.needed(other.id)
    assert LetterType.IDENTITY_REMINDER not in services.letters.needed(other.id)
