"""Editing one company register entry: every field, checked by the register before it is saved."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from desktop.core.companies import GroupCompany
from desktop.core.errors import FieldPath, ValidationError
from desktop.core.letterhead import missing_letterhead_fields
from desktop.services.companies import CompanyRegister
from desktop.ui.dialogs.form import Button, FormDialog, two_columns
from desktop.ui.refusals import refusal_text
from desktop.ui.text import letterhead_gaps

_CONTEXT = "CompanyFields"
# Register field name -> the label the officer sees (the same words on the page and in messages).
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("CompanyFields", "ID"),
    "name": QT_TRANSLATE_NOOP("CompanyFields", "Legal name"),
    "address.street": QT_TRANSLATE_NOOP("CompanyFields", "Street"),
    "address.postcode": QT_TRANSLATE_NOOP("CompanyFields", "Postcode"),
    "address.city": QT_TRANSLATE_NOOP("CompanyFields", "City"),
    "address.country": QT_TRANSLATE_NOOP("CompanyFields", "Country"),
    "is_sample": QT_TRANSLATE_NOOP("CompanyFields", "Sample entry"),
    "countries": QT_TRANSLATE_NOOP("CompanyFields", "Countries"),
    "locations": QT_TRANSLATE_NOOP("CompanyFields", "Locations"),
    "dpo_name": QT_TRANSLATE_NOOP("CompanyFields", "DPO name"),
    "dpo_email": QT_TRANSLATE_NOOP("CompanyFields", "DPO email"),
    "dpo_phone": QT_TRANSLATE_NOOP("CompanyFields", "DPO phone"),
    "dpo_fax": QT_TRANSLATE_NOOP("CompanyFields", "DPO fax"),
    "dpo_address": QT_TRANSLATE_NOOP("CompanyFields", "DPO postal address"),
    "languages": QT_TRANSLATE_NOOP("CompanyFields", "Languages"),
    "calendar_country": QT_TRANSLATE_NOOP("CompanyFields", "Calendar country"),
    "calendar_subdiv": QT_TRANSLATE_NOOP("CompanyFields", "Region"),
    "calendar_categories": QT_TRANSLATE_NOOP("CompanyFields", "Categories"),
    "calendar_extra_dates": QT_TRANSLATE_NOOP("CompanyFields", "Extra dates"),
    "calendar_label": QT_TRANSLATE_NOOP("CompanyFields", "Calendar label"),
    "authority.name": QT_TRANSLATE_NOOP("CompanyFields", "Authority name"),
    "authority.address": QT_TRANSLATE_NOOP("CompanyFields", "Authority address"),
    "registered_office": QT_TRANSLATE_NOOP("CompanyFields", "Registered office"),
    "commercial_register": QT_TRANSLATE_NOOP("CompanyFields", "Register (one text)"),
    "vat_id": QT_TRANSLATE_NOOP("CompanyFields", "VAT id"),
    "legal_form": QT_TRANSLATE_NOOP("CompanyFields", "Legal form"),
    "register_court": QT_TRANSLATE_NOOP("CompanyFields", "Register court"),
    "register_number": QT_TRANSLATE_NOOP("CompanyFields", "Register number"),
    "directors": QT_TRANSLATE_NOOP("CompanyFields", "Board / directors"),
    "supervisory_board_chair": QT_TRANSLATE_NOOP("CompanyFields", "Chair of the board"),
    "one_tier_board": QT_TRANSLATE_NOOP("CompanyFields", "One-tier board"),
    "kvk_number": QT_TRANSLATE_NOOP("CompanyFields", "KvK number"),
    "note": QT_TRANSLATE_NOOP("CompanyFields", "Note"),
    # Not form fields, but named in the register's messages.
    "file": QT_TRANSLATE_NOOP("CompanyFields", "The file"),
    "company": QT_TRANSLATE_NOOP("CompanyFields", "Company"),
    "calendar": QT_TRANSLATE_NOOP("CompanyFields", "Holiday calendar"),
    "entries": QT_TRANSLATE_NOOP("CompanyFields", "Entry %1"),
}
# Fields the register reports as a whole object: mark their first widget.
_ALIASES = {"address": "address.street", "authority": "authority.name"}
_LIST_FIELDS = (
    "countries",
    "locations",
    "languages",
    "calendar_categories",
    "calendar_extra_dates",
)
_LIST_SPLIT = re.compile(r"[;,]")
_NAME_LISTS = ("directors",)  # names may hold a comma ("Dr. A. Meier, LL.M."): ";" only
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")  # the register upper-cases it


_LETTERHEAD_INPUTS = (
    "legal_form", "registered_office", "register_court", "register_number", "kvk_number",
    "vat_id", "directors", "supervisory_board_chair", "one_tier_board", "commercial_register",
)  # fmt: skip


def field_label(field: str | FieldPath) -> str:
    """The officer's words for a register field; ("entries", 4, "countries") keeps its entry."""
    path = field if isinstance(field, tuple) else (field,)
    if len(path) > 1 and path[0] == "entries":  # an import names the entry, numbered from 1
        entry = _translate(FIELD_LABELS["entries"]).replace("%1", str(path[1]))
        return f"{entry}, {field_label(path[2:]).lower()}" if path[2:] else entry
    name = ".".join(str(part) for part in path)
    label = FIELD_LABELS.get(_ALIASES.get(name, name))
    return _translate(label) if label else name.replace("_", " ")


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def split_list(text: str) -> list[str]:
    """A list typed as "DE; AT" or "DE, AT" (locations hold no commas or semicolons)."""
    return [part.strip() for part in _LIST_SPLIT.split(text) if part.strip()]


def join_list(values: tuple[str, ...] | list[str]) -> str:
    return "; ".join(str(v) for v in values)


class CompanyEditorDialog(FormDialog):
    """Nothing is stored until Save; a bad field is marked and explained, the dialog stays open."""

    company_saved = Signal(str)

    def __init__(
        self,
        register: CompanyRegister,
        company: GroupCompany | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ok=Button.Save, beside=True)
        self._register = register
        self._original = company
        self.say_on_refusal(self.tr("Not saved. %1"))
        self.saved: GroupCompany | None = None
        if company is None:
            self.setWindowTitle(self.tr("New company"))
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", company.name))
        self.resize(1180, 720)  # two columns of fields; German labels are long

        identity = self._group(self.tr("Identity and address"))
        self._line(identity, "id", self.tr("lower case, digits, hyphens: e.g. hoffmann-pl"))
        self._line(identity, "name")
        self._line(identity, "address.street")
        self._line(identity, "address.postcode")
        self._line(identity, "address.city")
        self._line(identity, "address.country", self.tr("two letters, e.g. NL"))
        sample = QCheckBox(self.tr("Sample data, not yet confirmed by the group overview"))
        self.add_field("", sample, "is_sample", form=_form(identity), indent=True)

        responsibility = self._group(self.tr("Responsibility"))
        self._line(responsibility, "countries", self.tr("two-letter codes, e.g. BE; LU"))
        self._line(responsibility, "locations", self.tr("e.g. Antwerpen; Brussel"))

        dpo = self._group(self.tr("Data protection officer"))
        self._line(dpo, "dpo_name")
        self._line(dpo, "dpo_email")
        self._line(dpo, "dpo_phone")
        self._line(dpo, "dpo_fax")
        self._line(dpo, "dpo_address", self.tr("one line, commas between the parts"))

        languages = self._group(self.tr("Correspondence"))
        self._line(languages, "languages", self.tr("e.g. nl; en (the first is the default)"))

        calendar = self._group(self.tr("Holiday calendar"))
        self._line(calendar, "calendar_country", self.tr("two letters; empty: the seat's country"))
        self._line(calendar, "calendar_subdiv", self.tr("e.g. BY; empty for the whole country"))
        self._line(calendar, "calendar_categories", self.tr("e.g. public; catholic"))
        self._line(calendar, "calendar_extra_dates", self.tr("YYYY-MM-DD; YYYY-MM-DD"))
        self._line(calendar, "calendar_label")

        authority = self._group(self.tr("Supervisory authority"))
        self._line(authority, "authority.name")
        self._line(authority, "authority.address", self.tr("one line, as on a letter"))

        letterhead = self._group(self.tr("Letterhead (what company law wants on letters)"))
        self.letterhead_warning = QLabel(objectName="warning", wordWrap=True, visible=False)
        _form(letterhead).addRow(self.letterhead_warning)
        self._line(letterhead, "legal_form", self.tr("empty: from the name (SE, GmbH, B.V. …)"))
        self._line(letterhead, "registered_office", self.tr("the seat, e.g. München"))
        self._line(letterhead, "register_court", self.tr("e.g. Amtsgericht München"))
        self._line(letterhead, "register_number", self.tr("e.g. HRB 123456"))
        self._line(letterhead, "kvk_number", self.tr("Dutch companies: 8 digits"))
        self._line(letterhead, "vat_id")
        self._line(
            letterhead,
            "directors",
            self.tr("every one of them; names separated by ;"),
        )
        self._line(letterhead, "supervisory_board_chair", self.tr("of the supervisory board"))
        one_tier = QCheckBox(self.tr("One-tier SE: executive directors, administrative board"))
        self.add_field("", one_tier, "one_tier_board", form=_form(letterhead), indent=True)
        self._line(
            letterhead, "commercial_register", self.tr("older entries: court and number together")
        )

        note_box = self._group(self.tr("Note"))
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)
        note.setMinimumHeight(60)
        note.setMaximumHeight(90)
        self.add_field("", note, "note", form=_form(note_box))  # the group's title names it

        body = QWidget()
        body.setLayout(
            two_columns(
                (identity, letterhead),
                (responsibility, dpo, languages, calendar, authority, note_box),
                spacing=12,
            )
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        # The dialog's colour behind the groups, not a grey panel (setWidget turned the fill on).
        scroll.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        self.content.addWidget(scroll)

        if company is not None:
            self._fill(company.to_dict())
            # The id is the key cases refer to: changing it would make a second company.
            id_edit = self.fields["id"]
            assert isinstance(id_edit, QLineEdit)
            id_edit.setReadOnly(True)
            id_edit.setToolTip(self.tr("The id cannot change: cases refer to it."))
            self.fields["name"].setFocus()
        else:
            self.fields["id"].setFocus()
        for name in (*_LETTERHEAD_INPUTS, "name", "address.country"):
            widget = self.fields[name]
            signal = widget.toggled if isinstance(widget, QCheckBox) else widget.textChanged
            signal.connect(self._show_letterhead_gaps)
        self._show_letterhead_gaps()

    # -- building ------------------------------------------------------------------------------
    def _group(self, title: str) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(self.form_layout(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
        return box

    def _line(self, box: QGroupBox, field: str, placeholder: str = "") -> None:
        edit = QLineEdit(placeholderText=placeholder)
        wholes = [whole for whole, first in _ALIASES.items() if first == field]
        self.add_field(field_label(field), edit, field, *wholes, form=_form(box))

    def caption(self, name: str) -> str:
        return field_label(name)

    def _fill(self, data: dict[str, Any]) -> None:
        for field, widget in self.fields.items():
            parent, _, child = field.partition(".")
            value = data.get(parent)
            if child:
                value = (value or {}).get(child, "")
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QLineEdit):
                listed = field in _LIST_FIELDS or field in _NAME_LISTS
                widget.setText(join_list(value or []) if listed else str(value or ""))
                widget.setCursorPosition(0)  # show the start of a long value, not its end

    # -- reading and saving ---------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """The register entry as typed, in the register's JSON shape."""
        data: dict[str, Any] = self._original.to_dict() if self._original else {}
        data.setdefault("address", {})
        data.setdefault("authority", {})
        for field, widget in self.fields.items():
            if isinstance(widget, QCheckBox):
                value: Any = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText().strip()
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                value = split_list(text) if field in _LIST_FIELDS else text
                if field in _NAME_LISTS:
                    value = [name.strip() for name in text.split(";") if name.strip()]
            else:
                continue
            parent, _, child = field.partition(".")
            if child:
                data[parent] = {**data[parent], child: value}
            else:
                data[parent] = value
        data["calendar_subdiv"] = data.get("calendar_subdiv") or None
        return data

    def _show_letterhead_gaps(self) -> None:
        """What letters of this company still lack, as the officer types (the register's rule)."""
        try:
            missing = missing_letterhead_fields(GroupCompany.from_dict(self.data()))
        except ValidationError:  # Save names what is wrong; the gaps show once it is whole
            missing = []
        self.letterhead_warning.setText(
            self.tr("Letters stay drafts until this is filled in: %1").replace(
                "%1", letterhead_gaps(missing)
            )
        )
        self.letterhead_warning.setVisible(bool(missing))

    def apply(self) -> None:
        data = self.data()
        if self._original is None:
            self.saved = self._register.add(data)
        else:
            self.saved = self._register.save(data)
        self.company_saved.emit(self.saved.id)

    def save(self) -> GroupCompany | None:
        """Save through the register; on a mistake mark the field and keep the dialog open."""
        return self.saved if self.submit() else None

    def show_validation(self, exc: ValidationError) -> None:
        field = self.field_at(exc.path)
        if field == "calendar":  # the holidays package knows no such country or region
            field = "calendar_subdiv" if self._text("calendar_subdiv") else "calendar_country"
        elif field == "countries" and self._seat_is_the_bad_code():
            field = "address.country"
        self.show_error(field, refusal_text(exc))

    def _seat_is_the_bad_code(self) -> bool:
        # The register checks the seat's country under "countries", after the listed ones.
        listed = split_list(self._text("countries"))
        return all(_COUNTRY.match(code) for code in listed) and not _COUNTRY.match(
            self._text("address.country")
        )

    def _text(self, field: str) -> str:
        widget = self.fields.get(field)
        return widget.text().strip() if isinstance(widget, QLineEdit) else ""


def _form(box: QGroupBox) -> QFormLayout:
    form = box.layout()
    assert isinstance(form, QFormLayout)
    return form
