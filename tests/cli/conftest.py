"""`run(*args)`: the command line against this test's store and fixed clock."""

import pytest

from desktop import cli


@pytest.fixture
def run(store_path, capsys, monkeypatch, clock):
    import desktop.app as app

    real = app.build_services
    monkeypatch.setattr(cli, "build_services", lambda path: real(path, clock))

    def invoke(*args):
        code = cli.main(["--db", str(store_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke
