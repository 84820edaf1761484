"""`privacydesk report`: the office's figures for a period, as text, JSON or CSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.desk import Services


def add_report_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="figures for a period: received, answered on time or late, open and overdue, "
        "days to answer, by type",
    )
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (default: 1 January)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (default: today)")
    p.add_argument("--company", metavar="ID", help="only this company's cases")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the figures as CSV")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="also write the report with charts")


def cmd_report(s: Services, a: argparse.Namespace) -> tuple[Any, str]:
    figures = s.reports.summary(a.start, a.end, a.company)
    text = _text(figures)
    if a.csv:
        rows = s.reports.export_csv(a.csv, figures)
        text += f"\nWrote {rows} figures to {a.csv}."
    if a.pdf:
        s.reports.export_pdf(a.pdf, figures)
        text += f"\nWrote the report to {a.pdf}."
    return figures, text


def _text(f: dict[str, Any]) -> str:
    def pct(value: float | None) -> str:
        return "—" if value is None else f"{value:.0%}"

    lines = [
        f"{f['from']} to {f['to']}" + (f", {f['company']}" if f["company"] else ""),
        f"Received {f['received']}; answered {f['closed']}: {f['on_time']} on time "
        f"({pct(f['share_on_time'])}), {f['late']} late; open and overdue {f['open_overdue']}.",
        f"Within one month {pct(f['share_within_one_month'])}, within the extended period "
        f"{pct(f['share_within_extended'])}; extended {f['extended']}.",
        f"Days to answer: median {f['median_days'] if f['median_days'] is not None else '—'}, "
        f"90% within {f['p90_days'] if f['p90_days'] is not None else '—'}.",
    ]
    for kind, entry in f["by_type"].items():
        outcomes = ", ".join(f"{o} {n}" for o, n in entry["outcomes"].items()) or "none answered"
        lines.append(f"  {kind}: received {entry['received']}; {outcomes}")
    return "\n".join(lines)
