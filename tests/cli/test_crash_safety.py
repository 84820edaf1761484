"""kill -9 while cases are being added: the store passes integrity_check and keeps every
case whose command reported success."""

import os
import signal
import subprocess
import sys

import pytest

from tests.raw_sql import sqlite3

WRITER = r"""
import sys
from desktop.app import build_services
from desktop.services.cases import CaseDraft, Requester

services = build_services(sys.argv[1])
n = 0
while True:
    n += 1
    logged = services.cases.log_case(CaseDraft(
        channel="email", received="2026-11-20", types=["access", "erasure"],
        requester=Requester(name=f"Person {n}", email=f"p{n}@example.org"),
        body="x" * 5000,
    ))
    print(logged.reference, flush=True)  # reported only after the commit
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("kill_after", [1, 7, 40])
def test_kill_9_loses_no_reported_case(tmp_path, kill_after):
    store = tmp_path / "crash.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    reported = []
    try:
        while len(reported) < kill_after:
            line = proc.stdout.readline()
            assert line, "the writer stopped on its own"
            reported.append(line.strip())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # Lines already in the pipe were reported before the kill, too.
    reported += [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]
    conn = sqlite3.connect(store)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in conn.execute("SELECT reference FROM cases")}
    assert set(reported) <= stored
    # Every stored case is whole: its requests and its audit entry landed with it.
    assert (
        conn.execute(
            "SELECT count(*) FROM cases c WHERE (SELECT count(*) FROM requests r "
            "WHERE r.case_id = c.id) != 2 OR NOT EXISTS (SELECT 1 FROM audit_log a "
            "WHERE a.case_id = c.id)"
        ).fetchone()[0]
        == 0
    )
    conn.close()
