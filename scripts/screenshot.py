"""Open the real window on a store and save screenshots (run under xvfb-run).

screenshot.py STORE OUT.png [--page N] [--intake [FILE]] [--case ID] [--size WxH]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication

from desktop.app import build_services
from desktop.ui.application import create_application
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--page", type=int, default=0)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--intake", nargs="?", const="", default=None)
    parser.add_argument("--case", type=int)
    parser.add_argument("--tab", type=int, default=0)
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    services = build_services(args.store)
    # Fresh UI settings: a screenshot shows the default layout, not a remembered one.
    scratch = tempfile.mkdtemp()
    settings = UiSettings(QSettings(f"{scratch}/ui.ini", QSettings.Format.IniFormat))
    window = MainWindow(services, settings)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.navigation.setCurrentRow(args.page)
    window.show()
    target = window
    if args.intake is not None:
        target = window.new_case(Path(args.intake) if args.intake else None)
        target.confirm_discard = lambda: True  # quitting after the picture: no question
    elif args.case:
        target = window.open_case(args.case)
        tabs = getattr(target, "tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(args.tab)

    def grab() -> None:
        if target is window:
            window.grab().save(str(args.out))
        else:  # the whole screen, so the dialog is seen over the window as a user sees it
            QGuiApplication.primaryScreen().grabWindow(0).save(str(args.out))
        app.quit()

    QTimer.singleShot(1200, grab)
    app.exec()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
