"""The suppression page's check: is this email address or phone number on the register?"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.suppression import SuppressionChannel
from desktop.services.suppression import SuppressionService
from desktop.ui.marks import InvalidMarks
from desktop.ui.models.suppression_table import day_text
from desktop.ui.refusals import refusal_text

# The channel in a word, for the result line.
_SHORT = {
    "post": "post",
    "email": "email",
    "phone": "telephone",
    "profiling": "retargeting and profiling",
    "newsletter": "newsletter",
}
_SUPPRESSED = "#b3261e"
_PARTLY = "#9a6700"
_CLEAR = "#1e6b3a"


class SuppressionCheck(QGroupBox):
    """Two fields and an answer; `result_label`'s "result" property is "suppressed", "partly",
    "clear", or "" while there is no answer."""

    def __init__(self, suppression: SuppressionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Is this person suppressed?"))
        self._suppression = suppression
        self._last: tuple[str, str] | None = None
        self._marks = InvalidMarks()

        self.email = QLineEdit(placeholderText=self.tr("name@example.org"))
        self.email.setObjectName("checkEmail")
        self.phone = QLineEdit(placeholderText=self.tr("+49 89 1234 5678"))
        self.phone.setObjectName("checkPhone")
        for edit in (self.email, self.phone):
            edit.setClearButtonEnabled(True)
            edit.returnPressed.connect(self.check_person)
        self.button = QPushButton(self.tr("Check"))
        self.button.setObjectName("primary")
        self.button.setToolTip(self.tr("Check (Enter in either field)"))
        self.button.clicked.connect(self.check_person)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setProperty("field", "")  # the service's field of the mistake shown
        self.error.setWordWrap(True)
        self.error.hide()
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.result_label = QLabel()
        self.result_label.setObjectName("checkResult")
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setProperty("result", "")
        # Room for the headline and its detail line, so the page does not jump on a result.
        self.result_label.setMinimumHeight(self.fontMetrics().height() * 3 + 4)
        self.error.setMinimumHeight(self.result_label.minimumHeight())
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._show_no_result()

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 16, 12, 10)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(QLabel(self.tr("Email")), 0, 0)
        grid.addWidget(self.email, 0, 1)
        grid.addWidget(QLabel(self.tr("Phone")), 0, 2)
        grid.addWidget(self.phone, 0, 3)
        grid.addWidget(self.button, 0, 4)
        # The answer and a mistake share one place under the fields: only one shows at a time.
        answer = QVBoxLayout()
        answer.setSpacing(0)
        answer.addWidget(self.error)
        answer.addWidget(self.result_label)
        grid.addLayout(answer, 1, 0, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

    def check_person(self) -> dict[str, Any] | None:
        """Check the email and phone typed; the result line shows the answer (None on a mistake)."""
        email, phone = self.email.text(), self.phone.text()
        self._marks.clear()
        self.error.hide()
        self.error.setProperty("field", "")
        try:
            result = self._suppression.check(email=email or None, phone=phone or None)
        except ValidationError as exc:
            widget = self.phone if exc.field == "phone" else self.email
            self._marks.mark(widget)
            self.error.setText(
                self.tr("%1: %2")
                .replace("%1", self.tr("Phone") if exc.field == "phone" else self.tr("Email"))
                .replace("%2", refusal_text(exc))
            )  # fmt: skip
            self.error.setProperty("field", exc.field)
            self.error.show()
            self._last = None
            self.result_label.setProperty("result", "")
            self.result_label.hide()
            widget.setFocus()
            return None
        self._last = (email, phone)
        self.result_label.show()
        self._show_result(result)
        return result

    def recheck(self) -> None:
        """After the register changed: a stale "Not on the register" would mislead."""
        if self._last is not None:
            self.check_person()

    def focus(self) -> None:
        self.email.setFocus()
        self.email.selectAll()

    def result_text(self) -> str:
        """The result line as plain text."""
        document = QTextDocument()
        document.setHtml(self.result_label.text())
        return document.toPlainText()

    def _show_no_result(self) -> None:
        self.result_label.setProperty("result", "")
        self.result_label.setText(
            '<span style="color:#6b6f76;">'
            + html.escape(
                self.tr(
                    "Type an email address, a phone number or both. Spaces, case and "
                    "international prefixes do not matter."
                )
            )
            + "</span>"
        )

    def _show_result(self, result: dict[str, Any]) -> None:
        if not result["suppressed"]:
            state, colour = "clear", _CLEAR
            headline = self.tr("✓ Not on the register")
            detail = self.tr("No entry for this email address or phone number.")
        else:
            # In the register's order (post, email, phone, …), not alphabetical.
            found = set(result["channels"])
            labels = [self.tr(_SHORT[c.value]) for c in SuppressionChannel if c.value in found]
            every = len(found) == len(SuppressionChannel)
            state, colour = ("suppressed", _SUPPRESSED) if every else ("partly", _PARTLY)
            headline = self.tr("✕ Suppressed: %1").replace("%1", ", ".join(labels))
            cases = sorted({e["source_reference"] for e in result["entries"]})
            since = min(e["effective"] for e in result["entries"])
            detail = (
                self.tr("Do not contact on these channels. Case %1, effective since %2.")
                .replace("%1", ", ".join(cases))
                .replace("%2", day_text(since))
            )  # fmt: skip
            if every:
                detail += " " + self.tr("Every marketing channel is suppressed.")
            else:
                detail += " " + self.tr("Other channels are not suppressed.")
        self.result_label.setProperty("result", state)
        self.result_label.setText(
            f'<div style="font-size:14pt; font-weight:600; color:{colour};">'
            f"{html.escape(headline)}</div>"
            f'<div style="color:#374151;">{html.escape(detail)}</div>'
        )
