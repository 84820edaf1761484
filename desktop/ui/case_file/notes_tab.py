"""The Notes tab: the officers' notes on the case, oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.text import plural, when_text
from desktop.ui.widgets import fit_columns, make_table, plain_label, table_cell


class NotesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = make_table(
            [self.tr("When"), self.tr("Who"), self.tr("Note")], stretch=2, widths=(140, 130)
        )
        self.table.setObjectName("notesTable")
        self.count_label = plain_label(self.tr("No notes yet."), object_name="countLabel")
        self.add_button = QPushButton(self.tr("Add note…"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip("Alt+N")
        head = QHBoxLayout()
        head.addWidget(self.count_label, 1)
        head.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)

    def show_case(self, case: dict[str, Any]) -> None:
        table = self.table
        table.setRowCount(0)
        for note in case["notes"]:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate((when_text(note["at"]), note["who"], note["text"])):
                table.setItem(row, column, table_cell(text))
        fit_columns(table)
        table.resizeRowsToContents()
        table.setVisible(bool(case["notes"]))
        self.count_label.setText(
            plural(len(case["notes"]), self.tr("One note."), self.tr("%1 notes, oldest first."))
            if case["notes"]
            else self.tr("No notes yet.")
        )
