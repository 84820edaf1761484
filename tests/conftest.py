"""Shared fixtures: every test builds its own store; Qt runs offscreen; `run(*args)` is the
command line against this test's store and fixed clock."""

from __future__ import annotations

import gc
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test reaches the machine's keychain: in this process an in-memory one (below), in the
# command lines the tests start none at all, so they unlock with the passphrase file.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
PASSPHRASE = "Vier Wochen Urlaub am Meer 2026"

from desktop.app import Services, build_services  # noqa: E402
from desktop.core.clock import FixedClock  # noqa: E402

SAMPLES = Path(__file__).resolve().parent / "data"  # sample messages kept in the repository
TODAY = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_main_thread():
    """As the window does (desktop/ui/safety.py): the cycle collector never runs in a
    background job's thread, where freeing a widget would crash the process."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True, scope="session")
def _english_dates():
    """Dates on screen follow the officer's locale (ui/text.py); the tests read Qt's neutral
    English ones ("7 Sep 2026"), whatever the machine's LANG."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.c())


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _intake_closes_without_asking(monkeypatch):
    """pytest-qt closes every dialog after a test: a filled intake form would ask first and
    wait for an answer forever. The test of that question sets its own answer."""
    from desktop.ui.intake import IntakeDialog

    monkeypatch.setattr(IntakeDialog, "confirm_discard", lambda self: True)


class MemoryKeyring:
    """A keychain that lives as long as one test."""

    def __new__(cls):  # a keyring backend, made when keyring is first imported
        import keyring.backend
        import keyring.errors

        class Memory(keyring.backend.KeyringBackend):
            priority = 1

            def __init__(self) -> None:
                super().__init__()
                self.items: dict[tuple[str, str], str] = {}

            def get_password(self, service, username):
                return self.items.get((service, username))

            def set_password(self, service, username, password):
                self.items[(service, username)] = password

            def delete_password(self, service, username):
                if self.items.pop((service, username), None) is None:
                    raise keyring.errors.PasswordDeleteError(username)

        return Memory()


@pytest.fixture(autouse=True, scope="session")
def _passphrase_file(tmp_path_factory):
    """Every store a test makes is encrypted, with this recovery passphrase."""
    from desktop.store.unlock import ENV_PASSPHRASE

    file = tmp_path_factory.mktemp("secret") / "passphrase.txt"
    file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    os.environ[ENV_PASSPHRASE] = str(file)
    yield file


@pytest.fixture(autouse=True)
def keychain(monkeypatch):
    """An in-memory keychain for each test, and a cheap key derivation: the cost is a field
    of each key file, so command lines started by a test unlock as cheaply."""
    import keyring

    from desktop.store import keychain as keychain_module
    from desktop.store import keyfile

    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)
    monkeypatch.setattr(
        keychain_module, "REAL_BACKENDS", (*keychain_module.REAL_BACKENDS, __name__)
    )
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


# The kinds of store the store and services suites run on (tests/store, tests/services: their
# conftest parametrises `store_target`). PRIVACYDESK_TEST_SERVER=0 leaves the server out, and
# says so; CI never sets it, so there the server suites cannot skip.
STORE_KINDS = (
    ("sqlite",) if os.environ.get("PRIVACYDESK_TEST_SERVER") == "0" else ("sqlite", "postgresql")
)


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for this run (tests/postgres.py)."""
    if "postgresql" not in STORE_KINDS:
        pytest.skip("PRIVACYDESK_TEST_SERVER=0: no PostgreSQL server in this run")
    from tests.postgres import make_template, start_cluster

    cluster = start_cluster()
    try:
        make_template(cluster)
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def store_target(request, store_path: Path):
    """Where this test's store is: a SQLite file, or (parametrised) a fresh server database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield store_path
        return
    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database()
    yield cluster.address(name)
    cluster.drop_database(name)


@pytest.fixture
def services(store_target, clock: FixedClock) -> Services:
    built = build_services(store_target, clock, officer=lambda: "officer-test")
    yield built
    built.close()


def parametrise_store_kinds(metafunc) -> None:
    """Run a test that builds its services on every kind of store, unless it works on the
    SQLite file itself (it asks for `store_path` or the command line `run`) or is marked
    `sqlite_only`."""
    import inspect

    if "store_target" not in metafunc.fixturenames:
        return
    own = set(inspect.signature(metafunc.function).parameters)
    if own & {"store_path", "run", "store_target"} or metafunc.definition.get_closest_marker(
        "sqlite_only"
    ):
        return
    metafunc.parametrize("store_target", STORE_KINDS, indirect=True)


def pytest_terminal_summary(terminalreporter) -> None:
    if "postgresql" not in STORE_KINDS:
        terminalreporter.write_line(
            "PRIVACYDESK_TEST_SERVER=0: the store and services suites ran on SQLite only"
        )


@pytest.fixture
def run(store_path, capsys, monkeypatch, clock):
    import desktop.app as app
    from desktop import cli

    real = app.build_services
    monkeypatch.setattr(app, "build_services", lambda path: real(path, clock))

    def invoke(*args):
        # Commands that only read refuse a missing store; a restore makes it again.
        if not store_path.exists() and args[:2] != ("store", "restore"):
            real(store_path, clock).close()
        code = cli.main(["--db", str(store_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke
