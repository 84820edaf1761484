"""The main window: a thin shell of navigation, menus, actions and a stack of pages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import ChangeNote, Subject
from desktop.services.desk import Services
from desktop.ui.arrivals import Arrivals
from desktop.ui.menus import build_menus
from desktop.ui.ops import ChangeHub, Ops
from desktop.ui.page_stack import PageStack
from desktop.ui.pages.worklist import WorklistPage
from desktop.ui.settings import UiSettings
from desktop.ui.store_care import StoreCare
from desktop.ui.store_watch import StoreWatch

if TYPE_CHECKING:  # the other pages and dialogs load when first opened: a quicker first paint
    from PySide6.QtGui import QAction

    from desktop.ui.pages.cases import CasesPage
    from desktop.ui.pages.companies import CompaniesPage
    from desktop.ui.pages.processing import ProcessingPage
    from desktop.ui.pages.reports import ReportsPage
    from desktop.ui.pages.suppression import SuppressionPage

WORKLIST, CASES, REPORTS, SUPPRESSION, COMPANIES, PROCESSING = range(6)  # the pages, in order
INTEGRITY_CHECK_DELAY_MS = 300


class MainWindow(Arrivals, QMainWindow):
    # Set by ui/menus.build_menus.
    new_case_action: QAction
    import_action: QAction
    batch_action: QAction
    find_action: QAction

    def __init__(self, services: Services, settings: UiSettings) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.case_files: dict[int, QWidget] = {}  # one case file per case
        self.changes = ChangeHub(self)
        self.changes.changed.connect(self._on_changed)
        self.ops = Ops(services, self.changes)
        self.setWindowTitle(
            self.tr("Privacy Desk — DEMO store: invented cases")
            if services.is_demo()
            else self.tr("Privacy Desk")
        )
        self.setMinimumSize(QSize(1100, 680))
        self._closed = False
        self.restore_requested: object | None = None  # a RestorePlan, run once closed
        self.next_store: Path | None = None  # the store to open once closed (File menu)

        # Pages are built when first shown (the worklist at once): the window paints quickly.
        self.stack = PageStack()
        titles = (
            self.tr("Worklist"), self.tr("Cases"), self.tr("Reports"), self.tr("Suppression register"),
            self.tr("Companies"), self.tr("Processing register"),
        )  # fmt: skip
        makers = (
            self._make_worklist, self._make_cases, self._make_reports, self._make_suppression,
            self._make_companies, self._make_processing,
        )  # fmt: skip
        self.pages: list[str] = list(titles)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        for title, maker in zip(titles, makers, strict=True):
            self.navigation.addItem(title)
            self.stack.add(maker)
        self.navigation.currentRowChanged.connect(self.stack.show_page)
        self.navigation.setCurrentRow(WORKLIST)
        self.setAcceptDrops(True)

        side = QWidget()
        side.setFixedWidth(180)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        title = QLabel(self.tr("Privacy Desk"))
        title.setObjectName("appTitle")
        subtitle = QLabel(self.tr("GDPR requests desk"))
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

        build_menus(self)
        self.count_label = QLabel()
        self.store_label = QLabel(
            str(services.store_name() or services.store_path() or "in-memory store")
        )
        if services.is_demo():
            demo = QLabel(self.tr("DEMO store: invented cases"))
            demo.setObjectName("warning")
            self.statusBar().addPermanentWidget(demo)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.store_label)
        self._restore()

        self.care = StoreCare(self)  # the full check, the daily backup
        self.store_watch = StoreWatch(services, self)
        self.store_watch.changed.connect(self._on_changed_elsewhere)
        self.store_watch.problem.connect(self.statusBar().showMessage)
        self.also_open_elsewhere = self.store_watch.also_open_elsewhere()
        if self.also_open_elsewhere:
            label = QLabel(self.tr("Also open in another window"))
            label.setObjectName("warning")
            label.setToolTip(
                self.tr(
                    "Another Privacy Desk window has this store open. Changes made there show "
                    "here within seconds; a change to a case that was changed there meanwhile "
                    "is refused."
                )
            )
            self.statusBar().addPermanentWidget(label)

    def open_case(self, case_id: int) -> QWidget:
        """One case file per case: asking again brings the open one to the front."""
        from desktop.ui.case_file import CaseFileDialog, CaseFileServices

        dialog = self.case_files.get(case_id)
        if dialog is None:
            dialog = CaseFileDialog(
                CaseFileServices.of(self.services), case_id, self, open_case=self.open_case
            )
            dialog.case_changed.connect(
                lambda changed: self.changes.notify(ChangeNote.of_case(changed))
            )
            dialog.finished.connect(lambda _r, c=case_id: self.case_files.pop(c, None))
            self.case_files[case_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_changed_elsewhere(self, note: ChangeNote) -> None:
        self.changes.notify(note)
        if note.elsewhere:
            self.statusBar().showMessage(self.tr("Updated with changes made elsewhere"), 4000)

    def open_letter(self, case_id: int) -> QWidget:
        """The letter the case needs next, ready to edit, preview, print and mark as sent."""
        from desktop.ui.dialogs.letter import LetterDialog

        dialog = LetterDialog(self.services.letters, self.services.cases, case_id, self)
        dialog.letter_sent.connect(lambda _id: self.changes.notify(ChangeNote.of_case(case_id)))
        dialog.show()
        return dialog

    def print_letters_due(self) -> QWidget:
        """The batch tells the change hub itself which cases it moved on."""
        from desktop.ui.dialogs.batch_letters import BatchLettersDialog

        dialog = BatchLettersDialog(self.services.letters, self.services.cases, self.ops, self)
        dialog.show()
        return dialog

    def refresh(self) -> None:
        """F5: read everything again."""
        self.changes.notify(ChangeNote.everything(elsewhere=False))

    def _on_changed(self, note: ChangeNote) -> None:
        """Each screen reloads only when the change touched what it shows (a page not built
        yet reads the store when it is)."""
        built = self.stack.is_built
        if note.touches(Subject.COMPANIES) and built(CASES):
            self.cases_page.reload_companies()
        if note.touches(Subject.COMPANIES) and built(REPORTS):
            self.reports_page.reload_companies()
        if note.touches(Subject.CASES) or note.touches(Subject.COMPANIES):
            if built(WORKLIST):
                self.worklist_page.refresh()
            if built(CASES):
                self.cases_page.refresh()
            if built(REPORTS):
                self.reports_page.refresh()
        if note.touches(Subject.SUPPRESSION) and built(SUPPRESSION):
            self.suppression_page.refresh()
        if note.touches(Subject.PROCESSING) and built(PROCESSING):
            self.processing_page.refresh()
        # A change made from this window (a letter, a batch print) moves an open case file on
        # too; otherwise its next action would be refused as "changed meanwhile".
        for dialog in list(self.case_files.values()):
            dialog.reload_if_changed(tell=note.elsewhere)

    def _on_companies_changed(self) -> None:
        self.changes.notify(ChangeNote.of(Subject.COMPANIES))

    def restore_from_backup(self) -> None:
        """File ▸ Restore from a backup… (ui/restore.py); the restore runs once closed."""
        from desktop.ui.restore import ask_to_restore

        ask_to_restore(self)

    def release_store(self) -> None:
        """After the services closed: another window, or a restore, may take the store."""
        self.store_watch.stop()
        if self.store_watch.window_lock is not None:
            self.store_watch.window_lock.unlock()

    def check_store_in_background(self, delay_ms: int = INTEGRITY_CHECK_DELAY_MS) -> None:
        """The full integrity check and the tamper checks, on another thread (ui/store_care)."""
        self.care.check(delay_ms)

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.stack.indexOf(page))

    # -- the pages, each built when first shown ---------------------------------------------------
    @property
    def worklist_page(self) -> WorklistPage:
        return self.stack.page(WORKLIST)  # type: ignore[return-value]

    @property
    def cases_page(self) -> CasesPage:
        return self.stack.page(CASES)  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage:
        return self.stack.page(REPORTS)  # type: ignore[return-value]

    @property
    def suppression_page(self) -> SuppressionPage:
        return self.stack.page(SUPPRESSION)  # type: ignore[return-value]

    @property
    def companies_page(self) -> CompaniesPage:
        return self.stack.page(COMPANIES)  # type: ignore[return-value]

    @property
    def processing_page(self) -> ProcessingPage:
        return self.stack.page(PROCESSING)  # type: ignore[return-value]

    def _make_worklist(self) -> WorklistPage:
        page = WorklistPage(
            self.services.queries, ops=self.ops, settings=self.settings,
            set_margin=self._set_internal_margin,
        )  # fmt: skip
        page.case_opened.connect(self.open_case)
        return page

    def _set_internal_margin(self, days: int) -> None:
        self.services.office_rules.set_internal_margin(days)
        self.changes.notify(ChangeNote.of(Subject.CASES))  # case files show the date too

    def _make_cases(self) -> CasesPage:
        from desktop.ui.pages.cases import CasesPage

        page = CasesPage(self.services.queries, self.services.register, self.settings, ops=self.ops)
        page.total_changed.connect(self._on_total_changed)
        page.case_opened.connect(self.open_case)
        self._on_total_changed(page.model.total)
        return page

    def _make_reports(self) -> ReportsPage:
        from desktop.ui.pages.reports import ReportsPage

        page = ReportsPage(self.services.reports, self.services.register, ops=self.ops)
        page.cases_requested.connect(self._show_cases_behind)
        return page

    def _show_cases_behind(self, part: object, title: str) -> None:
        self.show_page(self.cases_page)
        self.cases_page.show_report_slice(part, title)

    def _make_suppression(self) -> SuppressionPage:
        from desktop.ui.pages.suppression import SuppressionPage

        return SuppressionPage(self.services.suppression, ops=self.ops)

    def _make_companies(self) -> CompaniesPage:
        from desktop.ui.pages.companies import CompaniesPage

        page = CompaniesPage(self.services.register, ops=self.ops)
        page.companies_changed.connect(self._on_companies_changed)
        return page

    def _make_processing(self) -> ProcessingPage:
        from desktop.ui.pages.processing import ProcessingPage

        return ProcessingPage(self.services.processing)

    def find_case(self) -> None:  # Ctrl+F: the search field of the case list
        self.show_page(self.cases_page)
        self.cases_page.focus_search()

    def _on_total_changed(self, total: int) -> None:
        text = self.tr("1 case in the list") if total == 1 else self.tr("%1 cases in the list")
        self.count_label.setText(text.replace("%1", f"{total:,}") + "  ·")

    def officer_settings(self, first_start: bool = False) -> QWidget:
        """The name and function letters are signed with (and the audit log names)."""
        from desktop.ui.dialogs.officer_settings import OfficerSettingsDialog

        dialog = OfficerSettingsDialog(self.settings, self, first_start=first_start)
        dialog.officer_saved.connect(
            lambda name: self.statusBar().showMessage(
                self.tr("Working as %1").replace("%1", name), 5000
            )
        )
        dialog.open()
        return dialog

    def ask_for_officer_at_first_start(self) -> QWidget | None:
        """No name yet: ask for it, beside the window (letters are signed with it)."""
        if self.settings.officer_name():
            return None
        return self.officer_settings(first_start=True)

    def tell_what_changed(self) -> str:
        """What became overdue since the last start, in the status bar (ui/since_last_look)."""
        from desktop.ui.since_last_look import tell_what_changed

        return tell_what_changed(self)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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

    def finish_background_work(self, wait_ms: int = 10_000) -> None:
        """Before the store closes: stop the integrity check, let the reads under way end."""
        self._closed = True
        self.care.stop()
        QThreadPool.globalInstance().waitForDone(wait_ms)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self._closed = True
        self.care.stop()
        self.store_watch.stop()
        self.settings.set_blob("window/geometry", self.saveGeometry())
        self.settings.set_blob("window/state", self.saveState())
        if self.stack.is_built(CASES):
            self.cases_page.save_state()
        self.settings.sync()
        super().closeEvent(event)
