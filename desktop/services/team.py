"""A privacy office of several officers on one PostgreSQL server: setting up the server's store,
registering its officers, and moving an office's SQLite store onto it, verified."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.errors import StoreError, ValidationError
from desktop.store.server_address import ServerAddress, is_local_host, is_server_address

__all__ = [
    "add_officer",
    "check_server",
    "copy_to_server",
    "init_server",
    "is_local_host",
    "is_server_address",
    "server_address",
    "verify_server",
]

if TYPE_CHECKING:
    from desktop.services.desk import Services


def server_address(
    host: str, port: int, database: str, user: str, tls: str, ca_file: str = ""
) -> str:
    """The address of a server store as the Open store dialog fills it in, checked."""
    from urllib.parse import quote, urlencode

    if not host.strip():
        raise ValidationError("host", "give the server's name or address")
    if not database.strip() or not user.strip():
        raise ValidationError("database" if not database.strip() else "user", "is required")
    options = {"sslmode": tls} if tls else {}
    if ca_file.strip():
        options["sslrootcert"] = ca_file.strip()
    where = f"{host.strip()}:{int(port)}"
    if host.strip().startswith("/"):  # the folder of the server's socket on this computer
        options.update(host=host.strip(), port=str(int(port)))
        where = ""
    query = f"?{urlencode(options)}" if options else ""
    text = f"postgresql://{quote(user.strip())}@{where}/{quote(database.strip())}{query}"
    return ServerAddress.parse(text).url()


def check_server(address: str, password: str = "", remember: bool = False) -> None:
    """Connect once (the password as typed: for this session, or kept in the keychain);
    StoreError when the server cannot be reached or refuses the login."""
    from desktop.store.server import open_server_store
    from desktop.store.server_address import remember_in_keychain, use_for_this_session

    parsed = ServerAddress.parse(address)
    open_server_store(parsed.with_password(password or None), migrate=False).close()
    if password:  # kept only once the server took it
        if remember:
            remember_in_keychain(parsed, password)
        use_for_this_session(parsed, password)


def init_server(address: str) -> dict[str, Any]:
    """`store init`: the schema and the officers' role (run by the database's owner)."""
    from desktop.store.server_setup import init_server_store

    return init_server_store(ServerAddress.parse(address))


def add_officer(services: Services, login: str, display_name: str) -> dict[str, Any]:
    """`store officer`: a login for the officer (made when missing; its password is the
    administrator's to set) and the name the office knows them by, audited."""
    from desktop.store.server_setup import add_officer_login

    store = services.ctx.store
    if store.address is None:
        raise StoreError("officers' logins are a server store's: give --db postgresql://…")
    from desktop.services.assignment import checked_login

    login = checked_login(login)
    made = add_officer_login(store, login)  # the login first: a name for no login is none
    services.assignment.register_officer(login, display_name)
    return {"login": login, "name": display_name.strip(), "role_made": made}


def copy_to_server(source: Services, address: str) -> dict[str, Any]:
    """`store copy`: every row of the SQLite store into a new server store, verified."""
    from desktop.store.server import open_server_store
    from desktop.store.server_setup import copy_to_server as copy_rows

    if source.ctx.store.address is not None:
        raise StoreError("copy from a store file (--from FILE.sqlite) to a server")
    target = open_server_store(ServerAddress.parse(address))
    try:
        return copy_rows(source.ctx.store, target)
    finally:
        target.close()


def verify_server(address: str) -> dict[str, Any]:
    """`store verify` on a server store: the ledger's chain and every entry against it, the
    triggers present and enabled."""
    from desktop.store.server import open_server_store
    from desktop.store.tamper import tampering

    parsed = ServerAddress.parse(address)
    store = open_server_store(parsed, migrate=False)
    heads: list = []
    try:
        altered = [str(finding) for finding in tampering(store, heads=heads)]
        chain = heads[0]
    finally:
        store.close()
    return {"store": parsed.display(), "altered": altered,
            "ledger": {"entries": chain.entries, "head": chain.chain}}  # fmt: skip
