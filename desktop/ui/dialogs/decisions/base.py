"""Decisions on a case: objections, withdrawals, erasure with blocking, and the Art. 19 notices. Shared parts: the dialog base, the checklist, labels."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.processing import ProcessingRegister
from desktop.core.retention import RetentionRule
from desktop.services.decisions import DecisionService
from desktop.ui.dialogs.form import ActionDialog
from desktop.ui.text import mid_sentence, nice_date, pydate, register_name

# Where notices usually go; the field stays free text (a supplier portal, a named contact).
NOTICE_CHANNELS = (
    QT_TRANSLATE_NOOP("NotifiedDialog", "Email"),
    QT_TRANSLATE_NOOP("NotifiedDialog", "Letter"),
    QT_TRANSLATE_NOOP("NotifiedDialog", "Supplier portal"),
    QT_TRANSLATE_NOOP("NotifiedDialog", "Phone"),
    QT_TRANSLATE_NOOP("NotifiedDialog", "Fax"),
)


def notice_channel_text(channel: str) -> str:
    """How a recipient was told, inside a sentence: one of the suggested ways in the window's
    language ("per E-Mail"), else as the officer typed it."""
    known = next((c for c in NOTICE_CHANNELS if c.casefold() == channel.casefold()), None)
    return mid_sentence(QCoreApplication.translate("NotifiedDialog", known)) if known else channel


# Systems that usually hold a consent; the officer edits the list per case.
CONSENT_SYSTEMS = (
    QT_TRANSLATE_NOOP("WithdrawalDialog", "CRM"),
    QT_TRANSLATE_NOOP("WithdrawalDialog", "Newsletter tool"),
    QT_TRANSLATE_NOOP("WithdrawalDialog", "Call centre list"),
)


def purpose_name(register: ProcessingRegister, purpose_id: str) -> str:
    """The purpose as the register names it; the id if the register no longer has it."""
    try:
        return register_name(register.purpose(purpose_id))
    except ValidationError:
        return purpose_id


def rule_text(rule: RetentionRule) -> str:
    """The rule as the officer picks it, what tells rules apart first: "DE · 8 years · …"."""
    years = QCoreApplication.translate("DecisionsTab", "%1 years").replace("%1", str(rule.years))
    return f"{rule.country} · {years} · {register_name(rule)}"


def escape_mnemonic(text: str) -> str:
    # A check box reads "&" as a shortcut marker: "AT&T" would lose its ampersand.
    return text.replace("&", "&&")


class Checklist(QFrame):
    """Check boxes in one white box (style.qss: QFrame#checklist, red when "invalid");
    `checked()` gives the keys of the ticked ones."""

    def __init__(self, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.boxes: dict[str, QCheckBox] = {}
        self._columns = columns
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(10, 8, 10, 8)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(6)

    def add(
        self, text: str, key: str, checked: bool = False, tooltip: str = "", enabled: bool = True
    ) -> QCheckBox:
        box = QCheckBox(escape_mnemonic(text))
        box.setChecked(checked)
        box.setEnabled(enabled)
        if tooltip:
            box.setToolTip(tooltip)
        number = len(self.boxes)
        self._grid.addWidget(box, number // self._columns, number % self._columns)
        self.boxes[key] = box
        return box

    def checked(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked() and box.isEnabled()]

    def set_checked(self, keys: list[str] | tuple[str, ...]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in keys)


class DecisionDialog(ActionDialog):
    """An action dialog whose labels stand above their fields: long captions, wide fields."""

    def __init__(
        self, decisions: DecisionService, case: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(decisions, case, parent)
        self.decisions = decisions
        self.processing = decisions.processing.register()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setVerticalSpacing(4)
        self.setMinimumWidth(560)

    def recipient_of(self, notice: dict[str, Any]) -> str:
        """The notice's recipient as the register names it in the window's language."""
        found = next(
            (r for r in self.processing.recipients if r.id == notice["recipient_id"]), None
        )
        return register_name(found) if found else notice["recipient_name"]

    def add_column(self, stretch: int = 1) -> QFormLayout:
        form = super().add_column(stretch)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        return form

    def date_edit(self, day: date) -> QDateEdit:
        # A date is short: a field as wide as the dialog reads as a place for a sentence.
        edit = super().date_edit(day)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        edit.setMinimumWidth(150)
        return edit

    @staticmethod
    def text_edit(text: str = "", height: int = 84) -> QPlainTextEdit:
        edit = ActionDialog.text_edit(text, height)
        edit.setMaximumHeight(height + 40)  # grows a little with the dialog, not without end
        return edit

    def add_effective_and_carried_out(self, carried_out: str | None = None) -> None:
        """It takes effect the day it was received (Art. 7(3), 21(3)): said, not asked; the
        day the systems were updated is asked (today unless recorded before)."""
        received = date.fromisoformat(self.case["received"])
        effective = QLabel(
            self.tr("%1, the day it was received: it cannot take effect later.").replace(
                "%1", nice_date(received)
            )
        )
        effective.setWordWrap(True)
        self.add_field(self.tr("Takes effect"), effective, "effective")
        self.carried_out = self.add_field(
            self.tr("Carried out on (the systems updated)"),
            self.date_edit(
                date.fromisoformat(carried_out) if carried_out else self._service.today()
            ),
            "carried_out",
        )

    def carried_out_on(self) -> date:
        return pydate(self.carried_out.date())

    def add_effective_and_note(self) -> None:
        """The effective and carried-out dates and an optional note."""
        self.add_effective_and_carried_out()
        self.note = self.add_field(self.tr("Note (optional)"), self.text_edit(height=56), "note")

    def previous(self, kind: str) -> dict[str, Any] | None:
        """The decision already recorded for a request type, to start from it."""
        return next((d for d in self.case.get("decisions", []) if d["type"] == kind), None)

    def radio_row(self, options: list[tuple[str, str]]) -> tuple[QWidget, QButtonGroup]:
        """Radio buttons in a row; none is chosen: a decision is made on purpose."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(18)
        group = QButtonGroup(holder)
        for text, value in options:
            button = QRadioButton(text)
            button.setProperty("value", value)
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        return holder, group

    @staticmethod
    def chosen(group: QButtonGroup) -> str:
        button = group.checkedButton()
        return str(button.property("value")) if button is not None else ""


class EntryDialog(DecisionDialog):
    """A decision on one entry of the case: an Art. 19 notice, or a row of blocked data."""

    def __init__(
        self,
        decisions: DecisionService,
        case: dict[str, Any],
        entry: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(decisions, case, parent)
        self.entry = entry
        if self.side_captions:  # short fields: the caption beside, not above
            self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.build(entry)

    side_captions = True

    def build(self, entry: dict[str, Any]) -> None:
        """Titles, intro and fields for this entry."""
        raise NotImplementedError
