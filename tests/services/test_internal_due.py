"""Issue 14.3: the office's own deadline, a number of working days before the legal one (in the
responsible company's calendar), kept as a rule of the store and shown beside the legal one."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.deadlines import HolidayCalendar, internal_due
from desktop.core.errors import ValidationError
from desktop.services.cases import CaseDraft, Requester

BAVARIA = HolidayCalendar("DE", "BY")


def test_working_days_are_counted_back_past_weekends_and_holidays():
    assert internal_due(date(2026, 12, 21), BAVARIA, 5) == date(2026, 12, 14)  # Mon -> Mon
    # 28 Dec (Mon) back 5: 24 Dec (Thu), 23, 22, 21, 18 Dec; 25 and 26 Dec are holidays.
    assert internal_due(date(2026, 12, 28), BAVARIA, 5) == date(2026, 12, 18)
    assert internal_due(date(2026, 12, 21), BAVARIA, 0) == date(2026, 12, 21)


def test_the_rule_is_the_store_s_and_every_change_is_audited(services):
    who = Requester(name="Anne de Vries", email="a@example.org")
    case = services.cases.log_case(
        CaseDraft(requester=who, channel="email", received="2026-11-20", types=["access"])
    )
    shown = services.cases.case_file(case.id)
    assert shown["current_due"] == "2026-12-21" and shown["internal_due"] == "2026-12-14"
    services.office_rules.set_internal_margin(3)
    assert services.cases.case_file(case.id)["internal_due"] == "2026-12-16"
    row = services.queries.worklist(soon_days=30)["due_soon"][0]
    assert row["internal_due"] == "2026-12-16"
    audit = services.ctx.store.rows("SELECT action, detail FROM audit_log ORDER BY id DESC")
    assert audit[0]["action"] == "office-rule-changed" and "[5, 3]" in audit[0]["detail"]
    with pytest.raises(ValidationError) as wrong:
        services.office_rules.set_internal_margin(45)
    assert wrong.value.field == "margin" and services.office_rules.internal_margin() == 3
    services.cases.pause(case.id, "customer number")
    assert services.cases.case_file(case.id)["internal_due"] is None  # the clock stands still
