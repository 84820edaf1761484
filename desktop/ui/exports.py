"""File ▸ Export: the case list as the officer filtered it (CSV or Excel), and the open cases'
deadlines as a calendar; written off the UI thread, complete or not at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import ValidationError
from desktop.core.listing import CaseFilter
from desktop.services.desk import Services
from desktop.ui.pages.parts import failure_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Exports", text)


def export_case_list(window: MainWindow, path: Path | None = None) -> None:
    """The cases the case list shows now (its filters, search and report figure)."""
    from desktop.ui.main_window import CASES

    flt = window.cases_page.current_filter() if window.stack.is_built(CASES) else CaseFilter()
    if path is None:
        path, _kind = _choose(window, tr("Export the case list"), "cases",
                              [(".xlsx", tr("Excel workbook (*.xlsx)")),
                               (".csv", tr("CSV for spreadsheets (*.csv)"))])  # fmt: skip
    if path is not None:
        _write(window, path, lambda s: s.exports.export_cases(path, flt),
               tr("Exported %1 cases to %2."))  # fmt: skip


def export_deadlines(
    window: MainWindow, path: Path | None = None, with_names: bool = False
) -> None:
    """One event per open case on its deadline; names only when the officer picks them."""
    if path is None:
        plain, named = tr("Calendar, references only (*.ics)"), tr("Calendar with names (*.ics)")
        path, chosen = _choose(
            window, tr("Export the deadlines"), "deadlines", [(".ics", plain), (".ics", named)]
        )
        with_names = chosen == named
    if path is not None:
        _write(window, path, lambda s: s.exports.export_deadlines(path, with_names),
               tr("Exported %1 deadlines to %2."))  # fmt: skip


def _choose(
    window: MainWindow, title: str, stem: str, kinds: list[tuple[str, str]]
) -> tuple[Path | None, str]:
    """The file chosen, given the suffix of the kind chosen when it has none of the kinds'
    own, and the chosen kind's filter text (two kinds may share a suffix)."""
    from desktop.ui.files import choose_file_to_save

    first = kinds[0][0]
    filters = ";;".join(text for _suffix, text in kinds)
    path, chosen = choose_file_to_save(window, title, f"{stem}{first}", filters)
    if path is None:
        return None, ""
    suffix = next((sfx for sfx, text in kinds if text == chosen), first)
    if path.suffix.lower() not in {sfx for sfx, _text in kinds}:
        path = path.with_name(path.name + suffix)
    return path, chosen


def _write(window: MainWindow, path: Path, work: Callable[[Services], int], said: str) -> None:
    def done(count: int) -> None:
        text = said.replace("%1", f"{count:,}").replace("%2", str(path))
        window.statusBar().showMessage(text, 10_000)

    def failed(exc: ValidationError | Exception) -> None:
        QMessageBox.warning(
            window, tr("Export failed"),
            tr("Nothing was exported to %1: %2").replace("%1", str(path))
            .replace("%2", failure_text(exc)),
        )  # fmt: skip

    window.ops.run(work, done, parent=window, progress=tr("Exporting…"), on_failure=failed,
                   writes=True)  # fmt: skip
