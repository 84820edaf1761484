"""The store's recovery passphrase in the window: asked to unlock a store whose key this
computer's keychain does not hold, and chosen when a new store is made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLayout, QLineEdit, QPushButton

from desktop.core.errors import StoreError, ValidationError
from desktop.core.passphrase import MIN_PASSPHRASE, check_new_passphrase, suggested_passphrase
from desktop.ui.dialogs.fit import grow_to_fit
from desktop.ui.dialogs.form import Button, FormDialog

TRIES = 5


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1000)
    edit.setMinimumWidth(320)
    return edit


class UnlockDialog(FormDialog):
    """The passphrase of an existing store; OK hands it on, the store checks it."""

    def __init__(self, keyfile: Path, failed: int) -> None:
        super().__init__(None, ok=Button.Ok)
        self.setWindowTitle(self.tr("Unlock the store – Privacy Desk"))
        self.ok_button.setText(self.tr("Unlock"))
        intro = QLabel(
            self.tr(
                "The store <b>%1</b> is encrypted. This computer's keychain does not hold its "
                "key, so type the office's recovery passphrase (kept on paper). Privacy Desk "
                "then keeps the key in the keychain, where there is one, and does not ask "
                "again."
            ).replace("%1", _escaped(keyfile.name.removesuffix(".key")))
        )
        intro.setWordWrap(True)
        self.content.addWidget(intro)
        self.content.addLayout(self.form)
        self.passphrase = _secret()
        self.add_field(self.tr("Recovery passphrase"), self.passphrase, "passphrase")
        self.where = QLabel(self.tr("Key file: %1").replace("%1", str(keyfile)))
        self.where.setWordWrap(True)
        self.content.addWidget(self.where)
        if failed:
            self.show_error(
                "passphrase",
                self.tr("this passphrase does not open the store (%1 of %2 tries)")
                .replace("%1", str(failed))
                .replace("%2", str(TRIES)),
            )
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.resize(560, 0)
        grow_to_fit(self)
        self.passphrase.setFocus()

    def apply(self) -> None:
        if not self.passphrase.text():
            raise ValidationError("passphrase", self.tr("type the recovery passphrase"))


class NewPassphraseDialog(FormDialog):
    """The recovery passphrase of a new store, typed twice (or suggested, and shown)."""

    def __init__(self, store: Path) -> None:
        super().__init__(None, ok=Button.Ok)
        self.setWindowTitle(self.tr("A new store – Privacy Desk"))
        self.ok_button.setText(self.tr("Make the store"))
        intro = QLabel(
            self.tr(
                "Privacy Desk makes a new, encrypted store at <b>%1</b>. Its key is kept in "
                "this computer's keychain (where there is one) and, locked by the recovery "
                "passphrase you choose here, in the key file beside the store.<br><br>"
                "<b>Write the passphrase down and keep the paper in a safe place.</b> On "
                "another computer, after a restore, or without the keychain, the store opens "
                "only with it: nobody, not even Privacy Desk's makers, can open it without."
            ).replace("%1", _escaped(str(store)))
        )
        intro.setWordWrap(True)
        self.content.addWidget(intro)
        self.content.addLayout(self.form)
        self.passphrase = _secret()
        self.again = _secret()
        self.add_field(self.tr("Recovery passphrase"), self.passphrase, "passphrase")
        self.add_field(self.tr("The same again"), self.again, "again")
        row = QHBoxLayout()
        self.show_it = QCheckBox(self.tr("Show the passphrase"))
        self.show_it.toggled.connect(self._on_show_toggled)
        suggest = QPushButton(self.tr("Suggest a strong one"))
        suggest.setAutoDefault(False)  # Enter makes the store, it does not suggest again
        suggest.clicked.connect(self._on_suggest_clicked)
        row.addWidget(self.show_it)
        row.addStretch(1)
        row.addWidget(suggest)
        self.content.addLayout(row)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.resize(600, 0)
        grow_to_fit(self)
        self.passphrase.setFocus()

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.again.setEchoMode(mode)

    def _on_suggest_clicked(self) -> None:
        self.clear_errors()
        suggested = suggested_passphrase()
        self.passphrase.setText(suggested)
        self.again.setText(suggested)
        self.show_it.setChecked(True)  # to be written down, it must be seen

    def apply(self) -> None:
        try:
            check_new_passphrase(self.passphrase.text())
        except ValidationError:
            raise ValidationError(
                "passphrase",
                self.tr("at least %1 characters, please").replace("%1", str(MIN_PASSPHRASE)),
            ) from None
        if self.again.text() != self.passphrase.text():
            raise ValidationError("again", self.tr("the two passphrases differ"))


class WindowPassphrases:
    """What the store asks for (desktop.store.unlock's Passphrases), asked in dialogs."""

    def current(self, keyfile: Path, failed: int) -> str:
        if failed >= TRIES:
            raise StoreError(f"{failed} wrong passphrases: the store stays locked")
        dialog = UnlockDialog(keyfile, failed)
        if not dialog.exec():
            raise StoreError("no passphrase given: the store stays locked")
        return dialog.passphrase.text()

    def new(self, store: Path) -> str:
        dialog = NewPassphraseDialog(store)
        if not dialog.exec():
            raise StoreError("no passphrase chosen: no store was made")
        return dialog.passphrase.text()


def _escaped(text: str) -> str:
    from html import escape

    return escape(text)
