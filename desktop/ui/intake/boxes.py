"""The intake form's boxes: how the request came in, and who asks."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from desktop.core.companies import GroupCompany
from desktop.core.requests import Channel
from desktop.core.routing import Context
from desktop.services.cases import Requester
from desktop.ui.dates import DateEdit
from desktop.ui.postal_fields import CountryCombo, form_of_address_combo, likely_country
from desktop.ui.text import pydate


class SourceBox(QGroupBox):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How it came in"), parent)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(self.tr(channel.label), channel.value)
        self.received = DateEdit(today)
        self.received.limit_calendar(latest=today)
        self.received.setToolTip(self.tr("The date the request reached any official channel"))
        self.arrival_label = QLabel()
        self.arrival_label.setWordWrap(True)
        self.arrival_label.setObjectName("countLabel")
        self.arrival_label.hide()
        self.letter_date = DateEdit()
        self.letter_date.setSpecialValueText(self.tr("not dated"))
        self.letter_date.setMinimumDate(QDate(1990, 1, 1))
        self.letter_date.setDate(self.letter_date.minimumDate())
        self.letter_date.calendar_month(today)  # not January 1990
        self.fax_number = QLineEdit(placeholderText="+31 30 123 45 67")
        self.open_message = QPushButton(self.tr("Open message file…"))
        self.attach_scan = QPushButton(self.tr("Attach scan…"))
        self.note = QLabel(self.tr("Drop an .eml or .msg file, or a scan, onto this dialog."))
        self.note.setWordWrap(True)
        self.note.setObjectName("countLabel")
        self.files = QListWidget()
        self.files.setMaximumHeight(72)

        form = QFormLayout(self)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.arrival_label)
        self._letter_row = QLabel(self.tr("Letter dated"))
        form.addRow(self._letter_row, self.letter_date)
        self._fax_row = QLabel(self.tr("Fax number"))
        form.addRow(self._fax_row, self.fax_number)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_message)
        buttons.addWidget(self.attach_scan)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.note)
        form.addRow(self.tr("Files kept"), self.files)

    def set_channel(self, channel: str) -> None:
        self.channel.setCurrentIndex(self.channel.findData(channel))

    def show_channel_parts(self, channel: str) -> None:
        """A letter has its own date, a fax a number; a message comes as a file, paper as scans."""
        paper = channel in ("letter", "fax")
        self._letter_row.setVisible(paper)
        self.letter_date.setVisible(paper)
        self._fax_row.setVisible(channel == "fax")
        self.fax_number.setVisible(channel == "fax")
        self.open_message.setVisible(channel == "email")
        self.attach_scan.setVisible(paper)
        self.files.setVisible(channel == "email" or paper)

    def letter_dated(self) -> date | None:
        day = self.letter_date.date()
        return None if day == self.letter_date.minimumDate() else pydate(day)


_CONTEXTS = (
    (Context.ORDER, "An order or contract"),
    (Context.SERVICE, "A service request"),
    (Context.MARKETING, "Direct mail, advertising"),
    (Context.CREDIT, "A credit check"),
    (Context.WEBSITE, "Visiting the website (cookies, analytics)"),
    (Context.LOCATION, "A particular location"),
)
_LANGUAGES = (("nl", "Dutch"), ("de", "German"), ("en", "English"))


class RequesterForm(QGroupBox):
    def __init__(self, companies: Iterable[GroupCompany], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Requester"), parent)
        companies = list(companies)
        self.name = QLineEdit()
        self.form_of_address = form_of_address_combo()
        self.title = QLineEdit(placeholderText=self.tr("Dr."))
        self.title.setToolTip(self.tr("An academic title, as the letters print it"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.street = QLineEdit(placeholderText=self.tr("Street and number"))
        self.address_extra = QLineEdit(placeholderText=self.tr("c/o, flat, building"))
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.country = CountryCombo()
        self.customer_number = QLineEdit()
        self.customer = QComboBox()
        self.customer.addItem(self.tr("Consumer"), "consumer")
        self.customer.addItem(self.tr("Business customer"), "business")
        self.delivery_country = QComboBox(editable=True)
        self.delivery_country.addItem("", None)
        for code in sorted({c for co in companies for c in co.countries} | {"US"}):
            self.delivery_country.addItem(code, code)
        self.delivery_country.lineEdit().setPlaceholderText(self.tr("e.g. NL"))
        self.delivery_country.setMinimumWidth(110)
        self.location = QLineEdit(placeholderText=self.tr("delivery or service location"))
        self.contract_company = QComboBox()
        self.contract_company.addItem(self.tr("— none named —"), None)
        for company in companies:
            self.contract_company.addItem(company.name, company.id)
        self.language = QComboBox()
        for code, label in _LANGUAGES:
            self.language.addItem(self.tr(label), code)
        self.context = QComboBox()
        for context, label in _CONTEXTS:
            self.context.addItem(self.tr(label), context.value)
        self._had_city = False
        self.city.textChanged.connect(self._on_city_typed)

        # Related fields side by side, so that the address in parts costs the form little height.
        place = QHBoxLayout()
        place.addWidget(self.delivery_country)
        place.addWidget(self.location, 1)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(8)
        for row, (caption, field, second_caption, second) in enumerate((
            (self.tr("Name"), self.name, "", None),
            (self.tr("Form of address"), self.form_of_address, self.tr("Title"), self.title),
            (self.tr("Email"), self.email, self.tr("Phone"), self.phone),
            (self.tr("Street"), self.street, "", None),
            (self.tr("Additional line"), self.address_extra, "", None),
            (self.tr("Postcode"), self.postcode, self.tr("City"), self.city),
            (self.tr("Country"), self.country, self.tr("Reply in"), self.language),
            (self.tr("Customer"), self.customer, self.tr("Customer no."), self.customer_number),
            (self.tr("Delivery country"), place, "", None),
            (self.tr("Contract names"), self.contract_company, "", None),
            (self.tr("It concerns"), self.context, "", None),
        )):  # fmt: skip
            grid.addWidget(_caption(caption, field), row, 0)
            span = 1 if second is not None else 3
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1, 1, span)
            else:
                grid.addWidget(field, row, 1, 1, span)
            if second is not None:
                label = _caption(second_caption, second)
                label.setIndent(10)  # a gap that tells the second field from the first
                grid.addWidget(label, row, 2)
                grid.addWidget(second, row, 3)

    def field_widgets(self) -> dict[str, QWidget]:
        """The service's field names and the widget each is typed into."""
        return {
            "name": self.name, "form-of-address": self.form_of_address, "title": self.title,
            "email": self.email, "phone": self.phone, "street": self.street,
            "address-extra": self.address_extra, "postcode": self.postcode, "city": self.city,
            "country": self.country, "address": self.street,
            "customer-number": self.customer_number, "customer": self.customer,
            "delivery-country": self.delivery_country, "location": self.location,
            "contract-company": self.contract_company, "language": self.language,
            "context": self.context,
        }  # fmt: skip

    def requester(self) -> Requester:
        return Requester(
            name=self.name.text(),
            form_of_address=self.form_of_address.currentData(),
            title=self.title.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            street=self.street.text(),
            address_extra=self.address_extra.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            country=self.country.code(),
            customer_number=self.customer_number.text(),
            customer=self.customer.currentData(),
            delivery_country=self.delivery_country.currentText(),
            delivery_location=self.location.text(),
            language=self.language.currentData(),
        )

    def _on_city_typed(self, text: str) -> None:
        # A city begun with no country yet: the likely one is filled in, in sight, to change.
        started = bool(text.strip()) and not self._had_city
        self._had_city = bool(text.strip())
        if started and not self.country.currentText().strip():
            guess = likely_country(self.delivery_country.currentText(), self.language.currentData())
            if guess:
                self.country.set_code(guess)

    def has_input(self) -> bool:
        typed = (self.name, self.email, self.phone, self.street, self.city, self.customer_number)
        return any(edit.text().strip() for edit in typed)

    def set_sender(self, name: str | None, email: str | None, language: str | None) -> None:
        """What a message tells of its sender."""
        self.name.setText(name or "")
        self.email.setText(email or "")
        if language:
            self.language.setCurrentIndex(self.language.findData(language))


def _caption(text: str, field: QWidget | QHBoxLayout) -> QLabel:
    label = QLabel(text)
    if isinstance(field, QWidget):
        label.setBuddy(field)
    return label
