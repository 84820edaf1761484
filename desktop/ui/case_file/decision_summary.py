"""One decision of a case as a box of captioned lines: what was decided, on what, by whom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QWidget

from desktop.core.errors import ValidationError
from desktop.core.objections import Decision
from desktop.core.processing import ProcessingRegister
from desktop.core.requests import RequestType
from desktop.ui.dialogs.decisions.base import purpose_name
from desktop.ui.text import channel_label, law, nice_date, translated
from desktop.ui.widgets import plain_label


class DecisionSummary(QGroupBox):
    """The box the Decisions tab shows for one recorded decision."""

    def __init__(
        self,
        decision: dict[str, Any],
        case: dict[str, Any],
        register: ProcessingRegister,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        rows = self._rows(decision, case, register)
        try:
            kind_of = RequestType(decision["type"])
            title = f"{translated(kind_of.label)} · {law(kind_of.basis)}"
        except ValueError:
            title = decision["type"]
        self.setTitle(title)
        self.setProperty("decision_type", decision["type"])
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 16, 12, 10)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(1, 1)
        line = 0
        for caption, value in rows:
            if not value:
                continue
            line += 1
            caption_label = plain_label(caption, object_name="countLabel", wrap=False)
            label = plain_label(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Captions stand at the top of their value, which may run over several lines.
            grid.addWidget(caption_label, line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, line, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnMinimumWidth(0, 150)

    def _rows(
        self, decision: dict[str, Any], case: dict[str, Any], register: ProcessingRegister
    ) -> list[tuple[str, str]]:
        data = decision["data"]
        kind = decision["kind"]
        rows: list[tuple[str, str]] = []
        if kind in ("marketing", "unsubscribe"):
            stopped = ", ".join(channel_label(c) for c in data.get("channels", []))
            if kind == "marketing":
                rows.append((self.tr("Decision"), self.tr("Upheld: the objection is absolute")))
                rows.append((self.tr("Channels stopped"), stopped))
            else:
                rows.append((self.tr("Stopped"), stopped))
                rows.append((self.tr("Continues"), self.tr("Transactional mail")))
            rows.append((self.tr("Effective from"), nice_date(data.get("effective"))))
        elif kind == "assessment":
            verdict = {
                Decision.UPHELD.value: self.tr("Upheld"),
                Decision.PARTLY.value: self.tr("Partly upheld"),
                Decision.REJECTED.value: self.tr("Rejected"),
            }.get(data.get("decision", ""), data.get("decision", ""))
            rows += [
                (self.tr("Decision"), verdict),
                (
                    self.tr("Targeted processing"),
                    "\n".join(purpose_name(register, p) for p in data.get("purposes", [])),
                ),
                (self.tr("Particular situation"), data.get("situation", "")),
                (self.tr("Grounds, legal claims"), data.get("grounds", "")),
                (self.tr("Balancing"), data.get("balancing", "")),
            ]
        elif kind == "withdrawal":
            systems = "\n".join(
                (self.tr("%1: updated") if s["updated"] else self.tr("%1: pending")).replace(
                    "%1", s["system"]
                )
                for s in data.get("systems", [])
            )
            rows += [
                (
                    self.tr("Consents withdrawn"),
                    "\n".join(purpose_name(register, c) for c in data.get("consents", [])),
                ),
                (
                    self.tr("Effective from"),
                    self.tr("%1, for the future only").replace(
                        "%1", nice_date(data.get("effective"))
                    ),
                ),
                (self.tr("Systems"), systems),
                (
                    self.tr("Suppressed"),
                    ", ".join(channel_label(c) for c in data.get("channels", [])),
                ),
            ]
        elif kind == "erasure":
            rows.append((self.tr("Data"), self._erasure_lines(data, case, register)))
            rows.append((self.tr("Hold"), data.get("hold", "")))
        elif kind in ("rectification", "restriction"):
            what = self.tr("Corrected") if kind == "rectification" else self.tr("Restricted")
            rows.append((what, data.get("corrected") or data.get("restricted") or ""))
            if data.get("none_disclosed"):
                rows.append((self.tr("Recipients"), self.tr("Disclosed to nobody")))
        elif kind == "access":
            rows += [
                (self.tr("Purposes"),
                 "\n".join(purpose_name(register, p) for p in data.get("purposes", []))),
                (self.tr("Categories"), "\n".join(data.get("categories", []))),
                (self.tr("Recipients"), "\n".join(data.get("recipients", []))),
                (self.tr("Transfers"), "\n".join(data.get("transfers", []))),
                (self.tr("Credit score"),
                 self.tr("Used: the letter explains it") if data.get("credit_scoring") else ""),
                (self.tr("Withheld"), "\n".join(data.get("redactions", []))),
            ]  # fmt: skip
        rows.append((self.tr("Note"), data.get("note", "")))
        rows.append(
            (
                self.tr("Decided"),
                self.tr("%1 by %2")
                .replace("%1", nice_date(decision["decided_on"]))
                .replace("%2", decision["decided_by"]),
            )
        )
        return rows

    def _erasure_lines(
        self, data: dict[str, Any], case: dict[str, Any], register: ProcessingRegister
    ) -> str:
        lines = []
        for item in data.get("items", []):
            if item.get("erased"):
                lines.append(
                    self.tr("%1: erased on %2")
                    .replace("%1", item["category"])
                    .replace("%2", nice_date(item["erased"]))
                )
                continue
            row = next(
                (b for b in case["blocked"]
                 if b["category"] == item["category"] and b["rule_id"] == item.get("rule")),
                None,
            )  # fmt: skip
            if row is not None:
                basis = row["legal_basis"]
            else:
                try:
                    basis = register.rule(item.get("rule", "")).legal_basis
                except ValidationError:
                    basis = item.get("rule", "")
            line = (
                self.tr("%1: blocked until %2 under %3")
                .replace("%1", item["category"])
                .replace("%2", nice_date(item.get("blocked_until")))
                .replace("%3", law(basis))
            )
            if row is not None and row["deleted_on"]:
                line += " · " + self.tr("deleted on %1").replace("%1", nice_date(row["deleted_on"]))
            elif row is not None and row["hold"]:
                line += " · " + self.tr("on hold")
            lines.append(line)
        return "\n".join(lines)
