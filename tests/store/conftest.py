"""This suite runs on every kind of store: SQLite and a PostgreSQL server (tests/conftest.py)."""

from tests.conftest import parametrise_store_kinds


def pytest_generate_tests(metafunc):
    parametrise_store_kinds(metafunc)
