"""Issue 15: what only a server store has. Its address (TLS, no password), the officers' rights
(the audit log and the ledger only grow, whatever a login tries), who wrote an entry, reference
numbers under concurrent officers, and moving a store file onto the server, verified."""

import threading
import time

import psycopg
import pytest

from desktop import cli
from desktop.app import build_services
from desktop.core.errors import StoreError, ValidationError
from desktop.core.listing import CaseFilter, CaseSort
from desktop.services.cases import CaseDraft, Requester
from desktop.services.demo import make_demo_store
from desktop.services.team import copy_to_server, init_server, verify_server
from desktop.store.server import open_server_store
from desktop.store.server_address import ServerAddress
from desktop.store.server_setup import add_officer_login


def test_an_address_never_holds_a_password_and_a_remote_server_needs_tls():
    with pytest.raises(ValidationError, match="password"):
        ServerAddress.parse("postgresql://anna:secret@db.example.org/desk")
    with pytest.raises(ValidationError, match="encrypted"):
        ServerAddress.parse("postgresql://anna@db.example.org/desk?sslmode=disable")
    remote = ServerAddress.parse("postgresql://anna@db.example.org/desk")
    assert dict(remote.options)["sslmode"] == "verify-full"  # checked against the CAs
    assert ServerAddress.parse(remote.url()) == remote
    local = ServerAddress.parse("postgresql://anna@localhost/desk")
    assert "sslmode" not in dict(local.options)
    socket = ServerAddress.parse("postgresql://anna@/desk?host=/run/postgresql&port=5433")
    assert (socket.host, socket.port) == ("/run/postgresql", 5433)
    assert ServerAddress.parse(socket.url()) == socket
    with pytest.raises(ValidationError, match="no database"):
        ServerAddress.parse("postgresql://anna@localhost/")
    with pytest.raises(ValidationError, match="several"):  # a list would slip past the TLS rule
        ServerAddress.parse("postgresql://anna@/desk?host=/run/postgresql,db.example.org")


@pytest.fixture
def office(pg_cluster, clock):
    """A server store set up as an office would: `store init`, two officers' logins."""
    database = pg_cluster.new_database()
    owner = pg_cluster.address(database)
    init_server(owner)
    store = open_server_store(ServerAddress.parse(owner))
    for login in ("anna", "ben"):  # their logins only: the store stays empty for a copy
        add_officer_login(store, login)
    store.close()
    yield {"owner": owner, **{u: pg_cluster.address(database, user=u) for u in ("anna", "ben")}}
    pg_cluster.drop_database(database)


def log(services, name="Anne de Vries") -> int:
    draft = CaseDraft(channel="email", received="2026-11-20", types=["access"],
                      requester=Requester(name=name, email="anne@example.org"))  # fmt: skip
    return services.cases.log_case(draft).id


def test_an_officer_cannot_rewrite_the_audit_log_or_the_ledger(office, clock):
    anna = build_services(office["anna"], clock)
    case_id = log(anna)
    anna.close()
    address = ServerAddress.parse(office["anna"])
    with psycopg.connect(**address.connect_args(), autocommit=True) as conn:
        for statement in ("UPDATE audit_log SET who = 'x'", "DELETE FROM audit_log",
                          "TRUNCATE audit_log", "DELETE FROM ledger", "UPDATE ledger SET chain = ''",
                          "DELETE FROM schema_version", "INSERT INTO officers VALUES ('eve', 'Eve')"):  # fmt: skip
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        # Whoever writes an entry by hand, it names the login that wrote it.
        who = conn.execute(
            "INSERT INTO audit_log (at, who, case_id, action) "
            "VALUES ('2026-11-24', 'Ben Okafor (ben)', %s, 'forged') RETURNING who",
            (case_id,),
        ).fetchone()[0]
    assert who == "Ben Okafor (ben) (anna)"
    report = verify_server(office["owner"])
    assert any("added outside Privacy Desk" in line for line in report["altered"])


def test_concurrent_officers_get_consecutive_references_and_no_change_is_lost(
    office, clock, pg_cluster
):
    """Even where the database's default isolation is REPEATABLE READ: each change reads what
    the change before it committed while it waited for the write lock."""
    database = ServerAddress.parse(office["owner"]).database
    with pg_cluster.admin() as conn:
        conn.execute(
            f"ALTER DATABASE \"{database}\" SET default_transaction_isolation = 'repeatable read'"
        )
    made: list[str] = []
    failures: list[BaseException] = []

    def officer(login: str) -> None:
        services = build_services(office[login], clock)
        try:
            for n in range(15):
                case_id = log(services, f"{login} {n}")
                made.append(services.cases.case_file(case_id)["reference"])
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
        finally:
            services.close()

    build_services(office["owner"], clock).close()  # the registers, seeded once
    threads = [threading.Thread(target=officer, args=(u,)) for u in ("anna", "ben", "anna")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    numbers = sorted(int(ref.rsplit("-", 1)[1]) for ref in made)
    assert numbers == list(range(1, 46))  # 45 cases, 45 numbers, none twice, none skipped
    assert verify_server(office["owner"])["altered"] == []  # the chain never forked


def test_a_store_file_moves_to_the_server_verified(office, store_path, clock, pg_cluster):
    source = build_services(store_path, clock)
    make_demo_store(source.cases, 40, decisions=source.decisions)
    found = copy_to_server(source, office["owner"])
    assert found["tables"]["cases"] == 40 and found["files_checked"] >= 1
    server = build_services(office["anna"], clock)
    assert server.queries.count(CaseFilter()) == source.queries.count(CaseFilter())
    assert server.queries.count(CaseFilter(text="Müller")) == source.queries.count(
        CaseFilter(text="Müller")
    )
    case_id = log(server)  # the numbers go on where the file left off
    this_year = [r["reference"] for r in source.queries.page(CaseFilter(), CaseSort(), 0, 100)
                 if r["reference"].startswith("PD-2026-")]  # fmt: skip
    assert server.cases.case_file(case_id)["reference"] == f"PD-2026-{len(this_year) + 1:06d}"
    server.close()
    assert verify_server(office["owner"])["altered"] == []
    with pytest.raises(StoreError, match="not empty"):
        copy_to_server(source, office["owner"])
    source.close()


def test_the_command_line_sets_up_a_server_store_and_its_officers(pg_cluster, capsys):
    database = pg_cluster.new_database()
    owner = pg_cluster.address(database)
    assert cli.main(["store", "init", owner]) == 0
    assert "officers' role: privacydesk_officer" in capsys.readouterr().out
    assert cli.main(["--db", owner, "store", "officer", "carla", "--name", "Carla Rossi"]) == 0
    assert "Carla Rossi works as carla" in capsys.readouterr().out
    carla = pg_cluster.address(database, user="carla")
    assert cli.main(["--db", carla, "case", "add", "--channel", "email", "--received",
                     "2026-11-20", "--type", "access", "--name", "Anne de Vries"]) == 0  # fmt: skip
    capsys.readouterr()
    assert cli.main(["--db", carla, "case", "assign", "1", "--me", "--json"]) == 0
    assert '"assigned_to": "carla"' in capsys.readouterr().out
    assert cli.main(["--db", carla, "store", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err
    assert cli.main(["--db", owner, "store", "verify"]) == 0
    pg_cluster.drop_database(database)


def test_a_dropped_listening_connection_is_made_again(office, clock, pg_cluster):
    """A firewall dropped the idle connection the notices come on: the window hears of it as
    one change (it reloads), and listens again on a new connection."""
    anna = build_services(office["anna"], clock)
    store = anna.ctx.store
    first = store.data_version()
    socket = store.listener_socket()
    with pg_cluster.admin() as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'anna' "
            "AND query LIKE 'LISTEN%'"
        )
    deadline = time.monotonic() + 5
    while store.data_version() == first and time.monotonic() < deadline:
        time.sleep(0.05)  # the poll's pace: the drop shows at a read of the socket
    dropped = store.data_version()
    assert dropped == first + 1  # heard as one change: the window reloads
    store.data_version()  # listens again
    assert store.listener_socket() not in (None, -1)
    ben = build_services(office["ben"], clock)
    log(ben)
    ben.close()
    deadline = time.monotonic() + 2
    while store.data_version() == dropped and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store.data_version() > dropped  # Ben's change heard on the new connection
    assert socket is not None
    anna.close()
