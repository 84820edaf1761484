"""Which letter a case needs next."""

from desktop.core.letter_types import LetterType, letters_needed

L = LetterType


def test_a_new_case_needs_an_acknowledgement_first():
    assert letters_needed("open", False, False, {"access": None}, set()) == [L.ACKNOWLEDGEMENT]


def test_identity_request_and_extension_notice_follow_the_state():
    assert letters_needed("awaiting-id", False, False, {"access": None}, {L.ACKNOWLEDGEMENT}) == [
        L.IDENTITY_REQUEST
    ]
    assert letters_needed("open", True, True, {}, {L.ACKNOWLEDGEMENT}) == [
        L.EXTENSION_NOTICE,
        L.TRANSFER,
    ]


def test_decisions_lead_to_their_letters():
    sent = {L.ACKNOWLEDGEMENT}
    outcomes = {
        "access": "granted",
        "erasure": "partly-granted",
        "objection-interests": "refused",
        "withdrawal": "granted",
        "objection-marketing": "granted",
    }
    assert letters_needed("closed", False, False, outcomes, sent) == [
        L.ACCESS_ANSWER,
        L.RIGHTS_DONE,
        L.OBJECTION_REJECTED,
        L.WITHDRAWAL_CONFIRMED,
        L.OBJECTION_UPHELD,
    ]
    assert letters_needed("closed", False, False, {"access": "refused"}, sent) == [L.REFUSAL]
    assert letters_needed("closed", False, False, {"access": "identity-not-confirmed"}, sent) == [
        L.IDENTITY_NOT_CONFIRMED
    ]


def test_letters_already_sent_are_not_proposed_again():
    sent = {L.ACKNOWLEDGEMENT, L.ACCESS_ANSWER}
    assert letters_needed("closed", False, False, {"access": "granted"}, sent) == []
