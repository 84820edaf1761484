"""Words and dates on screen: one date format, plurals without "(s)", enum labels, file sizes.

Stored values are codes; the words are made here, at display time, through Qt's translation.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop.core.processing import Purpose, Recipient
from desktop.core.register_names import gdpr_citation
from desktop.core.requests import RequestType
from desktop.core.retention import RetentionRule
from desktop.core.suppression import SuppressionChannel

_CONTEXT = "CaseFileDialog"  # the core's English labels are translated in one context


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def plural(count: int, one: str, many: str) -> str:
    """Pick the translated singular or plural ("%1" is the count); no "(s)" on screen."""
    return one if count == 1 else many.replace("%1", str(count))


# The date formats are the catalogues' to choose: German writes "3. Dez. 2026".
DAY_FORMAT = QT_TRANSLATE_NOOP("Dates", "d MMM yyyy")
LONG_DAY_FORMAT = QT_TRANSLATE_NOOP("Dates", "dddd d MMMM yyyy")
MOMENT_FORMAT = QT_TRANSLATE_NOOP("Dates", "d MMM yyyy HH:mm")


def day_format() -> str:
    """The one day format on screen (QLocale's patterns), as the window's language writes it."""
    return QCoreApplication.translate("Dates", DAY_FORMAT)


def nice_date(day: date | str | None) -> str:
    """The one date format on screen, in the officer's language: "21 Dec 2026"."""
    if not day:
        return "—"
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return QLocale().toString(qdate(day), day_format())


def period_text(start: date, end: date) -> str:
    """A report's period as the window writes it: "1 Jan 2026 – 24 Nov 2026"."""
    return f"{nice_date(start)} – {nice_date(end)}"


def long_date(day: date) -> str:
    """A date said in full, for a heading: "Wednesday 2 December 2026"."""
    return QLocale().toString(qdate(day), QCoreApplication.translate("Dates", LONG_DAY_FORMAT))


def nice_moment(moment: datetime, zone: bool = False) -> str:
    """A date and time as shown beside a date: "21 Dec 2026 14:05" (with "+0100" if asked)."""
    text = QLocale().toString(
        QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute)),
        QCoreApplication.translate("Dates", MOMENT_FORMAT),
    )
    return f"{text} {moment:%z}" if zone and moment.tzinfo else text


def translated(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def enum_label(kind: Any, value: str) -> str:
    """The translated label of an enum value; the raw value if the enum does not know it."""
    try:
        return translated(kind(value).label)
    except ValueError:
        return str(value)


def file_kind(media_type: str) -> str:
    if media_type == "application/pdf":
        return "PDF"
    if media_type.startswith("image/"):
        return translated("%1 image").replace("%1", media_type.split("/", 1)[1].upper())
    if media_type in ("message/rfc822", "application/vnd.ms-outlook"):
        return translated("Email message")
    return media_type or translated("file")


def file_size(size: int) -> str:
    if size == 0:  # an empty attachment is kept as it came: say so
        return translated("empty: 0 bytes")
    if size < 1024:
        return translated("%1 bytes").replace("%1", str(size))
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def when_text(stamp: str) -> str:
    """An audit or note time stamp (UTC) in the officer's local time."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return f"{nice_date(moment.date())} {moment:%H:%M}"


def channel_label(value: str) -> str:
    """The label of a suppression channel ("Advertising by post"); an unknown value as it is."""
    return enum_label(SuppressionChannel, value)


def type_label(value: str) -> str:
    """The label of a request type ("Erasure"); an unknown value as it is."""
    return enum_label(RequestType, value)


def type_labels(types: str) -> str:
    """ "access, erasure" (as the case list stores them) as the officer reads them."""
    return ", ".join(type_label(value) for value in types.split(", ") if value)


def window_language() -> str:
    """The language the window speaks, as the register and letters name it: nl, de or en."""
    language = QLocale().name().split("_")[0]
    return language if language in ("nl", "de") else "en"


def law(basis: str) -> str:
    """A legal basis ("Art. 6(1)(b) GDPR") as the window's language cites it ("Art. 6 Abs. 1
    lit. b DSGVO"); where it has no such pattern, the law's name at least ("Art. 17 AVG")."""
    cited = gdpr_citation(basis, window_language())
    return cited.replace("GDPR", QCoreApplication.translate("Law", "GDPR"))


def register_name(entry: Purpose | Recipient | RetentionRule) -> str:
    """A processing register entry's name in the window's language, where the register has
    one (it keeps nl and de names beside the English one for letters)."""
    if isinstance(entry, RetentionRule):
        return entry.label_in(window_language())
    return entry.name_in(window_language())


_LAW = QT_TRANSLATE_NOOP("Law", "GDPR")  # lupdate: the law's name in each language


def mid_sentence(label: str) -> str:
    """A label inside a sentence: lower case ("by letter", "per brief"), but German keeps its
    nouns capitalised ("per Brief")."""
    if QLocale().language() == QLocale.Language.German:
        return label
    return label.lower()


def days_left_text(days: int) -> str:
    """How long until a deadline, short for a list column: "5 d", "today", "3 d late"."""
    if days < 0:
        return translated("%1 d late").replace("%1", str(-days))
    if days == 0:
        return translated("today")
    return translated("%1 d").replace("%1", str(days))


_LETTER_LANGUAGES = {
    "nl": QT_TRANSLATE_NOOP("Text", "Dutch"),
    "de": QT_TRANSLATE_NOOP("Text", "German"),
    "en": QT_TRANSLATE_NOOP("Text", "English"),
}


def letter_language_hint(language: str | None) -> str:
    """Free text the officer writes goes into the letter as written: say in which language."""
    name = QCoreApplication.translate("Text", _LETTER_LANGUAGES.get(language or "en", "English"))
    return QCoreApplication.translate(
        "Text", "The letter will be in %1: write the reasons in %1, they are printed as written."
    ).replace("%1", name)


LETTERHEAD_FIELDS = (  # core/letterhead.py FIELD_WORDS, marked for lupdate (a test keeps them equal)
    QT_TRANSLATE_NOOP("Letterhead", "legal form"),
    QT_TRANSLATE_NOOP("Letterhead", "registered office"),
    QT_TRANSLATE_NOOP("Letterhead", "register court"),
    QT_TRANSLATE_NOOP("Letterhead", "register number"),
    QT_TRANSLATE_NOOP("Letterhead", "board members"),
    QT_TRANSLATE_NOOP("Letterhead", "executive directors"),
    QT_TRANSLATE_NOOP("Letterhead", "managing directors"),
    QT_TRANSLATE_NOOP("Letterhead", "directors"),
    QT_TRANSLATE_NOOP("Letterhead", "chair of the administrative board"),
    QT_TRANSLATE_NOOP("Letterhead", "chair of the supervisory board"),
    QT_TRANSLATE_NOOP("Letterhead", "KvK number"),
)


def letterhead_gaps(missing: list[str] | tuple[str, ...]) -> str:
    """What a register entry lacks for a letterhead, in the window's language."""
    return ", ".join(QCoreApplication.translate("Letterhead", field) for field in missing)


# The `holidays` package's categories of days, as a company's calendar names them.
CALENDAR_CATEGORIES = {
    "public": QT_TRANSLATE_NOOP("CompanyDetails", "public holidays"),
    "catholic": QT_TRANSLATE_NOOP("CompanyDetails", "Catholic holidays"),
    "protestant": QT_TRANSLATE_NOOP("CompanyDetails", "Protestant holidays"),
    "optional": QT_TRANSLATE_NOOP("CompanyDetails", "optional holidays"),
    "bank": QT_TRANSLATE_NOOP("CompanyDetails", "bank holidays"),
    "school": QT_TRANSLATE_NOOP("CompanyDetails", "school holidays"),
    "half_day": QT_TRANSLATE_NOOP("CompanyDetails", "half days"),
    "de_facto": QT_TRANSLATE_NOOP("CompanyDetails", "de facto holidays"),
    "government": QT_TRANSLATE_NOOP("CompanyDetails", "government holidays"),
    "armed_forces": QT_TRANSLATE_NOOP("CompanyDetails", "armed forces holidays"),
}


def calendar_categories_text(codes: tuple[str, ...] | list[str]) -> str:
    """ "public; catholic" as the window's language says it, each with its code (what the
    company editor takes): "gesetzliche Feiertage (public), katholische Feiertage (catholic)"."""
    shown = []
    for code in codes:
        words = CALENDAR_CATEGORIES.get(code)
        shown.append(f"{QCoreApplication.translate('CompanyDetails', words)} ({code})" if words
                     else code)  # fmt: skip
    return ", ".join(shown)
