"""File ▸ New authority inquiry: a supervisory authority's letter about a complaint or about how
a request was handled, logged as a case of its own with the deadline the authority set."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.core.requests import Channel
from desktop.services.companies import CompanyRegister
from desktop.services.inquiries import InquiryDraft, InquiryService
from desktop.ui.dates import DateEdit
from desktop.ui.dialogs.form import ActionDialog, Button, FormDialog
from desktop.ui.text import enum_label, nice_date, pydate


class InquiryDialog(FormDialog):
    case_logged = Signal(int)

    def __init__(
        self,
        inquiries: InquiryService,
        register: CompanyRegister,
        parent: QWidget | None = None,
        concerns: str = "",
    ) -> None:
        super().__init__(parent, ok=Button.Save)
        self.inquiries = inquiries
        self.setWindowTitle(self.tr("Log an authority inquiry"))
        today = inquiries.today()
        companies = register.companies()
        self.authority = QComboBox(editable=True)
        for name in dict.fromkeys(c.authority.name for c in companies if c.authority.name):
            self.authority.addItem(name)
        self.authority.setCurrentText("")
        self.authority.lineEdit().setPlaceholderText(self.tr("e.g. Autoriteit Persoonsgegevens"))
        self.add_field(self.tr("Authority"), self.authority, "authority")
        self.their_reference = self.add_field(self.tr("Their reference"), QLineEdit(),
                                              "their-reference")  # fmt: skip
        self.received = self.add_field(self.tr("Received on"), self._date(today), "received")
        self.deadline = self.add_field(self.tr("Answer by (their date)"), self._date(today),
                                       "deadline")  # fmt: skip
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(enum_label(Channel, channel.value), channel.value)
        self.channel.setCurrentIndex(self.channel.findData("letter"))
        self.add_field(self.tr("Came by"), self.channel, "channel")
        self.company = QComboBox()
        for company in companies:
            self.company.addItem(company.name, company.id)
        self.add_field(self.tr("Addressed to"), self.company, "company")
        self.concerns = self.add_field(self.tr("Cases it concerns"), QLineEdit(concerns),
                                       "concerns")  # fmt: skip
        self.concerns.setPlaceholderText(self.tr("References, e.g. PD-2026-000123 PD-2026-000140"))
        self.asked = self.add_field(self.tr("What they ask"), self._text(), "asked")
        self.content.addLayout(self.form)
        self.setMinimumWidth(600)
        self.logged_id: int | None = None

    @staticmethod
    def _date(day: date) -> QWidget:
        return DateEdit(day)

    @staticmethod
    def _text() -> QWidget:
        from PySide6.QtWidgets import QPlainTextEdit

        edit = QPlainTextEdit()
        edit.setMinimumHeight(90)
        edit.setTabChangesFocus(True)
        return edit

    def apply(self) -> None:
        references = tuple(r for r in re.split(r"[\s,;]+", self.concerns.text()) if r)
        logged = self.inquiries.log_inquiry(
            InquiryDraft(
                authority=self.authority.currentText(),
                their_reference=self.their_reference.text(),
                received=pydate(self.received.date()),
                their_deadline=pydate(self.deadline.date()),
                channel=self.channel.currentData(),
                concerns=references,
                asked=self.asked.toPlainText(),
                company_id=self.company.currentData(),
            )
        )
        self.logged_id = logged.id
        self.case_logged.emit(logged.id)


class InquiryDeadlineDialog(ActionDialog):
    """The authority granted more time (or wants the answer sooner): its new date stands."""

    def __init__(
        self, inquiries: InquiryService, case: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(inquiries.cases, case, parent)
        self.inquiries = inquiries
        inquiry = case["inquiry"]
        self.set_titles(self.tr("The authority's new date"), self.tr("Record"))
        self.set_intro(
            self.tr("%1 set %2 as the date to answer by. Record the date it grants now.")
            .replace("%1", inquiry["authority"])
            .replace("%2", nice_date(inquiry["their_deadline"]))
        )
        self.deadline = self.add_field(
            self.tr("Answer by"), DateEdit(date.fromisoformat(inquiry["their_deadline"])),
            "deadline",
        )  # fmt: skip
        self.reason = self.add_field(self.tr("Why"), QLineEdit(), "reason")
        self.reason.setPlaceholderText(self.tr("e.g. more time granted by letter of 10 Dec"))

    def apply(self) -> None:
        self.inquiries.set_their_deadline(
            self.case_id, pydate(self.deadline.date()), self.reason.text()
        )
        self.result_message = self.tr("The authority's date is now %1.").replace(
            "%1", nice_date(pydate(self.deadline.date()))
        )
