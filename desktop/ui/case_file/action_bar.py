"""The row of actions over a case file: the steps of handling, a Decide menu, a note, a letter."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from desktop.core.cases import CaseAction, CaseStatus, allowed_actions
from desktop.core.decisions import DecisionAction, offered_decisions
from desktop.core.requests import RequestType


class CaseActionBar(QWidget):
    """Buttons only: the case file window connects them; which show is asked of the core."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pause_button = QPushButton(self.tr("Ask for &ID…"))
        self.id_document_button = QPushButton(self.tr("I&D document…"))
        self.id_checked_button = QPushButton(self.tr("ID &checked…"))
        self.resume_button = QPushButton(self.tr("Information &received"))
        self.extend_button = QPushButton(self.tr("E&xtend…"))
        self.transfer_button = QPushButton(self.tr("&Transfer…"))
        self.close_button = QPushButton(self.tr("C&lose case…"))
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.note_button = QPushButton(self.tr("Add &note…"))
        self.assign_button = QPushButton(self.tr("Assi&gn…"))
        self.assign_button.setToolTip(self.tr("Assign the case to an officer of the office"))
        self.letter_button = QPushButton(self.tr("Letter…"))
        self.letter_button.setShortcut(QKeySequence("Ctrl+P"))
        self.letter_button.setToolTip(
            self.tr("Write the letter this case needs next, print it and keep it as sent (Ctrl+P)")
        )
        self.pause_button.setToolTip(
            self.tr("Ask for identification: the clock stops until it arrives")
        )
        self.id_document_button.setToolTip(
            self.tr("File a scan of an ID; it is deleted when the check is recorded")
        )
        self.id_checked_button.setToolTip(
            self.tr('Note "ID checked on <date> by <officer>" and delete every ID copy')
        )
        self.resume_button.setToolTip(
            self.tr("The information arrived today: the clock runs again")
        )
        # (button, the CaseAction that allows it; None = allowed while the case is not closed)
        self._gates: list[tuple[QPushButton, CaseAction | None]] = [
            (self.pause_button, CaseAction.PAUSE),
            (self.id_document_button, None),
            (self.id_checked_button, None),
            (self.resume_button, CaseAction.RESUME),
            (self.extend_button, CaseAction.EXTEND),
            (self.transfer_button, CaseAction.TRANSFER),
            (self.close_button, CaseAction.CLOSE),
            (self.reopen_button, CaseAction.REOPEN),
        ]
        self.decide_button = self._build_decide_menu()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for button, _gate in self._gates:
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addWidget(self.decide_button)
        row.addStretch(1)
        for button in (self.assign_button, self.note_button, self.letter_button):
            button.setAutoDefault(False)
            row.addWidget(button)

    def _build_decide_menu(self) -> QPushButton:
        """One "Decide" menu: six more buttons would not fit the row at the smallest size."""
        button = QPushButton(self.tr("Decid&e"))
        button.setAutoDefault(False)
        button.setToolTip(
            self.tr("Record the decision on an objection, a withdrawal, an erasure, a "
                    "rectification or a restriction")
        )  # fmt: skip
        menu = QMenu(button)
        self.uphold_action = menu.addAction(self.tr("Uphold &marketing objection…"))
        self.unsubscribe_action = menu.addAction(self.tr("Confirm &unsubscribe…"))
        self.assess_actions: dict[str, QAction] = {}
        for kind, text in (
            (RequestType.OBJECTION_INTERESTS, self.tr("&Assess objection (legitimate interests)…")),
            (RequestType.OBJECTION_CREDIT, self.tr("Assess objection to &credit check…")),
        ):
            self.assess_actions[kind.value] = menu.addAction(text)
        self.restrict_action = menu.addAction(self.tr("&Restrict while assessing"))
        self.restrict_action.setCheckable(True)
        self.restrict_action.setToolTip(
            self.tr(
                "Art. 18(1)(d): store but do not otherwise process while the objection is assessed"
            )
        )
        self.withdrawal_action = menu.addAction(self.tr("Record &withdrawal…"))
        self.erasure_action = menu.addAction(self.tr("Decide &erasure…"))
        self.rectification_action = menu.addAction(self.tr("Record recti&fication…"))
        self.restriction_action = menu.addAction(self.tr("Record restricti&on…"))
        self.access_action = menu.addAction(self.tr("What the access &answer says…"))
        menu.setToolTipsVisible(True)
        button.setMenu(menu)
        self.decide_menu = menu
        self._decide_gates: dict[DecisionAction, QAction] = {
            DecisionAction.UPHOLD_MARKETING_OBJECTION: self.uphold_action,
            DecisionAction.CONFIRM_UNSUBSCRIBE: self.unsubscribe_action,
            DecisionAction.ASSESS_OBJECTION_INTERESTS: self.assess_actions[
                RequestType.OBJECTION_INTERESTS.value
            ],
            DecisionAction.ASSESS_OBJECTION_CREDIT: self.assess_actions[
                RequestType.OBJECTION_CREDIT.value
            ],
            DecisionAction.RESTRICT_WHILE_ASSESSING: self.restrict_action,
            DecisionAction.RECORD_WITHDRAWAL: self.withdrawal_action,
            DecisionAction.DECIDE_ERASURE: self.erasure_action,
            DecisionAction.RECORD_RECTIFICATION: self.rectification_action,
            DecisionAction.RECORD_RESTRICTION: self.restriction_action,
            DecisionAction.RECORD_ACCESS_ANSWER: self.access_action,
        }
        return button

    def show_case(self, case: dict[str, Any]) -> None:
        status = CaseStatus(case["status"])
        # The rule lives in core.cases; a button only asks it. ID work and closing share a gate:
        # both belong to a case that is still being worked on.
        inquiry = bool(case.get("inquiry"))
        allowed = allowed_actions(status, extended=bool(case["extended"]), inquiry=inquiry)
        for button, gate in self._gates:
            # Identity work is the person's; an authority is not asked for an ID.
            shown = (gate or CaseAction.CLOSE) in allowed and not (inquiry and gate is None)
            button.setVisible(shown)
        # An inquiry's date is the authority's: the officer records a new one it grants.
        self.extend_button.setText(self.tr("New &date…") if inquiry else self.tr("E&xtend…"))
        if inquiry:
            self.extend_button.setVisible(CaseAction.CLOSE in allowed)
        # Waiting for ID: recording the check is the expected next step.
        waiting = status is CaseStatus.AWAITING_ID
        self.id_checked_button.setObjectName("primary" if waiting else "")
        self.id_checked_button.style().unpolish(self.id_checked_button)
        self.id_checked_button.style().polish(self.id_checked_button)
        offered = offered_decisions(status, (r["type"] for r in case["requests"]))
        for decision, action in self._decide_gates.items():
            action.setVisible(decision in offered)
        self.decide_button.setVisible(bool(offered))
        self.restrict_action.setChecked(bool(case["restricted"]))
