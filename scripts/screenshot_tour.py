"""Every page, the case file's tabs and the main dialogs, in one language (run under xvfb-run):

    python scripts/screenshot_tour.py nl|de|en STORE OUTDIR [--case ID]

For looking at a translation: nothing cut, nothing left in English, nothing cramped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialog_tour import tour_window  # the same window, set up the same way (scripts/)
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("language")
    parser.add_argument("store", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--case", type=int, default=1)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app, services, window = tour_window(args.language, args.store)
    shots: list[tuple[str, object]] = []

    def screen(name: str) -> None:
        QGuiApplication.primaryScreen().grabWindow(0).save(str(args.out / f"{name}.png"))

    for number in range(len(window.pages)):
        shots.append((f"page-{number}", lambda n=number: window.navigation.setCurrentRow(n)))
    case_file = {}

    def open_case() -> None:
        case_file["dialog"] = window.open_case(args.case)

    shots.append(("case-file-0", open_case))
    for tab in range(1, 6):
        shots.append(
            (f"case-file-{tab}", lambda t=tab: case_file["dialog"].tabs.setCurrentIndex(t))
        )
    shots.append(("intake", lambda: (case_file["dialog"].close(), _intake(window))))
    shots.append(("officer", lambda: (_close_modals(), window.officer_settings())))

    def dialogs() -> None:
        _close_modals()
        from desktop.ui.dialogs.passphrase import NewPassphraseDialog, UnlockDialog
        from desktop.ui.first_start import FirstStartDialog

        for name, dialog in (
            ("new-passphrase", NewPassphraseDialog(Path("/home/office/privacydesk.sqlite"))),
            ("unlock", UnlockDialog(Path("/home/office/privacydesk.sqlite.key"), 1)),
            (
                "first-start",
                FirstStartDialog(
                    Path("/home/office/privacydesk.sqlite"), Path("/home/office/demo.sqlite")
                ),
            ),  # fmt: skip
        ):
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(args.out / f"{name}.png"))
            dialog.close()

    shots.append(("dialogs", dialogs))
    step = {"n": 0}

    def next_shot() -> None:
        if step["n"] > 0:
            screen(shots[step["n"] - 1][0])
        if step["n"] == len(shots):
            app.quit()
            return
        shots[step["n"]][1]()
        step["n"] += 1
        QTimer.singleShot(900, next_shot)

    QTimer.singleShot(1200, next_shot)
    app.exec()
    window.finish_background_work()
    services.close()
    return 0


def _intake(window: MainWindow) -> None:
    dialog = window.new_case()
    dialog.confirm_discard = lambda: True


def _close_modals() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and not isinstance(widget, MainWindow):
            if hasattr(widget, "confirm_discard"):
                widget.confirm_discard = lambda: True
            widget.close()


if __name__ == "__main__":
    sys.exit(main())
