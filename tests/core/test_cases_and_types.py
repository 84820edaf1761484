"""Request types, channels and the case state machine."""

import pytest

from desktop.core.cases import CaseAction, CaseStatus, allowed_actions, status_after
from desktop.core.errors import ValidationError
from desktop.core.requests import Channel, RequestType


def test_every_request_type_has_a_label_and_a_basis():
    for kind in RequestType:
        assert kind.label and kind.basis.startswith("Art.")
    assert RequestType.parse(" Access ") is RequestType.ACCESS
    with pytest.raises(ValueError, match="unknown request type"):
        RequestType.parse("acess")


def test_channels_parse_in_the_officers_words():
    assert Channel.parse("web form") is Channel.WEB_FORM
    assert Channel.parse("IN_PERSON") is Channel.IN_PERSON
    assert {c.value for c in Channel} >= {"email", "letter", "fax", "phone"}


def test_transitions():
    assert status_after(CaseAction.PAUSE, CaseStatus.OPEN) is CaseStatus.AWAITING_ID
    assert status_after(CaseAction.RESUME, CaseStatus.AWAITING_ID) is CaseStatus.OPEN
    assert status_after(CaseAction.CLOSE, CaseStatus.AWAITING_ID) is CaseStatus.CLOSED
    assert status_after(CaseAction.REOPEN, CaseStatus.CLOSED) is CaseStatus.OPEN
    assert status_after(CaseAction.EXTEND, CaseStatus.OPEN) is CaseStatus.OPEN
    assert allowed_actions(CaseStatus.CLOSED) == {CaseAction.REOPEN}
    with pytest.raises(ValidationError) as err:
        status_after(CaseAction.EXTEND, CaseStatus.CLOSED)
    assert err.value.field == "status" and "closed" in err.value.message


def test_a_deadline_is_extended_once():
    assert CaseAction.EXTEND in allowed_actions(CaseStatus.OPEN)
    assert CaseAction.EXTEND not in allowed_actions(CaseStatus.OPEN, extended=True)
    assert CaseAction.EXTEND not in allowed_actions(CaseStatus.AWAITING_ID, extended=True)
    assert CaseAction.CLOSE in allowed_actions(CaseStatus.OPEN, extended=True)
