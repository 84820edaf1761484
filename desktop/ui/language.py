"""The window's language: Dutch, German or English, after the system's locale or the
officer's choice (View ▸ Language, from the next start). Qt's own words (qtbase) come with it,
and dates and numbers follow the same locale (QLocale), never strftime.

PySide6 looks a `self.tr()` up under the class of the object at run time, while lupdate files
it under the class whose code calls it: a dialog's inherited words, or `tr = window.tr`, miss
the compiled catalogue. So a miss falls back to the same English words under any class of
the catalogue (the .ts source beside the .qm, read on the first miss).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource_path

LANGUAGES = {"en": "English", "nl": "Nederlands", "de": "Deutsch"}  # each in its own words


def window_language(chosen: str = "") -> str:
    """The officer's choice, else the system's language where we have it, else English."""
    if chosen in LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


class Catalogue(QTranslator):
    """Our compiled catalogue, with the fallback by English words described above."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.loaded = self.load(str(resource_path("translations", f"privacydesk_{language}.qm")))
        self._by_words: dict[str, str] | None = None

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found or not source:
            return found or None
        if self._by_words is None:
            self._by_words = read_catalogue(self.language)
        # None (a null string) lets Qt ask the next catalogue, and at last show the source;
        # "" would show nothing at all.
        return self._by_words.get(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def read_catalogue(language: str) -> dict[str, str]:
    """English words → finished translation, from the .ts source (any class)."""
    import xml.etree.ElementTree as ElementTree  # on the first miss only

    found: dict[str, str] = {}
    path = resource_path("translations", f"privacydesk_{language}.ts")
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return found
    for message in root.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") == "unfinished":
            continue
        if source.text and translation.text:
            found.setdefault(source.text, translation.text)
    return found


def install_language(app: QCoreApplication, chosen: str = "") -> str:
    """Install the window's language (and Qt's own words in it); returns its code."""
    language = window_language(chosen)
    if chosen in LANGUAGES:  # else dates already follow the system's locale
        QLocale.setDefault(QLocale({"en": "en_GB", "nl": "nl_NL", "de": "de_DE"}[chosen]))
    if language == "en":
        return language
    qt_words = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(f"qtbase_{language}", folder):
        app.installTranslator(qt_words)
    ours = Catalogue(language)
    ours.setParent(app)
    app.installTranslator(ours)
    return language
