"""Deadline questions asked without a case: for a company, or for a country and region."""

from __future__ import annotations

from datetime import date

from desktop.core.deadlines import NETHERLANDS, Deadline, HolidayCalendar, response_deadline
from desktop.core.errors import ValidationError
from desktop.services import validation as v
from desktop.services.companies import CompanyRegister

# The calendars DOMAIN.md §3.3 prescribes when only a country is named.
_COUNTRY_DEFAULTS = {
    # Bavarian seats other than Munich: without Assumption Day (the earlier date).
    ("DE", "BY"): (("public",), "Germany, Bavaria (without Assumption Day)"),
    # Algemene termijnenwet: 5 May every year and Good Friday.
    ("NL", None): (("public", "optional"), NETHERLANDS.label),
}


def calendar_for_country(country: str, subdiv: str | None = None) -> HolidayCalendar:
    code = v.country_code("country", country)
    if code is None:
        raise ValidationError("country", "is required")
    region = (subdiv or "").strip().upper() or None
    categories, label = _COUNTRY_DEFAULTS.get((code, region), (("public",), ""))
    try:
        return HolidayCalendar(code, region, categories, label=label)
    except ValidationError as exc:
        field = "subdiv" if region else "country"
        raise ValidationError(field, exc.template, *exc.values) from None


def deadline_for(
    register: CompanyRegister,
    received: str | date,
    *,
    company_id: str | None = None,
    country: str | None = None,
    subdiv: str | None = None,
    paused_days: int = 0,
) -> Deadline:
    day = v.parse_date("received", received)
    assert day is not None
    if paused_days < 0:
        raise ValidationError("paused-days", "cannot be negative")
    if company_id and country:
        raise ValidationError("company", "name a company or a country, not both")
    if country:
        cal = calendar_for_country(country, subdiv)
    else:
        cal = register.company(company_id or "hoffmann-se").calendar
    return response_deadline(day, cal, paused_days)
