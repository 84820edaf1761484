"""The History tab: every change to the case from the audit log, newest first, in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.case_file.history_wording import ACTION_LABELS, audit_summary
from desktop.ui.text import translated, when_text
from desktop.ui.widgets import fit_columns, make_table, table_cell


class HistoryTab(QWidget):
    export_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = make_table(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Details")],
            stretch=3,
            widths=(140, 130, 190),
        )
        self.table.setObjectName("historyTable")
        self.export_button = QPushButton(self.tr("Export for an authority…"))
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(
            self.tr(
                "The case file, this history, the letters as sent and the files, into a folder "
                "with their SHA-256 sums (sha256sum -c SHA256SUMS checks them)"
            )
        )
        self.export_button.clicked.connect(self.export_asked)
        note = QLabel(self.tr("For a supervisory authority that asks for the file:"))
        note.setObjectName("countLabel")
        row = QHBoxLayout()
        row.addWidget(note)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def show_case(self, case: dict[str, Any], names: dict[str, str]) -> None:
        """`names` turns the ids an entry holds ("company:…", "recipient:…") into names."""
        table = self.table
        table.setRowCount(0)
        for entry in reversed(case["audit"]):  # newest first: what just happened is on top
            row = table.rowCount()
            table.insertRow(row)
            action = translated(ACTION_LABELS.get(entry["action"], entry["action"]))
            detail = entry["detail"] if isinstance(entry["detail"], dict) else {}
            for column, text in enumerate(
                (
                    when_text(entry["at"]),
                    entry["who"],
                    action,
                    audit_summary(detail, names, entry["action"]),
                )
            ):
                item = table_cell(text)
                if column == 2:
                    item.setToolTip(entry["action"])
                table.setItem(row, column, item)
        fit_columns(table)
        table.resizeRowsToContents()
