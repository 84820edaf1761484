"""The first start, with no store yet: an empty store where the office wants it (the default
shown), or a separate demo store of invented cases, marked as such. Demo cases never enter a
real store: they get a file of their own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from desktop.ui.dialogs.fit import grow_to_fit


class FirstStartDialog(QDialog):
    def __init__(self, store: Path, demo: Path) -> None:
        super().__init__(None)
        self.setWindowTitle(self.tr("Welcome to Privacy Desk"))
        self._demo_path = demo
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "There is no store yet: the file in which Privacy Desk keeps the office's "
                "cases, letters and registers, encrypted. Make an empty one to work in, or "
                "look around in a demo store first."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.empty = QRadioButton(self.tr("Make an empty store for the office's cases, here:"))
        self.empty.setChecked(True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        self.path = QLineEdit(str(store))
        self.path.setMinimumWidth(420)
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._on_choose_clicked)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.demo = QRadioButton(
            self.tr("Open a separate demo store of 400 invented cases (marked DEMO)")
        )
        layout.addWidget(self.demo)
        where = QLabel(self.tr("Its own file: %1").replace("%1", str(demo)))
        where.setContentsMargins(24, 0, 0, 0)
        where.setObjectName("hint")
        layout.addWidget(where)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.demo)
        self.demo.toggled.connect(lambda on: self.path.setEnabled(not on))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        go = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        go.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(620, 0)
        grow_to_fit(self)

    def _on_choose_clicked(self) -> None:
        from desktop.ui.files import choose_file_to_save

        chosen, _ = choose_file_to_save(
            self, self.tr("Where the new store goes"), Path(self.path.text()).name,
            self.tr("Privacy Desk stores (*.sqlite)"),
        )  # fmt: skip
        if chosen is not None:
            self.path.setText(str(chosen if chosen.suffix else chosen.with_suffix(".sqlite")))

    def chosen(self) -> tuple[Path, bool]:
        """The store to open and whether it is the demo store."""
        if self.demo.isChecked():
            return self._demo_path, True
        return Path(self.path.text().strip()).expanduser(), False


def ask_first_start(store: Path, demo: Path) -> tuple[Path, bool] | None:
    dialog = FirstStartDialog(store, demo)
    if not dialog.exec():
        return None
    return dialog.chosen()
