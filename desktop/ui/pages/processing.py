"""The processing register page: purposes, recipients and retention rules, edited as versions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.services.processing import ProcessingRegisterService
from desktop.ui.dialogs.register_entry import (
    PurposeDialog,
    RecipientDialog,
    RegisterEntryDialog,
    RetentionRuleDialog,
)
from desktop.ui.models.register_table import (
    KINDS,
    PURPOSES,
    RECIPIENTS,
    RegisterTableModel,
)
from desktop.ui.pages.parts import (
    RegisterPage,
    action_button,
    list_view,
    page_heading,
)
from desktop.ui.refusals import refusal_text


class ProcessingPage(RegisterPage):
    """Every change saves the whole register as a new, audited version."""

    register_changed = Signal()

    def __init__(
        self, processing: ProcessingRegisterService, parent: QWidget | None = None
    ) -> None:
        super().__init__(None, parent)
        self._processing = processing

        head, help_text = page_heading(
            self.tr("Processing register"),
            self.tr(
                "Purposes, legal bases, recipients and retention rules from the privacy "
                "statement; objection and withdrawal decisions and letters draw on them."
            ),
        )
        self.version_label = QLabel()
        self.version_label.setObjectName("countLabel")
        self.version_label.setProperty("version", 0)  # the register version it shows
        self.version_label.setToolTip(
            self.tr("Every saved change is a new version; the audit log records who and when.")
        )
        head.addWidget(self.version_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.error_line = QLabel()
        self.error_line.setObjectName("fieldError")
        self.error_line.setWordWrap(True)
        self.error_line.hide()

        # Actions carry the shortcuts and work on the tab in front.
        self.add_action = self._action("add", self.tr("Add…"), "Ctrl+Shift+N", lambda: self.add())
        self.edit_action = self._action(
            "edit", self.tr("Edit…"), "F2", lambda: self.edit_selected()
        )
        self.remove_action = self._action(
            "remove", self.tr("Remove…"), "Del", lambda: self.remove_selected()
        )

        self.models = {kind: RegisterTableModel(kind, processing.register, self) for kind in KINDS}
        self.tables: dict[str, QTableView] = {}
        self.count_labels: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        labels = (self.tr("Purposes"), self.tr("Recipients"), self.tr("Retention rules"))
        for kind, label in zip(KINDS, labels, strict=True):
            self.tabs.addTab(self._tab(kind), label)
        self.tabs.currentChanged.connect(lambda _index: self._update_actions())

        self._lay_out(head, help_text, self.status_line, self.error_line, (self.tabs, 1))
        self._show_version()
        for table in self.tables.values():
            if table.model().rowCount():
                table.selectRow(0)
        self._update_actions()

    # -- building -------------------------------------------------------------------------------

    def _tab(self, kind: str) -> QWidget:
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for action, name in (
            (self.add_action, "add"),
            (self.edit_action, "edit"),
            (self.remove_action, "remove"),
        ):
            buttons.addWidget(action_button(action, f"{kind}-{name}"))
        buttons.addStretch(1)
        count = QLabel()
        count.setObjectName("countLabel")
        buttons.addWidget(count)
        self.count_labels[kind] = count

        table = list_view(self.models[kind], f"{kind}-table")
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(50)
        columns = self.models[kind].columns
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
        details.setObjectName(f"{kind}-details")
        details.setTextFormat(Qt.TextFormat.RichText)
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setContentsMargins(2, 4, 2, 2)
        details.setMinimumHeight(details.fontMetrics().height() * 3 + 8)
        details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details[kind] = details
        page_layout.addWidget(details)
        return page

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
            self.details[kind].setText(
                self.models[kind].details_html(rows[0].row()) if rows else ""
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
        self._show_version()
        self._update_actions()

    def _show_version(self) -> None:
        version = self._processing.version()
        self.version_label.setText(self.tr("Version %1").replace("%1", str(version)))
        self.version_label.setProperty("version", version)
        for kind, model in self.models.items():
            self.count_labels[kind].setText(model.count_text())

    # -- editing --------------------------------------------------------------------------------
    def add(self, kind: str | None = None) -> RegisterEntryDialog:
        """Open the form for a new entry of this kind (default: the tab in front)."""
        kind = kind or self.current_kind()
        self.show_tab(kind)
        return self._open(kind, None)

    def edit_selected(self, kind: str | None = None) -> RegisterEntryDialog | None:
        kind = kind or self.current_kind()
        entry_id = self.selected_id(kind)
        if entry_id is None:
            return None
        return self._open(kind, self._processing.entry(kind, entry_id))

    def _open(self, kind: str, entry: dict[str, Any] | None) -> RegisterEntryDialog:
        # A double-click emits both doubleClicked and activated: one dialog is enough.
        for open_dialog in self.findChildren(RegisterEntryDialog):
            if open_dialog.isVisible():
                return open_dialog
        replacing = entry["id"] if entry else None

        def save(values: dict[str, Any]) -> int:
            return self._processing.save_entry(kind, values, replacing)

        dialog: RegisterEntryDialog
        if kind == PURPOSES:
            dialog = PurposeDialog(self._processing.register(), entry, save, self)
        elif kind == RECIPIENTS:
            dialog = RecipientDialog(entry, save, self)
        else:
            dialog = RetentionRuleDialog(entry, save, self)
        # Window-modal but not blocking (open, not exec): tests and the event loop go on.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.entry_saved.connect(lambda entry_id: self._on_saved(kind, entry_id))
        dialog.open()
        return dialog

    def remove_selected(self, kind: str | None = None) -> bool:
        """Remove the selected entry after a confirmation; False if refused or cancelled."""
        kind = kind or self.current_kind()
        entry_id = self.selected_id(kind)
        if entry_id is None:
            return False
        entry = self._processing.entry(kind, entry_id)
        name = entry.get("name") or entry.get("label") or entry_id
        if not self._confirm(
            self.tr("Remove from the register"),
            self.tr("Remove “%1” from the processing register? The register keeps its earlier "
                    "versions; cases decided under them are not changed.").replace("%1", name),
        ):  # fmt: skip
            return False
        try:
            version = self._processing.remove_entry(kind, entry_id)
        except ValidationError as exc:
            self._show_refusal(kind, entry_id, name, exc)
            return False
        self.status_line.setText(
            self.tr("Removed “%1”: now version %2.").replace("%1", name).replace("%2", str(version))
        )
        self.status_line.show()
        self.error_line.hide()
        self.refresh()
        self.register_changed.emit()
        return True

    def _on_saved(self, kind: str, entry_id: str) -> None:
        self.error_line.hide()
        self.refresh()
        self.select(kind, entry_id)
        self.status_line.setText(
            self.tr("Saved: now version %1.").replace("%1", str(self._processing.version()))
        )
        self.status_line.show()
        self.register_changed.emit()

    def _show_refusal(self, kind: str, entry_id: str, name: str, exc: ValidationError) -> None:
        text = (
            self.tr("“%1” was not removed (%2: %3).")
            .replace("%1", name)
            .replace("%2", exc.field)
            .replace("%3", refusal_text(exc))
        )  # fmt: skip
        users = self._processing.purposes_naming(entry_id) if kind == RECIPIENTS else []
        if users:
            text += " " + self.tr("These purposes still name it: %1.").replace(
                "%1", "; ".join(users)
            )
        self.error_line.setText(text)
        self.error_line.setProperty("field", exc.field)
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
