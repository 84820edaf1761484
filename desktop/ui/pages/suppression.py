"""The suppression register page: check a person, search the entries, correct one, export."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.requests import RequestType
from desktop.core.suppression import SuppressionChannel
from desktop.services.suppression import SuppressionService, channel_labels
from desktop.ui.dates import DateEdit
from desktop.ui.files import choose_file_to_save
from desktop.ui.marks import InvalidMarks

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex

# (header, row field)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Channel", "channel"),
    ("Name", "name"),
    ("Email", "email"),
    ("Phone", "phone"),
    ("Reason", "reason"),
    ("Case", "source_reference"),
    ("Effective", "effective"),
    ("Corrected", "corrected_at"),
)
CHANNEL, NAME, EMAIL, PHONE, REASON, CASE, EFFECTIVE, CORRECTED = range(len(COLUMNS))
# Short words for the table; the tooltip gives the request type and its article.
_REASONS = {
    "objection-marketing": "Objection",
    "unsubscribe": "Unsubscribe",
    "withdrawal": "Withdrawal",
}
# The channel in a word, for the check's result line.
_SHORT = {
    "post": "post",
    "email": "email",
    "phone": "telephone",
    "profiling": "retargeting and profiling",
    "newsletter": "newsletter",
}
_SUPPRESSED = "#b3261e"
_PARTLY = "#9a6700"
_CLEAR = "#1e6b3a"
_CORRECTED = QColor("#7a5a00")
NORMALISATION_HELP = (
    "Before hashing, identifiers are normalised as the register stores them: an email address "
    "is trimmed, put in Unicode NFC and lower-cased; a phone number keeps only its digits, with "
    'a leading "+" for international numbers ("00" is read as "+", a written "(0)" is dropped). '
    "The marketing system must normalise its own data the same way before it compares hashes."
)


def _day(value: str | None) -> str:
    """An ISO date or time stamp as '24 Nov 2026'; the raw text if it is neither."""
    if not value:
        return ""
    try:
        return date.fromisoformat(value[:10]).strftime("%d %b %Y")
    except ValueError:
        return value


def _channel_label(value: str) -> str:
    try:
        return SuppressionChannel(value).label
    except ValueError:
        return value


def _reason_label(value: str) -> str:
    try:
        kind = RequestType(value)
    except ValueError:
        return value
    return f"{kind.label} ({kind.basis})"


class SuppressionTableModel(QAbstractTableModel):
    """Entries arrive a page at a time as the view scrolls, newest first, filtered in SQL."""

    total_changed = Signal(int)

    def __init__(self, suppression: SuppressionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._suppression = suppression
        self._text = ""
        self._channel: str | None = None
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self.reload()

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, text: str, channel: str | None) -> None:
        if (text, channel) != (self._text, self._channel):
            self._text, self._channel = text, channel
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._suppression.count(self._text, self._channel)
        self._rows = self._suppression.search(self._text, self._channel, 0, PAGE)
        self.endResetModel()
        self.total_changed.emit(self._total)

    def entry(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        for row, entry in enumerate(self._rows):
            if entry["id"] == entry_id:
                return row
        return -1

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self._suppression.search(self._text, self._channel, len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and section == CASE:
            return self.tr("The case the entry came from")
        if role == Qt.ItemDataRole.ToolTipRole and section == CORRECTED:
            return self.tr("The date of the last correction; its reason is in the tooltip")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == CORRECTED:
            return QBrush(_CORRECTED)
        if role == Qt.ItemDataRole.UserRole:
            return entry["id"]
        return None

    def _display(self, entry: dict[str, Any], column: int) -> str:
        field = COLUMNS[column][1]
        value = entry[field]
        if field == "channel":
            return _channel_label(value)
        if field == "reason":
            return self.tr(_REASONS[value]) if value in _REASONS else str(value)
        if field in ("effective", "corrected_at"):
            return _day(value)
        if field == "name":
            return " ".join(str(value).split())  # line breaks would break the row
        return "" if value is None else str(value)

    def _tooltip(self, entry: dict[str, Any], column: int) -> str | None:
        if column == NAME:
            address = entry["postal_address"] or ""
            return "\n".join(part for part in (entry["name"], address) if part)
        if column == REASON:
            return _reason_label(entry["reason"])
        if column == CORRECTED and entry["corrected_at"]:
            return (
                self.tr("Corrected %1: %2")
                .replace("%1", entry["corrected_at"].replace("T", " ")[:16])
                .replace("%2", entry["correction"] or "")
            )  # fmt: skip
        if column in (EMAIL, PHONE, CHANNEL):
            return self._display(entry, column) or None
        if column == CASE:
            return (
                self.tr("Entered %1 by %2")
                .replace("%1", entry["created_at"].replace("T", " ")[:16])
                .replace("%2", entry["created_by"])
            )  # fmt: skip
        return None


def _grow_to_fit(dialog: QDialog) -> None:
    """Tall enough for its wrapped text at its current width (Qt sizes those at the minimum)."""
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)


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
        self.setWindowTitle(self.tr("Correct suppression entry"))
        self.resize(560, 0)

        about = QLabel(
            self.tr("%1 · case %2 · entered %3 by %4")
            .replace("%1", _channel_label(entry["channel"]))
            .replace("%2", entry["source_reference"])
            .replace("%3", _day(entry["created_at"]))
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
                .replace("%1", _day(entry["corrected_at"]))
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
        _grow_to_fit(self)
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
            if field == "changes":
                self.error.setText(
                    self.tr("Not saved: nothing was changed. Correct a field first.")
                )
            else:
                self.error.setText(self.tr("Not saved. %1").replace("%1", message))
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


class SuppressionExportDialog(QDialog):
    """Plain or hashed: hashed files carry no names or addresses, only SHA-256 of identifiers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the suppression register"))
        self.resize(560, 0)
        self.plain = QRadioButton(
            self.tr("Plain: names, email addresses, phones, postal addresses")
        )
        self.hashed = QRadioButton(
            self.tr("Hashed: SHA-256 of the email address and the phone number only")
        )
        self.plain.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.plain)
        group.addButton(self.hashed)
        plain_help = QLabel(
            self.tr(
                "For the office's own mailing systems. The file holds personal data: store it "
                "where only the people who need it can read it."
            )
        )
        hashed_help = QLabel(self.tr(NORMALISATION_HELP))
        for label in (plain_help, hashed_help):
            label.setWordWrap(True)
            label.setObjectName("countLabel")
            label.setContentsMargins(24, 0, 0, 0)  # under the radio button's text
        self.hashed.setToolTip(self.tr(NORMALISATION_HELP))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(QLabel(self.tr("Every entry is exported, whatever the list shows.")))
        layout.addSpacing(4)
        layout.addWidget(self.plain)
        layout.addWidget(plain_help)
        layout.addSpacing(6)
        layout.addWidget(self.hashed)
        layout.addWidget(hashed_help)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        _grow_to_fit(self)

    def is_hashed(self) -> bool:
        return self.hashed.isChecked()


class SuppressionPage(QWidget):
    """Who must not be contacted on which channel; entries are corrected, never lifted."""

    entry_corrected = Signal(int)

    def __init__(self, suppression: SuppressionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suppression = suppression
        self._last_check: tuple[str, str] | None = None

        title = QLabel(self.tr("Suppression register"))
        title.setObjectName("pageTitle")
        help_text = QLabel(
            self.tr(
                "People who objected to direct marketing, unsubscribed or withdrew consent. "
                "Entries cannot be lifted, only corrected with a reason."
            )
        )
        help_text.setWordWrap(True)

        # Actions carry the shortcuts (active while the page has focus) and feed the buttons.
        self.check_action = self._action(self.tr("Check"), "Ctrl+Shift+K", self._focus_check)
        self.search_action = self._action(self.tr("Search"), "Ctrl+Shift+F", self.focus_search)
        self.correct_action = self._action(self.tr("Correct…"), "F2", self.correct_selected)
        self.export_action = self._action(self.tr("Export CSV…"), "Ctrl+Shift+E", self._on_export)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        self.correct_button = self._button(self.correct_action)
        self.export_button = self._button(self.export_action)
        head.addWidget(self.correct_button)
        head.addWidget(self.export_button)

        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        self.status_line.hide()

        # -- "Is this person suppressed?" ---------------------------------------------------------
        self.check_email = QLineEdit(placeholderText=self.tr("name@example.org"))
        self.check_phone = QLineEdit(placeholderText=self.tr("+49 89 1234 5678"))
        for edit in (self.check_email, self.check_phone):
            edit.setClearButtonEnabled(True)
            edit.returnPressed.connect(self.check_person)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("primary")
        self.check_button.setToolTip(self.tr("Check (Enter in either field)"))
        self.check_button.clicked.connect(self.check_person)
        self.check_error = QLabel()
        self.check_error.setObjectName("fieldError")
        self.check_error.setWordWrap(True)
        self.check_error.hide()
        self.check_error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setProperty("result", "")
        # Room for the headline and its detail line, so the page does not jump on a result.
        self.result_label.setMinimumHeight(self.fontMetrics().height() * 3 + 4)
        self.check_error.setMinimumHeight(self.result_label.minimumHeight())
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._check_marks = InvalidMarks()
        self._show_no_result()

        check_box = QGroupBox(self.tr("Is this person suppressed?"))
        grid = QGridLayout(check_box)
        grid.setContentsMargins(12, 16, 12, 10)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(QLabel(self.tr("Email")), 0, 0)
        grid.addWidget(self.check_email, 0, 1)
        grid.addWidget(QLabel(self.tr("Phone")), 0, 2)
        grid.addWidget(self.check_phone, 0, 3)
        grid.addWidget(self.check_button, 0, 4)
        # The answer and a mistake share one place under the fields: only one shows at a time.
        answer = QVBoxLayout()
        answer.setSpacing(0)
        answer.addWidget(self.check_error)
        answer.addWidget(self.result_label)
        grid.addLayout(answer, 1, 0, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        # -- search and filter --------------------------------------------------------------------
        self.search = QLineEdit(
            placeholderText=self.tr("Search name, email, phone, case reference…")
        )
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        for value, label in channel_labels():
            self.channel.addItem(label, value)
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.channel)
        filters.addWidget(self.count_label)

        self.model = SuppressionTableModel(suppression, self)
        self.model.total_changed.connect(self._on_total_changed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.correct_selected())
        self.table.activated.connect(lambda _index: self.correct_selected())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(help_text)
        layout.addWidget(check_box)
        layout.addWidget(self.status_line)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        # As-you-type search without a query per keystroke.
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.channel.currentIndexChanged.connect(self.apply_filter)
        self._on_total_changed(self.model.total)
        self._on_selection_changed()

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self, shortcut=QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text().rstrip('…')} ({keys})")
        button.clicked.connect(action.trigger)
        return button

    def _size_columns(self) -> None:
        # Widths from the font, so that labels and dates fit at 1080 px and at other DPIs;
        # name and email share what is left.
        metrics = self.table.fontMetrics()
        pad = 22

        def fits(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + pad

        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(60)
        header.setStretchLastSection(False)
        widths = {
            CHANNEL: fits(*(label for _value, label in channel_labels())),
            PHONE: fits("+49 891234567890"),
            REASON: fits(*(self.tr(r) for r in _REASONS.values()), self.tr("Reason")),
            CASE: fits("PD-2026-000000"),
            EFFECTIVE: fits("00 Sep 0000", self.tr("Effective")) + 6,
            CORRECTED: fits("00 Sep 0000", self.tr("Corrected")) + 6,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)

    # -- the check ------------------------------------------------------------------------------
    def check_person(self) -> dict[str, Any] | None:
        """Check the email and phone typed; the result line shows the answer (None on a mistake)."""
        email, phone = self.check_email.text(), self.check_phone.text()
        self._check_marks.clear()
        self.check_error.hide()
        try:
            result = self._suppression.check(email=email or None, phone=phone or None)
        except ValidationError as exc:
            widget = self.check_phone if exc.field == "phone" else self.check_email
            self._check_marks.mark(widget)
            self.check_error.setText(
                self.tr("%1: %2")
                .replace("%1", self.tr("Phone") if exc.field == "phone" else self.tr("Email"))
                .replace("%2", exc.message)
            )  # fmt: skip
            self.check_error.show()
            self._last_check = None
            self.result_label.setProperty("result", "")
            self.result_label.hide()
            widget.setFocus()
            return None
        self._last_check = (email, phone)
        self.result_label.show()
        self._show_result(result)
        return result

    def _show_no_result(self) -> None:
        self.result_label.setProperty("result", "")
        self.result_label.setText(
            '<span style="color:#6b6f76;">'
            + html.escape(
                self.tr(
                    "Type an email address, a phone number or both. Spaces, case and "
                    "international prefixes do not matter."
                )
            )
            + "</span>"
        )

    def _show_result(self, result: dict[str, Any]) -> None:
        if not result["suppressed"]:
            state, colour = "clear", _CLEAR
            headline = self.tr("✓ Not on the register")
            detail = self.tr("No entry for this email address or phone number.")
        else:
            # In the register's order (post, email, phone, …), not alphabetical.
            found = set(result["channels"])
            labels = [self.tr(_SHORT[c.value]) for c in SuppressionChannel if c.value in found]
            every = len(found) == len(SuppressionChannel)
            state, colour = ("suppressed", _SUPPRESSED) if every else ("partly", _PARTLY)
            headline = self.tr("✕ Suppressed: %1").replace("%1", ", ".join(labels))
            cases = sorted({e["source_reference"] for e in result["entries"]})
            since = min(e["effective"] for e in result["entries"])
            detail = (
                self.tr("Do not contact on these channels. Case %1, effective since %2.")
                .replace("%1", ", ".join(cases))
                .replace("%2", _day(since))
            )  # fmt: skip
            if every:
                detail += " " + self.tr("Every marketing channel is suppressed.")
            else:
                detail += " " + self.tr("Other channels are not suppressed.")
        self.result_label.setProperty("result", state)
        self.result_label.setText(
            f'<div style="font-size:14pt; font-weight:600; color:{colour};">'
            f"{html.escape(headline)}</div>"
            f'<div style="color:#374151;">{html.escape(detail)}</div>'
        )

    def result_text(self) -> str:
        """The result line as plain text."""
        document = QTextDocument()
        document.setHtml(self.result_label.text())
        return document.toPlainText()

    def _focus_check(self) -> None:
        self.check_email.setFocus()
        self.check_email.selectAll()

    # -- the list -------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.search.text().strip(), self.channel.currentData())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        """Re-read the register (after a decision elsewhere), keeping the selected entry."""
        current = self.selected_entry()
        self.model.reload()
        if current is not None:
            self.select_entry(current["id"])
        if self._last_check is not None:
            # A stale "Not on the register" would mislead: ask again.
            self.check_person()

    def selected_entry(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, NAME))
        return True

    def _on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        self.correct_action.setEnabled(self.selected_entry() is not None)
        self.correct_button.setEnabled(self.correct_action.isEnabled())

    def _on_total_changed(self, total: int) -> None:
        self.count_label.setText(
            self.tr("1 entry") if total == 1 else self.tr("%1 entries").replace("%1", f"{total:,}")
        )
        self._on_selection_changed()

    # -- correcting -----------------------------------------------------------------------------
    def correct_selected(self) -> SuppressionCorrectionDialog | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        # A double-click emits both doubleClicked and activated: one dialog is enough.
        for open_dialog in self.findChildren(SuppressionCorrectionDialog):
            if open_dialog.isVisible():
                return open_dialog
        # Window-modal but not blocking (open, not exec): tests and the event loop go on.
        dialog = SuppressionCorrectionDialog(self._suppression, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.entry_corrected.connect(self._on_entry_corrected)
        dialog.open()
        return dialog

    def _on_entry_corrected(self, entry_id: int) -> None:
        self.refresh()
        self.select_entry(entry_id)
        self._show_status(self.tr("Entry corrected; the reason is in the audit log."))
        self.entry_corrected.emit(entry_id)

    # -- export ---------------------------------------------------------------------------------
    def _choose_export_format(self) -> bool | None:
        """True for hashed, False for plain, None when cancelled."""
        dialog = SuppressionExportDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.is_hashed()

    def _choose_export_path(self, hashed: bool = False) -> Path | None:
        path, _ = choose_file_to_save(
            self,
            self.tr("Export the suppression register"),
            "suppression-hashed.csv" if hashed else "suppression.csv",
            self.tr("CSV for spreadsheets (*.csv)"),
        )
        if path is None:
            return None
        return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")

    def _on_export(self) -> None:
        hashed = self._choose_export_format()
        if hashed is None:
            return
        path = self._choose_export_path(hashed)
        if path is not None:
            self.export_to(path, hashed)

    def export_to(self, path: Path, hashed: bool = False) -> int | None:
        """Write every entry to a CSV file; the number of entries, or None (and a warning)."""
        # Synchronous on purpose: the store's connection belongs to the UI thread, and a
        # register of some ten thousand rows is written in well under a second.
        try:
            count = self._suppression.export_csv(path, hashed=hashed)
        except ValidationError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("The register was not exported to %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.message),
            )  # fmt: skip
            return None
        if count == 1:
            text = (
                self.tr("Exported 1 entry, hashed, to %2.")
                if hashed
                else self.tr("Exported 1 entry to %2.")
            )
        elif hashed:
            text = self.tr("Exported %1 entries, hashed, to %2.")
        else:
            text = self.tr("Exported %1 entries to %2.")
        self._show_status(text.replace("%1", str(count)).replace("%2", str(path)))
        return count

    def _show_status(self, text: str) -> None:
        self.status_line.setText(text)
        self.status_line.show()
