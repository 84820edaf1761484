"""The Requester tab: the person as logged, and the other cases of the same person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import CaseStatus
from desktop.ui.case_file.history_wording import CUSTOMER_LABELS, LANGUAGE_LABELS
from desktop.ui.postal_fields import country_text, form_of_address_text
from desktop.ui.text import enum_label, translated, type_labels
from desktop.ui.widgets import fit_columns, make_table, plain_label, push_button, table_cell

# The rows every case shows, "—" when not known; the others show only when they hold something.
_ALWAYS = {"name", "form_of_address", "email", "phone", "customer", "customer_number", "language"}


class RequesterTab(QWidget):
    link_opened = Signal(int)  # the id of a linked case to open
    link_requested = Signal()
    correct_requested = Signal()  # the officer asked to correct what was logged

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLabel] = {}
        self._form = form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in (
            ("name", self.tr("Name")), ("form_of_address", self.tr("Form of address")),
            ("title", self.tr("Title")), ("email", self.tr("Email")), ("phone", self.tr("Phone")),
            ("street", self.tr("Street")), ("address_extra", self.tr("Additional line")),
            ("postcode", self.tr("Postcode")), ("city", self.tr("City")),
            ("country", self.tr("Country")), ("address", self.tr("Address (as typed earlier)")),
            ("postal", self.tr("Postal address")), ("customer", self.tr("Customer")),
            ("customer_number", self.tr("Customer number")),
            ("delivery_country", self.tr("Delivery country")),
            ("delivery_location", self.tr("Delivery location")),
            ("language", self.tr("Reply in")),
        ):  # fmt: skip
            value = plain_label()
            value.setObjectName(f"requester_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(caption, value)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setAutoDefault(False)
        self.correct_button.setToolTip(
            self.tr("Correct what was logged wrongly: the requester, the received date, the "
                    "channel or the requests (F2)")
        )  # fmt: skip
        self.correct_button.clicked.connect(self.correct_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        person = QGroupBox(self.tr("Requester"))
        person_layout = QVBoxLayout(person)
        person_layout.setContentsMargins(12, 16, 12, 10)
        person_layout.setSpacing(10)
        person_layout.addLayout(form)
        person_layout.addLayout(buttons)

        self.links_table = make_table(
            [self.tr("Reference"), self.tr("Status"), self.tr("Requests"), self.tr("Why linked")],
            stretch=3,
            widths=(130, 110, 150),
        )
        self.links_table.setObjectName("linksTable")
        self.links_table.doubleClicked.connect(self._on_link_activated)
        self.links_table.setToolTip(self.tr("Double-click to open the linked case"))
        self.no_links_label = plain_label(
            self.tr(
                "No linked cases. Cases of the same person are linked at intake; link others here."
            ),
            object_name="countLabel",
        )
        links = QGroupBox(self.tr("Linked cases"))
        links_layout = QVBoxLayout(links)
        links_layout.setContentsMargins(12, 16, 12, 10)
        links_layout.addWidget(self.no_links_label)
        links_layout.addWidget(self.links_table, 1)
        self.link_button = push_button(
            self.tr("Lin&k a case…"),
            self.tr("A complaint to the case it is about, or another request of this person"),
        )
        self.link_button.clicked.connect(self.link_requested)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_button)
        link_row.addStretch(1)
        links_layout.addLayout(link_row)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(12)
        column = QVBoxLayout()
        column.addWidget(person)
        column.addStretch(1)
        layout.addLayout(column, 1)
        layout.addWidget(links, 1)

    def show_case(self, case: dict[str, Any]) -> None:
        person = case["requester"]
        shown = {key: self._text(key, person) for key in self.fields}
        # An address in parts, the old free text, or neither: then one row says there is none.
        parts = ("street", "address_extra", "postcode", "city", "country", "address")
        shown["postal"] = "" if any(shown[key] for key in parts) else "—"
        for key, label in self.fields.items():
            text = shown[key]
            label.setText(text or "—")
            self._form.setRowVisible(label, bool(text) or key in _ALWAYS)
        links = case["links"]
        self.links_table.setRowCount(0)
        for link in links:
            row = self.links_table.rowCount()
            self.links_table.insertRow(row)
            for column, text in enumerate(
                (link["reference"], enum_label(CaseStatus, link["status"]),
                 type_labels(link["types"] or ""), link["reason"] or "")
            ):  # fmt: skip
                item = table_cell(text)
                item.setData(Qt.ItemDataRole.UserRole, link["id"])
                self.links_table.setItem(row, column, item)
        fit_columns(self.links_table)
        self.links_table.resizeRowsToContents()
        self.links_table.setVisible(bool(links))
        self.no_links_label.setVisible(not links)

    def _on_link_activated(self, index: Any) -> None:
        item = self.links_table.item(index.row(), 0)
        if item is not None:
            self.link_opened.emit(item.data(Qt.ItemDataRole.UserRole))

    @staticmethod
    def _text(key: str, person: dict[str, Any]) -> str:
        value = person.get(key)
        if key == "customer" and value in CUSTOMER_LABELS:
            return translated(CUSTOMER_LABELS[value])
        if key == "language" and value in LANGUAGE_LABELS:
            return translated(LANGUAGE_LABELS[value])
        if key == "form_of_address":
            return form_of_address_text(value)
        if key in ("country", "delivery_country"):
            return country_text(value)
        return str(value or "")
