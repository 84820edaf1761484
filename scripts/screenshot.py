"""Open the real window on a store and save a screenshot (run under xvfb-run)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from desktop.app import build_services
from desktop.ui.main_window import MainWindow, create_application
from desktop.ui.settings import UiSettings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--page", type=int, default=0)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    app = create_application(sys.argv[:1])
    services = build_services(args.store)
    window = MainWindow(services, UiSettings())
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.navigation.setCurrentRow(args.page)
    window.show()

    def grab() -> None:
        window.grab().save(str(args.out))
        app.quit()

    QTimer.singleShot(800, grab)
    app.exec()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
