"""The headless face: `privacydesk COMMAND …`, the same services as the window, JSON on request."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.output import emit
from desktop.cli.parser import EXIT_USER_ERROR, build_parser
from desktop.core.errors import StoreError, ValidationError

if TYPE_CHECKING:
    from desktop.services.desk import Services


MESSAGE_FILES = (".eml", ".msg")  # what the desktop entry hands over ("Open with")


def messages_to_open(argv: Sequence[str]) -> tuple[list[str], list[Path]] | None:
    """`privacydesk [--db STORE] FILE.eml …`, as a file manager's "Open with Privacy Desk"
    runs it: the window, each message in a new case's intake. None for anything else."""
    rest, files = list(argv), []
    while rest and rest[-1].lower().endswith(MESSAGE_FILES) and Path(rest[-1]).is_file():
        files.insert(0, Path(rest.pop()))
    if not files or (rest and not (len(rest) == 2 and rest[0] == "--db")):
        return None
    return rest, files


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    opening = messages_to_open(argv)
    if opening is not None:
        argv, files = opening
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a mistake already reported in one line
        return int(exc.code or 0)
    # The window and the commands each import only what they use: a start-up is mostly imports.
    from desktop.app import default_store_path, store_location

    path = store_location(args.db) if args.db else default_store_path()
    if args.command is None:
        from desktop.app import run_window

        return run_window(path, sys.argv[:1], files if opening is not None else [])
    if args.command == "store":
        from desktop.cli.store_commands import store_command

        return store_command(path, args)
    from desktop.app import build_services

    try:
        services = build_services(_store_for(args, path))
    except StoreError as exc:
        return _store_error(exc)
    try:
        data, text = _command(args.command)(services, args)
        # Inside: a listing is read from the store while it is written out.
        emit(data, text, as_json=getattr(args, "json", False), lines=getattr(args, "jsonl", False))
    except ValidationError as exc:
        print(f"error: {exc.field}: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except StoreError as exc:
        return _store_error(exc)
    except BrokenPipeError:  # the reader (head, a script) stopped reading: not our failure
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        if os.environ.get("PRIVACYDESK_DEBUG"):
            raise
        # No traceback: it could quote personal data. The store rolled back.
        print(
            f"error: internal: unexpected {type(exc).__name__}; nothing was changed "
            "(set PRIVACYDESK_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 1
    finally:
        services.close()
    return 0


def _store_error(exc: StoreError) -> int:
    """Exit 2 for what the officer can fix (busy, full, read-only, wrong file); 1 for damage."""
    hint = " ('privacydesk store verify' checks every page)" if exc.damaged else ""
    print(f"error: store: {exc}{hint}", file=sys.stderr)
    return EXIT_USER_ERROR if exc.user_situation and not exc.damaged else 1


# Only these make a store where none is yet; a typo in --db must not look like "no cases".
_MAKES_A_STORE = {("case", "add"), ("import", None), ("demo", None), ("company", "import")}
# These need only the company register: without a store they use the built-in one.
_NEEDS_NO_STORE = {("deadline", None), ("route", None), ("company", "list"), ("company", "show")}


def _store_for(args: argparse.Namespace, path: Path | str) -> Path | str | None:
    if isinstance(path, str) or path.exists():  # a server's address: the server answers
        return path
    command = (args.command, getattr(args, "action", None))
    if command in _MAKES_A_STORE:
        return path
    if command in _NEEDS_NO_STORE:
        return None  # a private in-memory store with the shipped registers
    raise StoreError(
        f"there is no store at {path}: check the path (--db or PRIVACYDESK_DB); a new store "
        "is made only by 'case add', 'import' or 'demo'"
    )


_COMMANDS = {
    "deadline": "registers", "route": "registers", "company": "registers", "demo": "registers",
    "suppression": "registers", "case": "cases", "import": "cases", "letter": "letters",
    "report": "reports", "deadlines": "exports", "inquiry": "inquiries",
}  # fmt: skip


def _command(name: str) -> Callable[[Services, argparse.Namespace], tuple[object, str]]:
    """The command's function, from the one module that holds it."""
    module = importlib.import_module(f"desktop.cli.{_COMMANDS[name]}")
    return getattr(module, f"cmd_{name}")
