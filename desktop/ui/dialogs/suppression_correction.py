"""Correcting a suppression entry: what was recorded wrongly, with a reason for the audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.services.suppression import SuppressionService
from desktop.ui.dates import DateEdit
from desktop.ui.dialogs.fit import grow_to_fit
from desktop.ui.marks import InvalidMarks
from desktop.ui.models.suppression_table import channel_label, day_text


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class SuppressionCorrectionDialog(QDialog):
    """Correct what was recorded wrongly; a reason is required and goes to the audit log."""

    entry_corrected = Signal(int)

    _ALIASES = {"address": "postal_address"}  # the service names the address field so

    def __init__(
        self,
        suppression: SuppressionService,
        entry: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._suppression = suppression
        self._entry = entry
        self._marks = InvalidMarks()
        self._refused = ""  # the service's field of a refusal no form field shows
        self.setWindowTitle(self.tr("Correct suppression entry"))
        self.resize(560, 0)

        about = QLabel(
            self.tr("%1 · case %2 · entered %3 by %4")
            .replace("%1", channel_label(entry["channel"]))
            .replace("%2", entry["source_reference"])
            .replace("%3", day_text(entry["created_at"]))
            .replace("%4", entry["created_by"])
        )  # fmt: skip
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        about.setObjectName("countLabel")
        note = QLabel(
            self.tr(
                "An entry cannot be lifted or deleted: the person would be contacted again. "
                "Correct only what was recorded wrongly; the reason is kept in the audit log."
            )
        )
        note.setObjectName("warning")
        note.setWordWrap(True)

        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)

        name = QLineEdit(entry["name"] or "")
        email = QLineEdit(entry["email"] or "", placeholderText=self.tr("none"))
        phone = QLineEdit(entry["phone"] or "", placeholderText=self.tr("none"))
        address = QPlainTextEdit(entry["postal_address"] or "")
        address.setTabChangesFocus(True)
        address.setFixedHeight(72)
        effective = DateEdit()
        effective.setDate(QDate.fromString(entry["effective"], "yyyy-MM-dd"))
        effective.setMinimumWidth(140)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        self.reason.setPlaceholderText(
            self.tr("Why is this corrected? e.g. typing error in the email address, see the letter")
        )
        for key, label, widget in (
            ("name", self.tr("Name"), name),
            ("email", self.tr("Email"), email),
            ("phone", self.tr("Phone"), phone),
            ("postal_address", self.tr("Postal address"), address),
            ("effective", self.tr("Effective"), effective),
            ("reason", self.tr("Reason (required)"), self.reason),
        ):
            self._add(form, key, label, widget)
        for line in (name, email, phone):
            line.setCursorPosition(0)
        phone.setToolTip(self.tr("Stored normalised: digits, with a leading + for international"))
        email.setToolTip(self.tr("Stored normalised: trimmed and lower case"))

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save correction"))
        save.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        # The dialog grows when an error line appears, instead of squeezing the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(about)
        if entry.get("corrected_at"):
            last = QLabel(
                self.tr("Last corrected %1: %2")
                .replace("%1", day_text(entry["corrected_at"]))
                .replace("%2", entry.get("correction") or "")
            )  # fmt: skip
            last.setTextFormat(Qt.TextFormat.PlainText)
            last.setWordWrap(True)
            last.setObjectName("countLabel")
            layout.addWidget(last)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        grow_to_fit(self)
        name.setFocus()

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        error = _error_label()
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        cell_layout.addWidget(error)
        form.addRow(label, cell)
        widget.setObjectName(key)
        self.fields[key] = widget
        self._errors[key] = error

    def changes(self) -> dict[str, str]:
        """Only the fields that differ from the entry: the audit log names what changed."""
        out: dict[str, str] = {}
        for key, widget in self.fields.items():
            if key == "reason":
                continue
            if isinstance(widget, QLineEdit):
                value = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText().strip()
            elif isinstance(widget, QDateEdit):
                value = widget.date().toString("yyyy-MM-dd")
            else:
                continue
            if value != (self._entry.get(key) or "").strip():
                out[key] = value
        return out

    def save(self) -> bool:
        """Correct through the service; on a mistake mark the field and keep the dialog open."""
        self._clear_errors()
        try:
            self._suppression.correct(
                self._entry["id"], self.changes(), self.reason.toPlainText()
            )  # fmt: skip
        except ValidationError as exc:
            self._show_error(exc.field, exc.message)
            return False
        self.entry_corrected.emit(self._entry["id"])
        self.accept()
        return True

    def _show_error(self, field: str, message: str) -> None:
        key = self._ALIASES.get(field, field)
        widget = self.fields.get(key)
        if widget is None:
            self._refused = field
            if field == "changes":
                self.error.setText(
                    self.tr("Not saved: nothing was changed. Correct a field first.")
                )
            else:
                self.error.setText(self.tr("Not saved. %1").replace("%1", message))
            grow_to_fit(self)
            return
        self._marks.mark(widget, self._errors[key], message)
        self.error.setText(self.tr("Not saved. Please check the marked field."))
        grow_to_fit(self)
        widget.setFocus()

    def _clear_errors(self) -> None:
        self._marks.clear()
        self.error.clear()
        self._refused = ""

    def invalid_widgets(self) -> list[QWidget]:
        return list(self._marks.marked)

    def field_error(self, key: str) -> str:
        return self._errors[key].text()

    def errors(self) -> dict[str, str]:
        """The refusal shown, by form field (or by the service's field when no field shows it)."""
        found = {key: label.text() for key, label in self._errors.items() if label.text()}
        if self._refused:
            found[self._refused] = self.error.text()
        return found
