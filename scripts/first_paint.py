"""Time from a process's start to the first painted window: Privacy Desk's, or a bare one.

    python scripts/first_paint.py STORE          the real window on STORE, as `make run` opens it
    python scripts/first_paint.py STORE --bare   a QMainWindow with a table of 200 cases read
                                                 from STORE with plain sqlite3: the floor

Prints two figures and exits: milliseconds from the first line of this script (imports
included), and from the moment the imports were done (what the window itself costs).
"""

import time

START = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

READY = START  # set once the imports are done


def bare(store: str) -> None:
    global READY
    import sqlite3

    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    READY = time.perf_counter()
    app = QApplication(sys.argv[:1])
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT reference, requester_name, types, channel, company_name, received, current_due,"
        " status FROM cases WHERE status != 'closed' ORDER BY current_due, id LIMIT 200"
    ).fetchall()
    window = QMainWindow()
    table = QTableWidget(len(rows), 8)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    window.setCentralWidget(table)
    painted(app, window, table.viewport())


def real(store: str) -> None:
    global READY
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from desktop.app import build_services
    from desktop.ui.main_window import MainWindow, create_application
    from desktop.ui.settings import UiSettings

    READY = time.perf_counter()
    app = create_application(sys.argv[:1])
    services = build_services(Path(store), full_check=False)
    scratch = os.path.join(os.path.dirname(os.path.abspath(store)), "first-paint-ui.ini")
    window = MainWindow(services, UiSettings(QSettings(scratch, QSettings.Format.IniFormat)))
    painted(app, window, window)


def painted(app, window, watched) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEvent, QObject

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: ANN001, N802
            if event.type() == QEvent.Type.Paint:
                now = time.perf_counter()
                print(f"{(now - START) * 1000:.0f} {(now - READY) * 1000:.0f}", flush=True)
                os._exit(0)
            return False

    spy = Spy()
    watched.installEventFilter(spy)
    window.resize(1280, 800)
    window.show()
    app.exec()


if __name__ == "__main__":
    (bare if "--bare" in sys.argv else real)(sys.argv[1])
