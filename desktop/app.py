"""The composition root: opens the store, builds the services, and (for the window) shows it."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir, user_log_dir

from desktop.core.clock import Clock
from desktop.private_files import private_folder, remove_viewer_folder, sweep_viewer_copies
from desktop.services.context import ServiceContext
from desktop.services.desk import Services
from desktop.services.officer import Officer
from desktop.store import open_store
from desktop.store.server_address import is_server_address

APP_NAME = "PrivacyDesk"
if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.services.backups import RestorePlan
    from desktop.store.driver import StoreKey
    from desktop.store.server import ServerStore
    from desktop.store.unlock import Passphrases
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings

DEMO_CASES = 400  # `make demo`: a demo store of its own beside the real one


def default_store_path() -> Path | str:
    """--db wins, then PRIVACYDESK_DB, then the user data folder (made private: 0700)."""
    env = os.environ.get("PRIVACYDESK_DB")
    if env:
        return store_location(env)
    return private_folder(Path(user_data_dir(APP_NAME, appauthor=False))) / "privacydesk.sqlite"


def store_location(text: str | Path) -> Path | str:
    """A store as given: a server's address (postgresql://…) as it is, else a file's path."""
    return str(text) if is_server_address(str(text)) else Path(text).expanduser()


def build_services(
    path: Path | str | None,
    clock: Clock | None = None,
    officer: Callable[[], str] | None = None,
    *,
    full_check: bool = False,
    seed: bool = True,
    passphrases: Passphrases | None = None,
    key: StoreKey | None = None,
) -> Services:
    """Open the store (a quick look for damage; `full_check` reads every page) and build the
    services on it. `officer`: who is working (default: PRIVACYDESK_OFFICER, else nobody named:
    the audit gives the login, letters stay unsigned). The store's key comes from the
    keychain or the recovery passphrase (`passphrases`: default the environment's file, else
    a terminal); `key` is one already unlocked. `path` may be a server store's address
    (postgresql://…)."""
    officer = officer or Officer.from_environment()
    if is_server_address(path):
        return _server_services(str(path), clock, officer, seed=seed)
    path = Path(path) if path is not None else None
    new_store = path is not None and not path.exists()
    if key is None and path is not None:
        from desktop.store.unlock import command_line_passphrases, unlock

        key = unlock(path, passphrases or command_line_passphrases())
    try:
        store = open_store(path, full_check=full_check, key=key)
    except BaseException:
        if new_store and key is not None and not path.exists():  # no store made: nor its key
            from desktop.store.keyfile import keyfile_path

            keyfile_path(path).unlink(missing_ok=True)
        raise
    services = Services(ServiceContext(store, clock or Clock(), officer))
    if seed:
        services.ensure_seeded()
    if path is not None:  # an in-memory store has no second connection
        services.reopen = lambda: build_services(
            path, services.ctx.clock, officer, full_check=False, seed=False, key=key
        )
    return services


def _server_services(
    address: str, clock: Clock | None, officer: Callable[[], str], *, seed: bool
) -> Services:
    """The office's store on a PostgreSQL server: no file, no key of ours (the server keeps
    its data encrypted on its disks and its connections under TLS)."""
    from desktop.store.server import open_server_store
    from desktop.store.server_address import ServerAddress

    store = open_server_store(ServerAddress.parse(address))
    services = Services(ServiceContext(store, clock or Clock(), _on_server(officer, store)))
    if seed:
        services.ensure_seeded()
    services.reopen = lambda: _server_services(address, services.ctx.clock, officer, seed=False)
    return services


def _on_server(officer: Callable[[], str], store: ServerStore) -> Callable[[], str]:
    """Who works on a server store: always under the server's login (the audit log's trigger
    insists on it too), named as the office registered them or as set here."""
    if isinstance(officer, Officer):
        return officer.on_server(store.login, store.display_name())

    def named() -> str:
        name = officer()
        return f"{name} ({store.login})" if name and name != store.login else store.login

    return named


def run_window(path: Path | str, argv: list[str], messages: list[Path] | None = None) -> int:
    """Open the main window; with no store yet, the first start asks for an empty one or the
    demo store. A restore (File ▸ Restore from a backup…) or another store (New store…, Open
    store…, Open recent) takes effect once the window has let go of the store: the window
    then opens again on it. `messages` (Open with Privacy Desk) each start a new case."""
    from desktop.store import StoreError
    from desktop.ui.application import show_fatal

    said, first, previous = "", True, None
    while True:
        try:
            app, window = open_window(path, argv, ask_first=first)
        except NotStarted:
            return 0
        except RuntimeError as exc:  # a PySide6 build that would abort (none_dealloc)
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except StoreError as exc:
            show_fatal(str(exc))
            if previous is None:
                return 2
            path, previous = previous, None  # back to the store the officer came from
            continue
        first, path = False, window.services.store_location() or path
        previous = path
        if said:
            window.care.announce(said)
        for message in messages or []:  # "Open with Privacy Desk": each in a new case
            window.new_case(message)
        messages = []
        code = app.exec()
        plan = window.restore_requested
        store_key = window.services.ctx.store.key
        try:
            window.finish_background_work()
            if plan is None:
                _back_up_on_close(window.services, window.settings.backup_folder())
        finally:
            window.services.close()
            window.release_store()
            remove_viewer_folder()  # copies handed to a viewer hold personal data
        if window.next_store is not None:  # File ▸ New store…, Open store…, a recent one
            path, said = window.next_store, ""
            continue
        if plan is None:
            return code
        said = _restore(plan, path, store_key)


def _restore(plan: RestorePlan, path: Path, store_key: StoreKey | None) -> str:
    """The restore the window asked for, now that it holds the store no more."""
    from datetime import datetime

    from desktop.services.backups import restore
    from desktop.store import StoreError
    from desktop.ui.application import show_fatal

    try:
        aside = restore(plan, path, store_key, datetime.now())
    except StoreError as exc:
        show_fatal(f"The store was not restored: {exc}")
        return ""
    return f"Restored from {plan.backup.name}" + (
        f"; the store before it is kept as {aside.name}." if aside else "."
    )


def _back_up_on_close(services: Services, folder: Path | None) -> None:
    """The window closed after changes since the newest backup: one more, checked."""
    from desktop.core.errors import ValidationError
    from desktop.services.backups import AT_ONCE
    from desktop.store import StoreError

    try:
        report = services.backups.back_up_if_due(AT_ONCE, folder)
    except (StoreError, ValidationError) as exc:
        print(f"error: backup: {exc}", file=sys.stderr)
        return
    if report is not None:
        print(f"Backed up to {report['file']}", file=sys.stderr)


class NotStarted(Exception):
    """The officer closed the first start's question: no store was made."""


def open_window(
    path: Path | str,
    argv: list[str],
    settings: UiSettings | None = None,
    *,
    ask_first: bool = False,
) -> tuple[QApplication, MainWindow]:
    """The application and its main window on the store, shown: what `make run` opens, and
    what `scripts/first_paint.py` times. The full integrity check starts after the first paint.
    `ask_first`: with no store at `path` yet, ask for an empty store (where) or the demo one."""
    from desktop.ui.application import create_application, use_language, window_passphrases
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings

    app = create_application(argv, private_folder(Path(user_log_dir(APP_NAME, appauthor=False))))
    sweep_viewer_copies()  # left by a window that crashed
    settings = settings or UiSettings()
    use_language(app, settings.language())
    from desktop.store.unlock import FromEnvironmentOr

    demo = False
    if ask_first and isinstance(path, Path) and not path.exists():
        from desktop.ui.application import ask_first_start

        answer = ask_first_start(path, path.with_name("demo.sqlite"))
        if answer is None:
            raise NotStarted
        path, demo = answer
        demo = demo and not path.exists()  # an existing demo store is opened as it is
    services = build_services(
        path,
        officer=settings.working_officer(),
        full_check=False,
        passphrases=FromEnvironmentOr(window_passphrases()),
    )
    if demo:
        from desktop.services.demo import make_demo_store

        make_demo_store(services.cases, DEMO_CASES, decisions=services.decisions)
    settings.remember_store(path)
    window = MainWindow(services, settings)
    window.show()
    window.tell_what_changed()
    window.ask_for_officer_at_first_start()
    window.check_store_in_background()
    return app, window
