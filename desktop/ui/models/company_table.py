"""The company register as a Qt model: one row per group company, samples marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from desktop.core.companies import GroupCompany
from desktop.services.companies import CompanyRegister
from desktop.services.requesters import language_name
from desktop.ui.models.table import Index, TableModel
from desktop.ui.palette import SAMPLE_BACKGROUND, SAMPLE_FOREGROUND
from desktop.ui.postal_fields import country_names

COLUMNS = ("Name", "ID", "Countries", "")  # the last column holds the Sample marker
NAME, ID, COUNTRIES, STATUS = range(len(COLUMNS))
SAMPLE_TOOLTIP = "Sample entry: replace with the group overview's data"
# The amber of QLabel#sampleBadge in desktop/assets/style.qss, for the table cell.


def country_text(code: str) -> str:
    """'AT' -> 'AT (Österreich)' in the window's language; the code alone when unknown."""
    name = country_names().get(code)
    return f"{code} ({name})" if code and name else code


def language_text(code: str) -> str:
    """'de' -> 'de (Duits)' in a Dutch window; the code alone when unknown."""
    name = language_name(code, QLocale().name().split("_")[0])
    return f"{code} ({name})" if name else code


class CompanyTableModel(TableModel):
    """The register as a table; a handful of rows, so the whole list is read at once."""

    def __init__(self, register: CompanyRegister, parent: QObject | None = None) -> None:
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._companies)

    def header_texts(self) -> list[str]:
        return list(COLUMNS)

    def header_tip(self, section: int) -> str | None:
        if section == STATUS:
            return self.tr("Sample entries are placeholders, not the group's real data")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
                return "\n".join(country_text(c) for c in company.countries)
        elif role == Qt.ItemDataRole.BackgroundRole and column == STATUS and company.is_sample:
            return QBrush(SAMPLE_BACKGROUND)
        elif role == Qt.ItemDataRole.ForegroundRole and column == STATUS and company.is_sample:
            return QBrush(SAMPLE_FOREGROUND)
        elif role == Qt.ItemDataRole.FontRole and column == STATUS and company.is_sample:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == STATUS:
            return Qt.AlignmentFlag.AlignCenter
        elif role == Qt.ItemDataRole.UserRole:
            return company.id
        return None
