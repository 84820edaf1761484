"""How a request, a reply or an authority's inquiry comes in through the main window: the
intake (File ▸ New case, Import, a file dropped on the window), a reply filed in its case, and
File ▸ New authority inquiry. Mixed into MainWindow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services.changes import ChangeNote

if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from desktop.ui.intake import IntakeDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's words, as before


class Arrivals:
    """Needs the window's services, changes, open_case and statusBar."""

    def new_case(self, path: Path | None = None) -> IntakeDialog:
        """Open the intake dialog, optionally with a message or scan already loaded."""
        from desktop.ui.intake import IntakeDialog

        dialog = IntakeDialog(
            self.services.cases, self.services.intake, self.services.register, self,
            follow_up=self.services.follow_up,
        )  # fmt: skip
        dialog.case_logged.connect(self._on_case_logged)
        dialog.filed_in_case.connect(self._on_filed_in_case)
        if path is not None:
            dialog.load_file(path)
        dialog.show()
        return dialog

    def _on_case_logged(self, case_id: int) -> None:
        self.changes.notify(ChangeNote.of_case(case_id))
        reference = self.services.cases.case_file(case_id)["reference"]
        self.statusBar().showMessage(tr("Logged %1").replace("%1", reference), 8000)

    def new_inquiry(self) -> QWidget:
        """An authority's inquiry: a case of its own, with the deadline the authority set."""
        from desktop.ui.dialogs.inquiry import InquiryDialog

        dialog = InquiryDialog(self.services.inquiries, self.services.register, self)
        dialog.case_logged.connect(self._on_case_logged)
        dialog.case_logged.connect(self.open_case)
        dialog.show()
        return dialog

    def _on_filed_in_case(self, case_id: int) -> None:
        self.changes.notify(ChangeNote.of_case(case_id))
        self.open_case(case_id).show_message(tr("The message was filed in this case."))

    def import_message(self) -> None:
        from desktop.ui.files import choose_file_to_open

        path = choose_file_to_open(
            self,
            tr("Import a message or scan"),
            tr("Messages and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif)"),
        )
        if path is not None:
            self.new_case(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls()[:1]:
            if url.isLocalFile():
                self.new_case(Path(url.toLocalFile()))
        event.acceptProposedAction()
