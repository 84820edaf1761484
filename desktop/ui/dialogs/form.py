"""The form dialog every action and decision uses: fields, their errors, one OK that applies."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StoreError, ValidationError
from desktop.services.context import ServiceBase
from desktop.ui.dates import DateEdit
from desktop.ui.marks import InvalidMarks
from desktop.ui.text import qdate


class ActionDialog(QDialog):
    """Base: a form; OK runs `apply()`; a ValidationError marks its field and keeps us open.

    Non-blocking by design: the case file calls `.open()`, tests fill the fields and call
    `accept()`. `result_message` is what the case file shows in its status line afterwards.
    """

    def __init__(
        self, service: ServiceBase, case: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service  # the service the dialog applies through: its date, its guard
        self.case = case
        self.case_id: int = case["id"]
        self.result_message = ""
        self.setMinimumWidth(520)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._captions: dict[str, str] = {}
        self._marks = InvalidMarks()

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("countLabel")
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.error = QLabel()  # errors that belong to no field (status, deadline passed)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # The form sits in a row so that a long dialog can add a second column (`add_column`).
        self.columns = QHBoxLayout()
        self.columns.setSpacing(18)
        self.columns.addLayout(self.form, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(self.columns)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # -- building ---------------------------------------------------------------------------------
    def set_titles(self, title: str, ok_text: str) -> None:
        self.setWindowTitle(f"{title} — {self.case['reference']}")
        self.ok_button.setText(ok_text)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_column(self, stretch: int = 1) -> QFormLayout:
        """A second form beside the first; pass it to `add_field(..., form=...)`."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        self.columns.addLayout(form, stretch)
        return form

    def add_field(
        self, label: str, widget: QWidget, *names: str, form: QFormLayout | None = None
    ) -> QWidget:
        """A form row; `names` are the service's field names whose errors show under it.

        An empty `label` gives a row as wide as the form; `form` puts it in another form than
        the dialog's own (a second column).
        """
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        target = form if form is not None else self.form
        if label:
            target.addRow(label, holder)
        else:
            target.addRow(holder)
        for name in names:
            self._fields[name] = (widget, error)
            self._captions[name] = label
        return widget

    def date_edit(self, day: date) -> QDateEdit:
        edit = DateEdit(day)
        edit.setMaximumDate(qdate(self._service.today()))
        edit.setMinimumDate(qdate(date.fromisoformat(self.case["received"])))
        return edit

    def future_date_edit(self, day: date) -> QDateEdit:
        """A date that may lie ahead (an effective date), never before the request came in."""
        edit = self.date_edit(day)
        edit.clearMaximumDate()
        edit.setDate(qdate(day))  # date_edit() held it to today
        return edit

    @staticmethod
    def text_edit(text: str = "", height: int = 84) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setMinimumHeight(height)
        edit.setTabChangesFocus(True)  # Tab leaves the field, as in every other form field
        cursor = edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        edit.setTextCursor(cursor)
        return edit

    # -- running ----------------------------------------------------------------------------------
    def apply(self) -> None:
        """Call the service; raise ValidationError for the user's mistake."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            # Only the case as this window shows it may change: a case changed meanwhile
            # (another window, the command line) is refused, and nothing is written.
            with self._service.expecting(self.case_id, self.case.get("version")):
                self.apply()
        except ValidationError as exc:
            self.show_validation(exc)
            return
        except StoreError as exc:  # busy, disk full, read-only: the officer can act on it
            self.show_error("", str(exc))
            return
        super().accept()

    def show_validation(self, exc: ValidationError) -> None:
        """Mark where the service says; a dialog with rows reads the row from `exc.path`."""
        self.show_error(exc.field, exc.message)

    def show_error(self, field: str, message: str) -> None:
        # The error names its field (a structured path), never found in the message's words.
        caption = self._captions.get(field)
        text = f"{caption}: {message}" if caption else message[:1].upper() + message[1:]
        if field in self._fields:
            widget, label = self._fields[field]
            self._marks.mark(widget, label, text)
            widget.setFocus()
        else:
            self.error.setText(text)
            self.error.show()

    def mark(self, widget: QWidget) -> None:
        """The red border of style.qss, through the dynamic property it keys on."""
        self._marks.mark(widget)

    def clear_errors(self) -> None:
        self._marks.clear()
        self.error.clear()
        self.error.hide()

    def errors(self) -> dict[str, str]:
        """Shown error texts by field ("" for the dialog-wide one), for tests and checks."""
        found = {name: label.text() for name, (_w, label) in self._fields.items() if label.text()}
        if self.error.text():
            found[""] = self.error.text()
        return found

    def invalid_widgets(self) -> list[QWidget]:
        return list(self._marks.marked)
