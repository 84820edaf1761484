"""The command line's grammar: argparse, with one-line errors (`error: <field>: …`, exit 2)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from desktop.cli.exports import add_case_export_parser, add_deadlines_parser
from desktop.cli.follow_up import add_case_file_parser, add_case_link_parser
from desktop.cli.inquiries import add_inquiry_parser
from desktop.cli.reports import add_report_parser
from desktop.cli.store_parser import add_store_parser
from desktop.cli.team import add_case_assign_parser
from desktop.core.letter_types import LetterType
from desktop.core.requests import Channel, RequestType
from desktop.core.routing import Context, CustomerKind
from desktop.core.suppression import SuppressionChannel

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line: `error: <field>: <what is wrong>`, exit 2."""

    def error(self, message: str) -> NoReturn:
        field = "arguments"
        if message.startswith("argument "):
            head, _, message = message[len("argument ") :].partition(": ")
            field = head.split("/")[-1].lstrip("-")
        elif message.startswith("the following arguments are required: "):
            missing = message.split(": ", 1)[1].split(",")[0].strip()
            field = missing.split("/")[-1].lstrip("-") or field
            message = "is required"
        print(f"error: {field}: {message}", file=sys.stderr)
        sys.exit(EXIT_USER_ERROR)


class _Version(argparse.Action):
    """`--version`: the package's version (pyproject.toml takes it from desktop/__init__)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> NoReturn:
        from desktop import __version__

        print(f"privacydesk {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="privacydesk",
        description="Privacy Desk: data-subject requests, handled offline. "
        "Without a command the window opens.",
    )
    parser.add_argument(
        "--db",
        help="the store: a file, or an office's server (postgresql://user@host/database); "
        "default: PRIVACYDESK_DB or the user data folder",
    )
    parser.add_argument("--version", action=_Version, help="the program's version, then exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("deadline", help="the response deadline for a received date")
    p.add_argument("received", help="date of receipt, YYYY-MM-DD")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--company", help="company id from the register (default hoffmann-se)")
    where.add_argument("--country", help="two-letter country code")
    p.add_argument("--subdiv", help="region code with --country, e.g. BY")
    p.add_argument("--paused-days", type=int, default=0, help="days paused for an ID check")

    p = sub.add_parser("route", help="which group company is responsible, and why")
    p.add_argument("--customer", required=True, choices=[c.value for c in CustomerKind])
    p.add_argument("--context", required=True, choices=[c.value for c in Context])
    p.add_argument("--delivery-country")
    p.add_argument("--location")
    p.add_argument("--contract-company")

    p = sub.add_parser("company", help="the company register")
    csub = p.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    csub.add_parser("list")
    q = csub.add_parser("show")
    q.add_argument("id")
    for name in ("import", "export"):
        csub.add_parser(name).add_argument("file", type=Path)

    p = sub.add_parser("case", help="log and work on cases")
    csub = p.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    q = csub.add_parser("add", help="log a request")
    q.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    q.add_argument("--received", required=True)
    q.add_argument(
        "--type",
        required=True,
        action="append",
        dest="types",
        choices=[t.value for t in RequestType],
    )
    q.add_argument("--name", required=True)
    _requester_options(q)
    q.add_argument("--context", default="order", choices=[c.value for c in Context])
    q.add_argument("--contract-company")
    q.add_argument("--company", help="company id, instead of routing")
    q.add_argument("--reason", help="why --company overrides the routing result")
    q.add_argument("--subject", default="")
    q.add_argument("--letter-date")
    q.add_argument("--fax-number")
    q = csub.add_parser(
        "list",
        help="list cases, most urgent first; page with --after (or --offset), all with --all",
    )
    q.add_argument("--status", choices=["open", "awaiting-id", "closed", "active"])
    q.add_argument("--overdue", action="store_true")
    q.add_argument("--search", default="")
    many = q.add_mutually_exclusive_group()
    many.add_argument("--limit", type=int, default=200, help="at most this many (default 200)")
    many.add_argument("--all", action="store_true", help="every case that matches")
    start = q.add_mutually_exclusive_group()
    start.add_argument(
        "--after", metavar="REFERENCE", help="start after this case (the last one of a page)"
    )
    start.add_argument("--offset", type=int, default=0, help="skip this many cases first")
    q.add_argument(
        "--jsonl", action="store_true", help="one JSON object a line instead of one JSON array"
    )
    q = csub.add_parser("show", help="one case with its requests and audit history")
    q.add_argument("id", help="case id or reference")
    q = _one_case(csub, "edit", "correct what was logged wrongly (one audited change)", "--reason")
    q.add_argument("--name")
    _requester_options(q, defaults=False)
    q.add_argument("--received", help="the corrected date of receipt: the deadline follows")
    q.add_argument("--channel", choices=[c.value for c in Channel])
    types = [t.value for t in RequestType]
    q.add_argument("--add-type", action="append", default=[], choices=types, metavar="TYPE")
    q.add_argument(
        "--withdraw-type", action="append", default=[], choices=types, metavar="TYPE",
        help="a request logged by mistake (none decided on it yet)",
    )  # fmt: skip
    _one_case(csub, "pause", "ask for identification: the clock stops", "--reason", dated=True)
    _one_case(csub, "resume", "the information arrived: the clock runs again", dated=True)
    _one_case(csub, "extend", "extend by two months, with the reasons", "--reason")
    _one_case(csub, "transfer", "hand the case to another group company", "--company", "--reason")
    q = _one_case(csub, "close", "close with an outcome per request", dated=True)
    q.add_argument(
        "--outcome",
        action="append",
        required=True,
        metavar="TYPE=OUTCOME",
        help="e.g. access=granted; a bare OUTCOME applies to every request",
    )
    q.add_argument("--note")
    _one_case(csub, "reopen", "open a closed case again, with the reason", "--reason")

    p = sub.add_parser(
        "import",
        help="log a case from an .eml or Outlook .msg file; a reply quoting a case's "
        "reference is filed in that case",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--type",
        action="append",
        dest="types",
        default=[],
        choices=[t.value for t in RequestType],
        help="the request types (repeat); see --accept-suggested",
    )
    p.add_argument(
        "--accept-suggested",
        action="store_true",
        help="confirm the request types suggested from the text",
    )
    p.add_argument("--received", help="date of receipt when the message has none")
    p.add_argument("--name", help="the requester's name when the message has none")
    p.add_argument("--customer", default="consumer", choices=[c.value for c in CustomerKind])
    p.add_argument("--delivery-country")
    p.add_argument("--language", choices=["nl", "de", "en"])
    p.add_argument(
        "--new-case",
        action="store_true",
        help="log a new case even when the message quotes an existing case's reference",
    )

    _one_case(csub, "purge", "delete a closed case for good (suppressions stay)", "--reason")
    add_case_export_parser(csub)
    add_case_file_parser(csub)
    add_case_link_parser(csub)
    add_case_assign_parser(csub)
    q = _one_case(csub, "decide", "record a decision on an objection, withdrawal or erasure")
    dsub = q.add_subparsers(dest="kind", required=True, parser_class=_Parser, metavar="KIND")
    d = dsub.add_parser("marketing", help="objection to direct marketing (always upheld)")
    d.add_argument(
        "--channel",
        action="append",
        dest="channels",
        choices=[c.value for c in SuppressionChannel],
        help="channels to stop (default: all marketing channels)",
    )
    _effective_and_carried_out(d)
    d.add_argument("--note", default="")
    d = dsub.add_parser("unsubscribe", help="newsletter unsubscribe")
    _effective_and_carried_out(d)
    d = dsub.add_parser("objection", help="assess an objection under Art. 21(1)")
    d.add_argument(
        "--type", default="objection-interests", choices=["objection-interests", "objection-credit"]
    )
    d.add_argument("--purpose", action="append", dest="purposes", default=[], required=True)
    d.add_argument("--situation", required=True, help="the person's particular situation")
    d.add_argument("--decision", required=True, choices=["upheld", "partly", "rejected"])
    d.add_argument("--grounds", default="", help="compelling legitimate grounds or legal claims")
    d.add_argument("--balancing", default="", help="the balancing of interests")
    d.add_argument("--date")
    d = dsub.add_parser("restrict", help="restrict processing while the objection is assessed")
    d.add_argument("--off", action="store_true", help="lift the restriction")
    d = dsub.add_parser("withdrawal", help="withdrawal of consent (Art. 7(3))")
    d.add_argument(
        "--consent",
        action="append",
        dest="consents",
        required=True,
        help="a consent purpose id, e.g. advertising-phone, newsletter",
    )
    _effective_and_carried_out(d)
    d.add_argument(
        "--system", action="append", default=[], help="a system updated (SYSTEM or SYSTEM=pending)"
    )
    d = dsub.add_parser("access", help="what the access answer says (Art. 15): only what applies")
    d.add_argument("--purpose", action="append", default=[], required=True, help="purpose id")
    for option, what in (
        ("--category", "a category of data"),
        ("--recipient-name", "a recipient by name"),
        ("--source", "a source, when not the person"),
        ("--transfer", "a transfer to a third country, with its safeguard"),
        ("--redaction", "what was withheld, and why (Art. 15(4))"),
    ):
        d.add_argument(option, action="append", default=[], help=f"{what} (repeat)")
    d.add_argument("--credit-scoring", action="store_true", help="a credit score was used")
    d.add_argument("--no-copy", action="store_true", help="no copy of the data is enclosed")
    for kind, what in (("rectification", "--corrected"), ("restriction", "--restricted")):
        d = dsub.add_parser(kind, help=f"record the {kind} carried out, and whom to tell (Art. 19)")
        d.add_argument(what, required=True, help=f"what was {what[2:]} (the letter says it)")
        d.add_argument("--recipient", action="append", default=[], help="recipient id (repeat)")
        d.add_argument("--none-disclosed", action="store_true",
                       help="the data were disclosed to nobody: no one to tell")  # fmt: skip
    d = dsub.add_parser("erasure", help="erase, or block under a retention duty")
    d.add_argument("--erase", action="append", default=[], metavar="CATEGORY")
    d.add_argument("--block", action="append", default=[], metavar="CATEGORY:RULE:DOCUMENT-DATE")
    d.add_argument("--hold", default="", help="a manual hold (tax audit, litigation)")
    d = dsub.add_parser("notice", help="record an Art. 19 notice as notified or exempt")
    d.add_argument("--recipient", required=True, help="recipient id")
    how = d.add_mutually_exclusive_group(required=True)
    how.add_argument("--notified", metavar="DATE")
    how.add_argument("--exempt", metavar="REASON")
    d.add_argument("--via", help="channel of the notice (letter, email, portal)")
    d.add_argument(
        "--ground",
        choices=["impossible", "disproportionate-effort"],
        help="with --exempt: why Art. 19 spares the notice",
    )

    p = sub.add_parser("suppression", help="the suppression register")
    ssub = p.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    q = ssub.add_parser("check", help="is this person suppressed?")
    q.add_argument("--email")
    q.add_argument("--phone")
    q = ssub.add_parser("export", help="CSV for marketing systems")
    q.add_argument("file", type=Path)
    q.add_argument("--hashed", action="store_true", help="SHA-256 of email and phone only")
    q.add_argument(
        "--raw",
        action="store_true",
        help="exact values, for systems that read CSV as data: without it a cell that starts "
        "with = + - @ gets a leading apostrophe, so that a spreadsheet never runs it",
    )

    p = sub.add_parser("letter", help="response letters")
    lsub = p.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    q = lsub.add_parser("render", help="render a letter of a case to a PDF file")
    q.add_argument("id", help="case id or reference")
    q.add_argument(
        "--type",
        help="letter type (default: the one the case needs next)",
        choices=[t.value for t in LetterType],
    )
    q.add_argument("--lang", choices=["nl", "de", "en"], help="default: the requester's")
    q.add_argument("--out", type=Path, required=True)
    q.add_argument(
        "--sent",
        choices=["post", "fax", "email"],
        help="also keep it in the case as sent today by this channel (needs the officer's name)",
    )
    q.add_argument(
        "--officer",
        metavar="NAME",
        help="who signs the letter (default: PRIVACYDESK_OFFICER); never the system login: "
        "without a name the PDF is an unsigned draft",
    )
    _one_case(lsub, "list", "the letters a case needs and those sent")

    add_store_parser(sub, _Parser)
    add_report_parser(sub)
    add_deadlines_parser(sub, _Parser)
    add_inquiry_parser(sub, _Parser)
    p = sub.add_parser(
        "demo", help="make (or add to) a demo store of invented cases; refuses a real store"
    )
    p.add_argument("--cases", type=int, default=400)
    _answer_in_json(parser)
    return parser


def _one_case(
    actions: argparse._SubParsersAction,
    name: str,
    help_text: str,
    *required: str,
    dated: bool = False,
) -> argparse.ArgumentParser:
    """A command on one case: its id, the options it cannot do without, and --date if it takes one."""
    command = actions.add_parser(name, help=help_text)
    command.add_argument("id")
    for option in required:
        command.add_argument(option, required=True)
    if dated:
        command.add_argument("--date")
    return command


def _answer_in_json(parser: argparse.ArgumentParser) -> None:
    """Every command, however deep, takes --json: its answer as JSON for scripts."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        parser.add_argument("--json", action="store_true")
    for group in groups:
        for command in group.choices.values():
            _answer_in_json(command)


def _effective_and_carried_out(d: argparse.ArgumentParser) -> None:
    d.add_argument(
        "--effective", help="takes effect when received (the default; any other day is refused)"
    )
    d.add_argument(
        "--carried-out", metavar="DATE", help="the day the systems were updated (default: today)"
    )


def _requester_options(q: argparse.ArgumentParser, defaults: bool = True) -> None:
    """The requester's fields; without defaults (`case edit`) an option left out changes
    nothing and an empty value ("") clears the field."""
    q.add_argument(
        "--form-of-address",
        choices=["female", "male", "neutral"],
        default="neutral" if defaults else None,
    )
    q.add_argument("--title", help='an academic title, e.g. "Dr."')
    q.add_argument("--email")
    q.add_argument("--phone")
    q.add_argument("--street", help="street and house number")
    q.add_argument("--address-extra", help="an additional line: c/o, flat, building")
    q.add_argument("--postcode")
    q.add_argument("--city")
    q.add_argument("--country", metavar="CC", help="ISO country code of the postal address")
    q.add_argument("--address", help="the address as free text (older records; prefer the parts)")
    q.add_argument("--customer-number")
    q.add_argument(
        "--customer",
        choices=[c.value for c in CustomerKind],
        default="consumer" if defaults else None,
    )
    q.add_argument("--delivery-country")
    q.add_argument("--location")
    q.add_argument("--language", choices=["nl", "de", "en"], default="en" if defaults else None)
