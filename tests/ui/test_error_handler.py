"""Issue 8.8: every failure reaches the officer as a message, none as a traceback; the error
log names the code's places, never personal data."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.core.errors import StoreError
from desktop.services.cases import CaseDraft, Requester
from desktop.store import db as store_db
from desktop.store.problems import explain
from desktop.ui.case_file import CaseFileDialog, CaseFileServices
from desktop.ui.safety import error_log_path, install_error_handler
from tests.raw_sql import sqlite3


@pytest.fixture
def shown(tmp_path):
    messages: list[str] = []
    before = sys.excepthook
    install_error_handler(tmp_path / "logs", messages.append)
    yield messages
    sys.excepthook = before


def test_an_unexpected_error_in_a_slot_becomes_a_message_and_a_clean_log_line(
    qtbot, shown, tmp_path, capsys
):
    def broken() -> None:
        raise KeyError("Jürgen Müller, Hauptstraße 5")

    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(broken)
    button.click()
    assert len(shown) == 1 and "KeyError" in shown[0] and "Jürgen" not in shown[0]
    log = error_log_path(tmp_path / "logs").read_text(encoding="utf-8")
    assert "KeyError" in log and "test_error_handler.py" in log and "broken" in log
    assert "Jürgen" not in log and "Hauptstraße" not in log
    assert oct(error_log_path(tmp_path / "logs").stat().st_mode & 0o777) == "0o600"
    assert "Traceback" not in capsys.readouterr().err


def test_a_store_problem_shows_its_own_words(qtbot, shown):
    words = "the store is in use by another program: nothing was changed"

    def busy() -> None:
        raise StoreError(words)

    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(busy)
    button.click()
    assert shown == [words[:1].upper() + words[1:]]  # the error's own words, capitalised


def test_a_busy_store_while_saving_an_action_is_said_in_the_dialog(
    qtbot, services, store_path, monkeypatch
):
    case_id = services.cases.log_case(CaseDraft(
        channel="email", received="2026-11-20", types=["access"],
        requester=Requester(name="Anne"),
    )).id  # fmt: skip
    dialog = CaseFileDialog(CaseFileServices.of(services), case_id)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    services.ctx.store.reattach()
    note = dialog.add_note()
    note.text.setPlainText("a note")
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        note.accept()
    finally:
        other.execute("ROLLBACK")
        other.close()
    busy = str(explain(sqlite3.OperationalError("database is locked"), store_path))
    assert note.isVisible() and note.errors() == {"": busy[:1].upper() + busy[1:]}
    assert note.invalid_widgets() == []  # no field is to blame
    assert services.cases.case_file(case_id)["notes"] == []
