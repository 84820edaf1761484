"""The Decisions tab of the case file: decisions, suppressions, notices, blocked data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.codes import ExemptionGround
from desktop.core.processing import ProcessingRegister
from desktop.core.requests import RequestType
from desktop.ui.case_file.decision_summary import DecisionSummary
from desktop.ui.dialogs.decisions.base import notice_channel_text
from desktop.ui.palette import MUTED, SOON
from desktop.ui.text import channel_label, nice_date, plural, register_name, type_label
from desktop.ui.widgets import (
    fit_height,
    make_table,
    plain_label,
    push_button,
    stacked,
    table_cell,
)


class DecisionsTab(QScrollArea):
    """What was decided, request by request, and what follows from it: suppression entries,
    Art. 19 notices and blocked data. The buttons here are wired by the case file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notices: list[dict[str, Any]] = []
        self.blocked: list[dict[str, Any]] = []

        self.restricted_label = plain_label(
            self.tr(
                "Restricted while the objection is assessed (Art. 18(1)(d) GDPR): the data are "
                "stored but not otherwise processed. Tell the person before the restriction "
                "is lifted (Art. 18(3))."
            ),
            object_name="warning",
        )
        self.pending_label = plain_label(object_name="countLabel")
        self._summaries = QVBoxLayout()
        self._summaries.setContentsMargins(0, 0, 0, 0)
        self._summaries.setSpacing(10)

        # Suppression register entries this case created.
        self.suppression_table = make_table(
            [self.tr("Channel"), self.tr("Effective from"), self.tr("Because of")],
            stretch=2,
            widths=(240, 130),
        )
        self.suppression_box = self._box(
            self.tr("Suppression register"),
            self.suppression_table,
            plain_label(
                self.tr(
                    "Entries made by this case. They stay when the case is purged, so that the "
                    "person is not contacted again; they can be corrected, not removed."
                ),
                object_name="countLabel",
            ),
        )

        # Art. 19 notices.
        self.notices_table = make_table(
            [self.tr("Recipient"), self.tr("Status"), self.tr("Notified, or why not")],
            stretch=2,
            widths=(380, 90),
        )
        self.notices_label = plain_label(object_name="countLabel")
        self.notified_button = push_button(
            self.tr("Noti&fied…"),
            self.tr("Record when and how the selected recipient was told"),
        )
        self.exempt_button = push_button(
            self.tr("Exem&pt…"),
            self.tr("No notice: impossible or disproportionate effort (say why)"),
        )
        self.add_recipients_button = push_button(
            self.tr("Add recipient&s…"),
            self.tr("Put recipients of the processing register on this checklist"),
        )
        self.notices_box = self._box(
            self.tr("Art. 19 notices to recipients"), self.notices_table, self.notices_label,
            [self.notified_button, self.exempt_button, self.add_recipients_button],
        )  # fmt: skip

        # Blocked data.
        self.blocked_table = make_table(
            [self.tr("Category"), self.tr("Document date"), self.tr("Kept until"),
             self.tr("Legal basis"), self.tr("Status")],
            stretch=3, widths=(170, 110, 110, 0, 200),
        )  # fmt: skip
        self.blocked_label = plain_label(
            self.tr(
                "Blocked instead of erased while a retention duty runs (Art. 17(3)(b), 18 GDPR); "
                "deleted after its end without a new request."
            ),
            object_name="countLabel",
        )
        self.hold_button = QPushButton(self.tr("&Hold…"))
        self.deleted_button = push_button(
            self.tr("Record deleted…"),
            self.tr("The selected data were deleted after the retention end"),
        )
        self.blocked_box = self._box(
            self.tr("Blocked data"), self.blocked_table, self.blocked_label,
            [self.hold_button, self.deleted_button],
        )  # fmt: skip

        page = QWidget()
        layout = stacked(
            self.restricted_label, self._summaries, self.pending_label, self.notices_box,
            self.blocked_box, self.suppression_box, margins=10, spacing=12,
            layout=QVBoxLayout(page),
        )  # fmt: skip
        layout.addStretch(1)
        # Scrolls instead of squeezing when the window is small, as the Requests tab.
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        self.viewport().setAutoFillBackground(False)  # the tab's white, not the dialog grey
        page.setAutoFillBackground(False)  # after setWidget(), which turns it on
        self._update_buttons()

    def _box(
        self,
        title: str,
        table: QTableWidget,
        note: QLabel,
        buttons: list[QPushButton] | None = None,
    ) -> QGroupBox:
        # One line per row, so that a table can be exactly as tall as its rows (the page
        # scrolls, not each table); the full text of a cut cell is in its tooltip.
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(28)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.itemSelectionChanged.connect(self._update_buttons)
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 18, 12, 12)
        column.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(note, 1)
        for button in buttons or []:
            button.setAutoDefault(False)
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(head)
        column.addWidget(table)
        return box

    # -- showing --------------------------------------------------------------------------------
    def show_case(
        self,
        case: dict[str, Any],
        suppressions: list[dict[str, Any]],
        register: ProcessingRegister,
        due_for_deletion: set[int],
    ) -> None:
        """Fill the tab from the case file; selections stay on the same notice and row."""
        closed = case["status"] == "closed"
        self.restricted_label.setVisible(bool(case["restricted"]))
        self._show_summaries(case, register)
        self._show_suppressions(suppressions)
        names = {r.id: register_name(r) for r in register.recipients}
        self._show_notices(case["notices"], closed, names)
        self._show_blocked(case["blocked"], due_for_deletion)
        self._update_buttons()

    def _show_summaries(self, case: dict[str, Any], register: ProcessingRegister) -> None:
        while self._summaries.count():
            widget = self._summaries.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # out of the tab now, not at the next event loop turn
                widget.deleteLater()
        decided = {d["type"] for d in case["decisions"]}
        for decision in case["decisions"]:
            self._summaries.addWidget(DecisionSummary(decision, case, register))
        waiting = [
            type_label(r["type"])
            for r in case["requests"]
            if r["type"] in _DECIDED_HERE and r["type"] not in decided
        ]
        if waiting:
            text = self.tr("Not decided yet: %1.").replace("%1", ", ".join(waiting))
            if case["status"] != "closed":
                text += " " + self.tr("Use Decide above.")
        elif not case["decisions"]:
            text = self.tr("No decision is recorded for this case.")
        else:
            text = ""
        self.pending_label.setText(text)
        self.pending_label.setVisible(bool(text))

    def _show_suppressions(self, entries: list[dict[str, Any]]) -> None:
        table = self.suppression_table
        table.setRowCount(0)
        for entry in entries:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate(
                (channel_label(entry["channel"]), nice_date(entry["effective"]),
                 type_label(entry["reason"]))
            ):  # fmt: skip
                table.setItem(row, column, table_cell(text, top=False))
        fit_height(table, least=0)
        self.suppression_box.setVisible(bool(entries))

    @staticmethod
    def _emptied(table: QTableWidget, selected: dict[str, Any] | None) -> Any:
        """Empty `table` for a refill, signals held; the id of the row to select again."""
        table.blockSignals(True)
        table.setRowCount(0)
        return selected["id"] if selected else None

    def _show_notices(
        self, notices: list[dict[str, Any]], closed: bool, names: dict[str, str]
    ) -> None:
        """`names`: the register's recipients in the window's language (a recipient the
        register no longer has keeps the name the notice was recorded under)."""
        table = self.notices_table
        keep_id = self._emptied(table, self.selected_notice())
        self.notices = notices
        chosen = -1
        status_text = {
            "open": self.tr("Open"), "notified": self.tr("Notified"), "exempt": self.tr("Exempt"),
        }  # fmt: skip
        for row, notice in enumerate(notices):
            table.insertRow(row)
            if notice["status"] == "notified":
                detail = (
                    self.tr("%1 via %2")  # "4 Mai 2026 per E-Mail"
                    .replace("%1", nice_date(notice["notified_on"]))
                    .replace("%2", notice_channel_text(notice["channel"] or ""))
                )
            elif notice["status"] == "exempt":
                ground = notice.get("exempt_ground")
                detail = notice["exempt_reason"] or ""
                if ground:
                    detail = f"{self.tr(ExemptionGround(ground).label)}: {detail}"
            else:
                detail = ""
            for column, text in enumerate(
                (names.get(notice["recipient_id"], notice["recipient_name"]),
                 status_text.get(notice["status"], notice["status"]),
                 detail)
            ):  # fmt: skip
                item = table_cell(text, top=False)
                item.setData(Qt.ItemDataRole.UserRole, notice["id"])
                if column == 1:
                    item.setForeground(QBrush(SOON if notice["status"] == "open" else MUTED))
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.blockSignals(False)
        # Stay on the notice selected before; else the first one still open.
        ids = [n["id"] for n in notices]
        opened = [row for row, n in enumerate(notices) if n["status"] == "open"]
        if keep_id in ids:
            chosen = ids.index(keep_id)
        elif opened:
            chosen = opened[0]
        fit_height(table, least=0)
        table.setVisible(bool(notices))
        if chosen >= 0:
            table.selectRow(chosen)
        still_open = sum(1 for n in notices if n["status"] == "open")
        if not notices:
            text = self.tr(
                "No recipients to notify. Deciding an erasure or upholding an objection puts "
                "the recipients of the processing concerned here."
            )
        elif still_open:
            text = plural(
                still_open,
                self.tr("One recipient still to notify, of %2."),
                self.tr("%1 recipients still to notify, of %2."),
            ).replace("%2", str(len(notices)))
            if not closed:
                text += " " + self.tr("The case closes once each is notified or exempt.")
        else:
            text = self.tr("Every recipient is notified or exempt.")
        self.notices_label.setText(text)
        for button in (self.notified_button, self.exempt_button, self.add_recipients_button):
            button.setVisible(not closed)

    def _show_blocked(self, rows: list[dict[str, Any]], due: set[int]) -> None:
        table = self.blocked_table
        keep_id = self._emptied(table, self.selected_blocked())
        self.blocked = rows
        chosen = 0
        for number, row in enumerate(rows):
            table.insertRow(number)
            if row["deleted_on"]:
                status = self.tr("Deleted on %1").replace("%1", nice_date(row["deleted_on"]))
            elif row["hold"]:
                status = self.tr("On hold: %1").replace("%1", row["hold_reason"] or "—")
            elif row["id"] in due:
                status = self.tr("Due for deletion")
            else:
                status = self.tr("Blocked")
            for column, text in enumerate(
                (row["category"], nice_date(row["document_date"]),
                 nice_date(row["retained_until"]), row["legal_basis"], status)
            ):  # fmt: skip
                item = table_cell(text, top=False)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                if column == 4 and (row["hold"] or row["id"] in due) and not row["deleted_on"]:
                    item.setForeground(QBrush(SOON))
                elif column == 4 and row["deleted_on"]:
                    item.setForeground(QBrush(MUTED))
                table.setItem(number, column, item)
            if row["id"] == keep_id:
                chosen = number
        table.blockSignals(False)
        fit_height(table, least=0)
        if rows:
            table.selectRow(chosen)
        self.blocked_box.setVisible(bool(rows))

    # -- selection --------------------------------------------------------------------------------
    def selected_notice(self) -> dict[str, Any] | None:
        return self._selected(self.notices_table, self.notices)

    def selected_blocked(self) -> dict[str, Any] | None:
        return self._selected(self.blocked_table, self.blocked)

    def select_notice(self, notice_id: int) -> bool:
        return self._select(self.notices_table, notice_id)

    def select_blocked(self, blocked_id: int) -> bool:
        return self._select(self.blocked_table, blocked_id)

    @staticmethod
    def _selected(table: QTableWidget, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
        chosen = table.selectionModel().selectedRows()
        if not chosen:
            return None
        item = table.item(chosen[0].row(), 0)
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((r for r in rows if r["id"] == wanted), None)

    @staticmethod
    def _select(table: QTableWidget, row_id: int) -> bool:
        for row in range(table.rowCount()):
            if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == row_id:
                table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        notice = self.selected_notice()
        is_open = notice is not None and notice["status"] == "open"
        self.notified_button.setEnabled(is_open)
        self.exempt_button.setEnabled(is_open)
        blocked = self.selected_blocked()
        live = blocked is not None and not blocked["deleted_on"]
        self.hold_button.setEnabled(live)
        self.deleted_button.setEnabled(live)
        on_hold = bool(blocked and blocked["hold"])
        self.hold_button.setText(self.tr("Lift &hold…") if on_hold else self.tr("&Hold…"))
        self.hold_button.setToolTip(
            self.tr("Lift the hold, with a reason")
            if on_hold
            else self.tr("A tax audit or litigation suspends the deletion")
        )


# The request types whose decision is recorded in this tab.
_DECIDED_HERE = {
    RequestType.OBJECTION_MARKETING.value,
    RequestType.UNSUBSCRIBE.value,
    RequestType.OBJECTION_INTERESTS.value,
    RequestType.OBJECTION_CREDIT.value,
    RequestType.WITHDRAWAL.value,
    RequestType.ERASURE.value,
}
