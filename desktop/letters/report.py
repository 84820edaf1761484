"""The printable report of a period (`privacydesk report --pdf`): the key figures, charts drawn
by reportlab's own graphics (received per month, answered on time or late, requests per
type) and the tables behind them. Figures come from services/reports.py as plain data."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.core.requests import Channel, Outcome, RequestType
from desktop.core.suppression import SuppressionChannel
from desktop.letters.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#6b7280")
BLUE = colors.HexColor("#2563eb")
RED = colors.HexColor("#b91c1c")
LINE = colors.HexColor("#d1d5db")
WIDTH = A4[0] - 40 * mm
Say = Callable[[str], str]
NOTE = (
    "On time: answered by the deadline in force (one month, or the extension notified "
    "within it; Art. 12(3) GDPR). A case counts as answered on the day it was closed. "
    "Open and overdue: not answered by the end of the period although its deadline had "
    "passed; a case waiting for identification is not counted."
)


def _english(text: str) -> str:
    return text


def report_pdf(
    figures: dict[str, Any],
    office: str = "",
    companies: dict[str, str] | None = None,
    say: Say = _english,
    period: str = "",
) -> bytes:
    """The report as PDF bytes; `office` names whose figures they are (the company or group),
    `companies` gives the companies' names by id. `say` gives each English caption and label
    in the reader's language (the window's); `period` the period as the reader writes it."""
    names = companies or {}
    register_fonts()
    title = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, textColor=INK)
    heading = ParagraphStyle("heading", fontName=BOLD, fontSize=11, leading=14, textColor=INK,
                             spaceBefore=8, spaceAfter=4)  # fmt: skip
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12, textColor=INK)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED)
    period = period or f"{figures['from']} – {figures['to']}"
    story: list[Any] = [
        Paragraph(_escape(say("Data-subject requests: report")), title),
        Paragraph(_escape(f"{office or say('All companies')} · {period}"), body),
        Spacer(1, 4 * mm),
        _table([(say(k), v) for k, v in _key_figures(figures)], (70 * mm, 30 * mm)),
        _titled(
            say("Requests received per month"), heading, _months_chart(figures["by_month"], say)
        ),  # fmt: skip
        _titled(say("Requests answered in the period"), heading, _answered_chart(figures, say)),
        _titled(
            say("Requests per type: received, and the outcomes given"),
            heading,
            _types_chart(figures["by_type"], say),
        ),
        Spacer(1, 2 * mm),
        _table(
            _type_rows(figures["by_type"], say), (55 * mm, 25 * mm, WIDTH - 80 * mm), header=True
        ),  # fmt: skip
        _titled(
            say("Received by channel, company and language; backlog; handling"),
            heading,
            _table(_breakdowns(figures, names, say), (45 * mm, WIDTH - 45 * mm)),
        ),
        Spacer(1, 4 * mm),
        Paragraph(_escape(say(NOTE)), small),
    ]
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                 topMargin=18 * mm, bottomMargin=18 * mm,
                                 title=say("Data-subject requests: report"))  # fmt: skip
    document.build(story)
    return out.getvalue()


def _key_figures(f: dict[str, Any]) -> list[tuple[str, str]]:
    def pct(value: float | None) -> str:
        return "—" if value is None else f"{value:.0%}"

    def num(value: object) -> str:
        return "—" if value is None else f"{value:g}" if isinstance(value, float) else str(value)

    return [
        ("Received", num(f["received"])),
        ("Answered", num(f["closed"])),
        ("Answered on time", f"{f['on_time']} ({pct(f['share_on_time'])})"),
        ("Answered late", num(f["late"])),
        (
            "Answered within one month",
            f"{f['within_one_month']} ({pct(f['share_within_one_month'])})",
        ),
        (
            "  within the extended period",
            f"{f['within_extended']} ({pct(f['share_within_extended'])})",
        ),  # fmt: skip
        ("Open and overdue at the end", num(f["open_overdue"])),
        ("Days to answer: median", num(f["median_days"])),
        ("Days to answer: 9 in 10 within", num(f["p90_days"])),
        ("Extended", num(f["extended"])),
        (
            "Identity checked (clock paused)",
            f"{f['identity_checked']} ({pct(f['share_identity_checked'])})",
        ),
        ("  days paused: median", num(f["median_pause_days"])),
        ("Answered with data blocked, not erased", num(f["blocked"])),
    ]


def _breakdowns(f: dict[str, Any], companies: dict[str, str], say: Say) -> list[tuple[str, str]]:
    def joined(counts: dict[str, int], name: Any = str) -> str:
        return ", ".join(f"{name(k)} {n}" for k, n in counts.items()) or "—"

    def label(kind: Any) -> Callable[[str], str]:
        return lambda code: say(_label(kind, code))

    rows = [
        ("Channel", joined(f["by_channel"], label(Channel))),
        ("Company", joined(f["by_company"], lambda c: companies.get(c, c))),
        ("Letter language", joined(f["by_language"])),
        ("Open backlog (days since receipt)", joined(f["backlog_by_age"])),
        ("Extension reasons (most given)", joined(f["extension_reasons"])),
        ("Art. 19 notices of the cases answered", joined(f["art19_notices"], say)),
        (
            "Suppression register: entries taking effect",
            f"{f['suppressions_added']}: "
            f"{joined(f['suppressions_by_channel'], label(SuppressionChannel))}",
        ),
    ]
    return [(say(caption), text) for caption, text in rows]


def _type_rows(by_type: dict[str, Any], say: Say) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [(say("Type"), say("Received"), say("Outcomes"))]
    for kind, entry in by_type.items():
        given = ", ".join(f"{say(_label(Outcome, o))} {n}" for o, n in entry["outcomes"].items())
        rows.append((say(_label(RequestType, kind)), str(entry["received"]), given or "—"))
    return rows


def _label(kind: Any, code: str) -> str:
    try:
        return kind(code).label
    except ValueError:
        return code


def _titled(title: str, style: ParagraphStyle, content: Any) -> KeepTogether:
    """A heading never left alone at the foot of a page."""
    return KeepTogether([Paragraph(title, style), content])


def _table(rows: list[tuple[str, ...]], widths: tuple[float, ...], header: bool = False) -> Table:
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=11, textColor=INK)
    data = [[Paragraph(_escape(str(value)), cell) for value in row] for row in rows]
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, INK))
    table.setStyle(TableStyle(style))
    return table


def _months_chart(by_month: dict[str, int], say: Say) -> Drawing:
    drawing = Drawing(WIDTH, 55 * mm)
    if not by_month:
        drawing.add(String(0, 20, say("No requests in the period."), fontName=REGULAR, fontSize=9))
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 20, WIDTH - 40, 55 * mm - 30
    chart.data = [list(by_month.values())]
    chart.categoryAxis.categoryNames = list(by_month)
    _style_bars(chart, BLUE)
    chart.categoryAxis.labels.angle = 45 if len(by_month) > 12 else 0
    drawing.add(chart)
    return drawing


def _answered_chart(f: dict[str, Any], say: Say) -> Drawing:
    names = [say("Open and overdue"), say("Late"), say("On time")]  # drawn from the bottom up
    values = [f["open_overdue"], f["late"], f["on_time"]]
    drawing = Drawing(WIDTH, 30 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 90, 5, WIDTH - 110, 30 * mm - 10
    chart.data = [values]
    chart.categoryAxis.categoryNames = names
    _style_bars(chart, BLUE)
    chart.bars[(0, 0)].fillColor = RED
    chart.bars[(0, 1)].fillColor = RED
    drawing.add(chart)
    return drawing


def _types_chart(by_type: dict[str, Any], say: Say) -> Drawing:
    kinds = list(by_type)
    height = max(25 * mm, 6 * mm * len(kinds) + 10)
    drawing = Drawing(WIDTH, height)
    if not kinds:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 160, 5, WIDTH - 180, height - 10
    kinds.reverse()  # the chart draws its first category at the bottom
    chart.data = [[by_type[k]["received"] for k in kinds]]
    chart.categoryAxis.categoryNames = [say(_label(RequestType, k)) for k in kinds]
    _style_bars(chart, BLUE)
    drawing.add(chart)
    return drawing


def _style_bars(chart: VerticalBarChart | HorizontalBarChart, colour: colors.Color) -> None:
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = LINE
    chart.categoryAxis.strokeColor = LINE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6  # beside the bar's end, never over it


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
