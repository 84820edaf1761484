"""Which file to import the company register from, or to export it to (JSON or CSV)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.files import choose_file_to_open, choose_file_to_save

_CONTEXT = "CompanyRegisterFiles"


def choose_register_to_import(parent: QWidget | None) -> Path | None:
    """Ask for a .json or .csv register to import; None when cancelled."""
    return choose_file_to_open(
        parent,
        QCoreApplication.translate(_CONTEXT, "Import a company register"),
        QCoreApplication.translate(
            _CONTEXT, "Company register (*.json *.csv);;JSON (*.json);;CSV (*.csv)"
        ),
    )


def choose_register_export(parent: QWidget | None) -> Path | None:
    """Ask where to export the register; None when cancelled."""
    path, chosen = choose_file_to_save(
        parent,
        QCoreApplication.translate(_CONTEXT, "Export the company register"),
        "company-register.json",
        QCoreApplication.translate(_CONTEXT, "JSON (*.json);;CSV for spreadsheets (*.csv)"),
    )
    return None if path is None else export_path(path, chosen)


def export_path(path: Path, chosen_filter: str) -> Path:
    """The export writes the format its suffix names: a name without one gets the suffix of
    the type chosen in the dialog ('register' with the CSV filter -> 'register.csv')."""
    if path.suffix.lower() in (".json", ".csv"):
        return path
    return path.with_name(path.name + (".csv" if "csv" in chosen_filter.lower() else ".json"))
