"""The suppression register page: check a person, search the entries, correct one, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.services.suppression import SuppressionService, channel_labels
from desktop.ui.dialogs.suppression_correction import SuppressionCorrectionDialog
from desktop.ui.dialogs.suppression_export import choose_export_file, choose_export_format
from desktop.ui.models.suppression_table import (
    CASE,
    CHANNEL,
    CORRECTED,
    EFFECTIVE,
    EMAIL,
    NAME,
    PHONE,
    REASON,
    REASON_WORDS,
    SuppressionTableModel,
)
from desktop.ui.ops import Ops
from desktop.ui.pages.parts import (
    RegisterPage,
    action_button,
    failure_text,
    keep_readable,
    list_view,
    page_heading,
)
from desktop.ui.pages.suppression_check import SuppressionCheck

ChooseFormat = Callable[[QWidget], bool | None]  # True: hashed, False: plain, None: cancelled
ChooseFile = Callable[[QWidget, bool], Path | None]  # (parent, hashed) -> the CSV file, or None


class SuppressionPage(RegisterPage):
    """Who must not be contacted on which channel; entries are corrected, never lifted.

    `choose_format` and `choose_file` ask how and where to export (default: the dialogs).
    """

    entry_corrected = Signal(int)

    def __init__(
        self,
        suppression: SuppressionService,
        parent: QWidget | None = None,
        *,
        choose_format: ChooseFormat = choose_export_format,
        choose_file: ChooseFile = choose_export_file,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self._suppression = suppression
        self._choose_format = choose_format
        self._choose_file = choose_file

        head, help_text = page_heading(
            self.tr("Suppression register"),
            self.tr(
                "People who objected to direct marketing, unsubscribed or withdrew consent. "
                "Entries cannot be lifted, only corrected with a reason."
            ),
        )

        self.check = SuppressionCheck(suppression)

        # Actions carry the shortcuts (active while the page has focus) and feed the buttons.
        self.check_action = self._action(
            "check", self.tr("Check"), "Ctrl+Shift+K", self.check.focus
        )
        self.search_action = self._action(
            "search", self.tr("Search"), "Ctrl+Shift+F", self.focus_search
        )
        self.correct_action = self._action(
            "correct", self.tr("Correct…"), "F2", self.correct_selected
        )
        self.export_action = self._action(
            "export", self.tr("Export CSV…"), "Ctrl+Shift+E", self._on_export
        )
        self.correct_button = action_button(self.correct_action)
        self.export_button = action_button(self.export_action)
        head.addWidget(self.correct_button)
        head.addWidget(self.export_button)

        # -- search and filter --------------------------------------------------------------------
        self.search = QLineEdit(
            placeholderText=self.tr("Search name, email, phone, case reference…")
        )
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.channel = QComboBox()
        self.channel.setObjectName("channelFilter")
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
        self.table = list_view(self.model, "suppressionEntries")
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.correct_selected())
        self.table.activated.connect(lambda _index: self.correct_selected())

        self._lay_out(head, help_text, self.check, self.status_line, filters, (self.table, 1))

        # As-you-type search without a query per keystroke.
        self._debounce = QTimer(self, singleShot=True, interval=180)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.channel.currentIndexChanged.connect(self.apply_filter)
        self._on_total_changed(self.model.total)
        self._on_selection_changed()

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
            REASON: fits(*(self.model.tr(r) for r in REASON_WORDS.values()), self.tr("Reason")),
            CASE: fits("PD-2026-000000"),
            EFFECTIVE: fits("00 Sep 0000", self.tr("Effective")) + 6,
            CORRECTED: fits("00 Sep 0000", self.tr("Corrected")) + 6,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        keep_readable(self.table, (NAME, EMAIL))

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
        self.check.recheck()

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
    def _on_export(self) -> None:
        hashed = self._choose_format(self)
        if hashed is None:
            return
        path = self._choose_file(self, hashed)
        if path is not None:
            self.export_to(path, hashed)

    def export_to(self, path: Path, hashed: bool = False) -> int | None:
        """Write every entry to a CSV file. With the window's ops it runs off the UI thread
        and returns None (`exported` tells the count); else the count, or None on failure."""
        return self._export(
            lambda services: services.suppression.export_csv(path, hashed=hashed),
            lambda: self._suppression.export_csv(path, hashed=hashed),
            lambda count: self._exported(path, hashed, count),
            lambda exc: self._export_failed(path, exc),
            self.tr("Exporting the suppression register…"),
        )

    def _export_failed(self, path: Path, exc: Exception) -> None:
        QMessageBox.warning(
            self,
            self.tr("Export failed"),
            self.tr("The register was not exported to %1: %2")
            .replace("%1", str(path))
            .replace("%2", failure_text(exc)),
        )  # fmt: skip

    def _exported(self, path: Path, hashed: bool, count: int) -> None:
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
