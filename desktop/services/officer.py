"""Who is working: the audit log names them (or the login), letters are signed only by a name.

The window reads the name and functions from its settings; the command line from --officer or
PRIVACYDESK_OFFICER (and PRIVACYDESK_OFFICER_FUNCTION_NL, _DE, _EN for the function).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from desktop.core.signatory import DEFAULT_FUNCTIONS, Signatory
from desktop.services.context import os_login

ENV_NAME = "PRIVACYDESK_OFFICER"
ENV_FUNCTION = "PRIVACYDESK_OFFICER_FUNCTION_{}"


class Officer:
    """Callable as ServiceContext.officer (the audit's "who"); `signatory()` for letters."""

    def __init__(
        self,
        name: Callable[[], str],
        functions: Callable[[], Mapping[str, str]] = dict,
        login: Callable[[], str] = os_login,
    ) -> None:
        self._name = name
        self._functions = functions
        self._login = login

    def __call__(self) -> str:
        """The audit's "who": the officer's name and the login they work under, both kept
        ("Eva de Jong (ejong)"); the login alone while no name is set."""
        name, login = self.signatory().name, self._login()
        return f"{name} ({login})" if name else login

    def on_server(self, login: str, known_as: str | None) -> Officer:
        """The same officer working on a server store: under the server's login, named as the
        office registered them (`known_as`) unless a name is set here."""
        own = self._name
        return Officer(lambda: own() or known_as or "", self._functions, lambda: login)

    def signatory(self) -> Signatory:
        return Signatory.of(self._name(), self._functions())

    @classmethod
    def named(cls, name: str) -> Officer:
        """A name given for this run (--officer); the functions still come from the env."""
        return cls(lambda: name, _functions_from_environment)

    @classmethod
    def from_environment(cls) -> Officer:
        """Read when asked, not when built: a long-running process sees a changed variable."""
        return cls(lambda: os.environ.get(ENV_NAME, ""), _functions_from_environment)


def _functions_from_environment() -> dict[str, str]:
    return {
        lang: os.environ.get(ENV_FUNCTION.format(lang.upper()), "") for lang in DEFAULT_FUNCTIONS
    }


def signatory_of(officer: Callable[[], str]) -> Signatory:
    """Who signs for `officer`. A plain function's answer counts as a name, unless it is the
    login: that is what the audit falls back to, never what a letter is signed with."""
    sign = getattr(officer, "signatory", None)
    if callable(sign):
        return sign()
    if officer is os_login:
        return Signatory()
    name = officer()
    return Signatory() if name == os_login() else Signatory.of(name)
