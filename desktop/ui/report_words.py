"""The printable report's words in the window's language: letters/report.py writes English and
asks `report_word` for each caption; marked here for lupdate (context "ReportPdf")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REPORT_WORDS = (
    QT_TRANSLATE_NOOP("ReportPdf", "Data-subject requests: report"),
    QT_TRANSLATE_NOOP("ReportPdf", "All companies"),
    QT_TRANSLATE_NOOP("ReportPdf", "Received"),
    QT_TRANSLATE_NOOP("ReportPdf", "Answered"),
    QT_TRANSLATE_NOOP("ReportPdf", "Answered on time"),
    QT_TRANSLATE_NOOP("ReportPdf", "Answered late"),
    QT_TRANSLATE_NOOP("ReportPdf", "Answered within one month"),
    QT_TRANSLATE_NOOP("ReportPdf", "  within the extended period"),
    QT_TRANSLATE_NOOP("ReportPdf", "Open and overdue at the end"),
    QT_TRANSLATE_NOOP("ReportPdf", "Days to answer: median"),
    QT_TRANSLATE_NOOP("ReportPdf", "Days to answer: 9 in 10 within"),
    QT_TRANSLATE_NOOP("ReportPdf", "Extended"),
    QT_TRANSLATE_NOOP("ReportPdf", "Identity checked (clock paused)"),
    QT_TRANSLATE_NOOP("ReportPdf", "  days paused: median"),
    QT_TRANSLATE_NOOP("ReportPdf", "Answered with data blocked, not erased"),
    QT_TRANSLATE_NOOP("ReportPdf", "Requests received per month"),
    QT_TRANSLATE_NOOP("ReportPdf", "Requests answered in the period"),
    QT_TRANSLATE_NOOP("ReportPdf", "Requests per type: received, and the outcomes given"),
    QT_TRANSLATE_NOOP("ReportPdf", "Received by channel, company and language; backlog; handling"),
    QT_TRANSLATE_NOOP("ReportPdf", "On time"),
    QT_TRANSLATE_NOOP("ReportPdf", "Late"),
    QT_TRANSLATE_NOOP("ReportPdf", "Open and overdue"),
    QT_TRANSLATE_NOOP("ReportPdf", "No requests in the period."),
    QT_TRANSLATE_NOOP("ReportPdf", "Type"),
    QT_TRANSLATE_NOOP("ReportPdf", "Outcomes"),
    QT_TRANSLATE_NOOP("ReportPdf", "Channel"),
    QT_TRANSLATE_NOOP("ReportPdf", "Company"),
    QT_TRANSLATE_NOOP("ReportPdf", "Letter language"),
    QT_TRANSLATE_NOOP("ReportPdf", "Open backlog (days since receipt)"),
    QT_TRANSLATE_NOOP("ReportPdf", "Extension reasons (most given)"),
    QT_TRANSLATE_NOOP("ReportPdf", "Art. 19 notices of the cases answered"),
    QT_TRANSLATE_NOOP("ReportPdf", "Suppression register: entries taking effect"),
    QT_TRANSLATE_NOOP(
        "ReportPdf",
        "On time: answered by the deadline in force (one month, or the extension notified "
        "within it; Art. 12(3) GDPR). A case counts as answered on the day it was closed. "
        "Open and overdue: not answered by the end of the period although its deadline had "
        "passed; a case waiting for identification is not counted.",
    ),
)


def report_word(text: str) -> str:
    """A caption of the report, or a request type's, channel's or outcome's label (found in
    the catalogue under the window's own words), in the window's language."""
    return QCoreApplication.translate("ReportPdf", text)
