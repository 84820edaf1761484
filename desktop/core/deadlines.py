"""Response deadlines per Art. 12(3) GDPR and Regulation 1182/71, with the reason for every step."""

from __future__ import annotations

import importlib.util
import sys
import threading
from dataclasses import InitVar, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.core.errors import ValidationError
from desktop.core.explanations import Named, Weekday, Words

ONE_MONTH = 1
EXTENDED_MONTHS = 3  # one month plus two further months, always counted from receipt


@dataclass(frozen=True)
class HolidayCalendar:
    """The public holidays of the place where the reply is made (1182/71 Art. 2)."""

    country: str
    subdiv: str | None = None
    categories: tuple[str, ...] = ("public",)
    extra_dates: tuple[date, ...] = field(default=())
    label: str = ""
    # False only for the calendars below, known to exist: checking loads the holiday data.
    check: InitVar[bool] = True

    def __post_init__(self, check: bool) -> None:
        if not check or _has_calendar(self.country, self.subdiv, self.categories):
            return
        if self.subdiv:
            # %2 is filled in first: a "%1" typed in the region stays as typed.
            raise ValidationError(
                "calendar",
                "no holiday calendar for country %2 and region %1",
                repr(self.subdiv),
                repr(self.country),
            )
        raise ValidationError("calendar", "no holiday calendar for country %1", repr(self.country))

    @property
    def name(self) -> str:
        if self.label:
            return self.label
        where = self.country + (f"-{self.subdiv}" if self.subdiv else "")
        cats = "" if self.categories == ("public",) else f" ({', '.join(self.categories)})"
        return where + cats

    def holiday_name(self, day: date) -> str | None:
        """The name of the public holiday on `day`, or None on an ordinary day."""
        if day in self.extra_dates:
            return EQUATED_DAY
        table = _holiday_table(self.country, self.subdiv, self.categories, day.year)
        return table.get(day)

    def holiday_names(self, day: date) -> Named | tuple[Words, ...] | None:
        """The public holiday on `day` named in English, its country's language, Dutch and
        German where the `holidays` package has them; None on an ordinary day."""
        if day in self.extra_dates:
            return (Words(EQUATED_DAY),)  # our words: the window translates them
        english = self.holiday_name(day)
        if english is None:
            return None
        names = [("en", english)]
        for language in _name_languages(self.country, self.subdiv, self.categories):
            table = _holiday_table(self.country, self.subdiv, self.categories, day.year, language)
            if day in table:
                names.append((language.split("_")[0], table[day]))
        return Named(tuple(names))


@lru_cache(maxsize=256)
def _has_calendar(country: str, subdiv: str | None, categories: tuple[str, ...]) -> bool:
    """Whether the `holidays` package has such a calendar (cached: asked per deadline)."""
    try:
        _country_holidays(country, subdiv=subdiv, categories=categories, years=2026)
    except (NotImplementedError, ValueError, KeyError):
        return False
    return True


@lru_cache(maxsize=256)
def _holiday_table(
    country: str,
    subdiv: str | None,
    categories: tuple[str, ...],
    year: int,
    language: str = "en_US",
) -> dict[date, str]:
    table = _country_holidays(
        country, subdiv=subdiv, categories=categories, years=year, language=language
    )
    return dict(table.items())


@lru_cache(maxsize=64)
def _name_languages(
    country: str, subdiv: str | None, categories: tuple[str, ...]
) -> tuple[str, ...]:
    """Besides English, the languages a holiday of this calendar is named in: the country's
    own first, then the window's other languages where the package has them."""
    entity = _country_holidays(country, subdiv=subdiv, categories=categories, years=2026)
    supported = set(getattr(entity, "supported_languages", ()))
    own = getattr(entity, "default_language", None)
    wanted = [own] + [lang for lang in ("nl", "de") if lang != own]
    return tuple(lang for lang in wanted if lang and lang in supported and lang != "en_US")


_IMPORTING = threading.Lock()


def _country_holidays(country: str, **options: Any) -> Any:
    """`holidays.country_holidays(country, **options)`, importing that one country's module.

    holidays (0.109) imports all its ~250 country modules, some 90 ms, the first time any
    country is asked for: its `holidays.countries` package imports each. Its registry names
    the module of each country, so the one needed is loaded alone, under its own name: if the
    package is imported later, it finds that module already there. Imported on first use, not
    with this module: most commands never compute a deadline.
    """
    import holidays  # noqa: PLC0415 - on first use: the data is large
    from holidays.registry import COUNTRIES  # noqa: PLC0415

    found = [(module, names[0]) for module, names in COUNTRIES.items() if country in names[1:]]
    if found and "holidays.countries" not in sys.modules:
        module_name, class_name = found[0]
        try:
            entity = getattr(_country_module(holidays.__file__, module_name), class_name, None)
        except ImportError:  # a territory that imports its country: the package way
            entity = None
        if entity is not None:
            return entity(**options)
    return holidays.country_holidays(country, **options)


def _country_module(package_file: str, module_name: str) -> Any:
    name = f"holidays.countries.{module_name}"
    with _IMPORTING:
        if name not in sys.modules:
            path = Path(package_file).parent / "countries" / f"{module_name}.py"
            if not path.exists():  # a bundle keeps modules in its archive: the usual way
                return importlib.import_module(name)
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is None or spec.loader is None:
                raise NotImplementedError(f"Country module {module_name} not available")
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            try:
                spec.loader.exec_module(module)
            except BaseException:
                del sys.modules[name]
                raise
        return sys.modules[name]


# The two calendars DOMAIN.md §3.3 spells out; company entries normally carry their own.
MUNICH = HolidayCalendar(
    "DE",
    "BY",
    ("public", "catholic"),
    label="München (Bayern, mit Mariä Himmelfahrt)",  # in the calendar's own language
    check=False,
)
NETHERLANDS = HolidayCalendar(
    "NL", None, ("public", "optional"), label="Nederland (Algemene termijnenwet)", check=False
)


@dataclass(frozen=True)
class Deadline:
    """When the answer is due, when it is due if extended, and why."""

    received: date
    due: date
    extended_due: date
    paused_days: int
    calendar: str
    words: tuple[Words, ...]  # each step, its values apart: the window translates them

    @property
    def steps(self) -> tuple[str, ...]:
        return tuple(step.english() for step in self.words)

    @property
    def explanation(self) -> str:
        return " ".join(self.steps)


# The steps' sentences (the window marks each for translation: ui/explanations.py).
RECEIVED = "Received %1 (%2);"
HOLIDAYS_OF = "holidays of %1."
DECREED_COUNTED = (
    "Days equated to public holidays by decree (Algemene termijnenwet art. 3(3)) count only as "
    "entered in the company's calendar (%1)."
)
DECREED_NONE = (
    "Days equated to public holidays by decree (Algemene termijnenwet art. 3(3)) count only "
    "once entered in the company's calendar; none is: the earlier date stands, deliberately."
)
AFTER_RECEIPT = {
    (1, False): "One month after receipt: %1.",
    (1, True): "One month after receipt: %1 (that month is shorter: its last day).",
    (3, False): "Three months after receipt: %1.",
    (3, True): "Three months after receipt: %1 (that month is shorter: its last day).",
}
PAUSED = {
    True: "Plus %1 day paused while waiting for information (Art. 12(6)): %2.",
    False: "Plus %1 days paused while waiting for information (Art. 12(6)): %2.",
}
WEEKEND_DAY = "%1 is a %2"
PUBLIC_HOLIDAY = "%1 is a public holiday (%2)"
SKIPPED = {
    "one-month": "%1, so the one-month deadline is %2.",
    "extended": "%1, so the extended deadline is %2.",
}
WORKING_DAY = {
    "one-month": "The one-month deadline is %1, a working day.",
    "extended": "The extended deadline is %1, a working day.",
}
FROM_RECEIPT = "The extended deadline counts from receipt, not from the first deadline."
EQUATED_DAY = "day equated to a public holiday"
STEP_SENTENCES = (
    RECEIVED, HOLIDAYS_OF, DECREED_COUNTED, DECREED_NONE, *AFTER_RECEIPT.values(),
    *PAUSED.values(), WEEKEND_DAY, PUBLIC_HOLIDAY, *SKIPPED.values(), *WORKING_DAY.values(),
    FROM_RECEIPT, EQUATED_DAY,
)  # fmt: skip


def add_months(day: date, months: int) -> date:
    """Same day-number `months` later, clamped to the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    # The month's last day (not calendar.monthrange: that module and its locale cost a start-up ~9 ms).
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def roll_forward(day: date, cal: HolidayCalendar) -> tuple[date, tuple[Words, ...]]:
    """Move past Saturdays, Sundays and public holidays (1182/71 Art. 3(4)); say which were skipped."""
    skipped: list[Words] = []
    while True:
        holiday = cal.holiday_name(day)
        if day.weekday() >= 5:
            skipped.append(Words(WEEKEND_DAY, (day, Weekday(day))))
        elif holiday:
            skipped.append(Words(PUBLIC_HOLIDAY, (day, cal.holiday_names(day))))
        else:
            return day, tuple(skipped)
        day += timedelta(days=1)


INTERNAL_MARGIN_DAYS = 5  # the office's own deadline: a working week before the legal one
MOST_MARGIN_DAYS = 20


def internal_due(due: date, cal: HolidayCalendar, working_days: int) -> date:
    """The office's own deadline: `working_days` working days (no Saturday, Sunday or public
    holiday of `cal`) before the legal `due`, so that a letter is out before the last day."""
    day = due
    left = working_days
    while left > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5 and not cal.holiday_name(day):
            left -= 1
    return day


def response_deadline(received: date, cal: HolidayCalendar, paused_days: int = 0) -> Deadline:
    """The one-month deadline and the extended deadline for a request received on `received`."""
    if paused_days < 0:
        raise ValidationError("paused-days", "cannot be negative")
    steps = [Words(RECEIVED, (received, Weekday(received))), Words(HOLIDAYS_OF, (cal.name,))]
    if cal.country == "NL":
        # Atw art. 3(3): days equated to holidays by decree count only when entered in the
        # company's calendar; without them the earlier date stands, deliberately.
        steps.append(
            Words(DECREED_COUNTED, (len(cal.extra_dates),))
            if cal.extra_dates
            else Words(DECREED_NONE)
        )
    due = _period_end(received, ONE_MONTH, paused_days, cal, "one-month", steps)
    extended = _period_end(received, EXTENDED_MONTHS, paused_days, cal, "extended", steps)
    steps.append(Words(FROM_RECEIPT))
    return Deadline(received, due, extended, paused_days, cal.name, tuple(steps))


def _period_end(
    received: date,
    months: int,
    paused_days: int,
    cal: HolidayCalendar,
    what: str,
    steps: list[Words],
) -> date:
    nominal = add_months(received, months)
    steps.append(Words(AFTER_RECEIPT[(months, nominal.day != received.day)], (nominal,)))
    if paused_days:
        nominal += timedelta(days=paused_days)
        steps.append(Words(PAUSED[paused_days == 1], (paused_days, nominal)))
    end, skipped = roll_forward(nominal, cal)
    if skipped:
        steps.append(Words(SKIPPED[what], (skipped, end)))
    else:
        steps.append(Words(WORKING_DAY[what], (end,)))
    return end


def extension_refusal(deadline: Deadline, today: date, reason: str) -> ValidationError | None:
    """Why an extension may not be recorded now, or None when it may (Art. 12(3))."""
    if today > deadline.due:
        return ValidationError(
            "extend",
            "the one-month deadline passed on %1; "
            "an extension must be notified within the first month",
            _fmt(deadline.due),
        )
    if not reason.strip():
        return ValidationError("reason", "an extension needs the reasons (complexity or number)")
    return None


def days_left(due: date, today: date) -> int:
    """Days until the end of the due date; negative when overdue."""
    return (due - today).days


def _fmt(day: date) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"
