"""The one error type for a user's mistake: which field, and what is wrong with it."""

FieldPath = tuple[str | int, ...]


class ValidationError(ValueError):
    """Bad input. The message names no personal data: it may end up in a dialog or on stderr.

    `path` says where, structured: ("reason",), or ("items", 4, "category") for the fourth
    row's category; `field` is the same as one word for a command line ("items.4.category").
    A window marks the field from the path, never from the words of the message.
    """

    def __init__(self, field: str | FieldPath, message: str, *values: object) -> None:
        self.path: FieldPath = field if isinstance(field, tuple) else (field,)
        self.field = ".".join(str(part) for part in self.path)
        # With values, `message` is a template ("%1 lies in the future"): the window words it
        # in its language (ui/refusals.py), the command line and logs read `message`.
        self.template = message
        self.values = values
        self.message = filled(message, values)
        super().__init__(f"{self.field}: {self.message}")


def filled(template: str, values: tuple[object, ...]) -> str:
    """%1, %2 … replaced by the values as written (backwards: %1 never eats %10)."""
    text = template
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


class ChangedMeanwhile(ValidationError):
    """The case changed since the caller read it (another window or program): nothing written."""


class StoreError(RuntimeError):
    """The store cannot be used as it is; the message says what is wrong and what to do.

    `damaged` is True only when SQLite's integrity check says so; `user_situation` is True when
    the officer can fix it (busy, full disk, read-only, wrong file), so the CLI exits with 2.
    """

    def __init__(self, message: str, *, damaged: bool = False, user_situation: bool = True):
        super().__init__(message)
        self.damaged = damaged
        self.user_situation = user_situation
