"""The composition root: opens the store, builds the services, and (for the window) shows it."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from desktop.core.clock import Clock
from desktop.services.cases import CaseService
from desktop.services.companies import CompanyRegister
from desktop.services.context import ServiceContext, os_login
from desktop.services.decisions import DecisionService
from desktop.services.desk import Services
from desktop.services.intake import IntakeService
from desktop.services.letters import LetterService
from desktop.services.processing import ProcessingRegisterService
from desktop.services.queries import CaseQueries
from desktop.services.suppression import SuppressionService
from desktop.store import open_store
from desktop.store.db import integrity_problem

APP_NAME = "PrivacyDesk"
DEMO_CASES = 400  # `make demo`: a demo store of its own beside the real one


def default_store_path() -> Path:
    """--db wins, then PRIVACYDESK_DB, then the user data folder."""
    env = os.environ.get("PRIVACYDESK_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "privacydesk.sqlite"


def build_services(
    path: Path | None,
    clock: Clock | None = None,
    officer: Callable[[], str] = os_login,
    *,
    full_check: bool = False,
    seed: bool = True,
) -> Services:
    """Open the store (a quick look for damage; `full_check` reads every page) and build the
    services on it."""
    store = open_store(path, full_check=full_check)
    ctx = ServiceContext(store, clock or Clock(), officer)
    register = CompanyRegister(ctx)
    processing = ProcessingRegisterService(ctx)
    if seed:
        register.ensure_seeded()
        processing.ensure_seeded()
    cases = CaseService(ctx, register)
    services = Services(
        ctx,
        register,
        cases,
        CaseQueries(ctx),
        IntakeService(ctx),
        processing,
        DecisionService(ctx, processing),
        SuppressionService(ctx),
        LetterService(ctx, register, processing, cases.case_file),
    )
    if path is not None:  # an in-memory store has no second connection
        services.reopen = lambda: build_services(
            path, ctx.clock, officer, full_check=False, seed=False
        )
    return services


def run_window(path: Path, argv: list[str]) -> int:
    """Open the main window; a store that does not exist yet starts empty."""
    from desktop.store import StoreError
    from desktop.ui.main_window import MainWindow, create_application, show_fatal
    from desktop.ui.settings import UiSettings

    try:
        app = create_application(argv, Path(user_log_dir(APP_NAME, appauthor=False)))
    except RuntimeError as exc:  # a PySide6 build that would abort (none_dealloc)
        print(f"error: {exc}", file=sys.stderr)
        return 2
    settings = UiSettings()
    try:
        services = build_services(path, officer=settings.officer, full_check=False)
    except StoreError as exc:
        show_fatal(str(exc))
        return 2
    window = MainWindow(services, settings)
    window.show()
    window.check_integrity_in_background(lambda: integrity_problem(path))
    code = app.exec()
    services.close()
    return code
