"""The company register page's details panel: the selected company in readable groups."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.companies import GroupCompany
from desktop.core.letterhead import (
    kvk_number,
    legal_form,
    missing_letterhead_fields,
    register_entry,
)
from desktop.ui.dialogs.company_editor import join_list
from desktop.ui.dialogs.form import two_columns
from desktop.ui.models.company_table import SAMPLE_TOOLTIP, country_text, language_text
from desktop.ui.text import calendar_categories_text, letterhead_gaps


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
                ("legal_form", "Legal form"),
                ("registered_office", "Registered office"),
                ("commercial_register", "Register"),
                ("kvk_number", "KvK number"),
                ("vat_id", "VAT id"),
                ("directors", "Board / directors"),
                ("supervisory_board_chair", "Chair of the board"),
            ),
        )
        self.letterhead_warning = QLabel()
        self.letterhead_warning.setObjectName("warning")
        self.letterhead_warning.setWordWrap(True)
        note = self._group(self.tr("Note"), (("note", ""),))

        # Two columns, so that an entry fits the window without scrolling at 1280x800.
        columns = two_columns(
            (identity, responsibility, letterhead, note), (dpo, calendar, authority), spacing=10
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        layout.addLayout(name_row)
        layout.addWidget(self.sample_warning)
        layout.addWidget(self.letterhead_warning)
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
                caption = QLabel(self.tr(label))
                caption.setWordWrap(True)  # long Dutch and German captions take two lines
                caption.setMaximumWidth(150)
                grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            else:
                grid.addWidget(value, row, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        return box

    def show_company(self, company: GroupCompany | None, version: int | None) -> None:
        self.edit_button.setEnabled(company is not None)
        self.sample_badge.setVisible(bool(company and company.is_sample))
        self.sample_warning.setVisible(bool(company and company.is_sample))
        missing = missing_letterhead_fields(company) if company else []
        self.letterhead_warning.setText(
            self.tr(
                "Letters of this company can be previewed but not sent: its entry lacks %1 "
                "(company law wants them on business letters). Edit… to add them."
            ).replace("%1", letterhead_gaps(missing))
        )
        self.letterhead_warning.setVisible(bool(missing))
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
                [line for line in address.lines() if line] + [country_text(address.country)]
            ),
            "countries": ", ".join(country_text(c) for c in company.countries),
            "locations": join_list(company.locations),
            "dpo_name": company.dpo_name,
            "dpo_email": company.dpo_email,
            "dpo_phone": company.dpo_phone,
            "dpo_fax": company.dpo_fax,
            "dpo_address": company.dpo_address,
            "languages": ", ".join(language_text(code) for code in company.languages),
            "calendar_label": company.calendar_label,
            "calendar_country": country_text(company.calendar_country),
            "calendar_subdiv": company.calendar_subdiv or self.tr("whole country"),
            "calendar_categories": calendar_categories_text(company.calendar_categories),
            "calendar_extra_dates": join_list([d.isoformat() for d in company.calendar_extra_dates])
            or self.tr("none"),
            "authority_name": company.authority.name,
            "authority_address": company.authority.address,
            "legal_form": legal_form(company),
            "registered_office": company.registered_office,
            "commercial_register": " ".join(p for p in register_entry(company) if p)
            if company.register_court or company.register_number
            else company.commercial_register,
            "kvk_number": kvk_number(company),
            "vat_id": company.vat_id,
            "directors": "\n".join(company.directors),
            "supervisory_board_chair": company.supervisory_board_chair
            + (self.tr(" (administrative board)") if company.one_tier_board else ""),
            "note": company.note,
        }
        for key, label in self.values.items():
            label.setText(values[key] or none)
