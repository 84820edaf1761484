"""The fields a requester's salutation and postal address are typed into: the intake and the
correction use the same ones, so a country is chosen and read the same way in both."""

from __future__ import annotations

import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.core.postal import COUNTRY_ALIASES, FormOfAddress
from desktop.services.requesters import country_choices

_CONTEXT = "PostalFields"
FORM_OF_ADDRESS_LABELS = {
    FormOfAddress.NEUTRAL.value: QT_TRANSLATE_NOOP("PostalFields", "By full name"),
    FormOfAddress.FEMALE.value: QT_TRANSLATE_NOOP("PostalFields", "Ms (Frau, mevrouw)"),
    FormOfAddress.MALE.value: QT_TRANSLATE_NOOP("PostalFields", "Mr (Herr, de heer)"),
}
# Where a reply in this language most likely goes: only a first guess, shown in the field.
_LANGUAGE_COUNTRY = {"nl": "NL", "de": "DE", "en": "GB"}


def country_names() -> dict[str, str]:
    """Code → name in the window's language, in the order the field lists them."""
    return _country_names(QLocale().name().split("_")[0])


@functools.cache
def _country_names(language: str) -> dict[str, str]:
    return dict(country_choices(language))  # read once per language: CLDR is large


def country_text(code: str | None) -> str:
    """The country as the field shows it, "Netherlands (NL)"; a code no country has, as it
    is; "" for none."""
    if not code:
        return ""
    name = country_names().get(code)
    return f"{name} ({code})" if name else code


def form_of_address_text(value: str | None) -> str:
    label = FORM_OF_ADDRESS_LABELS.get(value or FormOfAddress.NEUTRAL.value)
    return QCoreApplication.translate(_CONTEXT, label) if label else str(value)


def form_of_address_combo() -> QComboBox:
    """How the letters greet the person; by the full name unless the officer knows better."""
    combo = QComboBox()
    for value, label in FORM_OF_ADDRESS_LABELS.items():
        combo.addItem(QCoreApplication.translate(_CONTEXT, label), value)
    combo.setToolTip(
        QCoreApplication.translate(
            _CONTEXT, "How the letters greet the person; by full name when not known"
        )
    )
    return combo


def likely_country(delivery_country: str, language: str) -> str | None:
    """The country a postal address most likely lies in: the delivery country if one is
    given, else the country of the reply language."""
    code = delivery_country.strip().upper()
    code = COUNTRY_ALIASES.get(code, code)
    if code in country_names():
        return code
    return _LANGUAGE_COUNTRY.get(language)


class CountryCombo(QComboBox):
    """Every country as "Netherlands (NL)", an empty choice first. Typing finds a country by
    any part of its name or by its code; what matches nothing is kept as typed, so that the
    service can say what is wrong with it under the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        # Long names ("South Georgia & South Sandwich Islands") must not widen the form.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.addItem("", None)
        for code in country_names():
            self.addItem(country_text(code), code)
        completer = QCompleter(self.model(), self)
        # "neth", "(NL)" and "lands" all find the Netherlands.
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("name or code, e.g. NL"))
        self.lineEdit().editingFinished.connect(self._on_typed)

    def code(self) -> str:
        """The chosen country's code; text that names no country, as typed ("" for none)."""
        text = self.currentText().strip()
        index = self._index_of(text)
        return (self.itemData(index) or "") if index >= 0 else text

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:  # a code no country has (stored before the check): shown, for the officer to fix
            self.setCurrentIndex(0)
            self.setEditText(code or "")

    def _index_of(self, text: str) -> int:
        if not text:
            return 0
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # the item, any case
        if index < 0:
            code = COUNTRY_ALIASES.get(text.upper(), text.upper())
            index = self.findData(code)
        if index < 0:
            index = self.findText(f"{text} (", Qt.MatchFlag.MatchStartsWith)  # the whole name
        return index

    def _on_typed(self) -> None:
        # "nl", "uk" or "germany" typed: show the country it names, so the officer sees it.
        index = self._index_of(self.currentText().strip())
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        elif index >= 0 and self.currentText() != self.itemText(index):
            self.setEditText(self.itemText(index))
