"""Time from a process's start to the first painted window: Privacy Desk's, or a bare one.

    python scripts/first_paint.py STORE          the real window on STORE, as `make run` opens it
    python scripts/first_paint.py STORE --bare   a QMainWindow with a table of 200 cases read
                                                 from STORE (its key from the keychain, as
                                                 the real window's): the floor

Prints three figures and exits: milliseconds to the first paint from the first line of this
script (imports included) and from the moment the imports were done (what the window itself
costs), and milliseconds to the first paint that shows the store's rows (the real window reads
its worklist off the UI thread, after its first paint; the bare one before).
"""

import time

START = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

READY = START  # set once the imports are done


def bare(store: str) -> None:
    global READY
    import json

    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
    from sqlcipher3 import dbapi2 as sqlite3

    READY = time.perf_counter()
    app = QApplication(sys.argv[:1])
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    key_file = f"{store}.key"
    if os.path.exists(key_file):  # encrypted: its key from the keychain, as an office's is
        with open(key_file, encoding="utf-8") as handle:
            key_id = json.load(handle)["key_id"]
        import keyring  # after READY, as the real window's: the keychain is part of a start

        key = keyring.get_password("Privacy Desk", f"store key {key_id}")
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
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
    painted(app, window)


def real(store: str) -> None:
    global READY
    from pathlib import Path

    from PySide6.QtCore import QSettings

    import desktop.ui.main_window  # noqa: F401  (imports excluded, like the bare window's)

    if os.environ.get("PRIVACYDESK_BENCH_KEYCHAIN"):  # make bench: its stand-in keychain
        import bench_keyring

        bench_keyring.allow()
    from desktop.app import open_window
    from desktop.ui.settings import UiSettings

    READY = time.perf_counter()
    scratch = os.path.join(os.path.dirname(os.path.abspath(store)), "first-paint-ui.ini")
    settings = UiSettings(QSettings(scratch, QSettings.Format.IniFormat))
    settings.set_officer("Bench Officer")  # an ordinary start: the first-start dialog is done
    app, window = open_window(Path(store), sys.argv[:1], settings)  # as `make run` does
    page = window.worklist_page
    painted(app, window, lambda: page.view is not None)


def painted(app, window, filled=lambda: True) -> None:  # noqa: ANN001
    """Print at the first paint; with `filled`, also once the data has arrived and been
    painted (the worklist reads in the background): "first-paint imports-excluded filled"."""
    from PySide6.QtCore import QEvent, QObject

    first: list[float] = []

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: ANN001, N802
            if event.type() == QEvent.Type.Paint:
                now = time.perf_counter()
                if not first:
                    first.append(now)
                if filled():
                    print(
                        f"{(first[0] - START) * 1000:.0f} {(first[0] - READY) * 1000:.0f} "
                        f"{(now - START) * 1000:.0f}",
                        flush=True,
                    )
                    os._exit(0)
            return False

    spy = Spy()
    app.installEventFilter(spy)  # every widget's paint: the rows are painted by the table's
    window.resize(1280, 800)
    window.show()
    app.exec()


if __name__ == "__main__":
    (bare if "--bare" in sys.argv else real)(sys.argv[1])
