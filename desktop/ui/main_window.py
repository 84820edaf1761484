"""The main window: a thin shell of navigation, menus, actions and a stack of pages."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.resources import resource_path
from desktop.services.desk import Services
from desktop.ui.pages.cases import CasesPage
from desktop.ui.settings import UiSettings


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: UiSettings) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.setWindowTitle(self.tr("Privacy Desk"))
        self.setMinimumSize(QSize(1100, 680))

        self.cases_page = CasesPage(services.queries, services.register, settings)
        self.cases_page.total_changed.connect(self._on_total_changed)
        self.pages: list[tuple[str, QWidget]] = [(self.tr("Cases"), self.cases_page)]

        self.stack = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        for title, page in self.pages:
            self.navigation.addItem(title)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        side = QWidget()
        side.setFixedWidth(180)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        title = QLabel(self.tr("Privacy Desk"))
        title.setObjectName("appTitle")
        subtitle = QLabel(self.tr("Data-subject requests"))
        subtitle.setObjectName("appSubtitle")
        side_layout.addWidget(title)
        side_layout.addWidget(subtitle)
        side_layout.addWidget(self.navigation, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self.store_label = QLabel(str(services.ctx.store.path or "in-memory store"))
        self.statusBar().addPermanentWidget(self.store_label)
        self._on_total_changed(self.cases_page.model.total)
        self._restore()

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Find case…"), self, shortcut=QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self._on_find)
        edit_menu.addAction(self.find_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, (title, _page) in enumerate(self.pages):
            action = QAction(title, self, shortcut=QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, n=number: self.navigation.setCurrentRow(n))
            view_menu.addAction(action)
        refresh = QAction(self.tr("&Refresh"), self, shortcut=QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.cases_page.refresh)
        view_menu.addAction(refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Privacy Desk"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.stack.indexOf(page))

    def _on_find(self) -> None:
        self.show_page(self.cases_page)
        self.cases_page.focus_search()

    def _on_total_changed(self, total: int) -> None:
        self.statusBar().showMessage(self.tr("%n case(s) match the filter", "", total))

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Privacy Desk"),
            self.tr(
                "<b>Privacy Desk</b><br>Data-subject requests, handled offline.<br>"
                "Licensed under the GNU GPL, version 3 or later."
            ),
        )

    def _restore(self) -> None:
        geometry = self.settings.blob("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.blob("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.settings.set_blob("window/geometry", self.saveGeometry())
        self.settings.set_blob("window/state", self.saveState())
        self.cases_page.save_state()
        self.settings.sync()
        super().closeEvent(event)


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Privacy Desk")
    app.setOrganizationName("PrivacyDesk")
    qss = resource_path("style.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app


def show_fatal(message: str) -> None:
    QMessageBox.critical(None, "Privacy Desk", message)
