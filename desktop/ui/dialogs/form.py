"""Every form dialog's base: fields by the service's names, their errors, one OK that applies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ChangedMeanwhile, FieldPath, StoreError, ValidationError
from desktop.services.context import ServiceBase
from desktop.ui.dates import DateEdit
from desktop.ui.dialogs.fit import grow_to_fit
from desktop.ui.marks import InvalidMarks, error_label
from desktop.ui.refusals import refusal_text

Button = QDialogButtonBox.StandardButton


class FormDialog(QDialog):
    """Base of every form: OK (or Save) runs `apply()`; a ValidationError marks its field.

    Fields are registered under the service's field names; an error shows under its field with
    a red border, or on the dialog's own line when no field shows it, and the dialog stays open.
    Subclasses put their widgets in `content` and their rows in `form` (placed by them).
    """

    def __init__(
        self, parent: QWidget | None = None, *, ok: Button = Button.Ok, beside: bool = False
    ) -> None:
        """`ok` is the button that applies; `beside` puts the error line beside the buttons."""
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}  # by the first name each was registered under
        self._names: dict[str, str] = {}  # every service name (aliases too) -> its first name
        self._messages: dict[str, QLabel] = {}  # the error line under a field
        self._captions: dict[str, str] = {}
        self._shown: dict[str, str] = {}  # what each marked field says now
        self._marks = InvalidMarks()
        self._wording = "%1"  # how the dialog's line words an error
        self._summarise = False  # whether it also repeats an error shown under a field
        self.form = self.form_layout()
        self.content = QVBoxLayout()
        self.error = error_label()  # errors that belong to no field (status, deadline passed)
        self.error.setProperty("field", "")  # the service's field of what it shows
        self.buttons = QDialogButtonBox(ok | Button.Cancel)
        self.ok_button = self.buttons.button(ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if ok == Button.Save:
            QShortcut(QKeySequence.StandardKey.Save, self, activated=self.accept)

        layout = QVBoxLayout(self)
        if beside:  # a tall form: the error stays in sight at the bottom
            layout.addLayout(self.content, 1)
            bottom = QHBoxLayout()
            bottom.addWidget(self.error, 1)
            bottom.addWidget(self.buttons)
            layout.addLayout(bottom)
        else:
            layout.setSpacing(10)
            layout.addLayout(self.content)
            layout.addWidget(self.error)
            layout.addStretch(1)
            layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # A minimum width set by hand overrides the layout's: long (German) labels and fields
        # would be squeezed. The dialog is never narrower than its rows need.
        super().showEvent(event)
        needed = self.layout().totalMinimumSize().width()
        if needed > self.minimumWidth():
            self.setMinimumWidth(needed)
        if self.width() < needed:
            self.resize(needed, self.height())
        grow_to_fit(self)

    # -- building ---------------------------------------------------------------------------------
    @staticmethod
    def form_layout(labels: Qt.AlignmentFlag | None = None) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        if labels is not None:
            form.setLabelAlignment(labels)
        return form

    def add_field(
        self,
        label: str,
        widget: QWidget,
        *names: str,
        form: QFormLayout | None = None,
        indent: bool = False,
    ) -> QWidget:
        """A form row; `names` are the service's field names whose errors show under it.

        An empty `label` gives a row as wide as the form, or with `indent` one in line with the
        fields (a checkbox names itself); `form` puts it in another form than `self.form`.
        """
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = error_label()
        column.addWidget(message)
        target = form if form is not None else self.form
        if label or indent:
            target.addRow(label, holder)
        else:
            target.addRow(holder)
        self.bind_field(widget, *names, caption=label, message=message)
        return widget

    def bind_field(
        self, widget: QWidget, *names: str, caption: str = "", message: QLabel | None = None
    ) -> None:
        """Register a widget laid out elsewhere; without a `message` line its errors show on
        the dialog's own line."""
        first = names[0]
        if not widget.objectName():
            widget.setObjectName(first)
        self.fields[first] = widget
        self._captions[first] = caption
        if message is not None:
            self._messages[first] = message
        for name in names:
            self._names[name] = first

    def say_on_refusal(self, wording: str) -> None:
        """The dialog's line words every refusal so ("Not saved. %1"), also one shown under its
        field: a Save that did nothing must say so where the officer looks, at the buttons."""
        self._wording = wording
        self._summarise = True

    def caption(self, name: str) -> str:
        """The words an error about `name` starts with ("" for none)."""
        return self._captions.get(self._names.get(name, name), "")

    # -- running ----------------------------------------------------------------------------------
    def apply(self) -> None:
        """Hand the form to its service; raise ValidationError for the user's mistake."""
        raise NotImplementedError

    def _apply(self) -> None:
        self.apply()  # the place for a guard around every apply (ActionDialog's)

    def submit(self) -> bool:
        """Apply; True when applied and closed, False when a refusal is shown instead."""
        self.clear_errors()
        for name, widget in self.fields.items():
            if isinstance(widget, DateEdit) and widget.typed_wrong:
                self.show_error(
                    name, self.tr("“%1” is not a date").replace("%1", widget.typed_wrong)
                )
                return False
        try:
            self._apply()
        except ValidationError as exc:
            self.show_validation(exc)
            return False
        except StoreError as exc:  # busy, disk full, read-only: the officer can act on it
            self.show_error("", str(exc))
            return False
        super().accept()
        return True

    def accept(self) -> None:  # OK, Save, Enter and Ctrl+S all come here
        self.submit()

    # -- errors -----------------------------------------------------------------------------------
    def field_at(self, path: FieldPath) -> str:
        """The field that shows an error at `path`: the longest registered start of it
        (("items", 4, "category") falls back to "items"), else the path as one word."""
        for end in range(len(path), 0, -1):
            name = ".".join(str(part) for part in path[:end])
            if name in self._names:
                return name
        return ".".join(str(part) for part in path)

    def show_validation(self, exc: ValidationError) -> None:
        """Mark where the service says: from `exc.path`, never from the words of the message."""
        if isinstance(exc, ChangedMeanwhile):  # the window behind already shows the latest
            text = self.tr(
                "This case was changed meanwhile, in another window or program: nothing "
                "was saved. Cancel, look at the case as it is now, and try again."
            )
            if exc.values:  # who changed it: another officer, or this one elsewhere
                text = self.tr(
                    "This case was changed meanwhile by %1: nothing was saved. Cancel, look "
                    "at the case as it is now, and try again."
                ).replace("%1", str(exc.values[0]))
            self.show_error("case", text)
            return
        self.show_error(self.field_at(exc.path), refusal_text(exc))

    def show_error(self, field: str, message: str) -> None:
        """`message` under the field the service calls `field`, else on the dialog's line."""
        name = self._names.get(field)
        caption = self.caption(field)
        text = f"{caption}: {message}" if caption else message[:1].upper() + message[1:]
        self.error.setProperty("field", field)
        if name is None:
            self._say(text)
        else:
            widget = self.fields[name]
            label = self._messages.get(name)
            self._marks.mark(widget, label, text)
            self._shown[name] = text
            if label is None or self._summarise:
                self._say(text)
            widget.setFocus()
            scroll = _scroll_area_of(widget)
            if scroll is not None:
                scroll.ensureWidgetVisible(widget)
        grow_to_fit(self)

    def _say(self, text: str) -> None:
        self.error.setText(self._wording.replace("%1", text))
        self.error.show()

    def mark(self, widget: QWidget) -> None:
        """The red border of style.qss, with no message of its own."""
        self._marks.mark(widget)

    def clear_errors(self) -> None:
        self._marks.clear()
        self._shown.clear()
        self.error.clear()
        self.error.hide()
        self.error.setProperty("field", "")

    def errors(self) -> dict[str, str]:
        """Shown error texts by field ("" for one that belongs to no field): for tests, checks."""
        found = dict(self._shown)
        if self.error.text() and self.error.property("field") not in self._names:
            found[""] = self.error.text()
        return found

    def invalid_widgets(self) -> list[QWidget]:
        return list(self._marks.marked)


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def two_columns(left: Sequence[QWidget], right: Sequence[QWidget], spacing: int) -> QHBoxLayout:
    """Group boxes in two columns, each topped up with space below its last box."""
    columns = QHBoxLayout()
    columns.setSpacing(spacing)
    for boxes in (left, right):
        column = QVBoxLayout()
        for box in boxes:
            column.addWidget(box)
        column.addStretch(1)
        columns.addLayout(column, 1)
    return columns


class ActionDialog(FormDialog):
    """A case's action or decision: applied only to the case as this window shows it.

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

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("countLabel")
        self.intro.hide()
        # The form sits in a row so that a long dialog can add a second column (`add_column`).
        self.columns = QHBoxLayout()
        self.columns.setSpacing(18)
        self.columns.addLayout(self.form, 1)
        self.content.addWidget(self.intro)
        self.content.addLayout(self.columns)

    def set_titles(self, title: str, ok_text: str) -> None:
        self.setWindowTitle(f"{title} — {self.case['reference']}")
        self.ok_button.setText(ok_text)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_column(self, stretch: int = 1) -> QFormLayout:
        """A second form beside the first; pass it to `add_field(..., form=...)`."""
        form = self.form_layout()
        self.columns.addLayout(form, stretch)
        return form

    def date_edit(self, day: date) -> QDateEdit:
        edit = DateEdit(day)
        edit.limit_calendar(date.fromisoformat(self.case["received"]), self._service.today())
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

    def _apply(self) -> None:
        # Only the case as this window shows it may change: a case changed meanwhile
        # (another window, the command line) is refused, and nothing is written.
        with self._service.expecting(self.case_id, self.case.get("version")):
            self.apply()
