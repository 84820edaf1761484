"""The one error type for a user's mistake: which field, and what is wrong with it."""


class ValidationError(ValueError):
    """Bad input. The message names no personal data: it may end up in a dialog or on stderr."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class StoreError(RuntimeError):
    """The store cannot be used as it is; the message says what is wrong and what to do.

    `damaged` is True only when SQLite's integrity check says so; `user_situation` is True when
    the officer can fix it (busy, full disk, read-only, wrong file), so the CLI exits with 2.
    """

    def __init__(self, message: str, *, damaged: bool = False, user_situation: bool = True):
        super().__init__(message)
        self.damaged = damaged
        self.user_situation = user_situation
