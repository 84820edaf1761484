"""The pages of the main window, each built the first time it is shown: the window paints at
once, and a page nobody opens costs nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._makers: list[Callable[[], QWidget]] = []
        self._built: dict[int, QWidget] = {}

    def add(self, maker: Callable[[], QWidget]) -> int:
        """A page to build on first use; a placeholder holds its place until then."""
        self._makers.append(maker)
        return self.addWidget(QWidget())

    def page(self, number: int) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._built.get(number)
        if page is None:
            page = self._makers[number]()
            placeholder = self.widget(number)
            current = self.currentIndex()
            self.insertWidget(number, page)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[number] = page
            if current == number:
                self.setCurrentIndex(number)
        return page

    def is_built(self, number: int) -> bool:
        return number in self._built

    def show_page(self, number: int) -> None:
        self.page(number)
        self.setCurrentIndex(number)
