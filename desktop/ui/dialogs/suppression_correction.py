"""Correcting a suppression entry: what was recorded wrongly, with a reason for the audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QLabel, QLayout, QLineEdit, QPlainTextEdit, QWidget

from desktop.services.suppression import SuppressionService
from desktop.ui.dates import DateEdit
from desktop.ui.dialogs.fit import grow_to_fit
from desktop.ui.dialogs.form import Button, FormDialog
from desktop.ui.models.suppression_table import day_text
from desktop.ui.text import channel_label


class SuppressionCorrectionDialog(FormDialog):
    """Correct what was recorded wrongly; a reason is required and goes to the audit log."""

    entry_corrected = Signal(int)

    def __init__(
        self,
        suppression: SuppressionService,
        entry: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ok=Button.Save)
        self._suppression = suppression
        self._entry = entry
        self.say_on_refusal(self.tr("Not saved. %1"))
        self.setWindowTitle(self.tr("Correct suppression entry"))
        self.resize(560, 0)
        self.ok_button.setText(self.tr("Save correction"))

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
        self.content.addWidget(about)
        if entry.get("corrected_at"):
            last = QLabel(
                self.tr("Last corrected %1: %2")
                .replace("%1", day_text(entry["corrected_at"]))
                .replace("%2", entry.get("correction") or "")
            )  # fmt: skip
            last.setTextFormat(Qt.TextFormat.PlainText)
            last.setWordWrap(True)
            last.setObjectName("countLabel")
            self.content.addWidget(last)
        note = QLabel(
            self.tr(
                "An entry cannot be lifted or deleted: the person would be contacted again. "
                "Correct only what was recorded wrongly; the reason is kept in the audit log."
            )
        )
        note.setObjectName("warning")
        note.setWordWrap(True)
        self.content.addWidget(note)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.content.addLayout(self.form)

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
        self.add_field(self.tr("Name"), name, "name")
        self.add_field(self.tr("Email"), email, "email")
        self.add_field(self.tr("Phone"), phone, "phone")
        # The service calls the address "address"; the entry's column is "postal_address".
        self.add_field(self.tr("Postal address"), address, "postal_address", "address")
        self.add_field(self.tr("Effective"), effective, "effective")
        self.add_field(self.tr("Reason (required)"), self.reason, "reason")
        for line in (name, email, phone):
            line.setCursorPosition(0)
        phone.setToolTip(self.tr("Stored normalised: digits, with a leading + for international"))
        email.setToolTip(self.tr("Stored normalised: trimmed and lower case"))

        # The dialog grows when an error line appears, instead of squeezing the fields.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        grow_to_fit(self)
        name.setFocus()

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

    def apply(self) -> None:
        # Nothing changed is refused as "changes", which no field shows: the dialog's line.
        self._suppression.correct(self._entry["id"], self.changes(), self.reason.toPlainText())
        self.entry_corrected.emit(self._entry["id"])

    def save(self) -> bool:
        """Correct through the service; on a mistake mark the field and keep the dialog open."""
        return self.submit()
