"""How pressing a case is: one rule for the worklist, the case list and the command line."""

from desktop.core.worklist import Urgency, needs_id_reminder, urgency


def test_urgency_by_days_left():
    assert urgency(-1) is Urgency.OVERDUE
    assert urgency(0) is Urgency.SOON and urgency(7) is Urgency.SOON
    assert urgency(8) is Urgency.CALM


def test_an_id_request_unanswered_for_two_weeks_needs_a_reminder():
    assert not needs_id_reminder(13)
    assert needs_id_reminder(14)


def test_a_case_offers_the_decisions_of_the_rights_it_holds_while_open():
    from desktop.core.cases import CaseStatus
    from desktop.core.decisions import DecisionAction as D
    from desktop.core.decisions import offered_decisions

    assert offered_decisions(CaseStatus.OPEN, ["objection-credit", "access"]) == {
        D.ASSESS_OBJECTION_CREDIT,
        D.RESTRICT_WHILE_ASSESSING,
        D.RECORD_ACCESS_ANSWER,
    }
    assert offered_decisions(CaseStatus.AWAITING_ID, iter(["access", "erasure"])) == {
        D.DECIDE_ERASURE,
        D.RECORD_ACCESS_ANSWER,
    }
    assert offered_decisions(CaseStatus.OPEN, ["complaint", "rectification"]) == {
        D.RECORD_RECTIFICATION
    }  # Art. 16 with its Art. 19 notices
    assert offered_decisions(CaseStatus.OPEN, ["complaint"]) == set()
    assert offered_decisions(CaseStatus.CLOSED, ["erasure", "withdrawal"]) == set()
