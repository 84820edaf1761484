"""The intake's live panel: the responsible company and why, the deadline, open cases of the person."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.companies import GroupCompany
from desktop.core.routing import Routing
from desktop.ui.explanations import words_text
from desktop.ui.text import nice_date, plural


class ResponsiblePanel(QWidget):
    def __init__(self, companies: Iterable[GroupCompany], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_name = QLabel()
        self.company_name.setObjectName("pageTitle")
        self.company_name.setWordWrap(True)
        self.sample_badge = QLabel(self.tr("Sample company"))
        self.sample_badge.setObjectName("sampleBadge")
        self.routing_reason = QLabel()
        self.routing_reason.setWordWrap(True)
        self.routing_warning = QLabel()
        self.routing_warning.setObjectName("warning")
        self.routing_warning.setWordWrap(True)
        self.override = QCheckBox(self.tr("Another company is responsible"))
        self.override_company = QComboBox()
        for company in companies:
            self.override_company.addItem(company.name, company.id)
        self.override_reason = QLineEdit(placeholderText=self.tr("Why (recorded in the audit log)"))
        self.due_label = QLabel()
        self.due_label.setObjectName("pageTitle")
        self.extended_label = QLabel()
        self.deadline_explanation = QLabel()
        self.deadline_explanation.setWordWrap(True)
        self.deadline_explanation.setObjectName("countLabel")
        self.duplicate_warning = QLabel()
        self.duplicate_warning.setObjectName("warning")
        self.duplicate_warning.setWordWrap(True)
        self.link_duplicates = QCheckBox(self.tr("Link the new case to the open cases"))
        self.link_duplicates.setChecked(True)

        company_box = QGroupBox(self.tr("Responsible company"))
        company_layout = QVBoxLayout(company_box)
        name_row = QHBoxLayout()
        name_row.addWidget(self.company_name, 1)
        name_row.addWidget(self.sample_badge, 0, Qt.AlignmentFlag.AlignTop)
        company_layout.addLayout(name_row)
        company_layout.addWidget(self.routing_reason)
        company_layout.addWidget(self.routing_warning)
        company_layout.addWidget(self.override)
        company_layout.addWidget(self.override_company)
        company_layout.addWidget(self.override_reason)
        deadline_box = QGroupBox(self.tr("Deadline"))
        deadline_layout = QVBoxLayout(deadline_box)
        deadline_layout.addWidget(self.due_label)
        deadline_layout.addWidget(self.extended_label)
        deadline_layout.addWidget(self.deadline_explanation)
        self.setMinimumWidth(360)
        self.setMaximumWidth(430)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(company_box)
        layout.addWidget(deadline_box)
        layout.addWidget(self.duplicate_warning)
        layout.addWidget(self.link_duplicates)
        layout.addStretch(1)

    def chosen_company(self) -> str | None:
        """The company the officer names instead of the rules' choice, if any."""
        return self.override_company.currentData() if self.override.isChecked() else None

    def show_refusal(self, field: str, message: str) -> None:
        """The draft cannot be routed yet (a field is missing or wrong)."""
        self.company_name.setText("—")
        self.routing_reason.setText(f"{field}: {message}")
        self.routing_warning.hide()
        self.sample_badge.hide()
        self.due_label.setText("—")

    def show_routing(self, company: GroupCompany, routing: Routing) -> None:
        """The responsible company and why, in the window's language."""
        reason = words_text(routing.reason_words) if routing.reason_words else routing.reason
        warning = routing.warning
        if routing.warning_words is not None:
            warning = words_text(routing.warning_words)
        self.company_name.setText(company.name)
        self.sample_badge.setVisible(company.is_sample)
        self.routing_reason.setText(reason)
        self.routing_warning.setText(warning or "")
        self.routing_warning.setVisible(bool(warning))
        self.override_company.setVisible(self.override.isChecked())
        self.override_reason.setVisible(self.override.isChecked())

    def show_deadline(self, deadline: Any) -> None:
        self.due_label.setText(self.tr("Due %1").replace("%1", nice_date(deadline.due)))
        self.extended_label.setText(
            self.tr("If extended: %1").replace("%1", nice_date(deadline.extended_due))
        )
        self.deadline_explanation.setText(" ".join(words_text(step) for step in deadline.words))

    def show_open_cases(self, cases: list[dict[str, Any]]) -> None:
        """Open cases of the same person: the new one is linked to them unless unticked."""
        if cases:
            refs = ", ".join(d["reference"] for d in cases[:5])
            self.duplicate_warning.setText(
                plural(
                    len(cases),
                    self.tr("This person already has an open case: %2"),
                    self.tr("This person already has %1 open cases: %2"),
                ).replace("%2", refs)
            )
        self.link_duplicates.setText(
            plural(
                len(cases),
                self.tr("Link the new case to the open case"),
                self.tr("Link the new case to the open cases"),
            )
        )
        self.duplicate_warning.setVisible(bool(cases))
        self.link_duplicates.setVisible(bool(cases))
