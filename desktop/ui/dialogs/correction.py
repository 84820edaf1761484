"""Correcting a case after logging: the requester, the received date, the channel and the
requests, as one audited change with its reason. Only what the officer changed is sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import CaseStatus
from desktop.core.requests import Channel, RequestType
from desktop.services.case_corrections import Correction
from desktop.services.cases import CaseService
from desktop.ui.dates import DateEdit
from desktop.ui.dialogs.fit import grow_to_fit
from desktop.ui.dialogs.form import ActionDialog
from desktop.ui.marks import error_label
from desktop.ui.postal_fields import CountryCombo, form_of_address_combo
from desktop.ui.text import law, nice_date, pydate

_LANGUAGES = (("nl", "Dutch"), ("de", "German"), ("en", "English"))


class CorrectionDialog(ActionDialog):
    """Pre-filled with the case as logged; a ticked request type is added, an unticked one
    withdrawn. A corrected received date moves the deadline; letters sent stay as sent."""

    def __init__(self, cases: CaseService, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(cases, case, parent)
        self.cases = cases
        self.set_titles(self.tr("Correct the case"), self.tr("Correct"))
        self.setMinimumWidth(940)
        closed = case["status"] == CaseStatus.CLOSED.value
        intro = self.tr(
            "Correct what was logged wrongly. Only what you change is saved, as one entry in "
            "the history with your reason; letters already sent stay as sent."
        )
        if closed:
            intro += " " + self.tr(
                "The case is closed: reopen it to correct the received date or the requests."
            )
        self.set_intro(intro)
        # Each requester column: how to read it from the form, and what is on file.
        self._person: dict[str, tuple[Callable[[], str], str]] = {}
        self._change_words: dict[str, str] = {}  # a changed field's name in the status line
        person = case["requester"]

        # -- the requester --------------------------------------------------------------------
        self.name = self._line("name", self.tr("Name"), person)
        self.form_of_address = form_of_address_combo()
        self.form_of_address.setCurrentIndex(
            max(0, self.form_of_address.findData(person.get("form_of_address") or "neutral"))
        )
        self.title = QLineEdit(person.get("title") or "", placeholderText=self.tr("Dr."))
        self._pair(
            self.tr("Form of address"), self.form_of_address, "form-of-address",
            self.tr("Title"), self.title, "title",
        )  # fmt: skip
        self._keep("form_of_address", self.form_of_address.currentData, person, "neutral")
        self._keep("title", self.title.text, person)
        self.email = self._line("email", self.tr("Email"), person)
        self.phone = self._line("phone", self.tr("Phone"), person)
        self.street = self._line("street", self.tr("Street"), person)
        self.street.setPlaceholderText(self.tr("Street and number"))
        self.address_extra = self._line("address_extra", self.tr("Additional line"), person)
        self.address_extra.setPlaceholderText(self.tr("c/o, flat, building"))
        self.postcode = QLineEdit(person.get("postcode") or "")
        self.city = QLineEdit(person.get("city") or "")
        self._pair(
            self.tr("Postcode"), self.postcode, "postcode", self.tr("City"), self.city, "city",
            stretch=(1, 2),
        )  # fmt: skip
        self._keep("postcode", self.postcode.text, person)
        self._keep("city", self.city.text, person)
        self.country = CountryCombo()
        self.country.set_code(person.get("country"))
        self.add_field(self.tr("Country"), self.country, "country")
        self._keep("country", self.country.code, person)
        self.address: QPlainTextEdit | None = None
        if person.get("address"):  # the free text of before: kept until the officer clears it
            self.address = self.text_edit(person["address"])
            self.address.setFixedHeight(58)
            self.address.setToolTip(
                self.tr("Typed before addresses had parts; letters print the parts once the "
                        "city is given. Clear it when the parts say the same.")
            )  # fmt: skip
            self.add_field(self.tr("Address (as typed earlier)"), self.address, "address")
            self._keep("address", self.address.toPlainText, person)
        self.customer_number = self._line("customer_number", self.tr("Customer number"), person)
        self.customer = QComboBox()
        self.customer.addItem(self.tr("Consumer"), "consumer")
        self.customer.addItem(self.tr("Business customer"), "business")
        self.customer.setCurrentIndex(max(0, self.customer.findData(person.get("customer"))))
        self.language = QComboBox()
        for code, label in _LANGUAGES:
            self.language.addItem(self.tr(label), code)
        self.language.setCurrentIndex(max(0, self.language.findData(person.get("language"))))
        self._pair(
            self.tr("Customer"), self.customer, "customer",
            self.tr("Reply in"), self.language, "language",
        )  # fmt: skip
        self._keep("customer_kind", self.customer.currentData, person, "consumer", "customer")
        self._keep("language", self.language.currentData, person, "en")
        self.delivery_country = CountryCombo()
        self.delivery_country.set_code(person.get("delivery_country"))
        self.add_field(self.tr("Delivery country"), self.delivery_country, "delivery-country")
        self._keep("delivery_country", self.delivery_country.code, person)
        self.location = self._line("delivery_location", self.tr("Delivery location"), person)
        self.location.setPlaceholderText(self.tr("delivery or service location"))

        # -- the case -------------------------------------------------------------------------
        right = self.form_layout()
        # The reason under the case's fields, its caption above it: a long caption beside it
        # would push the request types out of the column.
        below = self.form_layout()
        below.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        column = QVBoxLayout()
        column.addLayout(right)
        column.addLayout(below)
        column.addStretch(1)
        self.columns.addLayout(column, 1)
        self.received: DateEdit | None = None
        if not closed:  # a closed case keeps its dates (the service says so too)
            self.received = DateEdit(date.fromisoformat(case["received"]))
            self.received.limit_calendar(latest=cases.today())
            self.received.setToolTip(self.tr("The deadline is computed again from this date"))
            self.add_field(self.tr("Received on"), self.received, "received", form=right)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(self.tr(channel.label), channel.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(case["channel"])))
        self.add_field(self.tr("Came by"), self.channel, "channel", form=right)
        self._logged_types = [r["type"] for r in case["requests"]]
        self.type_boxes: dict[str, QCheckBox] = {}
        types = QWidget()
        ticks = QVBoxLayout(types)
        ticks.setContentsMargins(0, 2, 0, 0)
        ticks.setSpacing(4)
        for kind in RequestType:
            box = QCheckBox(self.tr(kind.label))
            box.setToolTip(law(kind.basis))
            box.setChecked(kind.value in self._logged_types)
            box.setEnabled(not closed)
            self.type_boxes[kind.value] = box
            ticks.addWidget(box)
        types.setToolTip(self.tr("Tick a request that was missed; untick one logged by mistake"))
        self.add_field(self.tr("Requests"), types, "type", form=right)
        self.reason = self.add_field(
            self.tr("Reason for the correction"), self.text_edit(), "reason", form=below
        )
        self.reason.setPlaceholderText(self.tr("e.g. the name was misread from the letter"))
        self.reason.setFixedHeight(72)
        self._change_words |= {
            "received": self.tr("received date"), "channel": self.tr("channel"),
            "types": self.tr("requests"),
        }  # fmt: skip
        # The dialog grows when an error line appears, instead of squeezing the fields.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        grow_to_fit(self)
        self.name.setFocus()

    # -- building -------------------------------------------------------------------------------
    def _line(self, key: str, caption: str, person: dict[str, Any]) -> QLineEdit:
        edit = QLineEdit(person.get(key) or "")
        self.add_field(caption, edit, _error_name(key))
        self._keep(key, edit.text, person)
        return edit

    def _keep(
        self,
        key: str,
        read: Callable[[], str],
        person: dict[str, Any],
        default: str = "",
        stored_as: str = "",
    ) -> None:
        """Remember the field's value on file, so that only a changed one is sent."""
        self._person[key] = (read, person.get(stored_as or key) or default)
        self._change_words[key] = self.caption(_error_name(key)).lower()

    def _pair(
        self,
        caption: str,
        first: QWidget,
        first_name: str,
        second_caption: str,
        second: QWidget,
        second_name: str,
        form: QFormLayout | None = None,
        stretch: tuple[int, int] = (1, 1),
    ) -> None:
        """Two fields on one row, each with its own error line under it."""
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        label = QLabel(second_caption)
        label.setBuddy(second)
        grid.addWidget(first, 0, 0)
        grid.addWidget(label, 0, 1)
        grid.addWidget(second, 0, 2)
        grid.setColumnStretch(0, stretch[0])
        grid.setColumnStretch(2, stretch[1])
        messages = (error_label(), error_label())
        grid.addWidget(messages[0], 1, 0)
        grid.addWidget(messages[1], 1, 1, 1, 2)
        (form or self.form).addRow(caption, holder)
        self.bind_field(first, first_name, caption=caption, message=messages[0])
        self.bind_field(second, second_name, caption=second_caption, message=messages[1])

    # -- applying -------------------------------------------------------------------------------
    def changed_requester(self) -> dict[str, str]:
        """The requester's fields the officer changed, with what the form now says."""
        changed = {}
        for key, (read, before) in self._person.items():
            now = read() or ""
            if now.strip() != str(before).strip():
                changed[key] = now
        return changed

    def correction(self) -> Correction:
        received = pydate(self.received.date()) if self.received is not None else None
        if received is not None and received.isoformat() == self.case["received"]:
            received = None
        channel = self.channel.currentData()
        ticked = [kind for kind, box in self.type_boxes.items() if box.isChecked()]
        return Correction(
            reason=self.reason.toPlainText(),
            requester=self.changed_requester(),
            received=received,
            channel=channel if channel != self.case["channel"] else None,
            add_types=[kind for kind in ticked if kind not in self._logged_types],
            withdraw_types=[kind for kind in self._logged_types if kind not in ticked],
        )

    def apply(self) -> None:
        changes = self.cases.correct(self.case_id, self.correction())
        names = [self._change_words[key] for key in changes if key in self._change_words]
        message = self.tr("Case corrected: %1.").replace("%1", ", ".join(names))
        if "current_due" in changes:
            message += " " + self.tr("Now due %1.").replace(
                "%1", nice_date(changes["current_due"][1])
            )
        self.result_message = message


def _error_name(key: str) -> str:
    """The name the service gives errors about a requester column: "address_extra" →
    "address-extra", "customer_kind" → "customer"."""
    return {"customer_kind": "customer", "delivery_location": "location"}.get(
        key, key.replace("_", "-")
    )
