"""Every dialog of the window, one picture each, in one language (offscreen or under xvfb-run):

    python scripts/dialog_tour.py nl|de|en STORE OUTDIR

STORE is a demo store (``privacydesk demo``): the tour picks for each dialog a case it fits
(an open erasure for the erasure decision, a case with blocked data for the hold, ...).
For looking at a translation: nothing cut, nothing left in English, nothing cramped.
tests/ui/test_translations.py walks the same dialogs in Dutch and German (`walk_dialogs`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

SCAN = Path(__file__).resolve().parents[1] / "desktop/assets/icons/privacydesk.png"
CASE_FILES = ("notices", "blocked", "open-objection-interests")  # every tab of these

Seen = Callable[[str, QWidget], None]


def walk_dialogs(window: Any, seen: Seen, wait_ms: int = 400) -> list[str]:
    """Open every dialog of `window` (a MainWindow on a demo store), hand each to `seen`
    (name, widget) while it shows, and close it; the names of those opened."""
    from desktop.ui.dialogs import case_actions
    from desktop.ui.dialogs.suppression_export import SuppressionExportDialog

    cases = _cases_by_kind(window.services)
    opened: list[str] = []

    def shoot(name: str, open_it: Callable[[], QWidget | None]) -> None:
        dialog = open_it()
        QTest.qWait(wait_ms)
        if dialog is None:
            print(f"{name}: nothing opened", file=sys.stderr)
            return
        seen(name, dialog)
        opened.append(name)
        _close(dialog)

    def in_case(kind: str, name: str, open_it: Callable[[Any], QWidget | None]) -> None:
        if kind not in cases:
            print(f"{name}: no case of kind {kind} in this store", file=sys.stderr)
            return
        case_file = window.open_case(cases[kind])
        QTest.qWait(wait_ms // 2)
        shoot(name, lambda: open_it(case_file))
        _close(case_file)

    for kind in CASE_FILES:
        if kind in cases:
            case_file = window.open_case(cases[kind])
            case_file.resize(1180, 760)
            for tab in range(case_file.tabs.count()):
                case_file.tabs.setCurrentIndex(tab)
                QTest.qWait(wait_ms // 2)
                seen(f"case-{kind}-{tab}", case_file)
            _close(case_file)
    in_case("open-access", "pause", lambda f: f.ask_for_identification())
    in_case(
        "open-access",
        "id-document",
        lambda f: f._open_action(
            case_actions.IdDocumentDialog(
                f.services.cases, f.services.intake, f.case, SCAN, lambda: None, f
            )
        ),
    )
    in_case("awaiting-id", "identity-checked", lambda f: f.record_identity_checked())
    in_case("awaiting-id", "information-received", lambda f: f.information_received())
    in_case("open-access", "extend", lambda f: f.extend())
    in_case("open-access", "transfer", lambda f: f.transfer())
    in_case("open-access", "close", lambda f: f.close_case())
    in_case("closed", "reopen", lambda f: f.reopen())
    in_case("open-access", "note", lambda f: f.add_note())
    in_case("open-access", "correct", lambda f: f.correct_case())
    in_case("open-access", "letter", lambda f: f.open_letter())
    in_case("open-access", "access-answer", lambda f: f.record_access_answer())
    in_case("open-rectification", "rectified", lambda f: f.record_rights_done("rectification"))
    in_case("open-restriction", "restricted", lambda f: f.record_rights_done("restriction"))
    in_case("open-objection-marketing", "marketing-objection",
            lambda f: f.uphold_marketing_objection())  # fmt: skip
    in_case("open-unsubscribe", "unsubscribe", lambda f: f.confirm_unsubscribe())
    in_case("open-objection-interests", "objection-interests",
            lambda f: f.assess_objection("objection-interests"))  # fmt: skip
    in_case("open-objection-credit", "objection-credit",
            lambda f: f.assess_objection("objection-credit"))  # fmt: skip
    in_case("open-withdrawal", "withdrawal", lambda f: f.record_withdrawal())
    in_case("open-erasure", "erasure", lambda f: f.decide_erasure())
    in_case("notices", "notified", lambda f: f.record_notified(f.case["notices"][0]["id"]))
    in_case("notices", "exempt", lambda f: f.record_exempt(f.case["notices"][0]["id"]))
    in_case("notices", "add-recipients", lambda f: f.add_recipients())
    in_case("blocked", "hold", lambda f: f.change_hold(f.case["blocked"][0]["id"]))
    in_case("blocked", "deleted", lambda f: f.record_deleted(f.case["blocked"][0]["id"]))

    shoot("batch-letters", window.print_letters_due)
    shoot("officer", window.officer_settings)
    window.show_page(window.companies_page)
    shoot("company-new", window.companies_page.new_company)
    window.companies_page.table.selectRow(0)
    shoot("company-edit", window.companies_page.edit_selected)
    window.show_page(window.processing_page)
    for kind in ("purposes", "recipients", "retention"):
        shoot(f"register-{kind}", lambda k=kind: window.processing_page._open(k, None))
    window.show_page(window.suppression_page)
    QTest.qWait(wait_ms)
    window.suppression_page.table.selectRow(0)
    shoot("suppression-correct", window.suppression_page.correct_selected)
    shoot("suppression-export", lambda: _shown(SuppressionExportDialog(window)))
    return opened


def tour_window(language: str, store: Path) -> tuple[Any, Any, Any]:
    """The application in `language`, and the main window on `store` at 1280×800, shown, as
    an officer named Katrin Weiß sees it (scratch settings): (app, services, window)."""
    from desktop.app import build_services
    from desktop.ui.application import create_application, use_language
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings

    app = create_application(sys.argv[:1])
    use_language(app, language)
    settings = UiSettings(QSettings(f"{tempfile.mkdtemp()}/ui.ini", QSettings.Format.IniFormat))
    settings.set_officer("Katrin Weiß")
    services = build_services(store, officer=settings.working_officer())
    window = MainWindow(services, settings)
    window.resize(1280, 800)
    window.show()
    return app, services, window


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("language")
    parser.add_argument("store", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    _app, services, window = tour_window(args.language, args.store)
    QTest.qWait(300)

    def save(name: str, widget: QWidget) -> None:
        widget.grab().save(str(args.out / f"{name}.png"))

    taken = walk_dialogs(window, save)
    # A static QMessageBox blocks: grab it from a timer, then close it.
    QTimer.singleShot(500, lambda: _grab_modal(args.out / "about.png"))
    window.about()
    print(f"{len(taken) + 1} dialogs: {', '.join(taken)}, about")
    window.finish_background_work()
    window.close()
    services.close()
    return 0


def _cases_by_kind(services: Any) -> dict[str, int]:
    """The first case of each kind the tour needs, from the store itself."""
    found: dict[str, int] = {}
    case_id = 1
    while True:
        try:
            case = services.cases.case_file(case_id)
        except Exception:  # noqa: BLE001 - past the last case
            break
        kinds = [case["status"]]
        if case["status"] == "open":
            kinds += [f"open-{r['type']}" for r in case["requests"] if r["outcome"] is None]
        if case["notices"]:
            kinds.append("notices")
        if case["blocked"]:
            kinds.append("blocked")
        for kind in kinds:
            found.setdefault(kind, case_id)
        case_id += 1
    return found


def _shown(dialog: QDialog) -> QDialog:
    dialog.open()
    return dialog


def _close(widget: QWidget) -> None:
    if hasattr(widget, "confirm_discard"):
        widget.confirm_discard = lambda: True
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()
    QTest.qWait(20)


def _grab_modal(path: Path) -> None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.grab().save(str(path))
        modal.close()


if __name__ == "__main__":
    sys.exit(main())
