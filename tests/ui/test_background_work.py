"""Long work runs off the UI thread on a connection of its own; screens reload what changed."""

import sys
import threading

import pytest
from PySide6.QtCore import QSettings

from desktop.core.errors import ValidationError
from desktop.services.cases import CaseDraft, Requester
from desktop.services.changes import ChangeNote, Subject
from desktop.services.suppression import SuppressionService
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import ChangeHub, Ops
from desktop.ui.settings import UiSettings


@pytest.fixture
def window(qtbot, services, tmp_path):
    w = MainWindow(
        services, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(w)
    w.show()
    return w


def unsubscribed(services, count: int) -> None:
    for number in range(count):
        case = services.cases.log_case(
            CaseDraft(channel="email", received="2026-11-20", types=["unsubscribe"],
                      requester=Requester(name=f"Person {number}", email=f"p{number}@example.org"))
        )  # fmt: skip
        services.decisions.confirm_unsubscribe(case.id)


def test_the_suppression_export_runs_off_the_ui_thread(
    qtbot, window, services, tmp_path, monkeypatch
):
    unsubscribed(services, 3)
    threads = []
    real = SuppressionService.export_csv

    def export_csv(self, path, hashed=False):
        threads.append(threading.current_thread())
        assert self is not services.suppression  # its own connection, not the window's
        return real(self, path, hashed)

    monkeypatch.setattr(SuppressionService, "export_csv", export_csv)
    target = tmp_path / "register.csv"
    with qtbot.waitSignal(window.suppression_page.exported, timeout=20_000) as done:
        assert window.suppression_page.export_to(target) is None  # returns at once
    assert done.args == [3]
    assert threads and threads[0] is not threading.main_thread()
    assert target.read_text(encoding="utf-8-sig").count("example.org") == 3


def test_the_company_export_runs_off_the_ui_thread(qtbot, window, tmp_path):
    target = tmp_path / "companies.json"
    with qtbot.waitSignal(window.companies_page.exported, timeout=20_000) as done:
        window.companies_page.export_to(target)
    assert done.args[0] >= 1 and target.exists()


def test_an_op_refusal_goes_to_the_caller_and_anything_else_to_the_error_sink(
    qtbot, services, monkeypatch
):
    ops = Ops(services, ChangeHub())
    refused, reported = [], []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(exc))

    def refuse(_services):
        raise ValidationError("file", "is a folder")

    ops.run(refuse, lambda _r: pytest.fail("not done"), on_failure=refused.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=10_000)
    assert refused[0].path == ("file",)

    def crash(_services):
        raise RuntimeError("a bug")

    ops.run(crash, lambda _r: pytest.fail("not done"), on_failure=refused.append)
    qtbot.waitUntil(lambda: bool(reported), timeout=10_000)
    assert isinstance(reported[0], RuntimeError) and len(refused) == 1


def test_a_change_reloads_only_the_screens_that_show_it(qtbot, window, monkeypatch):
    reloaded = []
    for name in ("worklist_page", "cases_page", "suppression_page", "processing_page"):
        monkeypatch.setattr(getattr(window, name), "refresh", lambda n=name: reloaded.append(n))
    window.changes.notify(ChangeNote.of(Subject.PROCESSING))
    assert reloaded == ["processing_page"]
    reloaded.clear()
    window.changes.notify(ChangeNote.of(Subject.SUPPRESSION))
    assert reloaded == ["suppression_page"]
    reloaded.clear()
    window.changes.notify(ChangeNote.of_case(1))
    assert sorted(reloaded) == ["cases_page", "suppression_page", "worklist_page"]


def test_an_ops_own_commit_is_not_news_but_a_change_elsewhere_still_shows(
    qtbot, window, services, store_path, clock
):
    """The op's own commit (an export's audit entry) is not announced as a change made
    elsewhere; a change by another program at the same time is still picked up."""
    from desktop.app import build_services

    notes = []
    window.changes.changed.connect(notes.append)
    unsubscribed(services, 1)
    services.changed_elsewhere()
    done = []
    window.ops.run(
        lambda s: s.suppression.export_csv(s.suppression.store_path().parent / "x.csv"),
        done.append,
        writes=True,
    )
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    qtbot.waitUntil(lambda: bool(notes), timeout=5_000)  # the store poll, every 1.5 s
    assert [n.elsewhere for n in notes] == [False]  # reloaded, quietly
    other = build_services(store_path, clock)
    try:
        unsubscribed(other, 1)
    finally:
        other.close()
    qtbot.waitUntil(lambda: len(notes) == 2, timeout=5_000)
    assert [n.elsewhere for n in notes] == [False, True]  # news: said in the status bar


def test_a_background_read_is_not_taken_for_a_change(qtbot, window, services):
    """A read on a connection of its own (a list's count, the worklist) closes without a
    checkpoint: a checkpoint counts as a change for every other connection, and the window
    reloaded all it shows, saying "changed elsewhere", after each count."""
    unsubscribed(services, 2)
    services.changed_elsewhere()
    counted = []
    for _ in range(3):
        window.ops.run(lambda s: s.queries.counts_by_status(), counted.append)
    qtbot.waitUntil(lambda: len(counted) == 3, timeout=20_000)
    window.finish_background_work()
    assert services.changed_elsewhere() is False
