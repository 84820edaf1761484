"""The forms for one entry of the processing register: a purpose, a recipient, a retention rule.

The forms only collect the fields; the register service checks and saves the entry, and a
refusal comes back as ValidationError naming the field to mark.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.core.processing import ProcessingRegister
from desktop.core.suppression import SuppressionChannel
from desktop.ui.dialogs.form import Button, FormDialog
from desktop.ui.text import register_name

# Offered in the forms; any other wording may be typed.
LEGAL_BASES = (
    "Art. 6(1)(a) GDPR (consent)",
    "Art. 6(1)(b) GDPR",
    "Art. 6(1)(c) GDPR",
    "Art. 6(1)(e) GDPR",
    "Art. 6(1)(f) GDPR",
)
RECIPIENT_KINDS = ("group company", "processor", "third party")

SaveEntry = Callable[[dict[str, Any]], Any]  # raises ValidationError when the register refuses


def suggested_id(text: str) -> str:
    """'Advertising by SMS' -> 'advertising-by-sms': a suggested id for a new entry."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60]


class RegisterEntryDialog(FormDialog):
    """Base: a small form; Save hands the values to `save`, which saves the register.

    When `save` raises ValidationError the field is marked and the dialog stays open with
    nothing changed. A subclass names its list (`KIND`), its titles and its fields (`build`).
    """

    entry_saved = Signal(str)
    KIND = ""  # the register's list: its refusals name "<kind>.<field>" ("recipients.kind")
    WIDTH = 520

    def __init__(
        self,
        entry: dict[str, Any] | None,
        save: SaveEntry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ok=Button.Save)
        new_title, edit_title = self.titles()
        self.setWindowTitle(new_title if entry is None else edit_title)
        self._entry = entry
        self._save = save
        self._suggested_id = ""
        self.say_on_refusal(self.tr("Not saved. %1"))
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.content.addLayout(self.form)
        # The dialog grows when an error line appears, instead of squeezing the fields.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.resize(self.WIDTH, 0)
        self.build(entry or {})

    def titles(self) -> tuple[str, str]:
        """The window's title for a new entry and for an edited one."""
        raise NotImplementedError

    def build(self, entry: dict[str, Any]) -> None:
        raise NotImplementedError

    # -- building -------------------------------------------------------------------------------
    def _add(self, key: str, label: str, widget: QWidget) -> QWidget:
        return self.add_field(label, widget, key, f"{self.KIND}.{key}", indent=not label)

    def _line(self, key: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(placeholderText=placeholder)
        value = (self._entry or {}).get(key)
        if value is not None:
            edit.setText(str(value))
            edit.setCursorPosition(0)
        self._add(key, label, edit)
        return edit

    def _combo(self, key: str, label: str, choices: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(list(choices))
        combo.setCurrentText(str((self._entry or {}).get(key, "")))
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("choose or type"))
        self._add(key, label, combo)
        return combo

    def _id_field(self, placeholder: str) -> QLineEdit:
        edit = self._line("id", self.tr("ID"), placeholder)
        if self._entry is not None:
            # Cases and decisions refer to the id: changing it would make another entry.
            edit.setReadOnly(True)
            edit.setToolTip(self.tr("The id cannot change: decisions and letters refer to it."))
        return edit

    def _follow_name(self, name: QLineEdit) -> None:
        """A new entry's id is suggested from its name until the officer types one."""
        if self._entry is None:
            name.textChanged.connect(self._on_name_changed)

    def _on_name_changed(self, text: str) -> None:
        edit = self.fields["id"]
        assert isinstance(edit, QLineEdit)
        # Only while the id is empty or still the suggestion: an id typed by hand stays.
        if edit.text() in ("", self._suggested_id):
            self._suggested_id = suggested_id(text)
            edit.setText(self._suggested_id)

    # -- values and saving ----------------------------------------------------------------------
    def _text(self, key: str) -> str:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            return widget.currentText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def values(self) -> dict[str, Any]:
        """The fields as the register service takes an entry."""
        raise NotImplementedError

    def apply(self) -> None:
        # A check across the register names only the list ("purposes"): the dialog's line.
        values = self.values()
        self._save(values)
        self.entry_saved.emit(values["id"])

    def save(self) -> bool:
        """Save through the register; on a refusal mark the field and keep the dialog open."""
        return self.submit()


class PurposeDialog(RegisterEntryDialog):
    """A purpose: its legal basis, statement section, recipients, rights and marketing channel."""

    KIND, WIDTH = "purposes", 620

    def __init__(
        self,
        register: ProcessingRegister,
        entry: dict[str, Any] | None,
        save: SaveEntry,
        parent: QWidget | None = None,
    ) -> None:
        self._register = register  # before the base's __init__, which calls build()
        super().__init__(entry, save, parent)

    def titles(self) -> tuple[str, str]:
        return self.tr("New purpose"), self.tr("Edit purpose")

    def build(self, entry: dict[str, Any]) -> None:
        self._id_field(self.tr("lower case and hyphens, e.g. advertising-sms"))
        name = self._line("name", self.tr("Name"), self.tr("as in the privacy statement"))
        self._follow_name(name)
        self._combo("legal_basis", self.tr("Legal basis"), LEGAL_BASES)
        self._line("section", self.tr("Statement §"), self.tr("e.g. 3.2, 5"))

        self.recipients = QListWidget()
        chosen = set(entry.get("recipients", ()))
        for recipient in self._register.recipients:
            item = QListWidgetItem(register_name(recipient))
            item.setData(Qt.ItemDataRole.UserRole, recipient.id)
            item.setToolTip(f"{recipient.id} · {recipient.kind}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if recipient.id in chosen else Qt.CheckState.Unchecked
            )
            self.recipients.addItem(item)
        self.recipients.setSpacing(2)  # rows a click can hit, as in the other checklists
        self.recipients.setMinimumHeight(200)
        self._add("recipients", self.tr("Recipients"), self.recipients)

        self.objection = QCheckBox(
            self.tr("Based on legitimate interests: the Art. 21(1) objection applies")
        )
        self.objection.setChecked(bool(entry.get("objection")))
        self._add("objection", "", self.objection)
        self.consent = QCheckBox(self.tr("Based on consent: withdrawal (Art. 7(3)) applies"))
        self.consent.setChecked(bool(entry.get("consent")))
        self._add("consent", "", self.consent)

        self.channel = QComboBox()
        self.channel.addItem(self.tr("None (not an advertising channel)"), None)
        for channel in SuppressionChannel:
            self.channel.addItem(channel.label, channel.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(entry.get("channel"))))
        self.channel.setToolTip(
            self.tr("The suppression channel that stops this purpose for a person")
        )
        self._add("channel", self.tr("Channel"), self.channel)

    def checked_recipients(self) -> list[str]:
        out = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_recipients(self, recipient_ids: list[str]) -> None:
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in recipient_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "id": self._text("id"),
            "name": self._text("name"),
            "legal_basis": self._text("legal_basis"),
            "section": self._text("section"),
            "recipients": self.checked_recipients(),
            "objection": self.objection.isChecked(),
            "consent": self.consent.isChecked(),
        }
        if self.channel.currentData():
            values["channel"] = self.channel.currentData()
        return values


class RecipientDialog(RegisterEntryDialog):
    """A recipient: who receives data (a group company, a processor or another third party)."""

    KIND = "recipients"

    def titles(self) -> tuple[str, str]:
        return self.tr("New recipient"), self.tr("Edit recipient")

    def build(self, entry: dict[str, Any]) -> None:
        self._id_field(self.tr("lower case and hyphens, e.g. mailing-house"))
        name = self._line("name", self.tr("Name"), self.tr("e.g. Mailing house Müller GmbH"))
        self._follow_name(name)
        self._combo("kind", self.tr("Kind"), RECIPIENT_KINDS)

    def values(self) -> dict[str, Any]:
        return {"id": self._text("id"), "name": self._text("name"), "kind": self._text("kind")}


class RetentionRuleDialog(RegisterEntryDialog):
    """A statutory retention period: years counted from the end of the document's year."""

    KIND, WIDTH = "retention", 560

    def titles(self) -> tuple[str, str]:
        return self.tr("New retention rule"), self.tr("Edit retention rule")

    def build(self, entry: dict[str, Any]) -> None:
        self._id_field(self.tr("lower case and hyphens, e.g. de-vouchers"))
        self._line("country", self.tr("Country"), self.tr("two letters, e.g. DE"))
        label = self._line("label", self.tr("Documents"), self.tr("e.g. Accounting vouchers"))
        self._follow_name(label)
        years = self._line("years", self.tr("Years"), self.tr("1 to 30"))
        years.setMaximumWidth(90)
        years.setToolTip(self.tr("Counted from the end of the year in which the document arose"))
        self._line("legal_basis", self.tr("Legal basis"), self.tr("e.g. § 257 HGB, § 147 AO"))

    def values(self) -> dict[str, Any]:
        # The years as typed: the register reads the number and explains what is wrong.
        return {
            "id": self._text("id"),
            "country": self._text("country"),
            "label": self._text("label"),
            "years": self._text("years"),
            "legal_basis": self._text("legal_basis"),
        }
