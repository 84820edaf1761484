"""The window in another language for a test: its catalogue and Qt's own installed, dates in
its locale; afterwards English again."""

import pytest
from PySide6.QtCore import QLocale, QTranslator


def _speaking(qapp, language: str):  # noqa: ANN001, ANN202
    from desktop.ui.language import install_language

    before = QLocale()
    install_language(qapp, language)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


@pytest.fixture
def dutch(qapp):  # noqa: ANN001, ANN201
    yield from _speaking(qapp, "nl")


@pytest.fixture
def german(qapp):  # noqa: ANN001, ANN201
    yield from _speaking(qapp, "de")
