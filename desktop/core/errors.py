"""The one error type for a user's mistake: which field, and what is wrong with it."""


class ValidationError(ValueError):
    """Bad input. The message names no personal data: it may end up in a dialog or on stderr."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
