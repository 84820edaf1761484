"""Deadlines per DOMAIN.md §3: worked examples and dates derived from the rules."""

from datetime import date

import pytest

from desktop.core.deadlines import (
    MUNICH,
    NETHERLANDS,
    HolidayCalendar,
    add_months,
    extension_refusal,
    response_deadline,
)
from desktop.core.errors import ValidationError


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 3, 5), 1, date(2026, 4, 5)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 1, 31), 3, date(2026, 4, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2027, 11, 29), 3, date(2028, 2, 29)),
    ],
)
def test_add_months_keeps_the_day_number_or_clamps(start, months, expected):
    assert add_months(start, months) == expected


def test_domain_example_31_january_2026():
    d = response_deadline(date(2026, 1, 31), MUNICH)
    assert d.due == date(2026, 3, 2)  # 28 Feb is a Saturday
    assert d.extended_due == date(2026, 4, 30)  # not 28 Apr, not 4 May
    assert "Saturday" in d.explanation and "2 Mar 2026" in d.explanation


def test_domain_example_31_august_is_30_september():
    assert response_deadline(date(2026, 8, 31), MUNICH).due == date(2026, 9, 30)


def test_5_march_2026_rolls_over_easter_in_munich():
    # 5 Apr 2026 is Easter Sunday, 6 Apr Easter Monday.
    d = response_deadline(date(2026, 3, 5), MUNICH)
    assert d.due == date(2026, 4, 7)
    assert "Easter Monday" in d.explanation


def test_munich_keeps_assumption_day():
    # 15 Aug 2025 is a Friday and a holiday in Munich only with the catholic category.
    d = response_deadline(date(2025, 7, 15), MUNICH)
    assert d.due == date(2025, 8, 18)
    plain_bavaria = HolidayCalendar("DE", "BY")
    assert response_deadline(date(2025, 7, 15), plain_bavaria).due == date(2025, 8, 15)


def test_netherlands_has_5_may_every_year_and_good_friday():
    # 5 May 2026 (Tuesday) is not a lustrum year: holidays.NL omits it without "optional".
    assert response_deadline(date(2026, 4, 5), NETHERLANDS).due == date(2026, 5, 6)
    # Good Friday 2027 is 26 Mar: 26 Feb + 1 month -> Friday 26 Mar -> Monday 29 Mar is
    # Easter Monday -> Tuesday 30 Mar.
    assert response_deadline(date(2027, 2, 26), NETHERLANDS).due == date(2027, 3, 30)


def test_chain_of_holidays_at_christmas():
    # 25 Nov + 1 month = Friday 25 Dec 2026; 26 Dec Sat, 27 Sun -> Monday 28 Dec.
    assert response_deadline(date(2026, 11, 25), MUNICH).due == date(2026, 12, 28)
    # Received 24 Nov 2027: 24 Dec 2027 Friday is a working day in Munich.
    assert response_deadline(date(2027, 11, 24), MUNICH).due == date(2027, 12, 24)


def test_whitsun_chain_in_the_netherlands():
    # 24 May 2026 is Whit Sunday, 25 May Whit Monday.
    assert response_deadline(date(2026, 4, 24), NETHERLANDS).due == date(2026, 5, 26)


def test_new_year_chain():
    # 1 Jan 2028 is a Saturday: 2 Jan Sunday -> Monday 3 Jan.
    assert response_deadline(date(2027, 12, 1), MUNICH).due == date(2028, 1, 3)


def test_extended_deadline_counts_from_receipt_not_from_the_deadline():
    d = response_deadline(date(2026, 1, 31), MUNICH)
    assert d.extended_due == date(2026, 4, 30)
    assert add_months(d.due, 2) != d.extended_due


def test_pause_days_are_added_before_rolling():
    # 5 Mar + 1 month = 5 Apr; +3 days paused = 8 Apr (Wednesday).
    d = response_deadline(date(2026, 3, 5), MUNICH, paused_days=3)
    assert d.due == date(2026, 4, 8)
    assert d.extended_due == date(2026, 6, 8)  # 5 Jun + 3 = 8 Jun (Monday)
    assert "paused" in d.explanation
    # Paused into a weekend: 31 Jan -> 28 Feb + 1 = 1 Mar (Sunday) -> 2 Mar.
    assert response_deadline(date(2026, 1, 31), MUNICH, paused_days=1).due == date(2026, 3, 2)


def test_negative_pause_is_refused():
    with pytest.raises(ValidationError) as err:
        response_deadline(date(2026, 3, 5), MUNICH, paused_days=-1)
    assert err.value.field == "paused-days"


def test_received_on_a_weekend_still_starts_the_clock():
    # Received Saturday 7 Nov 2026 -> 7 Dec 2026 (Monday).
    assert response_deadline(date(2026, 11, 7), MUNICH).due == date(2026, 12, 7)


def test_extension_only_before_the_deadline_and_with_reasons():
    d = response_deadline(date(2026, 1, 31), MUNICH)
    assert extension_refusal(d, date(2026, 3, 2), "complex") is None  # the last day counts
    late = extension_refusal(d, date(2026, 3, 3), "complex")
    assert late is not None and late.field == "extend"
    no_reason = extension_refusal(d, date(2026, 2, 10), "  ")
    assert no_reason is not None and no_reason.field == "reason"


def test_extra_decreed_dates_are_holidays():
    cal = HolidayCalendar("NL", None, ("public", "optional"), (date(2026, 5, 15),))
    # 15 Apr + 1 month = Friday 15 May 2026, equated by decree -> Monday 18 May.
    assert response_deadline(date(2026, 4, 15), cal).due == date(2026, 5, 18)


def test_unknown_calendar_is_a_clear_error():
    with pytest.raises(ValidationError) as err:
        HolidayCalendar("XX")
    assert err.value.field == "calendar"


def test_the_dutch_calendar_says_it_leaves_out_days_equated_by_decree():
    """Issue 11, defect 15: a deliberate deviation is said in the explanation."""
    from datetime import date

    from desktop.core.deadlines import MUNICH, NETHERLANDS, response_deadline

    dutch = response_deadline(date(2026, 4, 20), NETHERLANDS).explanation
    assert "Algemene termijnenwet art. 3(3)" in dutch and "earlier date" in dutch
    assert "Algemene termijnenwet" not in response_deadline(date(2026, 4, 20), MUNICH).explanation
