"""The Requests tab: each request with its outcome, the request's facts, and the deadline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.requests import Channel, Outcome, RequestType
from desktop.ui.explanations import explanation_text
from desktop.ui.palette import MUTED
from desktop.ui.text import enum_label, law, nice_date
from desktop.ui.widgets import fit_height, make_table, plain_label, table_cell


class RequestsTab(QScrollArea):
    """Scrolls instead of squeezing when the window is small (1280x800 with a task bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = make_table(
            [self.tr("Request"), self.tr("Basis"), self.tr("Outcome"), self.tr("Note"),
             self.tr("Decided on")],
            # One closing note is shared by all requests: one line each here, in full below.
            stretch=3, widths=(260, 150, 150, 0, 110), row_height=30,
        )  # fmt: skip
        self.table.setObjectName("requestsTable")
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.case_form = QFormLayout()
        self.deadline_form = QFormLayout()
        case_box = QGroupBox(self.tr("The request"))
        case_box.setLayout(self.case_form)
        deadline_box = QGroupBox(self.tr("Deadline"))
        deadline_box.setLayout(self.deadline_form)
        for form in (self.case_form, self.deadline_form):
            form.setContentsMargins(12, 16, 12, 10)
            form.setVerticalSpacing(6)
            form.setHorizontalSpacing(14)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        boxes = QHBoxLayout()
        boxes.setSpacing(12)
        boxes.addWidget(case_box, 1)
        boxes.addWidget(deadline_box, 1)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(12)
        layout.addWidget(self.table)
        layout.addLayout(boxes)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        self.viewport().setAutoFillBackground(False)  # the tab's white, not the dialog grey
        page.setAutoFillBackground(False)

    def show_case(self, case: dict[str, Any]) -> None:
        table = self.table
        table.setRowCount(0)
        for request in case["requests"]:
            try:
                kind = RequestType(request["type"])
                label, basis = enum_label(RequestType, kind.value), law(kind.basis)
            except ValueError:
                label, basis = request["type"], ""
            outcome = (
                enum_label(Outcome, request["outcome"])
                if request["outcome"]
                else self.tr("Pending")
            )
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate(
                (label, basis, outcome, request["outcome_note"] or "",
                 nice_date(request["decided_at"]) if request["decided_at"] else "")
            ):  # fmt: skip
                item = table_cell(text, top=False)
                if column == 2 and not request["outcome"]:
                    item.setForeground(QBrush(MUTED))
                if column == 3 and text:
                    item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        fit_height(table)

        fill_form(
            self.case_form,
            [
                (self.tr("Subject"), case["subject"] or self.tr("(none)")),
                (self.tr("Channel"), enum_label(Channel, case["channel"])),
                (self.tr("Received"), nice_date(case["received"])),
                (
                    self.tr("Letter dated"),
                    nice_date(case["letter_date"]) if case["letter_date"] else None,
                ),
                (self.tr("Fax number"), case["fax_number"]),
                (self.tr("Closed on"), nice_date(case["closed_at"]) if case["closed_at"] else None),
                (self.tr("Closing note"), _closing_note(case)),
            ],
        )
        why = plain_label(
            explanation_text(case.get("deadline_words"), case["deadline_explanation"] or ""),
            object_name="countLabel",
        )
        inquiry = case.get("inquiry")
        if inquiry:  # the authority's date: nothing to work out, nothing to extend
            why.setText(inquiry_deadline_text(inquiry))
            fill_form(self.deadline_form, [(self.tr("Answer by"), nice_date(case["due"]))])
            self.deadline_form.addRow(why)
            return
        fill_form(
            self.deadline_form,
            [
                (self.tr("One month"), nice_date(case["due"])),
                (
                    self.tr("Extended"),
                    nice_date(case["extended_due"])
                    if case["extended"]
                    else self.tr("no (would be %1)").replace("%1", nice_date(case["extended_due"])),
                ),
                (self.tr("Extension reasons"), case["extension_reason"]),
                (self.tr("Days paused"), str(case["paused_days"]) if case["paused_days"] else None),
                (
                    self.tr("Paused since"),
                    nice_date(case["paused_since"]) if case["paused_since"] else None,
                ),
                (self.tr("Asked because"), _pause_reason(case)),
            ],
        )
        self.deadline_form.addRow(why)


def inquiry_deadline_text(inquiry: dict[str, Any]) -> str:
    """Why an authority's inquiry is due when it is: the authority said so."""
    return (
        QCoreApplication.translate(
            "RequestsTab",
            "Set by %1 in its inquiry %2. It is not worked out from the GDPR's periods and is "
            "not extended here; record a new date the authority grants with New date.",
        )
        .replace("%1", inquiry["authority"])
        .replace("%2", inquiry["their_reference"])
    )


def fill_form(form: QFormLayout, rows: list[tuple[str, str | None]]) -> None:
    """Captioned, selectable lines; a row without a value is left out."""
    while form.rowCount():
        form.removeRow(0)
    for caption, value in rows:
        if value is None or value == "":
            continue
        label = plain_label(value)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(caption, label)


def _pause_reason(case: dict[str, Any]) -> str | None:
    """Why the clock stands still: the reason recorded with the latest pause."""
    if not case["paused_since"]:
        return None
    paused = [e for e in case["audit"] if e["action"] == "case-paused"]
    detail = paused[-1]["detail"] if paused else {}
    return detail.get("reason") if isinstance(detail, dict) else None


def _closing_note(case: dict[str, Any]) -> str | None:
    notes = list(dict.fromkeys(r["outcome_note"] for r in case["requests"] if r["outcome_note"]))
    return "\n".join(notes) or None
