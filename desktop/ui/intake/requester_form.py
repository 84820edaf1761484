"""Who asks: the requester's details and what the request concerns, as the intake form shows them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.companies import GroupCompany
from desktop.core.routing import Context
from desktop.services.cases import Requester

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
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setPlaceholderText(self.tr("Street and number\nPostcode and town"))
        self.address.setFixedHeight(62)
        self.postcode = QLineEdit()
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

        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        pair = QHBoxLayout()
        pair.addWidget(self.postcode)
        pair.addWidget(QLabel(self.tr("Customer no.")))
        pair.addWidget(self.customer_number)
        form.addRow(self.tr("Postcode"), pair)
        form.addRow(self.tr("Customer"), self.customer)
        place = QHBoxLayout()
        place.addWidget(self.delivery_country)
        place.addWidget(self.location, 1)
        form.addRow(self.tr("Delivery country"), place)
        form.addRow(self.tr("Contract names"), self.contract_company)
        form.addRow(self.tr("Reply in"), self.language)
        form.addRow(self.tr("It concerns"), self.context)

    def field_widgets(self) -> dict[str, QWidget]:
        """The service's field names and the widget each is typed into."""
        return {
            "name": self.name, "email": self.email, "phone": self.phone,
            "address": self.address, "postcode": self.postcode,
            "customer-number": self.customer_number, "customer": self.customer,
            "delivery-country": self.delivery_country, "location": self.location,
            "contract-company": self.contract_company, "language": self.language,
            "context": self.context,
        }  # fmt: skip

    def requester(self) -> Requester:
        return Requester(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.toPlainText(),
            postcode=self.postcode.text(),
            customer_number=self.customer_number.text(),
            customer=self.customer.currentData(),
            delivery_country=self.delivery_country.currentText(),
            delivery_location=self.location.text(),
            language=self.language.currentData(),
        )

    def has_input(self) -> bool:
        typed = (self.name, self.email, self.phone, self.customer_number)
        return any(edit.text().strip() for edit in typed)

    def set_sender(self, name: str | None, email: str | None, language: str | None) -> None:
        """What a message tells of its sender."""
        self.name.setText(name or "")
        self.email.setText(email or "")
        if language:
            self.language.setCurrentIndex(self.language.findData(language))
