"""Where the office's server store is: `postgresql://user@host:port/database`, checked.

- TLS is required for any host but this machine: `sslmode` defaults to `verify-full` (the
  server's certificate is checked against the system's or `sslrootcert`'s authorities) and a
  weaker mode than `require` is refused.
- A password is never part of the address (it would end up in settings, history and
  screenshots): it comes from the OS keychain (`keyring`, entry "Privacy Desk server" under
  `user@host:port/database`) or from libpq's own `.pgpass`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from desktop.core.errors import ValidationError

SCHEMES = ("postgresql", "postgres")
KEYCHAIN_SERVICE = "Privacy Desk server"
_LOCAL = frozenset({"localhost", "127.0.0.1", "::1", ""})
_SECURE = frozenset({"require", "verify-ca", "verify-full"})
_ALLOWED_OPTIONS = frozenset(
    {
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "connect_timeout",
        "application_name",
        "host",
        "port",
    }
)


def is_local_host(host: str) -> bool:
    """This computer (by name, loopback address, or the folder of a server's socket): the one
    host a connection needs no encryption to."""
    return host in _LOCAL or host.startswith("/")


def is_server_address(text: object) -> bool:
    return isinstance(text, str) and text.split(":", 1)[0].lower() in SCHEMES and "://" in text


@dataclass(frozen=True)
class ServerAddress:
    user: str
    host: str  # a name, an address, or a folder holding the server's socket
    port: int
    database: str
    options: tuple[tuple[str, str], ...] = ()
    password: str | None = field(default=None, repr=False, compare=False)

    @staticmethod
    def parse(text: str) -> ServerAddress:
        """Check an address as typed (`--db`, PRIVACYDESK_DB, Open store…)."""
        parts = urlsplit(text.strip())
        if parts.scheme.lower() not in SCHEMES:
            raise ValidationError("db", "a server store's address starts with postgresql://")
        if parts.password is not None:
            raise ValidationError(
                "db",
                "the address holds a password: remove it and keep the password in the keychain "
                "or in your .pgpass",
            )
        options = dict(parse_qsl(parts.query, keep_blank_values=True))
        unknown = sorted(set(options) - _ALLOWED_OPTIONS)
        if unknown:
            raise ValidationError("db", "the address has an option this program does not use: %1",
                                  unknown[0])  # fmt: skip
        host = options.pop("host", None) or unquote(parts.hostname or "")
        if "," in host or "," in (parts.netloc or ""):  # libpq's host lists: one server only
            raise ValidationError("db", "give one server: the address lists several")
        database = unquote(parts.path.lstrip("/"))
        if not database:
            raise ValidationError("db", "the address names no database (postgresql://user@host/db)")
        try:
            port = int(options.pop("port", None) or parts.port or 5432)
        except ValueError:
            raise ValidationError("db", "the address's port is not a number") from None
        mode = options.get("sslmode")
        if not is_local_host(host):
            if mode is None:
                options["sslmode"] = "verify-full"
            elif mode not in _SECURE:
                raise ValidationError(
                    "db",
                    "the server %1 is not on this machine: its connection must be encrypted "
                    "(sslmode=verify-full, verify-ca or require)",
                    host,
                )
        import getpass

        user = unquote(parts.username or "") or getpass.getuser()
        return ServerAddress(user, host, port, database, tuple(sorted(options.items())))

    def display(self) -> str:
        """The address without secrets, for the title bar, messages and settings."""
        where = self.host if not self.host.startswith("/") else "localhost"
        return f"postgresql://{self.user}@{where}:{self.port}/{self.database}"

    def __str__(self) -> str:
        return self.display()

    def url(self) -> str:
        """The address to open it again (recent stores): everything but a password."""
        from urllib.parse import quote, urlencode

        options = dict(self.options)
        host = self.host
        if host.startswith("/"):  # a socket folder goes in the query, as libpq reads it
            options["host"], host = host, ""
        query = f"?{urlencode(sorted(options.items()))}" if options else ""
        port = f":{self.port}" if host else ""
        if not host:
            options_port = "&" if query else "?"
            query += f"{options_port}port={self.port}"
        return f"postgresql://{quote(self.user)}@{host}{port}/{quote(self.database)}{query}"

    @property
    def keychain_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def with_password(self, password: str | None) -> ServerAddress:
        return ServerAddress(self.user, self.host, self.port, self.database, self.options, password)

    def connect_args(self) -> dict[str, object]:
        args: dict[str, object] = {
            "user": self.user,
            "host": self.host or "localhost",
            "port": self.port,
            "dbname": self.database,
            "application_name": "Privacy Desk",
            "connect_timeout": 10,
            **dict(self.options),
        }
        password = self.password if self.password is not None else keychain_password(self)
        if password:
            args["password"] = password
        return args


_FOR_THIS_SESSION: dict[str, str] = {}  # typed in the window, not to be remembered


def use_for_this_session(address: ServerAddress, password: str) -> None:
    """A password typed for this run of the program only: kept in memory, never written."""
    _FOR_THIS_SESSION[address.keychain_user] = password


def remember_in_keychain(address: ServerAddress, password: str) -> None:
    """Keep the password in the OS keychain; ValidationError when there is none."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYCHAIN_SERVICE, address.keychain_user, password)
    except KeyringError:
        raise ValidationError(
            "password",
            "this computer has no keychain to keep the password in: keep it in your .pgpass, "
            "or leave the keychain box unticked",
        ) from None


def keychain_password(address: ServerAddress) -> str | None:
    """The officer's password for this server: typed for this session, else from the OS
    keychain; None: libpq's .pgpass."""
    if address.keychain_user in _FOR_THIS_SESSION:
        return _FOR_THIS_SESSION[address.keychain_user]
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYCHAIN_SERVICE, address.keychain_user)
        except KeyringError:
            return None
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
