"""A throwaway PostgreSQL cluster for the tests: made in a temporary folder, run as a user that
is not root (initdb and the server refuse root; CI runs as root), reached through a socket in
that folder and a free port on 127.0.0.1, removed afterwards.

Each test gets a database of its own, cloned from a template that holds the migrated schema
(cloning takes some 30 ms; migrating, a second)."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

TEMPLATE = "privacydesk_template"


def server_binaries() -> Path | None:
    """Debian keeps initdb and pg_ctl off PATH, in /usr/lib/postgresql/<version>/bin."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path
    runner: list[str]
    _names = itertools.count(1)

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    def address(self, database: str, user: str = "postgres") -> str:
        return f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def admin(self):  # noqa: ANN201 - a psycopg connection
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir), port=self.port, user="postgres", dbname="postgres",
            autocommit=True,
        )  # fmt: skip

    def new_database(self, template: str = TEMPLATE) -> str:
        name = f"test_{os.getpid()}_{next(self._names)}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _run(self, *args: str) -> None:
        subprocess.run(
            [*self.runner, *args], check=True, cwd=self.folder, capture_output=True, timeout=60
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast",
                      "-w", "-s", "stop")  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb and start; the caller stops it (`Cluster.stop`)."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    folder = Path(tempfile.mkdtemp(prefix="privacydesk-pg-"))
    runner: list[str] = []
    if os.geteuid() == 0:  # the server refuses root: run it as the postgres user
        import pwd

        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        runner = ["runuser", "-u", "postgres", "--"]
    cluster = Cluster(folder, _free_port(), binaries, runner)
    try:
        cluster._run("mkdir", str(cluster.socket_dir))
        cluster._run(str(binaries / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
                     "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "-N")  # fmt: skip
        options = (
            f"-k {cluster.socket_dir} -p {cluster.port} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=300"
        )
        cluster._run(str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-l",
                     str(folder / "server.log"), "-w", "-s", "-o", options, "start")  # fmt: skip
    except BaseException:
        cluster.stop()
        raise
    return cluster


def make_template(cluster: Cluster) -> None:
    """The template database: migrated once, cloned for every test."""
    from desktop.store.server import open_server_store
    from desktop.store.server_address import ServerAddress

    with cluster.admin() as conn:
        conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
    open_server_store(ServerAddress.parse(cluster.address(TEMPLATE))).close()
    with cluster.admin() as conn:
        conn.execute(f'ALTER DATABASE "{TEMPLATE}" WITH IS_TEMPLATE true')


def refused_by_store() -> tuple[type[BaseException], ...]:
    """What a rule of the store (a trigger, a constraint) raises, on either kind of store."""
    import psycopg

    from desktop.store.driver import sqlite3

    return (sqlite3.IntegrityError, psycopg.IntegrityError)
