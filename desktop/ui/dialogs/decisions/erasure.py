"""Erasure (Art. 17), with blocking under a retention duty, holds and deletion."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.requests import RequestType
from desktop.core.retention import RetentionRule
from desktop.services.decisions import DecisionService, ErasureItem
from desktop.ui.dates import DateEdit
from desktop.ui.dialogs.decisions.base import DecisionDialog, EntryDialog, rule_text
from desktop.ui.refusals import refusal_text
from desktop.ui.text import law, nice_date, plural, pydate
from desktop.ui.widgets import bold_font, plain_label


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
                self.treatment.count() - 1, law(rule.legal_basis), Qt.ItemDataRole.ToolTipRole
            )
        # The closed combo stays narrow; the list that opens shows every rule in full.
        self.treatment.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.treatment.setMinimumContentsLength(22)
        self.treatment.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document = DateEdit(today)
        self.document.limit_calendar(latest=today)
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
        self.kept.setToolTip(law(rule.legal_basis) if rule else "")
        self.treatment.setToolTip(self.treatment.currentText())


class ErasureDialog(DecisionDialog):
    """Erase each category now, or block it while a statutory retention duty runs."""

    def __init__(
        self, decisions: DecisionService, case: dict[str, Any], parent: QWidget | None = None
    ):
        super().__init__(decisions, case, parent)
        self.today = decisions.today()
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
            caption.setFont(bold_font(caption.font()))
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
        ids = self.decisions.decide_erasure(
            self.case_id, items, self.hold.text(), pydate(self.decided_on.date())
        )
        erased = len(items) - len(ids)
        parts = []
        if erased:
            parts.append(plural(erased, self.tr("one category erased"), self.tr("%1 erased")))
        if ids:
            parts.append(plural(len(ids), self.tr("one blocked"), self.tr("%1 blocked")))
        self.result_message = self.tr("Erasure decided: %1.").replace("%1", ", ".join(parts))

    def show_validation(self, exc: ValidationError) -> None:
        # The service numbers rows from 1: ("items", 2, "category") is the second row's category.
        path = exc.path
        if not (len(path) == 3 and path[0] == "items" and isinstance(path[1], int)):
            super().show_validation(exc)
            return
        number = path[1]
        if not 0 < number <= len(self.rows):
            super().show_error("items", refusal_text(exc))
            return
        row = self.rows[number - 1]
        widget, caption = (
            (row.category, self.tr("Category"))
            if path[2] == "category"
            else (row.document, self.tr("Document date"))
        )
        text = self.tr("Row %1, %2: %3").replace("%1", str(number))
        super().show_error("items", text.replace("%2", caption).replace("%3", refusal_text(exc)))
        self.mark(widget)
        widget.setFocus()


# -- blocked data ----------------------------------------------------------------------------------
class HoldDialog(EntryDialog):
    """Put blocked data on hold (a tax audit, litigation), or lift the hold: with a reason."""

    def build(self, blocked: dict[str, Any]) -> None:
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
        self.reason = self.add_field(self.tr("Reason"), self.text_edit(height=64), "reason")
        self.reason.setPlaceholderText(
            self.tr("e.g. tax audit 2027 announced")
            if self.hold
            else self.tr("e.g. the tax audit is closed")
        )

    def apply(self) -> None:
        self.decisions.set_hold(self.blocked["id"], self.hold, self.reason.toPlainText())
        text = self.tr("%1 is on hold.") if self.hold else self.tr("Hold on %1 lifted.")
        self.result_message = text.replace("%1", self.blocked["category"])


class DeletedDialog(EntryDialog):
    """Blocked data were deleted once their retention ended."""

    def build(self, blocked: dict[str, Any]) -> None:
        self.blocked = blocked
        self.set_titles(self.tr("Record the deletion"), self.tr("Record deleted"))
        self.set_intro(
            self.tr("“%1”: kept until %2 under %3. Record the day the data were deleted.")
            .replace("%1", blocked["category"])
            .replace("%2", nice_date(blocked["retained_until"]))
            .replace("%3", blocked["legal_basis"])
        )
        self.on = self.add_field(
            self.tr("Deleted on"), self.date_edit(self.decisions.today()), "date"
        )

    def apply(self) -> None:
        self.decisions.record_deleted(self.blocked["id"], pydate(self.on.date()))
        self.result_message = (
            self.tr("%1 deleted on %2.")
            .replace("%1", self.blocked["category"])
            .replace("%2", nice_date(pydate(self.on.date())))
        )
