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


@pytest.fixture
def catalogue_misses(monkeypatch):  # noqa: ANN001, ANN201
    """The (context, words) our catalogue was asked for and lacked while the test ran (Qt's
    own words excepted: qtbase has them)."""
    from desktop.ui import language

    missing: set[tuple[str, str]] = set()
    original = language.Catalogue.translate

    def noting(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN202
        found = original(self, context, source, disambiguation, n)
        if found is None and source and not context.startswith("Q"):
            missing.add((context, source))
        return found

    monkeypatch.setattr(language.Catalogue, "translate", noting)
    return missing
