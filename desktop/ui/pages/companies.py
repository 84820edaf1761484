"""The company register page: the group companies, their details, editing, import and export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from desktop.core.companies import GroupCompany
from desktop.core.errors import ValidationError
from desktop.services.companies import CompanyRegister
from desktop.ui.dialogs.company_editor import CompanyEditorDialog, field_label
from desktop.ui.dialogs.company_register_files import (
    choose_register_export,
    choose_register_to_import,
)
from desktop.ui.models.company_table import COUNTRIES, ID, NAME, STATUS, CompanyTableModel
from desktop.ui.ops import Ops
from desktop.ui.pages.company_details import CompanyDetails
from desktop.ui.pages.parts import (
    RegisterPage,
    action_button,
    failure_text,
    list_view,
    page_heading,
    shortcut_tooltip,
)
from desktop.ui.refusals import refusal_text

ChooseFile = Callable[[QWidget], Path | None]  # the file to import or export; None: cancelled


class CompaniesPage(RegisterPage):
    """The group companies the app routes to; every change is a new, audited version.

    `choose_import` and `choose_export` ask for the file (default: the file dialogs).
    """

    companies_changed = Signal()

    def __init__(
        self,
        register: CompanyRegister,
        parent: QWidget | None = None,
        *,
        choose_import: ChooseFile = choose_register_to_import,
        choose_export: ChooseFile = choose_register_export,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self._register = register
        self._choose_import = choose_import
        self._choose_export = choose_export

        head, help_text = page_heading(
            self.tr("Company register"),
            self.tr(
                "The group companies, the countries and locations each is responsible for, and "
                "the data its letters need. Entries marked Sample are placeholders. Import adds "
                "new entries and updates those with the same ID; it removes none."
            ),
        )

        # Actions carry the shortcuts (active while the page has focus) and feed the buttons.
        self.new_action = self._action(
            "new", self.tr("New company…"), "Ctrl+Shift+N", self.new_company
        )
        self.edit_action = self._action("edit", self.tr("Edit…"), "F2", self.edit_selected)
        self.import_action = self._action(
            "import", self.tr("Import…"), "Ctrl+Shift+I", self._on_import
        )
        self.export_action = self._action(
            "export", self.tr("Export…"), "Ctrl+Shift+E", self._on_export
        )
        for action in (self.new_action, self.import_action, self.export_action):
            head.addWidget(action_button(action))

        self.model = CompanyTableModel(register, self)
        self.table = list_view(self.model, "companies")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ID, COUNTRIES, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())

        self.details = CompanyDetails()
        self.details.edit_button.clicked.connect(self.edit_action.trigger)
        self.details.edit_button.setToolTip(shortcut_tooltip(self.edit_action))
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

        self._lay_out(head, help_text, self.status_line, (self.splitter, 1))

        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._on_selection_changed()

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
    def _on_import(self) -> None:
        path = self._choose_import(self)
        if path is not None:
            self.import_from(path)

    def _on_export(self) -> None:
        path = self._choose_export(self)
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
                .replace("%2", field_label(exc.path))
                .replace("%3", refusal_text(exc)),
            )  # fmt: skip
            return None
        self.refresh()
        self._show_status(self._counted("Imported", len(entries), path.name))
        self.companies_changed.emit()
        return len(entries)

    def export_to(self, path: Path) -> int | None:
        """Write the register to a .json or .csv file. With the window's ops it runs off the UI
        thread and returns None (`exported` tells the count); else the count, or None."""
        return self._export(
            lambda services: services.register.export_file(path),
            lambda: self._register.export_file(path),
            lambda count: self._exported(path, count),
            lambda exc: self._export_failed(path, exc),
            self.tr("Exporting the company register…"),
        )

    def _export_failed(self, path: Path, exc: Exception) -> None:
        field = field_label(exc.path) if isinstance(exc, ValidationError) else ""
        self._warn(
            self.tr("Export failed"),
            self.tr("The register was not exported to %1. %2: %3")
            .replace("%1", str(path))
            .replace("%2", field)
            .replace("%3", failure_text(exc)),
        )  # fmt: skip

    def _exported(self, path: Path, count: int) -> None:
        self._show_status(self._counted("Exported", count, str(path)))

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
