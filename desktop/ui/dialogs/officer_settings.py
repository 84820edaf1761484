"""The officer's name and function under letters: asked at the first start, and from File."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QWidget

from desktop.core.signatory import DEFAULT_FUNCTIONS, clean_name, required_name
from desktop.ui.dialogs.fit import grow_to_fit
from desktop.ui.dialogs.form import Button, FormDialog
from desktop.ui.settings import UiSettings

_LANGUAGES = (("nl", "Dutch"), ("de", "German"), ("en", "English"))


class OfficerSettingsDialog(FormDialog):
    """Letters are signed with this name, never with the computer's login; the audit log
    names it too."""

    officer_saved = Signal(str)

    def __init__(
        self, settings: UiSettings, parent: QWidget | None = None, *, first_start: bool = False
    ) -> None:
        super().__init__(parent, ok=Button.Save)
        self._settings = settings
        self.setWindowTitle(
            self.tr("Welcome to Privacy Desk") if first_start else self.tr("Officer")
        )
        intro = QLabel(
            self.tr(
                "Letters are signed with your name and your function in the letter's "
                "language; the history of each case names you too. Privacy Desk never signs "
                "a letter with the computer's login: until a name is set, letters can be "
                "previewed and saved as drafts, but not printed or marked as sent."
            )
        )
        intro.setWordWrap(True)
        self.content.addWidget(intro)
        self.content.addLayout(self.form)

        self.name = QLineEdit(settings.officer_name())
        self.name.setPlaceholderText(self.tr("e.g. Dr. Katrin Weiß"))
        self.name.setMaxLength(120)
        self.add_field(self.tr("Your name"), self.name, "name")
        heading = QLabel(self.tr("Function under the signature"))
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        self.form.addRow(heading)
        own = settings.officer_functions()
        self.functions: dict[str, QLineEdit] = {}
        for lang, label in _LANGUAGES:
            edit = QLineEdit(own.get(lang) or DEFAULT_FUNCTIONS[lang])
            edit.setPlaceholderText(DEFAULT_FUNCTIONS[lang])
            edit.setMaxLength(120)
            self.functions[lang] = edit
            self.add_field(self.tr(label), edit, f"function.{lang}")
        # The dialog grows when an error line appears, instead of squeezing the fields.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.resize(540, 0)
        grow_to_fit(self)  # the wrapped introduction, else the fields are squeezed
        self.name.setFocus()

    def apply(self) -> None:
        name = required_name(self.name.text())
        self._settings.set_officer(name)
        self._settings.set_officer_functions(
            {lang: clean_name(edit.text()) for lang, edit in self.functions.items()}
        )
        self._settings.sync()
        self.officer_saved.emit(name)
