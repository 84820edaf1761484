"""The company register page: the group companies, their details, editing, import and export."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.companies import GroupCompany
from desktop.core.errors import ValidationError
from desktop.services.companies import CompanyRegister
from desktop.ui.dialogs.company_editor import CompanyEditorDialog, field_label, join_list
from desktop.ui.files import choose_file_to_open, choose_file_to_save

COLUMNS = ("Name", "ID", "Countries", "")  # the last column holds the Sample marker
NAME, ID, COUNTRIES, STATUS = range(len(COLUMNS))
SAMPLE_TOOLTIP = "Sample entry: replace with the group overview's data"
# The amber of QLabel#sampleBadge in resources/style.qss, for the table cell.
_SAMPLE_BACKGROUND = QColor("#fff4ce")
_SAMPLE_FOREGROUND = QColor("#7a5a00")
_Index = QModelIndex | QPersistentModelIndex


def _country(code: str) -> str:
    name = QLocale.territoryToString(QLocale.codeToTerritory(code))
    return f"{code} ({name})" if code and name and name != "Default" else code


def _language(code: str) -> str:
    language = QLocale.codeToLanguage(code)
    if language == QLocale.Language.AnyLanguage:
        return code
    return f"{code} ({QLocale.languageToString(language)})"


class CompanyTableModel(QAbstractTableModel):
    """The register as a table; a handful of rows, so the whole list is read at once."""

    def __init__(self, register: CompanyRegister, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._companies: list[GroupCompany] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._companies = self._register.companies()
        self.endResetModel()

    def company(self, row: int) -> GroupCompany | None:
        return self._companies[row] if 0 <= row < len(self._companies) else None

    def row_of(self, company_id: str) -> int:
        for row, company in enumerate(self._companies):
            if company.id == company_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._companies)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section]) if COLUMNS[section] else ""
        if role == Qt.ItemDataRole.ToolTipRole and section == STATUS:
            return self.tr("Sample entries are placeholders, not the group's real data")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        company = self.company(index.row()) if index.isValid() else None
        if company is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return company.name
            if column == ID:
                return company.id
            if column == COUNTRIES:
                return ", ".join(company.countries)
            if column == STATUS:
                return self.tr("Sample") if company.is_sample else ""
        elif role == Qt.ItemDataRole.ToolTipRole:
            if company.is_sample:
                return self.tr(SAMPLE_TOOLTIP)
            if column == COUNTRIES:
                return "\n".join(_country(c) for c in company.countries)
        elif role == Qt.ItemDataRole.BackgroundRole and column == STATUS and company.is_sample:
            return QBrush(_SAMPLE_BACKGROUND)
        elif role == Qt.ItemDataRole.ForegroundRole and column == STATUS and company.is_sample:
            return QBrush(_SAMPLE_FOREGROUND)
        elif role == Qt.ItemDataRole.FontRole and column == STATUS and company.is_sample:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == STATUS:
            return Qt.AlignmentFlag.AlignCenter
        elif role == Qt.ItemDataRole.UserRole:
            return company.id
        return None


class CompanyDetails(QWidget):
    """The selected entry in readable groups; values are plain text (no markup from the data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.sample_badge = QLabel(self.tr("Sample"))
        self.sample_badge.setObjectName("sampleBadge")
        self.sample_badge.setToolTip(self.tr(SAMPLE_TOOLTIP))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("primary")
        self.sample_warning = QLabel(self.tr(SAMPLE_TOOLTIP) + ".")
        self.sample_warning.setObjectName("warning")
        self.sample_warning.setWordWrap(True)

        name_row = QHBoxLayout()
        name_row.addWidget(self.title, 1)
        name_row.addWidget(self.sample_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        name_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)

        identity = self._group(
            self.tr("Identity and address"),
            (("id", "ID"), ("version", "Version"), ("address", "Address")),
        )
        self.values["version"].setToolTip(
            self.tr(
                "Every saved change is a new version; cases keep the one they were handled under."
            )
        )
        responsibility = self._group(
            self.tr("Responsibility and languages"),
            (("countries", "Countries"), ("locations", "Locations"), ("languages", "Languages")),
        )
        dpo = self._group(
            self.tr("Data protection officer"),
            (
                ("dpo_name", "Name"),
                ("dpo_email", "Email"),
                ("dpo_phone", "Phone"),
                ("dpo_fax", "Fax"),
                ("dpo_address", "Address"),
            ),
        )
        calendar = self._group(
            self.tr("Holiday calendar"),
            (
                ("calendar_label", "Calendar"),
                ("calendar_country", "Country"),
                ("calendar_subdiv", "Region"),
                ("calendar_categories", "Categories"),
                ("calendar_extra_dates", "Extra dates"),
            ),
        )
        authority = self._group(
            self.tr("Supervisory authority"),
            (("authority_name", "Name"), ("authority_address", "Address")),
        )
        letterhead = self._group(
            self.tr("Letterhead"),
            (
                ("registered_office", "Registered office"),
                ("commercial_register", "Commercial register"),
                ("vat_id", "VAT id"),
            ),
        )
        note = self._group(self.tr("Note"), (("note", ""),))

        # Two columns, so that an entry fits the window without scrolling at 1280x800.
        left = QVBoxLayout()
        for box in (identity, responsibility, letterhead, note):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        for box in (dpo, calendar, authority):
            right.addWidget(box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(10)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        layout.addLayout(name_row)
        layout.addWidget(self.sample_warning)
        layout.addLayout(columns, 1)
        self.show_company(None, None)

    def _group(self, title: str, rows: tuple[tuple[str, str], ...]) -> QGroupBox:
        # A grid, not a QFormLayout: its labels stay at the top of multi-line values.
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 14, 10, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(1, 1)
        for row, (key, label) in enumerate(rows):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            if label:
                grid.addWidget(QLabel(self.tr(label)), row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            else:
                grid.addWidget(value, row, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        return box

    def show_company(self, company: GroupCompany | None, version: int | None) -> None:
        self.edit_button.setEnabled(company is not None)
        self.sample_badge.setVisible(bool(company and company.is_sample))
        self.sample_warning.setVisible(bool(company and company.is_sample))
        if company is None:
            self.title.setText(html.escape(self.tr("No company selected")))
            for label in self.values.values():
                label.clear()
            return
        self.title.setText(
            f'<span style="font-size: 13pt; font-weight: 600;">{html.escape(company.name)}</span>'
        )
        none = self.tr("—")
        address = company.address
        values = {
            "id": company.id,
            "version": str(version or ""),
            "address": "\n".join(
                [line for line in address.lines() if line] + [_country(address.country)]
            ),
            "countries": ", ".join(_country(c) for c in company.countries),
            "locations": join_list(company.locations),
            "dpo_name": company.dpo_name,
            "dpo_email": company.dpo_email,
            "dpo_phone": company.dpo_phone,
            "dpo_fax": company.dpo_fax,
            "dpo_address": company.dpo_address,
            "languages": ", ".join(_language(code) for code in company.languages),
            "calendar_label": company.calendar_label,
            "calendar_country": _country(company.calendar_country),
            "calendar_subdiv": company.calendar_subdiv or self.tr("whole country"),
            "calendar_categories": ", ".join(company.calendar_categories),
            "calendar_extra_dates": join_list([d.isoformat() for d in company.calendar_extra_dates])
            or self.tr("none"),
            "authority_name": company.authority.name,
            "authority_address": company.authority.address,
            "registered_office": company.registered_office,
            "commercial_register": company.commercial_register,
            "vat_id": company.vat_id,
            "note": company.note,
        }
        for key, label in self.values.items():
            label.setText(values[key] or none)


class CompaniesPage(QWidget):
    """The group companies the app routes to; every change is a new, audited version."""

    companies_changed = Signal()

    def __init__(self, register: CompanyRegister, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register

        title = QLabel(self.tr("Company register"))
        title.setObjectName("pageTitle")
        help_text = QLabel(
            self.tr(
                "The group companies, the countries and locations each is responsible for, and "
                "the data its letters need. Entries marked Sample are placeholders. Import adds "
                "new entries and updates those with the same ID; it removes none."
            )
        )
        help_text.setWordWrap(True)

        # Actions carry the shortcuts (active while the page has focus) and feed the buttons.
        self.new_action = self._action(self.tr("New company…"), "Ctrl+Shift+N", self.new_company)
        self.edit_action = self._action(self.tr("Edit…"), "F2", self.edit_selected)
        self.import_action = self._action(self.tr("Import…"), "Ctrl+Shift+I", self._on_import)
        self.export_action = self._action(self.tr("Export…"), "Ctrl+Shift+E", self._on_export)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        for action in (self.new_action, self.import_action, self.export_action):
            head.addWidget(self._button(action))

        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        self.status_line.hide()

        self.model = CompanyTableModel(register, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ID, COUNTRIES, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())

        self.details = CompanyDetails()
        self.details.edit_button.clicked.connect(self.edit_action.trigger)
        self.details.edit_button.setToolTip(self._tooltip(self.edit_action))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.details)
        # The window's colour, not a grey panel (setWidget turned the fill on).
        scroll.viewport().setAutoFillBackground(False)
        self.details.setAutoFillBackground(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([460, 600])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(help_text)
        layout.addWidget(self.status_line)
        layout.addWidget(self.splitter, 1)

        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._on_selection_changed()

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self, shortcut=QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _tooltip(self, action: QAction) -> str:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{action.text().rstrip('…')} ({keys})"

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(self._tooltip(action))
        button.clicked.connect(action.trigger)
        return button

    # -- selection -----------------------------------------------------------------------------
    def selected_company(self) -> GroupCompany | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.company(rows[0].row()) if rows else None

    def select_company(self, company_id: str) -> bool:
        row = self.model.row_of(company_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, NAME))
        return True

    def _on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        company = self.selected_company()
        version = self._register.version_of(company.id) if company else None
        self.details.show_company(company, version)
        self.edit_action.setEnabled(company is not None)

    def refresh(self, select: str | None = None) -> None:
        """Re-read the register, keeping (or moving to) the selected company."""
        current = self.selected_company()
        wanted = select or (current.id if current else None)
        self.model.reload()
        if not (wanted and self.select_company(wanted)) and self.model.rowCount():
            self.table.selectRow(0)
        self._on_selection_changed()

    # -- editing -------------------------------------------------------------------------------
    def edit_selected(self) -> CompanyEditorDialog | None:
        company = self.selected_company()
        return self._open_editor(company) if company else None

    def new_company(self) -> CompanyEditorDialog:
        return self._open_editor(None)

    def _open_editor(self, company: GroupCompany | None) -> CompanyEditorDialog:
        # Window-modal but not blocking (open, not exec): tests and the event loop go on.
        dialog = CompanyEditorDialog(self._register, company, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.company_saved.connect(self._on_company_saved)
        dialog.open()
        return dialog

    def _on_company_saved(self, company_id: str) -> None:
        self.refresh(select=company_id)
        company = self._register.company(company_id)
        version = self._register.version_of(company_id)
        self._show_status(
            self.tr("Saved %1: now version %2.")
            .replace("%1", company.name)
            .replace("%2", str(version))
        )  # fmt: skip
        self.companies_changed.emit()

    # -- import and export ---------------------------------------------------------------------
    def _choose_import_path(self) -> Path | None:
        return choose_file_to_open(
            self,
            self.tr("Import a company register"),
            self.tr("Company register (*.json *.csv);;JSON (*.json);;CSV (*.csv)"),
        )

    def _choose_export_path(self) -> Path | None:
        path, chosen = choose_file_to_save(
            self,
            self.tr("Export the company register"),
            "company-register.json",
            self.tr("JSON (*.json);;CSV for spreadsheets (*.csv)"),
        )
        if path is None:
            return None
        if path.suffix.lower() not in (".json", ".csv"):
            path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".json"))
        return path

    def _on_import(self) -> None:
        path = self._choose_import_path()
        if path is not None:
            self.import_from(path)

    def _on_export(self) -> None:
        path = self._choose_export_path()
        if path is not None:
            self.export_to(path)

    def import_from(self, path: Path) -> int | None:
        """Import a JSON or CSV register; the number of entries, or None (and a warning)."""
        # Synchronous on purpose: the store belongs to the UI thread and the file is at most 5 MB.
        try:
            entries = self._register.import_file(path)
        except ValidationError as exc:
            self._warn(
                self.tr("Import failed"),
                self.tr("%1 was not imported. %2: %3\n\nNothing in the register was changed.")
                .replace("%1", path.name)
                .replace("%2", field_label(exc.field))
                .replace("%3", exc.message),
            )  # fmt: skip
            return None
        self.refresh()
        self._show_status(self._counted("Imported", len(entries), path.name))
        self.companies_changed.emit()
        return len(entries)

    def export_to(self, path: Path) -> int | None:
        """Write the register to a .json or .csv file; the number of entries, or None."""
        try:
            count = self._register.export_file(path)
        except ValidationError as exc:
            self._warn(
                self.tr("Export failed"),
                self.tr("The register was not exported to %1. %2: %3")
                .replace("%1", str(path))
                .replace("%2", field_label(exc.field))
                .replace("%3", exc.message),
            )  # fmt: skip
            return None
        self._show_status(self._counted("Exported", count, str(path)))
        return count

    def _counted(self, verb: str, count: int, where: str) -> str:
        if verb == "Imported":
            text = (
                self.tr("Imported 1 company from %2.")
                if count == 1
                else self.tr("Imported %1 companies from %2.")
            )
        else:
            text = (
                self.tr("Exported 1 company to %2.")
                if count == 1
                else self.tr("Exported %1 companies to %2.")
            )
        return text.replace("%1", str(count)).replace("%2", where)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _show_status(self, text: str) -> None:
        self.status_line.setText(text)
        self.status_line.show()
