"""The head of a case file: who asked for what, who is responsible and why, and the deadline card."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.core.cases import CaseStatus
from desktop.core.requests import Channel, RequestType
from desktop.ui.case_file.requests_tab import inquiry_deadline_text
from desktop.ui.explanations import explanation_text, routing_text
from desktop.ui.palette import INK, LINK, MUTED, SOON, days_left_colour, set_text_colour
from desktop.ui.text import enum_label, mid_sentence, nice_date, plural
from desktop.ui.widgets import bold_font, plain_label


class CaseHeader(QFrame):
    """The card at the top; the two warnings under it are its own but laid out by the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.reference_label = plain_label(object_name="pageTitle", wrap=False)
        self.status_label = plain_label(wrap=False)
        self.status_label.setFont(bold_font(self.status_label.font(), 1))
        self.requester_label = plain_label()
        self.requester_label.setFont(bold_font(self.requester_label.font(), 1))
        self.requester_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.received_label = plain_label()
        self.company_label = plain_label(wrap=False)
        self.company_label.setFont(bold_font(self.company_label.font()))
        self.sample_badge = QLabel(self.tr("Sample"))
        self.sample_badge.setObjectName("sampleBadge")
        self.sample_badge.setToolTip(
            self.tr(
                "A sample entry of the company register: check its details before relying on it."
            )
        )
        self.routing_label = plain_label(object_name="countLabel")
        self.routing_warning = plain_label(object_name="warning")
        self.inquiry_label = plain_label(object_name="notice")  # an authority's inquiry
        self.id_copy_warning = plain_label(object_name="warning")

        self.due_label = plain_label()
        self.due_label.setObjectName("dueLabel")
        self.due_label.setFont(bold_font(self.due_label.font(), 3))
        self.clock_label = plain_label()
        self.why_button = QToolButton()
        self.why_button.setText(self.tr("Why this date?"))
        self.why_button.setCheckable(True)
        self.why_button.setAutoRaise(True)
        self.why_button.setCursor(Qt.CursorShape.PointingHandCursor)
        link = self.why_button.font()
        link.setUnderline(True)
        self.why_button.setFont(link)
        set_text_colour(self.why_button, LINK)
        self.why_button.toggled.connect(self._on_why_toggled)
        self.explanation_label = plain_label(object_name="countLabel")
        self.explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation_label.hide()

        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.reference_label)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignBaseline)
        title_row.addStretch(1)
        company_row = QHBoxLayout()
        company_row.setSpacing(8)
        company_row.addWidget(plain_label(self.tr("Responsible:"), wrap=False))
        company_row.addWidget(self.company_label)
        company_row.addWidget(self.sample_badge)
        company_row.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(3)
        left.addLayout(title_row)
        left.addWidget(self.requester_label)
        left.addWidget(self.received_label)
        left.addSpacing(4)
        left.addLayout(company_row)
        left.addWidget(self.routing_label)

        right = QVBoxLayout()
        right.setSpacing(3)
        right.addWidget(self.due_label)
        right.addWidget(self.clock_label)
        right.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)
        deadline = QWidget()
        deadline.setLayout(right)
        deadline.setMinimumWidth(340)
        deadline.setMaximumWidth(430)

        grid = QVBoxLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(left, 1)
        top.addWidget(deadline)
        grid.addLayout(top)
        grid.addWidget(self.explanation_label)

    def show_case(self, case: dict[str, Any], today: date, id_copies: int) -> None:
        status = CaseStatus(case["status"])
        self.reference_label.setText(case["reference"])
        status_text = self.tr(status.label)
        if case["extended"] and status is not CaseStatus.CLOSED:
            status_text += self.tr(" · extended")
        if case.get("assigned_to"):
            officer = case.get("assigned_name") or case["assigned_to"]
            status_text += " · " + self.tr("assigned to %1").replace("%1", officer)
        self.status_label.setText(status_text)
        set_text_colour(
            self.status_label,
            {CaseStatus.OPEN: INK, CaseStatus.AWAITING_ID: SOON}.get(status, MUTED),
        )
        types = ", ".join(enum_label(RequestType, r["type"]) for r in case["requests"])
        self.requester_label.setText(f"{case['requester']['name']} — {types}")
        received = self.tr("Received %1 by %2").replace("%1", nice_date(case["received"]))
        received = received.replace("%2", mid_sentence(enum_label(Channel, case["channel"])))
        if case["letter_date"]:
            received += " " + self.tr("(letter dated %1)").replace(
                "%1", nice_date(case["letter_date"])
            )
        self.received_label.setText(received)
        company = case["company"]
        self.company_label.setText(company["name"])
        self.sample_badge.setVisible(bool(company["is_sample"]))
        routing = case["routing"]
        reason = routing_text(routing.get("words"), routing["reason"])
        warning = routing_text(routing.get("words"), routing["warning"], "warning")
        self.routing_label.setText(reason)
        self.company_label.setToolTip(reason)
        inquiry = case.get("inquiry")
        self.routing_warning.setText(warning)
        self.routing_warning.setVisible(bool(warning) and not inquiry)  # addressed, not routed
        self.inquiry_label.setVisible(bool(inquiry))
        if inquiry:
            self.inquiry_label.setText(
                self.tr("Inquiry of %1, their reference %2: answer by %3, the date the authority "
                        "set. The cases it concerns are kept while it is open.")
                .replace("%1", inquiry["authority"]).replace("%2", inquiry["their_reference"])
                .replace("%3", nice_date(inquiry["their_deadline"]))
            )  # fmt: skip
        self.id_copy_warning.setText(
            plural(
                id_copies,
                self.tr("An ID copy is on file. Recording the identity check deletes it."),
                self.tr("%1 ID copies are on file. Recording the identity check deletes them."),
            )
        )
        self.id_copy_warning.setVisible(bool(id_copies))
        self._show_deadline(case, status, today)

    def _show_deadline(self, case: dict[str, Any], status: CaseStatus, today: date) -> None:
        due = date.fromisoformat(case["current_due"])
        explanation = explanation_text(
            case.get("deadline_words"), case["deadline_explanation"] or ""
        )
        inquiry = case.get("inquiry")
        if inquiry:  # the authority's date, as the requests tab says it
            explanation = inquiry_deadline_text(inquiry)
        if case["paused_days"]:
            explanation += " " + self.tr("The clock was paused for %1 so far.").replace(
                "%1", self._days(case["paused_days"])
            )
        self.explanation_label.setText(explanation)
        self.due_label.setToolTip(explanation)
        due_text = self.tr("Due %1").replace("%1", nice_date(due))
        if status is CaseStatus.CLOSED:
            self.due_label.setText(
                self.tr("Closed on %1").replace("%1", nice_date(case["closed_at"]))
            )
            self.clock_label.setText(self.tr("It was due %1.").replace("%1", nice_date(due)))
            set_text_colour(self.due_label, MUTED)
            return
        if status is CaseStatus.AWAITING_ID and case["paused_since"]:
            since = date.fromisoformat(case["paused_since"])
            left = (due - since).days
            self.due_label.setText(f"{due_text} — " + self.tr("clock paused"))
            self.clock_label.setText(
                self.tr(
                    "Clock paused since %1, with %2 left; the deadline moves on by the days waited."
                )
                .replace("%1", nice_date(since))
                .replace("%2", self._days(left) if left >= 0 else self.tr("none"))
            )
            set_text_colour(self.due_label, SOON if left >= 0 else days_left_colour(left))
            return
        days = (due - today).days
        if days < 0:
            count = self.tr("1 day overdue") if days == -1 else self.tr("%1 days overdue")
            left_text = count.replace("%1", str(-days))
        elif days == 0:
            left_text = self.tr("due today")
        else:
            left_text = self._days(days) + " " + self.tr("left")
        self.due_label.setText(f"{due_text} — {left_text}")
        set_text_colour(self.due_label, days_left_colour(days))
        lines = []
        if case.get("internal_due") and case["internal_due"] < case["current_due"]:
            lines.append(
                self.tr("Our own deadline: %1 (%2 working days before).")
                .replace("%1", nice_date(case["internal_due"]))
                .replace("%2", str(case["internal_margin"]))
            )
        if case["extended"]:
            lines.append(
                self.tr("Extended to %1 (the one-month deadline was %2).")
                .replace("%1", nice_date(case["extended_due"]))
                .replace("%2", nice_date(case["due"]))
            )
        elif not case.get("inquiry"):  # the authority's date is never extended here
            lines.append(self.tr("If extended: %1.").replace("%1", nice_date(case["extended_due"])))
        if case["paused_days"]:
            lines.append(
                self.tr("Includes %1 paused.").replace("%1", self._days(case["paused_days"]))
            )
        self.clock_label.setText(" ".join(lines))

    def _days(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else self.tr("%1 days").replace("%1", str(count))

    def _on_why_toggled(self, shown: bool) -> None:
        self.explanation_label.setVisible(shown)
        self.why_button.setText(
            self.tr("Hide the explanation") if shown else self.tr("Why this date?")
        )
