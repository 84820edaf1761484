"""The processing register page: purposes, recipients and retention rules, edited as versions."""

from __future__ import annotations

import copy
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.processing import ProcessingRegister
from desktop.core.retention import retention_end
from desktop.core.suppression import SuppressionChannel
from desktop.services.processing import ProcessingRegisterService
from desktop.ui.marks import InvalidMarks

_Index = QModelIndex | QPersistentModelIndex
_MUTED = QColor("#6b6f76")

PURPOSES, RECIPIENTS, RETENTION = "purposes", "recipients", "retention"
KINDS = (PURPOSES, RECIPIENTS, RETENTION)

# Offered in the forms; any other wording may be typed.
LEGAL_BASES = (
    "Art. 6(1)(a) GDPR (consent)",
    "Art. 6(1)(b) GDPR",
    "Art. 6(1)(c) GDPR",
    "Art. 6(1)(e) GDPR",
    "Art. 6(1)(f) GDPR",
)
RECIPIENT_KINDS = ("group company", "processor", "third party")


@dataclass(frozen=True)
class _Column:
    header: str
    value: Callable[[dict[str, Any]], str]
    width: int = 0  # 0: stretch
    tooltip: str = ""


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


# The channel in a word for the table; the tooltip gives the full label.
_SHORT_CHANNELS = {
    "post": "Post",
    "email": "Email",
    "phone": "Telephone",
    "profiling": "Profiling",
    "newsletter": "Newsletter",
}


def _channel_label(value: str | None) -> str:
    return SuppressionChannel(value).label if value else "—"


class RegisterTableModel(QAbstractTableModel):
    """One list of the register; a few dozen rows at most, so it is read whole."""

    def __init__(
        self,
        columns: tuple[_Column, ...],
        rows: Callable[[], list[dict[str, Any]]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._read = rows
        self._rows: list[dict[str, Any]] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._read()
        self.endResetModel()

    def item(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: str) -> int:
        for row, item in enumerate(self._rows):
            if item["id"] == item_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return self.tr(column.tooltip)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        text = self._columns[index.column()].value(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(text) if text in ("Yes", "No") else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.get("_tooltip", {}).get(index.column()) or text or None
        if role == Qt.ItemDataRole.ForegroundRole and text in ("—", "No"):
            return QBrush(_MUTED)
        if role == Qt.ItemDataRole.UserRole:
            return item["id"]
        return None


def _slug(text: str) -> str:
    """'Advertising by SMS' -> 'advertising-by-sms': a suggested id for a new entry."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60]


def _grow_to_fit(dialog: QDialog) -> None:
    """Tall enough for its wrapped text at its current width (Qt sizes those at the minimum)."""
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)


class RegisterItemDialog(QDialog):
    """A small form for one entry; Save hands the values to `submit`, which saves the register.

    `submit` raises ValidationError when the register refuses; the field is marked and the dialog
    stays open with nothing changed.
    """

    item_saved = Signal(str)

    def __init__(
        self,
        title: str,
        item: dict[str, Any] | None,
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._item = item
        self._submit = submit
        self._marks = InvalidMarks()
        self._suggested_id = ""
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(6)

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        # The dialog grows when an error line appears, instead of squeezing the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- building -------------------------------------------------------------------------------
    def _add(self, key: str, label: str, widget: QWidget) -> QWidget:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        cell_layout.addWidget(error)
        self.form.addRow(label, cell)
        self.fields[key] = widget
        self._errors[key] = error
        return widget

    def _line(self, key: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(placeholderText=placeholder)
        value = (self._item or {}).get(key)
        if value is not None:
            edit.setText(str(value))
            edit.setCursorPosition(0)
        self._add(key, label, edit)
        return edit

    def _combo(self, key: str, label: str, choices: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(list(choices))
        combo.setCurrentText(str((self._item or {}).get(key, "")))
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("choose or type"))
        self._add(key, label, combo)
        return combo

    def _id_field(self, placeholder: str) -> QLineEdit:
        edit = self._line("id", self.tr("ID"), placeholder)
        if self._item is not None:
            # Cases and decisions refer to the id: changing it would make another entry.
            edit.setReadOnly(True)
            edit.setToolTip(self.tr("The id cannot change: decisions and letters refer to it."))
        return edit

    def _follow_name(self, name: QLineEdit) -> None:
        """A new entry's id is suggested from its name until the officer types one."""
        if self._item is None:
            name.textChanged.connect(self._on_name_changed)

    def _on_name_changed(self, text: str) -> None:
        edit = self.fields["id"]
        assert isinstance(edit, QLineEdit)
        # Only while the id is empty or still the suggestion: an id typed by hand stays.
        if edit.text() in ("", self._suggested_id):
            self._suggested_id = _slug(text)
            edit.setText(self._suggested_id)

    # -- values and saving ----------------------------------------------------------------------
    def _text(self, key: str) -> str:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            return widget.currentText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def save(self) -> bool:
        """Save through the register; on a refusal mark the field and keep the dialog open."""
        self._clear_errors()
        values = self.values()
        try:
            self._submit(values)
        except ValidationError as exc:
            self._show_error(exc.field, exc.message)
            return False
        self.item_saved.emit(values["id"])
        self.accept()
        return True

    def _field_for(self, field: str, message: str) -> str:
        # The register names "purposes.name" or, for whole-entry checks, just "purposes".
        _kind, _, key = field.partition(".")
        if key:
            return key
        if "id appears twice" in message:
            return "id"
        if "unknown recipient" in message:
            return "recipients"
        if "channel" in message:
            return "channel"
        if "years" in message:
            return "years"
        return field

    def _show_error(self, field: str, message: str) -> None:
        key = self._field_for(field, message)
        if key == "id" and "appears twice" in message:
            message = self.tr("another entry already has this id")
        widget = self.fields.get(key)
        if widget is None:
            self.error.setText(
                self.tr("Not saved. %1: %2").replace("%1", field).replace("%2", message)
            )
            _grow_to_fit(self)
            return
        self._marks.mark(widget, self._errors[key], message)
        self.error.setText(self.tr("Not saved. Please check the marked field."))
        _grow_to_fit(self)
        widget.setFocus()

    def _clear_errors(self) -> None:
        self._marks.clear()
        self.error.clear()

    def invalid_widgets(self) -> list[QWidget]:
        return list(self._marks.marked)

    def field_error(self, key: str) -> str:
        return self._errors[key].text()


class PurposeDialog(RegisterItemDialog):
    """A purpose: its legal basis, statement section, recipients, rights and marketing channel."""

    def __init__(
        self,
        register: ProcessingRegister,
        item: dict[str, Any] | None,
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New purpose") if item is None else self.tr("Edit purpose")
        super().__init__(title, item, submit, parent)
        self.resize(620, 0)
        item = item or {}
        self._id_field(self.tr("lower case and hyphens, e.g. advertising-sms"))
        name = self._line("name", self.tr("Name"), self.tr("as in the privacy statement"))
        self._follow_name(name)
        self._combo("legal_basis", self.tr("Legal basis"), LEGAL_BASES)
        self._line("section", self.tr("Statement §"), self.tr("e.g. 3.2, 5"))

        self.recipients = QListWidget()
        chosen = set(item.get("recipients", ()))
        for recipient in register.recipients:
            entry = QListWidgetItem(recipient.name)
            entry.setData(Qt.ItemDataRole.UserRole, recipient.id)
            entry.setToolTip(f"{recipient.id} · {recipient.kind}")
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if recipient.id in chosen else Qt.CheckState.Unchecked
            )
            self.recipients.addItem(entry)
        self.recipients.setMinimumHeight(170)
        self._add("recipients", self.tr("Recipients"), self.recipients)

        self.objection = QCheckBox(
            self.tr("Based on legitimate interests: the Art. 21(1) objection applies")
        )
        self.objection.setChecked(bool(item.get("objection")))
        self._add("objection", "", self.objection)
        self.consent = QCheckBox(self.tr("Based on consent: withdrawal (Art. 7(3)) applies"))
        self.consent.setChecked(bool(item.get("consent")))
        self._add("consent", "", self.consent)

        self.channel = QComboBox()
        self.channel.addItem(self.tr("None (not an advertising channel)"), None)
        for channel in SuppressionChannel:
            self.channel.addItem(channel.label, channel.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(item.get("channel"))))
        self.channel.setToolTip(
            self.tr("The suppression channel that stops this purpose for a person")
        )
        self._add("channel", self.tr("Channel"), self.channel)

    def checked_recipients(self) -> list[str]:
        out = []
        for row in range(self.recipients.count()):
            entry = self.recipients.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                out.append(entry.data(Qt.ItemDataRole.UserRole))
        return out

    def set_recipients(self, recipient_ids: list[str]) -> None:
        for row in range(self.recipients.count()):
            entry = self.recipients.item(row)
            wanted = entry.data(Qt.ItemDataRole.UserRole) in recipient_ids
            entry.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

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


class RecipientDialog(RegisterItemDialog):
    """A recipient: who receives data (a group company, a processor or another third party)."""

    def __init__(
        self,
        item: dict[str, Any] | None,
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New recipient") if item is None else self.tr("Edit recipient")
        super().__init__(title, item, submit, parent)
        self.resize(520, 0)
        self._id_field(self.tr("lower case and hyphens, e.g. mailing-house"))
        name = self._line("name", self.tr("Name"), self.tr("e.g. Mailing house Müller GmbH"))
        self._follow_name(name)
        self._combo("kind", self.tr("Kind"), RECIPIENT_KINDS)

    def values(self) -> dict[str, Any]:
        return {"id": self._text("id"), "name": self._text("name"), "kind": self._text("kind")}


class RetentionRuleDialog(RegisterItemDialog):
    """A statutory retention period: years counted from the end of the document's year."""

    def __init__(
        self,
        item: dict[str, Any] | None,
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New retention rule") if item is None else self.tr("Edit retention rule")
        super().__init__(title, item, submit, parent)
        self.resize(560, 0)
        self._id_field(self.tr("lower case and hyphens, e.g. de-vouchers"))
        self._line("country", self.tr("Country"), self.tr("two letters, e.g. DE"))
        label = self._line("label", self.tr("Documents"), self.tr("e.g. Accounting vouchers"))
        self._follow_name(label)
        years = self._line("years", self.tr("Years"), self.tr("1 to 30"))
        years.setMaximumWidth(90)
        years.setToolTip(self.tr("Counted from the end of the year in which the document arose"))
        self._line("legal_basis", self.tr("Legal basis"), self.tr("e.g. § 257 HGB, § 147 AO"))

    def values(self) -> dict[str, Any]:
        years_text = self._text("years")
        # A number goes to the register as a number; anything else as typed, so that the
        # register's own rule explains what is wrong with it.
        years: Any = int(years_text) if re.fullmatch(r"-?\d{1,6}", years_text) else years_text
        return {
            "id": self._text("id"),
            "country": self._text("country"),
            "label": self._text("label"),
            "years": years,
            "legal_basis": self._text("legal_basis"),
        }


class ProcessingPage(QWidget):
    """Every change saves the whole register as a new, audited version."""

    register_changed = Signal()

    def __init__(
        self, processing: ProcessingRegisterService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._processing = processing

        title = QLabel(self.tr("Processing register"))
        title.setObjectName("pageTitle")
        help_text = QLabel(
            self.tr(
                "Purposes, legal bases, recipients and retention rules from the privacy "
                "statement; objection and withdrawal decisions and letters draw on them."
            )
        )
        help_text.setWordWrap(True)
        self.version_label = QLabel()
        self.version_label.setObjectName("countLabel")
        self.version_label.setToolTip(
            self.tr("Every saved change is a new version; the audit log records who and when.")
        )
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.version_label, 0, Qt.AlignmentFlag.AlignVCenter)

        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        self.status_line.hide()
        self.error_line = QLabel()
        self.error_line.setObjectName("fieldError")
        self.error_line.setWordWrap(True)
        self.error_line.hide()

        # Actions carry the shortcuts and work on the tab in front.
        self.add_action = self._action(self.tr("Add…"), "Ctrl+Shift+N", lambda: self.add())
        self.edit_action = self._action(self.tr("Edit…"), "F2", lambda: self.edit_selected())
        self.remove_action = self._action(self.tr("Remove…"), "Del", lambda: self.remove_selected())

        self.models: dict[str, RegisterTableModel] = {
            PURPOSES: RegisterTableModel(self._purpose_columns(), self._purpose_rows, self),
            RECIPIENTS: RegisterTableModel(self._recipient_columns(), self._recipient_rows, self),
            RETENTION: RegisterTableModel(self._retention_columns(), self._retention_rows, self),
        }
        self.tables: dict[str, QTableView] = {}
        self.count_labels: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        for kind, label in (
            (PURPOSES, self.tr("Purposes")),
            (RECIPIENTS, self.tr("Recipients")),
            (RETENTION, self.tr("Retention rules")),
        ):
            self.tabs.addTab(self._tab(kind), label)
        self.tabs.currentChanged.connect(lambda _index: self._update_actions())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(help_text)
        layout.addWidget(self.status_line)
        layout.addWidget(self.error_line)
        layout.addWidget(self.tabs, 1)
        self._show_version()
        for table in self.tables.values():
            if table.model().rowCount():
                table.selectRow(0)
        self._update_actions()

    # -- building -------------------------------------------------------------------------------
    def _action(self, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self, shortcut=QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _tab(self, kind: str) -> QWidget:
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for action, name in (
            (self.add_action, "add"),
            (self.edit_action, "edit"),
            (self.remove_action, "remove"),
        ):
            button = QPushButton(action.text())
            button.setObjectName(f"{kind}-{name}")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text().rstrip('…')} ({keys})")
            button.clicked.connect(lambda _checked=False, a=action: a.trigger())
            buttons.addWidget(button)
        buttons.addStretch(1)
        count = QLabel()
        count.setObjectName("countLabel")
        buttons.addWidget(count)
        self.count_labels[kind] = count

        table = QTableView()
        table.setModel(self.models[kind])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(50)
        columns = self._columns(kind)
        # Headers are bold: a fixed column is at least as wide as its header needs.
        bold = header.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for index, column in enumerate(columns):
            if column.width:
                needed = metrics.horizontalAdvance(self.tr(column.header)) + 24
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(index, max(column.width, needed))
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.activated.connect(lambda _index: self.edit_selected())
        table.selectionModel().selectionChanged.connect(lambda *_args: self._update_actions())
        self.tables[kind] = table

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 8, 8, 8)
        page_layout.setSpacing(6)
        page_layout.addLayout(buttons)
        page_layout.addWidget(table, 1)
        # Long names and recipient lists are cut in the table: the selected entry in full.
        details = QLabel()
        details.setTextFormat(Qt.TextFormat.RichText)
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setContentsMargins(2, 4, 2, 2)
        details.setMinimumHeight(details.fontMetrics().height() * 3 + 8)
        details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details[kind] = details
        page_layout.addWidget(details)
        return page

    def _columns(self, kind: str) -> tuple[_Column, ...]:
        return {
            PURPOSES: self._purpose_columns,
            RECIPIENTS: self._recipient_columns,
            RETENTION: self._retention_columns,
        }[kind]()

    def _purpose_columns(self) -> tuple[_Column, ...]:
        return (
            _Column("Name", lambda p: p["name"]),
            _Column("Legal basis", lambda p: p["legal_basis"], 190),
            _Column("Statement §", lambda p: p["section"], 64, "Section of the privacy statement"),
            _Column("Recipients", lambda p: p["_recipient_names"]),
            _Column(
                "Art. 21(1)",
                lambda p: _yes_no(p["objection"]),
                84,
                "Based on legitimate interests: the person may object (Art. 21(1) GDPR)",
            ),
            _Column(
                "Consent",
                lambda p: _yes_no(p["consent"]),
                76,
                "Based on consent: the person may withdraw it (Art. 7(3) GDPR)",
            ),
            _Column("Channel", lambda p: _SHORT_CHANNELS.get(p.get("channel") or "", "—"), 110),
        )

    def _recipient_columns(self) -> tuple[_Column, ...]:
        return (
            _Column("Name", lambda r: r["name"]),
            _Column("Kind", lambda r: r["kind"], 160),
            _Column("Used by", lambda r: r["_used_by"], 110),
            _Column("ID", lambda r: r["id"], 160),
        )

    def _retention_columns(self) -> tuple[_Column, ...]:
        return (
            _Column("Country", lambda r: r["country"], 80),
            _Column("Documents", lambda r: r["label"]),
            _Column(
                "Years",
                lambda r: str(r["years"]),
                70,
                "Counted from the end of the year in which the document arose",
            ),
            _Column("Legal basis", lambda r: r["legal_basis"]),
        )

    # -- rows, read from the register -----------------------------------------------------------
    def _purpose_rows(self) -> list[dict[str, Any]]:
        data = self._processing.register().to_dict()
        names = {r["id"]: r["name"] for r in data["recipients"]}
        rows = []
        for purpose in data["purposes"]:
            recipients = [names.get(r, r) for r in purpose["recipients"]]
            rows.append({
                **purpose,
                "_recipient_names": "; ".join(recipients) or "—",
                "_tooltip": {
                    0: purpose["name"],
                    3: "\n".join(recipients),
                    6: _channel_label(purpose.get("channel")),
                },
            })  # fmt: skip
        return rows

    def _recipient_rows(self) -> list[dict[str, Any]]:
        data = self._processing.register().to_dict()
        rows = []
        for recipient in data["recipients"]:
            users = [p["name"] for p in data["purposes"] if recipient["id"] in p["recipients"]]
            rows.append({
                **recipient,
                "_used_by": self._count_text(PURPOSES, len(users)) if users else "—",
                "_tooltip": {2: "\n".join(users)},
            })  # fmt: skip
        return rows

    def _retention_rows(self) -> list[dict[str, Any]]:
        return list(self._processing.register().to_dict()["retention"])

    # -- selection ------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return KINDS[self.tabs.currentIndex()]

    def show_tab(self, kind: str) -> None:
        self.tabs.setCurrentIndex(KINDS.index(kind))

    def selected_id(self, kind: str | None = None) -> str | None:
        kind = kind or self.current_kind()
        rows = self.tables[kind].selectionModel().selectedRows()
        item = self.models[kind].item(rows[0].row()) if rows else None
        return item["id"] if item else None

    def select(self, kind: str, item_id: str) -> bool:
        """Show the tab and select the entry with this id."""
        row = self.models[kind].row_of(item_id)
        self.show_tab(kind)
        if row < 0:
            return False
        self.tables[kind].selectRow(row)
        self.tables[kind].scrollTo(self.models[kind].index(row, 0))
        return True

    def _show_details(self) -> None:
        for kind in KINDS:
            rows = self.tables[kind].selectionModel().selectedRows()
            item = self.models[kind].item(rows[0].row()) if rows else None
            self.details[kind].setText(self._details_html(kind, item) if item else "")

    def _details_html(self, kind: str, item: dict[str, Any]) -> str:
        def esc(text: object) -> str:
            return html.escape(str(text))

        if kind == PURPOSES:
            title = item["name"]
            facts = [
                item["legal_basis"],
                self.tr("statement § %1").replace("%1", item["section"] or "—"),
                self.tr("Art. 21(1) objection applies")
                if item["objection"]
                else self.tr("no Art. 21(1) objection"),
                self.tr("consent, may be withdrawn") if item["consent"] else self.tr("no consent"),
                self.tr("channel: %1").replace("%1", _channel_label(item.get("channel"))),
            ]
            more = self.tr("Recipients: %1").replace("%1", item["_recipient_names"])
        elif kind == RECIPIENTS:
            title = item["name"]
            facts = [item["kind"], self.tr("id %1").replace("%1", item["id"])]
            users = item["_tooltip"][2]
            more = self.tr("Used by: %1").replace(
                "%1", users.replace("\n", "; ") if users else self.tr("no purpose")
            )
        else:
            title = item["label"]
            # A worked example, so that "years" is read the way the rule counts them.
            year = QDate.currentDate().year()
            until = retention_end(date(year, 1, 1), item["years"])
            facts = [item["country"], item["legal_basis"]]
            more = (
                self.tr("%1 years from the end of the year the document arose: a document of %2 "
                        "is kept until %3.")
                .replace("%1", str(item["years"]))
                .replace("%2", str(year))
                .replace("%3", until.strftime("%d %b %Y"))
            )  # fmt: skip
        return (
            f"<b>{esc(title)}</b><br>{esc(' · '.join(facts))}"
            f'<br><span style="color:#4b5563;">{esc(more)}</span>'
        )

    def _update_actions(self) -> None:
        self._show_details()
        selected = self.selected_id() is not None
        self.edit_action.setEnabled(selected)
        self.remove_action.setEnabled(selected)
        for kind in KINDS:
            has = self.selected_id(kind) is not None
            for name in ("edit", "remove"):
                button = self.findChild(QPushButton, f"{kind}-{name}")
                if button is not None:
                    button.setEnabled(has)

    def refresh(self) -> None:
        """Re-read the register, keeping the selected entries."""
        chosen = {kind: self.selected_id(kind) for kind in KINDS}
        for kind, model in self.models.items():
            model.reload()
            row = model.row_of(chosen[kind]) if chosen[kind] else -1
            if row >= 0:
                self.tables[kind].selectRow(row)
            self.count_labels[kind].setText(self._count_text(kind, model.rowCount()))
        self._show_version()
        self._update_actions()

    def _count_text(self, kind: str, count: int) -> str:
        if kind == PURPOSES:
            text = self.tr("1 purpose") if count == 1 else self.tr("%1 purposes")
        elif kind == RECIPIENTS:
            text = self.tr("1 recipient") if count == 1 else self.tr("%1 recipients")
        else:
            text = self.tr("1 retention rule") if count == 1 else self.tr("%1 retention rules")
        return text.replace("%1", str(count))

    def _show_version(self) -> None:
        self.version_label.setText(
            self.tr("Version %1").replace("%1", str(self._processing.version()))
        )
        for kind, model in self.models.items():
            self.count_labels[kind].setText(self._count_text(kind, model.rowCount()))

    # -- editing --------------------------------------------------------------------------------
    def add(self, kind: str | None = None) -> RegisterItemDialog:
        """Open the form for a new entry of this kind (default: the tab in front)."""
        kind = kind or self.current_kind()
        self.show_tab(kind)
        return self._open(kind, None)

    def edit_selected(self, kind: str | None = None) -> RegisterItemDialog | None:
        kind = kind or self.current_kind()
        item_id = self.selected_id(kind)
        if item_id is None:
            return None
        item = next(i for i in self._processing.register().to_dict()[kind] if i["id"] == item_id)
        return self._open(kind, item)

    def _open(self, kind: str, item: dict[str, Any] | None) -> RegisterItemDialog:
        # A double-click emits both doubleClicked and activated: one dialog is enough.
        for open_dialog in self.findChildren(RegisterItemDialog):
            if open_dialog.isVisible():
                return open_dialog
        original = item["id"] if item else None

        def submit(values: dict[str, Any]) -> int:
            def change(data: dict[str, Any]) -> None:
                items = data[kind]
                if original is None:
                    items.append(values)
                else:
                    index = next(i for i, x in enumerate(items) if x["id"] == original)
                    items[index] = values

            return self._save(change)

        dialog: RegisterItemDialog
        if kind == PURPOSES:
            dialog = PurposeDialog(self._processing.register(), item, submit, self)
        elif kind == RECIPIENTS:
            dialog = RecipientDialog(item, submit, self)
        else:
            dialog = RetentionRuleDialog(item, submit, self)
        # Window-modal but not blocking (open, not exec): tests and the event loop go on.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.item_saved.connect(lambda item_id: self._on_saved(kind, item_id))
        dialog.open()
        return dialog

    def remove_selected(self, kind: str | None = None) -> bool:
        """Remove the selected entry after a confirmation; False if refused or cancelled."""
        kind = kind or self.current_kind()
        item_id = self.selected_id(kind)
        if item_id is None:
            return False
        data = self._processing.register().to_dict()
        item = next(i for i in data[kind] if i["id"] == item_id)
        name = item.get("name") or item.get("label") or item_id
        if not self._confirm(
            self.tr("Remove from the register"),
            self.tr("Remove “%1” from the processing register? The register keeps its earlier "
                    "versions; cases decided under them are not changed.").replace("%1", name),
        ):  # fmt: skip
            return False
        try:
            self._save(lambda d: d.__setitem__(kind, [i for i in d[kind] if i["id"] != item_id]))
        except ValidationError as exc:
            self._show_refusal(kind, item_id, name, exc, data)
            return False
        self.status_line.setText(
            self.tr("Removed “%1”: now version %2.")
            .replace("%1", name)
            .replace("%2", str(self._processing.version()))
        )  # fmt: skip
        self.status_line.show()
        self.error_line.hide()
        self.refresh()
        self.register_changed.emit()
        return True

    def _save(self, change: Callable[[dict[str, Any]], None]) -> int:
        """The whole register, changed and checked by the service; it raises ValidationError."""
        data = copy.deepcopy(self._processing.register().to_dict())
        change(data)
        return self._processing.save(data)

    def _on_saved(self, kind: str, item_id: str) -> None:
        self.error_line.hide()
        self.refresh()
        self.select(kind, item_id)
        self.status_line.setText(
            self.tr("Saved: now version %1.").replace("%1", str(self._processing.version()))
        )
        self.status_line.show()
        self.register_changed.emit()

    def _show_refusal(
        self, kind: str, item_id: str, name: str, exc: ValidationError, data: dict[str, Any]
    ) -> None:
        text = (
            self.tr("“%1” was not removed (%2: %3).")
            .replace("%1", name)
            .replace("%2", exc.field)
            .replace("%3", exc.message)
        )  # fmt: skip
        if kind == RECIPIENTS:
            users = [p["name"] for p in data[PURPOSES] if item_id in p["recipients"]]
            if users:
                text += " " + self.tr(
                    "These purposes still name it: %1. Take it out of them first."
                ).replace("%1", "; ".join(users))
        self.error_line.setText(text)
        self.error_line.show()
        self.status_line.hide()

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
