"""Exporting the suppression register: plain or hashed, and the CSV file to write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs.fit import grow_to_fit
from desktop.ui.files import choose_file_to_save

NORMALISATION_HELP = QT_TRANSLATE_NOOP(
    "SuppressionExportDialog",
    "Before hashing, identifiers are normalised as the register stores them: an email address "
    "is trimmed, put in Unicode NFC and lower-cased, without invisible characters (zero-width "
    'spaces, bidi marks); a phone number is written in E.164 ("+31612345678"), or where its '
    'country is not known as its digits with a leading "+" for international numbers. '
    "The marketing system must normalise its own data the same way before it compares hashes.",
)


class SuppressionExportDialog(QDialog):
    """Plain or hashed: hashed files carry no names or addresses, only SHA-256 of identifiers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the suppression register"))
        self.resize(560, 0)
        self.plain = QRadioButton(
            self.tr("Plain: names, email addresses, phones, postal addresses")
        )
        self.hashed = QRadioButton(
            self.tr("Hashed: SHA-256 of the email address and the phone number only")
        )
        self.plain.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.plain)
        group.addButton(self.hashed)
        plain_help = QLabel(
            self.tr(
                "For the office's own mailing systems. The file holds personal data: store it "
                "where only the people who need it can read it."
            )
        )
        self.hashed_help = hashed_help = QLabel(self.tr(NORMALISATION_HELP))
        for label in (plain_help, hashed_help):
            label.setWordWrap(True)
            label.setObjectName("countLabel")
            label.setContentsMargins(24, 0, 0, 0)  # under the radio button's text
        self.hashed.setToolTip(self.tr(NORMALISATION_HELP))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(QLabel(self.tr("Every entry is exported, whatever the list shows.")))
        layout.addSpacing(4)
        layout.addWidget(self.plain)
        layout.addWidget(plain_help)
        layout.addSpacing(6)
        layout.addWidget(self.hashed)
        layout.addWidget(hashed_help)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        grow_to_fit(self)

    def is_hashed(self) -> bool:
        return self.hashed.isChecked()


def choose_export_format(parent: QWidget | None) -> bool | None:
    """Ask plain or hashed: True for hashed, False for plain, None when cancelled."""
    dialog = SuppressionExportDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.is_hashed()


def choose_export_file(parent: QWidget | None, hashed: bool = False) -> Path | None:
    """Ask where to write the CSV file (None when cancelled); it always ends in .csv."""
    path, _filter = choose_file_to_save(
        parent,
        QCoreApplication.translate("SuppressionExportDialog", "Export the suppression register"),
        "suppression-hashed.csv" if hashed else "suppression.csv",
        QCoreApplication.translate("SuppressionExportDialog", "CSV for spreadsheets (*.csv)"),
    )
    return None if path is None else csv_path(path)


def csv_path(path: Path) -> Path:
    """'register' -> 'register.csv': spreadsheet programs open a file by its suffix."""
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")
