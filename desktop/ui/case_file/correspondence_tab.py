"""The Correspondence tab: what came in and went out, each item's text and its files."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.requests import Channel
from desktop.ui.palette import SOON
from desktop.ui.text import enum_label, file_kind, file_size, nice_date
from desktop.ui.widgets import (
    bold_font,
    fit_columns,
    make_table,
    plain_label,
    push_button,
    stacked,
    table_cell,
)

# The request itself as it arrived: it is the original, never an ID document.
_MESSAGE_TYPES = ("message/rfc822", "application/vnd.ms-outlook")


class CorrespondenceTab(QWidget):
    """Shows the case's correspondence; opening a file and marking an ID copy go to the window."""

    open_requested = Signal(int)  # attachment id
    id_document_toggled = Signal(object)  # the attachment (dict) whose ID mark is to flip
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: dict[str, Any] = {}
        self.items = make_table(
            [self.tr("Date"), self.tr("In/Out"), self.tr("Channel"), self.tr("Subject"),
             self.tr("Files")],
            stretch=3, widths=(104, 64, 82, 0, 48), row_height=28,
        )  # fmt: skip
        self.items.setObjectName("correspondenceList")
        self.items.currentCellChanged.connect(self._on_item_selected)

        self.item_subject = plain_label()
        self.item_subject.setFont(bold_font(self.item_subject.font(), 1))
        self.item_meta = plain_label(object_name="countLabel")
        self.item_body = QPlainTextEdit()
        self.item_body.setReadOnly(True)
        self.item_body.setPlaceholderText(self.tr("No text: see the files."))
        self.attachments = make_table(
            [self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Kept")],
            stretch=0,
            widths=(0, 96, 72, 150),
            row_height=28,
        )
        self.attachments.setObjectName("attachmentList")
        self.attachments.setMaximumHeight(130)
        self.attachments.activated.connect(
            lambda index: self.open_requested.emit(index.data(Qt.ItemDataRole.UserRole))
        )
        self.attachments.currentCellChanged.connect(self._update_file_buttons)
        self.attachments.setToolTip(self.tr("Double-click or Enter to open"))
        self.open_button = push_button(
            self.tr("Open &file"), self.tr("Open with the program set up for it")
        )
        self.open_button.clicked.connect(self._on_open_clicked)
        self.id_document_toggle = push_button(
            self.tr("Mark as ID document"),
            self.tr("An identity document is deleted, with every copy, when the check is recorded"),
        )
        self.id_document_toggle.clicked.connect(self._on_toggle_clicked)
        self.files_label = plain_label(self.tr("Files"), wrap=False)
        self.files_label.setFont(bold_font(self.files_label.font()))
        self.files_note = plain_label(object_name="countLabel")
        files_head = QHBoxLayout()
        files_head.addWidget(self.files_label)
        files_head.addStretch(1)
        files_head.addWidget(self.id_document_toggle)
        files_head.addWidget(self.open_button)

        detail = QWidget()
        stacked(
            self.item_subject, self.item_meta, (self.item_body, 1), files_head, self.files_note,
            self.attachments, layout=QVBoxLayout(detail),
        ).setContentsMargins(12, 0, 0, 0)  # fmt: skip

        self.add_button = push_button(
            self.tr("&Add correspondence…"),
            self.tr("A reply, scan, fax, phone note or sent email; or drop files on the case file"),
        )
        self.add_button.clicked.connect(self.add_requested)
        listing = QWidget()
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addStretch(1)
        stacked((self.items, 1), list_buttons, layout=QVBoxLayout(listing)).setContentsMargins(
            0, 0, 0, 0
        )

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(listing)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(splitter)

    # -- showing ----------------------------------------------------------------------------------
    def show_case(self, case: dict[str, Any]) -> None:
        """Fill the list; the item selected before stays selected."""
        self.case = case
        table = self.items
        current = table.item(table.currentRow(), 0)
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        table.blockSignals(True)  # one selection change at the end, not one per row
        table.setRowCount(0)
        chosen = 0
        for row, entry in enumerate(case["correspondence"]):  # the store sorts by date
            files = len(entry["attachments"])
            table.insertRow(row)
            for column, text in enumerate(
                (
                    nice_date(entry["item_date"]),
                    self.tr("In") if entry["direction"] == "in" else self.tr("Out"),
                    enum_label(Channel, entry["channel"]),
                    " ".join((entry["subject"] or "").split()) or self.tr("(no subject)"),
                    str(files) if files else "",
                )
            ):
                item = table_cell(text, top=False)
                item.setData(Qt.ItemDataRole.UserRole, entry["id"])
                table.setItem(row, column, item)
            table.item(row, 3).setToolTip(entry["subject"] or "")
            if entry["id"] == keep:
                chosen = row
        fit_columns(table)
        table.blockSignals(False)
        if table.rowCount():
            table.setCurrentCell(chosen, 0)
        self._on_item_selected(chosen if table.rowCount() else -1)

    def row_of(self, item_id: int) -> int:
        """The row of a correspondence item in the list, or -1."""
        for row in range(self.items.rowCount()):
            if self.items.item(row, 0).data(Qt.ItemDataRole.UserRole) == item_id:
                return row
        return -1

    def id_copies(self) -> list[dict[str, Any]]:
        """The ID document attachments still on file (none after the check is recorded)."""
        return [
            a
            for entry in self.case.get("correspondence", [])
            for a in entry["attachments"]
            if a["is_id_document"]
        ]

    def chosen_attachment(self) -> dict[str, Any] | None:
        item = self.attachments.item(self.attachments.currentRow(), 0)
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next(
            (a for e in self.case.get("correspondence", []) for a in e["attachments"]
             if a["id"] == wanted),
            None,
        )  # fmt: skip

    def _on_item_selected(self, row: int, *_previous: Any) -> None:
        cell = self.items.item(row, 0) if row >= 0 else None
        wanted = cell.data(Qt.ItemDataRole.UserRole) if cell else None
        entry = next((e for e in self.case.get("correspondence", []) if e["id"] == wanted), None)
        files = self.attachments
        files.setRowCount(0)
        if entry is None:
            self.item_subject.setText(self.tr("No correspondence"))
            self.item_meta.clear()
            self.item_body.clear()
            self._show_files_note(0)
            return
        self.item_subject.setText(entry["subject"] or self.tr("(no subject)"))
        direction = self.tr("Received") if entry["direction"] == "in" else self.tr("Sent")
        channel = enum_label(Channel, entry["channel"])
        self.item_meta.setText(f"{direction} {nice_date(entry['item_date'])} · {channel}")
        self.item_body.setPlainText(entry["body"] or "")
        for number, attachment in enumerate(entry["attachments"]):
            if attachment["is_id_document"]:
                kept = self.tr("until the ID check")
            elif attachment["is_original"]:
                kept = self.tr("original as received")
            else:
                kept = ""
            files.insertRow(number)
            for column, text in enumerate(
                (attachment["filename"], file_kind(attachment["media_type"]),
                 file_size(attachment["size"]), kept)
            ):  # fmt: skip
                item = table_cell(text, top=False)
                item.setData(Qt.ItemDataRole.UserRole, attachment["id"])
                if column == 3 and attachment["is_id_document"]:
                    item.setForeground(QBrush(SOON))
                    item.setToolTip(self.tr("Deleted when the identity check is recorded"))
                files.setItem(number, column, item)
        fit_columns(files)
        if files.rowCount():
            files.setCurrentCell(0, 0)
        self._show_files_note(files.rowCount())

    def _show_files_note(self, count: int) -> None:
        self.files_label.setText(
            self.tr("Files (%1)").replace("%1", str(count)) if count else self.tr("No files")
        )
        self.attachments.setVisible(bool(count))
        self.open_button.setVisible(bool(count))
        # Say why a file may be missing: ID copies are deleted once the check is recorded.
        deleted = [
            e for e in self.case.get("audit", [])
            if e["action"] == "identity-checked"
            and isinstance(e["detail"], dict) and e["detail"].get("id_documents_deleted")
        ]  # fmt: skip
        if deleted and not count:
            self.files_note.setText(
                self.tr(
                    "ID copies of this case were deleted on %1, after the identity check."
                ).replace("%1", nice_date(deleted[-1]["at"]))
            )
        self.files_note.setVisible(bool(deleted) and not count)
        self._update_file_buttons()

    def _update_file_buttons(self, *_args: Any) -> None:
        self.open_button.setEnabled(self.attachments.currentRow() >= 0)
        chosen = self.chosen_attachment()
        self.id_document_toggle.setVisible(
            chosen is not None
            and self.case.get("status") != "closed"
            and not (chosen["is_original"] and chosen["media_type"] in _MESSAGE_TYPES)
        )
        if chosen is not None:
            self.id_document_toggle.setText(
                self.tr("Not an ID document")
                if chosen["is_id_document"]
                else self.tr("Mark as ID document")
            )

    def _on_open_clicked(self) -> None:
        item = self.attachments.item(self.attachments.currentRow(), 0)
        if item is not None:
            self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_toggle_clicked(self) -> None:
        chosen = self.chosen_attachment()
        if chosen is not None:
            self.id_document_toggled.emit(chosen)
