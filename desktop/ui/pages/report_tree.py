"""A report's figures as a tree: one row per number, grouped as the report groups them; a row
that stands for cases carries the `ReportSlice` that lists them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop.core.reports import ReportSlice
from desktop.core.requests import Channel, Outcome, RequestType
from desktop.services.requesters import language_name
from desktop.ui.text import channel_label, enum_label, window_language

SLICE_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # what the list of cases says it shows
LINK = QColor("#1d4ed8")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportTree", text)


def month_name(month: str) -> str:
    """ "2026-03" as the window writes a month."""
    from PySide6.QtCore import QDate, QLocale

    year, number = (int(part) for part in month.split("-"))
    return QLocale().toString(QDate(year, number, 1), "MMM yyyy")


def fill_tree(tree: QTreeWidget, f: dict[str, Any], company_name: Callable[[str], str]) -> None:
    """The figures `f` (ReportService.summary) into `tree`, replacing what it showed."""
    start, end = date.fromisoformat(f["from"]), date.fromisoformat(f["to"])
    company = f["company"]

    def part(figure: str, key: str = "") -> ReportSlice:
        return ReportSlice(figure, start, end, key, company)

    def row(parent: Any, title: str, value: object, share: float | None = None,
            figure: ReportSlice | None = None) -> QTreeWidgetItem:  # fmt: skip
        item = QTreeWidgetItem(parent, [title, _number(value), _share(share)])
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if figure is not None and value:
            item.setData(0, SLICE_ROLE, figure)
            above = parent.text(0) if isinstance(parent, QTreeWidgetItem) else ""
            named = title if parent is answers or not above else f"{above}: {title}"
            item.setData(0, TITLE_ROLE, named)
            item.setToolTip(0, tr("Double-click or press Enter: the cases behind this figure"))
            item.setForeground(0, LINK)
        return item

    def group(title: str, counts: dict[str, int], figure: str | None,
              label: Callable[[str], str] = str) -> QTreeWidgetItem:  # fmt: skip
        top = row(tree, title, sum(counts.values()))
        for key, count in counts.items():
            row(top, label(key), count, None, part(figure, key) if figure else None)
        return top

    tree.clear()
    answers: QTreeWidgetItem | None = None
    answers = row(tree, tr("Answers"), "")
    row(answers, tr("Received"), f["received"], None, part("received"))
    row(answers, tr("Answered"), f["closed"], None, part("closed"))
    row(answers, tr("Answered on time"), f["on_time"], f["share_on_time"], part("on_time"))
    row(answers, tr("Answered late"), f["late"], None, part("late"))
    row(answers, tr("Answered within one month"), f["within_one_month"],
        f["share_within_one_month"], part("within_one_month"))  # fmt: skip
    row(answers, tr("Answered within the extended period"), f["within_extended"],
        f["share_within_extended"], part("within_extended"))  # fmt: skip
    row(answers, tr("Open and overdue at the end"), f["open_overdue"], None,
        part("open_overdue"))  # fmt: skip
    row(answers, tr("Days to answer: median"), f["median_days"])
    row(answers, tr("Days to answer: 9 in 10 within"), f["p90_days"])
    row(answers, tr("Extended by two months"), f["extended"], None, part("extended"))
    row(answers, tr("Identity checked (clock paused)"), f["identity_checked"],
        f["share_identity_checked"], part("identity_checked"))  # fmt: skip
    row(answers, tr("Days paused: median"), f["median_pause_days"])
    row(answers, tr("Answered with data blocked, not erased"), f["blocked"], None,
        part("blocked"))  # fmt: skip

    group(tr("Received per month"), f["by_month"], "by_month", month_name)
    group(tr("Received per channel"), f["by_channel"], "by_channel",
          lambda c: enum_label(Channel, c))  # fmt: skip
    group(tr("Received per company"), f["by_company"], "by_company", company_name)
    group(tr("Letter language"), f["by_language"], "by_language",
          lambda c: language_name(c, window_language()) or c)  # fmt: skip
    types = row(tree, tr("Request types: received, and outcomes given"), "")
    for kind, entry in f["by_type"].items():
        received = row(types, enum_label(RequestType, kind), entry["received"], None,
                       part("by_type", kind))  # fmt: skip
        for outcome, count in entry["outcomes"].items():
            label = enum_label(Outcome, outcome) if outcome != "none" else tr("no outcome")
            row(received, label, count, None, part("outcome", f"{kind}/{outcome}"))
    group(tr("Open backlog by days since receipt"), f["backlog_by_age"], "backlog_by_age",
          lambda band: tr("%1 days").replace("%1", band))  # fmt: skip
    group(tr("Extension reasons (most given)"), f["extension_reasons"], None)
    group(tr("Art. 19 notices of the cases answered"), f["art19_notices"], None,
          lambda status: {"notified": tr("notified"), "exempt": tr("exempt"),
                          "open": tr("still open")}.get(status, status))  # fmt: skip
    group(tr("Suppression register: entries taking effect"), f["suppressions_by_channel"],
          None, channel_label)  # fmt: skip
    tree.expandToDepth(0)


def _number(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"
