"""Decisions on a case: objections, withdrawals, erasure with blocking, and the Art. 19 notices.

The dialogs offer only what the processing register holds and send the officer's choices to
`services.decisions`; every rule (absolute objections, grounds for a rejection, retention ends,
holds) is the service's, and its refusal shows under the field it names.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.codes import ExemptionGround
from desktop.core.errors import ValidationError
from desktop.core.objections import Decision
from desktop.core.processing import ProcessingRegister
from desktop.core.requests import RequestType
from desktop.core.retention import RetentionRule
from desktop.core.suppression import SuppressionChannel
from desktop.services.decisions import ErasureItem
from desktop.services.desk import Services
from desktop.ui.dates import DateEdit
from desktop.ui.dialogs.case_actions import (
    ActionDialog,
    fit_height,
    make_table,
    nice_date,
    plain_label,
    plural,
    pydate,
    qdate,
    table_cell,
)
from desktop.ui.models.case_table import MUTED, SOON

# A checklist is a frame of check boxes; style.qss knows no such frame, so it carries its own
# look, including the red border ActionDialog.mark() asks for through the "invalid" property.
_CHECKLIST_STYLE = (
    "QFrame#checklist { background: white; border: 1px solid #c9ced6; border-radius: 4px; }"
    'QFrame#checklist[invalid="true"] { border: 1px solid #b3261e; background: #fff6f5; }'
)
# Where notices usually go; the field stays free text (a supplier portal, a named contact).
_NOTICE_CHANNELS = ("Email", "Letter", "Supplier portal", "Phone", "Fax")
# Systems that usually hold a consent; the officer edits the list per case.
_CONSENT_SYSTEMS = ("CRM", "Newsletter tool", "Call centre list")


def _tr(text: str) -> str:
    # Enum labels come from the core in English; the case file translates them in one context.
    return QCoreApplication.translate("CaseFileDialog", text)


def channel_label(value: str) -> str:
    """The label of a channel ("Advertising by post"); an unknown value as it is."""
    try:
        return _tr(SuppressionChannel(value).label)
    except ValueError:
        return value


def type_label(value: str) -> str:
    try:
        return _tr(RequestType(value).label)
    except ValueError:
        return value


def purpose_name(register: ProcessingRegister, purpose_id: str) -> str:
    """The purpose as the register names it; the id if the register no longer has it."""
    try:
        return register.purpose(purpose_id).name
    except ValidationError:
        return purpose_id


def rule_text(rule: RetentionRule) -> str:
    """The rule as the officer picks it, what tells rules apart first: "DE · 8 years · …"."""
    years = QCoreApplication.translate("DecisionsTab", "%1 years").replace("%1", str(rule.years))
    return f"{rule.country} · {years} · {rule.label}"


def _escape_mnemonic(text: str) -> str:
    # A check box reads "&" as a shortcut marker: "AT&T" would lose its ampersand.
    return text.replace("&", "&&")


class Checklist(QFrame):
    """Check boxes in one white box; `checked()` gives the keys of the ticked ones."""

    def __init__(self, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setStyleSheet(_CHECKLIST_STYLE)
        self.boxes: dict[str, QCheckBox] = {}
        self._columns = columns
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(10, 8, 10, 8)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(6)

    def add(
        self, text: str, key: str, checked: bool = False, tooltip: str = "", enabled: bool = True
    ) -> QCheckBox:
        box = QCheckBox(_escape_mnemonic(text))
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
        self, services: Services, case: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(services, case, parent)
        self.processing = services.processing.register()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setVerticalSpacing(4)
        self.setMinimumWidth(560)

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


# -- Art. 21(2) and the newsletter -----------------------------------------------------------------
class MarketingObjectionDialog(DecisionDialog):
    """Uphold an objection to direct marketing: always upheld; the officer confirms channels."""

    def __init__(self, services: Services, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(services, case, parent)
        self.set_titles(self.tr("Uphold the marketing objection"), self.tr("Uphold"))
        self.set_intro(
            self.tr(
                "An objection to direct marketing is absolute (Art. 21(3) GDPR): no balancing, "
                "no refusal. The person goes on the suppression register for every channel "
                "ticked, with only what is needed to honour the objection."
            )
        )
        self.channels = Checklist(columns=2)
        for channel in SuppressionChannel:
            self.channels.add(_tr(channel.label), channel.value, checked=True)
        self.add_field(self.tr("Stop advertising by"), self.channels, "channels")
        self.effective = self.add_field(
            self.tr("Effective from"),
            self.future_date_edit(services.ctx.clock.today()),
            "date",
            "effective",
        )
        self.note = self.add_field(self.tr("Note (optional)"), self.text_edit(height=56), "note")

    def apply(self) -> None:
        chosen = self.channels.checked()
        ids = self.services.decisions.uphold_marketing_objection(
            self.case_id, chosen, pydate(self.effective.date()), self.note.toPlainText()
        )
        self.result_message = (
            self.tr("Marketing objection upheld: %1 stopped from %2.")
            .replace("%1", plural(len(chosen), self.tr("one channel"), self.tr("%1 channels")))
            .replace("%2", nice_date(pydate(self.effective.date())))
        )
        if not ids:
            self.result_message += " " + self.tr("The suppression register already had them.")


class UnsubscribeDialog(DecisionDialog):
    """Confirm a newsletter unsubscribe: the newsletter stops, transactional mail does not."""

    def __init__(self, services: Services, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(services, case, parent)
        self.set_titles(self.tr("Confirm the unsubscribe"), self.tr("Confirm"))
        self.set_intro(
            self.tr(
                "Only the newsletter stops: the address goes on the suppression register for "
                "the newsletter. Transactional mail (order confirmations, delivery notes, "
                "invoices, messages about the customer account) continues: it is no advertising."
            )
        )
        self.effective = self.add_field(
            self.tr("Effective from"),
            self.future_date_edit(services.ctx.clock.today()),
            "date",
            "effective",
        )
        self.note = self.add_field(self.tr("Note (optional)"), self.text_edit(height=56), "note")

    def apply(self) -> None:
        self.services.decisions.confirm_unsubscribe(
            self.case_id, pydate(self.effective.date()), self.note.toPlainText()
        )
        self.result_message = self.tr("Unsubscribe confirmed: no newsletter from %1.").replace(
            "%1", nice_date(pydate(self.effective.date()))
        )


# -- Art. 21(1) ------------------------------------------------------------------------------------
class AssessObjectionDialog(DecisionDialog):
    """The documented assessment of an objection on legitimate interests or to credit scoring."""

    def __init__(
        self,
        services: Services,
        case: dict[str, Any],
        request_type: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, case, parent)
        self.request_type = request_type
        self.set_titles(
            self.tr("Assess the objection: %1").replace("%1", type_label(request_type)),
            self.tr("Record decision"),
        )
        self.set_intro(
            self.tr(
                "Processing stops unless compelling legitimate grounds override the person's "
                "interests, or it serves legal claims; the burden lies with us (Art. 21(1) GDPR)."
            )
        )
        previous = self.previous(request_type)
        data = previous["data"] if previous else {}
        self.purposes = Checklist()
        for purpose in self.processing.objectionable():
            self.purposes.add(
                purpose.name,
                purpose.id,
                checked=purpose.id in data.get("purposes", ()),
                tooltip=f"{purpose.legal_basis} · §{purpose.section}",
            )
        self.add_field(self.tr("Processing the objection targets"), self.purposes, "purposes")
        decision_row, self.decision = self.radio_row(
            [
                (self.tr("Upheld"), Decision.UPHELD.value),
                (self.tr("Partly upheld"), Decision.PARTLY.value),
                (self.tr("Rejected"), Decision.REJECTED.value),
            ]
        )
        for button in self.decision.buttons():
            button.setChecked(button.property("value") == data.get("decision"))
        self.add_field(self.tr("Decision"), decision_row, "decision")
        self.decided_on = self.add_field(
            self.tr("Decided on"), self.date_edit(services.ctx.clock.today()), "date"
        )

        right = self.add_column(stretch=2)
        self.columns.setStretch(0, 3)  # the purposes' names are long; the texts wrap
        self.situation = self.add_field(
            self.tr("The person's particular situation"),
            self.text_edit(data.get("situation", ""), height=64),
            "situation",
            form=right,
        )
        self.grounds = self.add_field(
            self.tr("Compelling legitimate grounds or legal claims"),
            self.text_edit(data.get("grounds", ""), height=64),
            "grounds",
            form=right,
        )
        self.grounds.setPlaceholderText(
            self.tr("Needed to reject or partly uphold, e.g. a pending court case")
        )
        self.balancing = self.add_field(
            self.tr("Balancing of interests"),
            self.text_edit(data.get("balancing", ""), height=64),
            "balancing",
            form=right,
        )
        self.setMinimumWidth(960)

    def apply(self) -> None:
        self.services.decisions.assess_objection(
            self.case_id,
            self.request_type,
            purposes=self.purposes.checked(),
            situation=self.situation.toPlainText(),
            decision=self.chosen(self.decision),
            grounds=self.grounds.toPlainText(),
            balancing=self.balancing.toPlainText(),
            decided_on=pydate(self.decided_on.date()),
        )
        verdict = {
            Decision.UPHELD.value: self.tr("Objection upheld."),
            Decision.PARTLY.value: self.tr("Objection partly upheld."),
            Decision.REJECTED.value: self.tr("Objection rejected."),
        }[self.chosen(self.decision)]
        self.result_message = verdict

    def show_error(self, field: str, message: str) -> None:
        if field == "decision" and not self.chosen(self.decision):
            message = self.tr("choose upheld, partly upheld or rejected")
        super().show_error(field, message)


# -- Art. 7(3) -------------------------------------------------------------------------------------
class SystemsList(QWidget):
    """System names, each with an "updated" box; the officer adds, renames and removes them."""

    def __init__(self, systems: list[tuple[str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QLineEdit, QCheckBox, QWidget]] = []
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add system"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_system("", False, focus=True))
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(self._rows)
        column.addLayout(bottom)
        for name, updated in systems:
            self.add_system(name, updated)

    def add_system(
        self, name: str = "", updated: bool = False, focus: bool = False
    ) -> tuple[QLineEdit, QCheckBox]:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(10)
        edit = QLineEdit(name)
        edit.setPlaceholderText(self.tr("System, e.g. shop back office"))
        done = QCheckBox(self.tr("Updated"))
        done.setChecked(updated)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this system"))
        remove.setAccessibleName(self.tr("Remove this system"))
        remove.setAutoRaise(True)
        line.addWidget(edit, 1)
        line.addWidget(done)
        line.addWidget(remove)
        entry = (edit, done, row)
        remove.clicked.connect(lambda: self.remove_system(self.rows.index(entry)))
        self.rows.append(entry)
        self._rows.addWidget(row)
        if focus:
            edit.setFocus()
        return edit, done

    def remove_system(self, index: int) -> None:
        _edit, _done, row = self.rows.pop(index)
        self._rows.removeWidget(row)
        row.deleteLater()

    def systems(self) -> list[tuple[str, bool]]:
        """Rows with a name; an empty row is one the officer did not fill in."""
        return [(edit.text(), done.isChecked()) for edit, done, _ in self.rows if edit.text()]


class WithdrawalDialog(DecisionDialog):
    """Which consents end, from when, and which systems were updated (future effect only)."""

    def __init__(self, services: Services, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(services, case, parent)
        self.set_titles(self.tr("Record the withdrawal of consent"), self.tr("Record"))
        previous = self.previous(RequestType.WITHDRAWAL.value)
        data = previous["data"] if previous else {}
        intro = self.tr(
            "A withdrawal works for the future only: processing before the effective date stays "
            "lawful (Art. 7(3) GDPR). The channels of the consents withdrawn go on the "
            "suppression register. Confirm the withdrawal in writing."
        )
        if previous:
            intro += " " + self.tr(
                "Recorded on %1; recording again updates the checklist of systems."
            ).replace("%1", nice_date(previous["decided_on"]))
        self.set_intro(intro)
        self.consents = Checklist()
        for purpose in self.processing.consents():
            self.consents.add(
                purpose.name,
                purpose.id,
                checked=purpose.id in data.get("consents", ()),
                tooltip=purpose.legal_basis,
            )
        self.add_field(self.tr("Consents withdrawn"), self.consents, "consents")
        effective = data.get("effective")
        self.effective = self.add_field(
            self.tr("Effective from"),
            self.future_date_edit(
                date.fromisoformat(effective) if effective else services.ctx.clock.today()
            ),
            "date",
            "effective",
        )
        systems = [(s["system"], bool(s["updated"])) for s in data.get("systems", [])]
        self.systems = SystemsList(systems or [(self.tr(s), False) for s in _CONSENT_SYSTEMS])
        self.add_field(self.tr("Systems to update"), self.systems, "systems")
        self.note = self.add_field(
            self.tr("Note (optional)"), self.text_edit(data.get("note", ""), height=56), "note"
        )

    def apply(self) -> None:
        consents = self.consents.checked()
        systems = self.systems.systems()
        self.services.decisions.record_withdrawal(
            self.case_id,
            consents,
            pydate(self.effective.date()),
            systems,
            self.note.toPlainText(),
        )
        pending = sum(1 for _name, done in systems if not done)
        message = self.tr("Withdrawal recorded: %1 end on %2.")
        message = message.replace(
            "%1", plural(len(consents), self.tr("one consent"), self.tr("%1 consents"))
        ).replace("%2", nice_date(pydate(self.effective.date())))
        if pending:
            message += " " + plural(
                pending,
                self.tr("One system still to update."),
                self.tr("%1 systems still to update."),
            )
        self.result_message = message


# -- Art. 17 with blocking ------------------------------------------------------------------------
class ErasureRow(QWidget):
    """One category of data: erase now, or block under a retention rule from a document date."""

    CATEGORY_WIDTH = 170
    DATE_WIDTH = 124
    KEPT_WIDTH = 118

    def __init__(
        self, rules: tuple[RetentionRule, ...], today: date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._rules = {rule.id: rule for rule in rules}
        self.category = QLineEdit()
        self.category.setPlaceholderText(self.tr("e.g. Invoices"))
        self.category.setMinimumWidth(self.CATEGORY_WIDTH)
        self.treatment = QComboBox()
        self.treatment.addItem(self.tr("Erase now"), None)
        for rule in rules:
            self.treatment.addItem(self.tr("Block, %1").replace("%1", rule_text(rule)), rule.id)
            self.treatment.setItemData(
                self.treatment.count() - 1, rule.legal_basis, Qt.ItemDataRole.ToolTipRole
            )
        # The closed combo stays narrow; the list that opens shows every rule in full.
        self.treatment.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.treatment.setMinimumContentsLength(22)
        self.treatment.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document = DateEdit(today)
        self.document.setMaximumDate(qdate(today))
        self.document.setMinimumDate(QDate(1990, 1, 1))
        self.document.setFixedWidth(self.DATE_WIDTH)
        keep_place = self.document.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the columns stay aligned with the heading
        self.document.setSizePolicy(keep_place)
        self.document.setToolTip(
            self.tr("The date of the document: the period starts at the end of its year")
        )
        self.kept = plain_label(wrap=False)
        self.kept.setFixedWidth(self.KEPT_WIDTH)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this row"))
        self.remove_button.setAccessibleName(self.tr("Remove row"))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        line.addWidget(self.category, 2)
        line.addWidget(self.treatment, 5)
        line.addWidget(self.document)
        line.addWidget(self.kept)
        line.addWidget(self.remove_button)
        self.treatment.currentIndexChanged.connect(self._update_kept)
        self.document.dateChanged.connect(self._update_kept)
        self._update_kept()

    def rule(self) -> RetentionRule | None:
        rule_id = self.treatment.currentData()
        return self._rules.get(rule_id) if rule_id else None

    def kept_until(self) -> date | None:
        """What the register's rule says for this row: shown live, decided by the service."""
        rule = self.rule()
        return rule.retained_until(pydate(self.document.date())) if rule else None

    def item(self) -> ErasureItem:
        rule = self.rule()
        document = pydate(self.document.date()) if rule else None
        return ErasureItem(self.category.text(), rule.id if rule else None, document)

    def _update_kept(self, *_args: Any) -> None:
        rule = self.rule()
        self.document.setVisible(rule is not None)
        until = self.kept_until()
        self.kept.setText(nice_date(until) if until else self.tr("erased now"))
        self.kept.setToolTip(rule.legal_basis if rule else "")
        self.treatment.setToolTip(self.treatment.currentText())


class ErasureDialog(DecisionDialog):
    """Erase each category now, or block it while a statutory retention duty runs."""

    def __init__(self, services: Services, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(services, case, parent)
        self.today = services.ctx.clock.today()
        self.set_titles(self.tr("Decide the erasure"), self.tr("Record decision"))
        intro = self.tr(
            "Data under a statutory retention duty are blocked instead of erased (Art. 17(3)(b), "
            "Art. 18 GDPR) and deleted when the duty ends, without a new request. A period starts "
            "at the end of the year the document arose."
        )
        previous = self.previous(RequestType.ERASURE.value)
        if previous:
            intro += " " + self.tr(
                "Decided on %1 already: it cannot be decided twice. Change holds or record "
                "deletions in the Decisions tab."
            ).replace("%1", nice_date(previous["decided_on"]))
        self.set_intro(intro)
        self.rows: list[ErasureRow] = []

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(8)
        for text, stretch, width in (
            (self.tr("Category of data"), 2, 0),
            (self.tr("Erase now, or block under a retention duty"), 5, 0),
            (self.tr("Document date"), 0, ErasureRow.DATE_WIDTH),
            (self.tr("Kept until"), 0, ErasureRow.KEPT_WIDTH),
        ):
            caption = plain_label(text, wrap=False)
            caption.setFont(_bold(caption))
            if width:
                caption.setFixedWidth(width)
            head.addWidget(caption, stretch)
        head.addSpacing(30)  # above the remove buttons
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(6)
        self.add_row_button = QPushButton(self.tr("&Add row"))
        self.add_row_button.setAutoDefault(False)
        self.add_row_button.clicked.connect(lambda: self.add_row(focus=True))
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_row_button)
        add_line.addStretch(1)
        table = QWidget()
        column = QVBoxLayout(table)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(head)
        column.addLayout(self._rows)
        column.addLayout(add_line)
        self.add_field("", table, "items")
        self.hold = self.add_field(self.tr("Manual hold (optional)"), QLineEdit(), "hold")
        self.hold.setPlaceholderText(
            self.tr("A tax audit or litigation suspends the deletion of every row blocked now")
        )
        self.decided_on = self.add_field(self.tr("Decided on"), self.date_edit(self.today), "date")
        self.add_row()
        self.setMinimumWidth(900)

    def add_row(self, category: str = "", focus: bool = False) -> ErasureRow:
        row = ErasureRow(self.processing.retention, self.today)
        row.category.setText(category)
        row.remove_button.clicked.connect(lambda: self.remove_row(self.rows.index(row)))
        self.rows.append(row)
        self._rows.addWidget(row)
        self._update_remove_buttons()
        if focus:
            row.category.setFocus()
        return row

    def remove_row(self, index: int) -> None:
        row = self.rows.pop(index)
        self._rows.removeWidget(row)
        row.deleteLater()
        self._update_remove_buttons()

    def _update_remove_buttons(self) -> None:
        for row in self.rows:
            row.remove_button.setEnabled(len(self.rows) > 1)

    def apply(self) -> None:
        items = [row.item() for row in self.rows]
        ids = self.services.decisions.decide_erasure(
            self.case_id, items, self.hold.text(), pydate(self.decided_on.date())
        )
        erased = len(items) - len(ids)
        parts = []
        if erased:
            parts.append(plural(erased, self.tr("one category erased"), self.tr("%1 erased")))
        if ids:
            parts.append(plural(len(ids), self.tr("one blocked"), self.tr("%1 blocked")))
        self.result_message = self.tr("Erasure decided: %1.").replace("%1", ", ".join(parts))

    def show_error(self, field: str, message: str) -> None:
        # The service numbers rows from 1 ("category 2"); mark that row's field, say it above.
        found = re.fullmatch(r"(category|document-date) (\d+)", field)
        number = int(found[2]) if found else 0
        if not found or not 0 < number <= len(self.rows):
            super().show_error(field, message)
            return
        row = self.rows[number - 1]
        widget, caption = (
            (row.category, self.tr("Category"))
            if found[1] == "category"
            else (row.document, self.tr("Document date"))
        )
        text = self.tr("Row %1: %2 %3").replace("%1", str(number))
        super().show_error("items", text.replace("%2", caption).replace("%3", message))
        self.mark(widget)
        widget.setFocus()


# -- Art. 19 notices -------------------------------------------------------------------------------
class NotifiedDialog(DecisionDialog):
    """A recipient was told of the rectification, erasure or restriction."""

    def __init__(
        self,
        services: Services,
        case: dict[str, Any],
        notice: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, case, parent)
        self.notice = notice
        self.set_titles(self.tr("Recipient notified"), self.tr("Record"))
        self.set_intro(
            self.tr(
                "%1 was told of the rectification, erasure or restriction (Art. 19 GDPR)."
            ).replace("%1", notice["recipient_name"])
        )
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.on = self.add_field(
            self.tr("Notified on"), self.date_edit(services.ctx.clock.today()), "date"
        )
        self.channel = QComboBox(editable=True)
        self.channel.addItems([self.tr(text) for text in _NOTICE_CHANNELS])
        self.add_field(self.tr("How"), self.channel, "channel")

    def apply(self) -> None:
        self.services.decisions.record_notice(
            self.notice["id"],
            notified_on=pydate(self.on.date()),
            channel=self.channel.currentText(),
        )
        self.result_message = (
            self.tr("%1 notified on %2.")
            .replace("%1", self.notice["recipient_name"])
            .replace("%2", nice_date(pydate(self.on.date())))
        )


class ExemptDialog(DecisionDialog):
    """No notice, because it is impossible or needs disproportionate effort: say why."""

    def __init__(
        self,
        services: Services,
        case: dict[str, Any],
        notice: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, case, parent)
        self.notice = notice
        self.set_titles(self.tr("No notice to this recipient"), self.tr("Record"))
        self.set_intro(
            self.tr(
                "Art. 19 GDPR spares a notice to %1 only where it is impossible or involves "
                "disproportionate effort. Record why."
            ).replace("%1", notice["recipient_name"])
        )
        grounds, self.ground = self.radio_row(
            [(self.tr(ground.label), ground.value) for ground in ExemptionGround]
        )
        self.add_field(self.tr("Because it is"), grounds, "ground")
        self.why = self.add_field(self.tr("Why"), self.text_edit(height=64), "exempt")
        self.why.setPlaceholderText(self.tr("e.g. no data of the person were ever disclosed to it"))

    def apply(self) -> None:
        ground = self.chosen(self.ground)  # a code: the store never holds the window's words
        self.services.decisions.record_notice(
            self.notice["id"], exempt_ground=ground, exempt_reason=self.why.toPlainText()
        )
        self.result_message = (
            self.tr("%1: no notice (%2).")
            .replace("%1", self.notice["recipient_name"])
            .replace("%2", self.tr(ExemptionGround(ground).label).lower())
        )


class AddRecipientsDialog(DecisionDialog):
    """Put recipients of the register on the case's Art. 19 checklist by hand."""

    def __init__(self, services: Services, case: dict[str, Any], parent: QWidget | None = None):
        super().__init__(services, case, parent)
        self.set_titles(self.tr("Add recipients to notify"), self.tr("Add"))
        self.set_intro(
            self.tr(
                "Each recipient to whom the data were disclosed hears of a rectification, "
                "erasure or restriction (Art. 19 GDPR). Recipients already on the list are ticked."
            )
        )
        listed = {n["recipient_id"] for n in case.get("notices", [])}
        self.recipients = Checklist()
        for recipient in self.processing.recipients:
            self.recipients.add(
                recipient.name,
                recipient.id,
                checked=recipient.id in listed,
                tooltip=recipient.kind,
                enabled=recipient.id not in listed,
            )
        self.add_field(self.tr("Recipients"), self.recipients, "recipients", "recipient")
        if not self.recipients.checked():
            self.set_intro(
                self.intro.text() + " " + self.tr("Every recipient of the register is on the list.")
            )

    def apply(self) -> None:
        added = self.services.decisions.open_notices_for(self.case_id, self.recipients.checked())
        self.result_message = plural(
            len(added),
            self.tr("One recipient added to the Art. 19 checklist."),
            self.tr("%1 recipients added to the Art. 19 checklist."),
        )


# -- blocked data ----------------------------------------------------------------------------------
class HoldDialog(DecisionDialog):
    """Put blocked data on hold (a tax audit, litigation), or lift the hold: with a reason."""

    def __init__(
        self,
        services: Services,
        case: dict[str, Any],
        blocked: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, case, parent)
        self.blocked = blocked
        self.hold = not blocked["hold"]
        if self.hold:
            self.set_titles(self.tr("Put on hold"), self.tr("Hold"))
            intro = self.tr(
                "“%1”: kept until %2. A hold (a tax audit, litigation) suspends the deletion "
                "until the hold is lifted."
            )
        else:
            self.set_titles(self.tr("Lift the hold"), self.tr("Lift hold"))
            intro = self.tr(
                "“%1”: kept until %2, on hold: %3. Once the hold is lifted, the data are "
                "deleted after the retention end."
            ).replace("%3", blocked["hold_reason"] or "—")
        self.set_intro(
            intro.replace("%1", blocked["category"]).replace(
                "%2", nice_date(blocked["retained_until"])
            )
        )
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.reason = self.add_field(self.tr("Reason"), self.text_edit(height=64), "reason")
        self.reason.setPlaceholderText(
            self.tr("e.g. tax audit 2027 announced")
            if self.hold
            else self.tr("e.g. the tax audit is closed")
        )

    def apply(self) -> None:
        self.services.decisions.set_hold(self.blocked["id"], self.hold, self.reason.toPlainText())
        text = self.tr("%1 is on hold.") if self.hold else self.tr("Hold on %1 lifted.")
        self.result_message = text.replace("%1", self.blocked["category"])


class DeletedDialog(DecisionDialog):
    """Blocked data were deleted once their retention ended."""

    def __init__(
        self,
        services: Services,
        case: dict[str, Any],
        blocked: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, case, parent)
        self.blocked = blocked
        self.set_titles(self.tr("Record the deletion"), self.tr("Record deleted"))
        self.set_intro(
            self.tr("“%1”: kept until %2 under %3. Record the day the data were deleted.")
            .replace("%1", blocked["category"])
            .replace("%2", nice_date(blocked["retained_until"]))
            .replace("%3", blocked["legal_basis"])
        )
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.on = self.add_field(
            self.tr("Deleted on"), self.date_edit(services.ctx.clock.today()), "date"
        )

    def apply(self) -> None:
        self.services.decisions.record_deleted(self.blocked["id"], pydate(self.on.date()))
        self.result_message = (
            self.tr("%1 deleted on %2.")
            .replace("%1", self.blocked["category"])
            .replace("%2", nice_date(pydate(self.on.date())))
        )


# -- the tab ---------------------------------------------------------------------------------------
class DecisionsTab(QScrollArea):
    """What was decided, request by request, and what follows from it: suppression entries,
    Art. 19 notices and blocked data. The buttons here are wired by the case file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notices: list[dict[str, Any]] = []
        self.blocked: list[dict[str, Any]] = []

        self.restricted_label = plain_label(
            self.tr(
                "Restricted while the objection is assessed (Art. 18(1)(d) GDPR): the data are "
                "stored but not otherwise processed. Tell the person before the restriction "
                "is lifted (Art. 18(3))."
            ),
            object_name="warning",
        )
        self.pending_label = plain_label(object_name="countLabel")
        self._summaries = QVBoxLayout()
        self._summaries.setContentsMargins(0, 0, 0, 0)
        self._summaries.setSpacing(10)

        # Suppression register entries this case created.
        self.suppression_table = make_table(
            [self.tr("Channel"), self.tr("Effective from"), self.tr("Because of")], stretch=2
        )
        self.suppression_table.horizontalHeader().resizeSection(0, 240)
        self.suppression_table.horizontalHeader().resizeSection(1, 130)
        self.suppression_box = self._box(
            self.tr("Suppression register"),
            self.suppression_table,
            plain_label(
                self.tr(
                    "Entries made by this case. They stay when the case is purged, so that the "
                    "person is not contacted again; they can be corrected, not removed."
                ),
                object_name="countLabel",
            ),
        )

        # Art. 19 notices.
        self.notices_table = make_table(
            [self.tr("Recipient"), self.tr("Status"), self.tr("Notified, or why not")], stretch=2
        )
        self.notices_table.horizontalHeader().resizeSection(0, 380)
        self.notices_table.horizontalHeader().resizeSection(1, 90)
        self.notices_label = plain_label(object_name="countLabel")
        self.notified_button = QPushButton(self.tr("Noti&fied…"))
        self.notified_button.setToolTip(
            self.tr("Record when and how the selected recipient was told")
        )
        self.exempt_button = QPushButton(self.tr("Exem&pt…"))
        self.exempt_button.setToolTip(
            self.tr("No notice: impossible or disproportionate effort (say why)")
        )
        self.add_recipients_button = QPushButton(self.tr("Add recipient&s…"))
        self.add_recipients_button.setToolTip(
            self.tr("Put recipients of the processing register on this checklist")
        )
        self.notices_box = self._box(
            self.tr("Art. 19 notices to recipients"),
            self.notices_table,
            self.notices_label,
            [self.notified_button, self.exempt_button, self.add_recipients_button],
        )
        self.notices_table.itemSelectionChanged.connect(self._update_buttons)

        # Blocked data.
        self.blocked_table = make_table(
            [self.tr("Category"), self.tr("Document date"), self.tr("Kept until"),
             self.tr("Legal basis"), self.tr("Status")],
            stretch=3,
        )  # fmt: skip
        for column, width in enumerate((170, 110, 110, 0, 200)):
            if width:
                self.blocked_table.horizontalHeader().resizeSection(column, width)
        self.blocked_label = plain_label(
            self.tr(
                "Blocked instead of erased while a retention duty runs (Art. 17(3)(b), 18 GDPR); "
                "deleted after its end without a new request."
            ),
            object_name="countLabel",
        )
        self.hold_button = QPushButton(self.tr("&Hold…"))
        self.deleted_button = QPushButton(self.tr("Record deleted…"))
        self.deleted_button.setToolTip(
            self.tr("The selected data were deleted after the retention end")
        )
        self.blocked_box = self._box(
            self.tr("Blocked data"),
            self.blocked_table,
            self.blocked_label,
            [self.hold_button, self.deleted_button],
        )
        self.blocked_table.itemSelectionChanged.connect(self._update_buttons)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(12)
        layout.addWidget(self.restricted_label)
        layout.addLayout(self._summaries)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.notices_box)
        layout.addWidget(self.blocked_box)
        layout.addWidget(self.suppression_box)
        layout.addStretch(1)
        # Scrolls instead of squeezing when the window is small, as the Requests tab.
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        self.viewport().setAutoFillBackground(False)  # the tab's white, not the dialog grey
        page.setAutoFillBackground(False)  # after setWidget(), which turns it on
        self._update_buttons()

    def _box(
        self,
        title: str,
        table: QTableWidget,
        note: QLabel,
        buttons: list[QPushButton] | None = None,
    ) -> QGroupBox:
        # One line per row, so that a table can be exactly as tall as its rows (the page
        # scrolls, not each table); the full text of a cut cell is in its tooltip.
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(28)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 18, 12, 12)
        column.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(note, 1)
        for button in buttons or []:
            button.setAutoDefault(False)
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(head)
        column.addWidget(table)
        return box

    # -- showing --------------------------------------------------------------------------------
    def show_case(
        self,
        case: dict[str, Any],
        suppressions: list[dict[str, Any]],
        register: ProcessingRegister,
        due_for_deletion: set[int],
    ) -> None:
        """Fill the tab from the case file; selections stay on the same notice and row."""
        closed = case["status"] == "closed"
        self.restricted_label.setVisible(bool(case["restricted"]))
        self._show_summaries(case, register)
        self._show_suppressions(suppressions)
        self._show_notices(case["notices"], closed)
        self._show_blocked(case["blocked"], due_for_deletion)
        self._update_buttons()

    def _show_summaries(self, case: dict[str, Any], register: ProcessingRegister) -> None:
        while self._summaries.count():
            widget = self._summaries.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # out of the tab now, not at the next event loop turn
                widget.deleteLater()
        decided = {d["type"] for d in case["decisions"]}
        for decision in case["decisions"]:
            self._summaries.addWidget(self._summary(decision, case, register))
        waiting = [
            type_label(r["type"])
            for r in case["requests"]
            if r["type"] in _DECIDED_HERE and r["type"] not in decided
        ]
        if waiting:
            text = self.tr("Not decided yet: %1.").replace("%1", ", ".join(waiting))
            if case["status"] != "closed":
                text += " " + self.tr("Use Decide above.")
        elif not case["decisions"]:
            text = self.tr("No decision is recorded for this case.")
        else:
            text = ""
        self.pending_label.setText(text)
        self.pending_label.setVisible(bool(text))

    def _summary(
        self, decision: dict[str, Any], case: dict[str, Any], register: ProcessingRegister
    ) -> QGroupBox:
        data = decision["data"]
        kind = decision["kind"]
        rows: list[tuple[str, str]] = []
        if kind in ("marketing", "unsubscribe"):
            stopped = ", ".join(channel_label(c) for c in data.get("channels", []))
            if kind == "marketing":
                rows.append((self.tr("Decision"), self.tr("Upheld: the objection is absolute")))
                rows.append((self.tr("Channels stopped"), stopped))
            else:
                rows.append((self.tr("Stopped"), stopped))
                rows.append((self.tr("Continues"), self.tr("Transactional mail")))
            rows.append((self.tr("Effective from"), nice_date(data.get("effective"))))
        elif kind == "assessment":
            verdict = {
                Decision.UPHELD.value: self.tr("Upheld"),
                Decision.PARTLY.value: self.tr("Partly upheld"),
                Decision.REJECTED.value: self.tr("Rejected"),
            }.get(data.get("decision", ""), data.get("decision", ""))
            rows += [
                (self.tr("Decision"), verdict),
                (
                    self.tr("Targeted processing"),
                    "\n".join(purpose_name(register, p) for p in data.get("purposes", [])),
                ),
                (self.tr("Particular situation"), data.get("situation", "")),
                (self.tr("Grounds, legal claims"), data.get("grounds", "")),
                (self.tr("Balancing"), data.get("balancing", "")),
            ]
        elif kind == "withdrawal":
            systems = "\n".join(
                (self.tr("%1: updated") if s["updated"] else self.tr("%1: pending")).replace(
                    "%1", s["system"]
                )
                for s in data.get("systems", [])
            )
            rows += [
                (
                    self.tr("Consents withdrawn"),
                    "\n".join(purpose_name(register, c) for c in data.get("consents", [])),
                ),
                (
                    self.tr("Effective from"),
                    self.tr("%1, for the future only").replace(
                        "%1", nice_date(data.get("effective"))
                    ),
                ),
                (self.tr("Systems"), systems),
                (
                    self.tr("Suppressed"),
                    ", ".join(channel_label(c) for c in data.get("channels", [])),
                ),
            ]
        elif kind == "erasure":
            rows.append((self.tr("Data"), self._erasure_lines(data, case, register)))
            rows.append((self.tr("Hold"), data.get("hold", "")))
        rows.append((self.tr("Note"), data.get("note", "")))
        rows.append(
            (
                self.tr("Decided"),
                self.tr("%1 by %2")
                .replace("%1", nice_date(decision["decided_on"]))
                .replace("%2", decision["decided_by"]),
            )
        )
        try:
            kind_of = RequestType(decision["type"])
            title = f"{_tr(kind_of.label)} · {kind_of.basis}"
        except ValueError:
            title = decision["type"]
        box = QGroupBox(title)
        box.setProperty("decision_type", decision["type"])
        grid = QGridLayout(box)
        grid.setContentsMargins(12, 16, 12, 10)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(1, 1)
        line = 0
        for caption, value in rows:
            if not value:
                continue
            line += 1
            caption_label = plain_label(caption, object_name="countLabel", wrap=False)
            label = plain_label(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Captions stand at the top of their value, which may run over several lines.
            grid.addWidget(caption_label, line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, line, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnMinimumWidth(0, 150)
        return box

    def _erasure_lines(
        self, data: dict[str, Any], case: dict[str, Any], register: ProcessingRegister
    ) -> str:
        lines = []
        for item in data.get("items", []):
            if item.get("erased"):
                lines.append(
                    self.tr("%1: erased on %2")
                    .replace("%1", item["category"])
                    .replace("%2", nice_date(item["erased"]))
                )
                continue
            row = next(
                (b for b in case["blocked"]
                 if b["category"] == item["category"] and b["rule_id"] == item.get("rule")),
                None,
            )  # fmt: skip
            if row is not None:
                basis = row["legal_basis"]
            else:
                try:
                    basis = register.rule(item.get("rule", "")).legal_basis
                except ValidationError:
                    basis = item.get("rule", "")
            line = (
                self.tr("%1: blocked until %2 under %3")
                .replace("%1", item["category"])
                .replace("%2", nice_date(item.get("blocked_until")))
                .replace("%3", basis)
            )
            if row is not None and row["deleted_on"]:
                line += " · " + self.tr("deleted on %1").replace("%1", nice_date(row["deleted_on"]))
            elif row is not None and row["hold"]:
                line += " · " + self.tr("on hold")
            lines.append(line)
        return "\n".join(lines)

    def _show_suppressions(self, entries: list[dict[str, Any]]) -> None:
        table = self.suppression_table
        table.setRowCount(0)
        for entry in entries:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate(
                (channel_label(entry["channel"]), nice_date(entry["effective"]),
                 type_label(entry["reason"]))
            ):  # fmt: skip
                table.setItem(row, column, table_cell(text, top=False))
        fit_height(table, least=0)
        self.suppression_box.setVisible(bool(entries))

    def _show_notices(self, notices: list[dict[str, Any]], closed: bool) -> None:
        table = self.notices_table
        keep = self.selected_notice()
        keep_id = keep["id"] if keep else None
        self.notices = notices
        table.blockSignals(True)
        table.setRowCount(0)
        chosen = -1
        status_text = {
            "open": self.tr("Open"), "notified": self.tr("Notified"), "exempt": self.tr("Exempt"),
        }  # fmt: skip
        for row, notice in enumerate(notices):
            table.insertRow(row)
            if notice["status"] == "notified":
                detail = (
                    self.tr("%1 by %2")
                    .replace("%1", nice_date(notice["notified_on"]))
                    .replace("%2", (notice["channel"] or "").lower())
                )
            elif notice["status"] == "exempt":
                ground = notice.get("exempt_ground")
                detail = notice["exempt_reason"] or ""
                if ground:
                    detail = f"{self.tr(ExemptionGround(ground).label)}: {detail}"
            else:
                detail = ""
            for column, text in enumerate(
                (notice["recipient_name"], status_text.get(notice["status"], notice["status"]),
                 detail)
            ):  # fmt: skip
                item = table_cell(text, top=False)
                item.setData(Qt.ItemDataRole.UserRole, notice["id"])
                if column == 1:
                    item.setForeground(QBrush(SOON if notice["status"] == "open" else MUTED))
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.blockSignals(False)
        # Stay on the notice selected before; else the first one still open.
        ids = [n["id"] for n in notices]
        opened = [row for row, n in enumerate(notices) if n["status"] == "open"]
        if keep_id in ids:
            chosen = ids.index(keep_id)
        elif opened:
            chosen = opened[0]
        fit_height(table, least=0)
        table.setVisible(bool(notices))
        if chosen >= 0:
            table.selectRow(chosen)
        still_open = sum(1 for n in notices if n["status"] == "open")
        if not notices:
            text = self.tr(
                "No recipients to notify. Deciding an erasure or upholding an objection puts "
                "the recipients of the processing concerned here."
            )
        elif still_open:
            text = plural(
                still_open,
                self.tr("One recipient still to notify, of %2."),
                self.tr("%1 recipients still to notify, of %2."),
            ).replace("%2", str(len(notices)))
            if not closed:
                text += " " + self.tr("The case closes once each is notified or exempt.")
        else:
            text = self.tr("Every recipient is notified or exempt.")
        self.notices_label.setText(text)
        for button in (self.notified_button, self.exempt_button, self.add_recipients_button):
            button.setVisible(not closed)

    def _show_blocked(self, rows: list[dict[str, Any]], due: set[int]) -> None:
        table = self.blocked_table
        keep = self.selected_blocked()
        keep_id = keep["id"] if keep else None
        self.blocked = rows
        table.blockSignals(True)
        table.setRowCount(0)
        chosen = 0
        for number, row in enumerate(rows):
            table.insertRow(number)
            if row["deleted_on"]:
                status = self.tr("Deleted on %1").replace("%1", nice_date(row["deleted_on"]))
            elif row["hold"]:
                status = self.tr("On hold: %1").replace("%1", row["hold_reason"] or "—")
            elif row["id"] in due:
                status = self.tr("Due for deletion")
            else:
                status = self.tr("Blocked")
            for column, text in enumerate(
                (row["category"], nice_date(row["document_date"]),
                 nice_date(row["retained_until"]), row["legal_basis"], status)
            ):  # fmt: skip
                item = table_cell(text, top=False)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                if column == 4 and (row["hold"] or row["id"] in due) and not row["deleted_on"]:
                    item.setForeground(QBrush(SOON))
                elif column == 4 and row["deleted_on"]:
                    item.setForeground(QBrush(MUTED))
                table.setItem(number, column, item)
            if row["id"] == keep_id:
                chosen = number
        table.blockSignals(False)
        fit_height(table, least=0)
        if rows:
            table.selectRow(chosen)
        self.blocked_box.setVisible(bool(rows))

    # -- selection --------------------------------------------------------------------------------
    def selected_notice(self) -> dict[str, Any] | None:
        return self._selected(self.notices_table, self.notices)

    def selected_blocked(self) -> dict[str, Any] | None:
        return self._selected(self.blocked_table, self.blocked)

    def select_notice(self, notice_id: int) -> bool:
        return self._select(self.notices_table, notice_id)

    def select_blocked(self, blocked_id: int) -> bool:
        return self._select(self.blocked_table, blocked_id)

    @staticmethod
    def _selected(table: QTableWidget, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
        chosen = table.selectionModel().selectedRows()
        if not chosen:
            return None
        item = table.item(chosen[0].row(), 0)
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((r for r in rows if r["id"] == wanted), None)

    @staticmethod
    def _select(table: QTableWidget, row_id: int) -> bool:
        for row in range(table.rowCount()):
            if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == row_id:
                table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        notice = self.selected_notice()
        is_open = notice is not None and notice["status"] == "open"
        self.notified_button.setEnabled(is_open)
        self.exempt_button.setEnabled(is_open)
        blocked = self.selected_blocked()
        live = blocked is not None and not blocked["deleted_on"]
        self.hold_button.setEnabled(live)
        self.deleted_button.setEnabled(live)
        on_hold = bool(blocked and blocked["hold"])
        self.hold_button.setText(self.tr("Lift &hold…") if on_hold else self.tr("&Hold…"))
        self.hold_button.setToolTip(
            self.tr("Lift the hold, with a reason")
            if on_hold
            else self.tr("A tax audit or litigation suspends the deletion")
        )


# The request types whose decision is recorded in this tab.
_DECIDED_HERE = {
    RequestType.OBJECTION_MARKETING.value,
    RequestType.UNSUBSCRIBE.value,
    RequestType.OBJECTION_INTERESTS.value,
    RequestType.OBJECTION_CREDIT.value,
    RequestType.WITHDRAWAL.value,
    RequestType.ERASURE.value,
}


def _bold(label: QLabel) -> QFont:
    font = label.font()
    font.setBold(True)
    return font
