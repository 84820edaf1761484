"""Letter templates: a small, safe text format, parsed and checked here (nothing is executed).

Format (UTF-8 text, one file per letter type and language):

    [# a comment line, never printed]
    Betreff: Ihre Anfrage vom ${received}          <- first line: the subject
                                                   <- a blank line ends a paragraph
    Guten Tag ${requester_name},                   <- lines of a paragraph are joined
    # Heading                                      <- a bold sub-heading
    - ${item.label}                                <- a bullet (one per line)
    > ${company.authority_name}                    <- a block whose lines stay lines
    [if extended_due] ... [else] ... [end]         <- optional text; also [if not name]
    [each requests] ... ${item.label} ... [end]    <- repeat for each item of a list

`${name}` prints a value ("$$" prints a dollar sign); a list prints as "a, b and c". Every name
is checked against the letter's fields when the template is loaded, so a typo is an error with
the file and line, never a silent gap in a letter sent out.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any


class TemplateError(Exception):
    """A template that cannot be used, with the file and line to fix."""

    def __init__(self, message: str, source: str, line: int) -> None:
        super().__init__(f"{source}, line {line}: {message}")
        self.message = message
        self.source = source
        self.line = line


class Kind(Enum):
    TEXT = "text"
    FLAG = "flag"  # yes/no: for [if] only
    LIST = "list"  # texts: printed joined, or one by one with [each]
    RECORD = "record"  # named fields: ${company.name}; may be absent
    RECORDS = "records"  # a list of records: [each requests] ${item.label}


@dataclass(frozen=True)
class Field:
    kind: Kind
    fields: Mapping[str, Field] = field(default_factory=dict)


Schema = Mapping[str, Field]

ITEM = "item"  # the name [each] binds to the current element
STYLES = ("p", "bullet", "heading", "block")
_SUBJECT = re.compile(r"^\s*(subject|betreft|betreff|onderwerp)\s*:\s*(.*)$", re.IGNORECASE)
_PATH = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")
_DIRECTIVE_START = re.compile(r"^\[\s*(#|if\b|each\b|else\b|end\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Placeholder:
    path: tuple[str, ...]
    line: int


Part = str | Placeholder


@dataclass(frozen=True)
class TextLine:
    line: int
    style: str
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class BlankLine:
    line: int


@dataclass
class IfBlock:
    line: int
    path: tuple[str, ...]
    negate: bool
    then: list[Node] = field(default_factory=list)
    otherwise: list[Node] | None = None


@dataclass
class EachBlock:
    line: int
    path: tuple[str, ...]
    body: list[Node] = field(default_factory=list)


Node = TextLine | BlankLine | IfBlock | EachBlock


@dataclass(frozen=True)
class TextBlock:
    """One paragraph of a rendered letter: plain text (never markup), style one of STYLES."""

    style: str
    text: str


@dataclass(frozen=True)
class RenderedText:
    subject: str
    paragraphs: tuple[TextBlock, ...]


@dataclass(frozen=True)
class Template:
    source: str
    subject: tuple[Part, ...]
    subject_line: int
    body: tuple[Node, ...]

    def check(self, schema: Schema) -> None:
        """Every name known and used the way its kind allows, else TemplateError."""
        scope = dict(schema)
        for part in self.subject:
            if isinstance(part, Placeholder):
                self._check_printable(part.path, scope, part.line)
        self._check_nodes(self.body, scope)

    def render(
        self, context: Mapping[str, Any], join: Callable[[Sequence[str]], str]
    ) -> RenderedText:
        """The subject and paragraphs; `join` writes a list as "a, b and c" in the language."""
        subject = _clean_line(self._substitute(self.subject, context, join))
        out: list[tuple[str, str] | None] = []  # None marks a paragraph break
        self._render_nodes(self.body, dict(context), join, out)
        return RenderedText(subject, _paragraphs(out))

    # checking -----------------------------------------------------------------------------
    def _check_nodes(self, nodes: Sequence[Node], scope: dict[str, Field]) -> None:
        for node in nodes:
            if isinstance(node, TextLine):
                for part in node.parts:
                    if isinstance(part, Placeholder):
                        self._check_printable(part.path, scope, part.line)
            elif isinstance(node, IfBlock):
                self._lookup(node.path, scope, node.line)
                self._check_nodes(node.then, scope)
                if node.otherwise is not None:
                    self._check_nodes(node.otherwise, scope)
            elif isinstance(node, EachBlock):
                found = self._lookup(node.path, scope, node.line)
                if found.kind is Kind.LIST:
                    inner = Field(Kind.TEXT)
                elif found.kind is Kind.RECORDS:
                    inner = Field(Kind.RECORD, found.fields)
                else:
                    raise TemplateError(
                        f"[each {'.'.join(node.path)}]: not a list ({found.kind.value})",
                        self.source,
                        node.line,
                    )
                self._check_nodes(node.body, {**scope, ITEM: inner})

    def _check_printable(self, path: tuple[str, ...], scope: dict[str, Field], line: int) -> None:
        found = self._lookup(path, scope, line)
        if found.kind not in (Kind.TEXT, Kind.LIST):
            hint = "use it in [if ...]" if found.kind is Kind.FLAG else "print one of its fields"
            if found.kind is Kind.RECORDS:
                hint = "go through it with [each ...]"
            raise TemplateError(
                f"${{{'.'.join(path)}}} cannot be printed ({found.kind.value}); {hint}",
                self.source,
                line,
            )

    def _lookup(self, path: tuple[str, ...], scope: Mapping[str, Field], line: int) -> Field:
        current: Mapping[str, Field] = scope
        found: Field | None = None
        for depth, name in enumerate(path):
            if found is not None and found.kind is not Kind.RECORD:
                raise TemplateError(
                    f"${{{'.'.join(path)}}}: {'.'.join(path[:depth])} has no fields",
                    self.source,
                    line,
                )
            found = current.get(name)
            if found is None:
                known = sorted(current)
                if name == ITEM and depth == 0:
                    raise TemplateError(
                        f"${{{'.'.join(path)}}}: 'item' exists only inside [each ...]",
                        self.source,
                        line,
                    )
                close = difflib.get_close_matches(name, known, n=3)
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                where = f" in {'.'.join(path[:depth])}" if depth else ""
                raise TemplateError(
                    f"unknown placeholder ${{{'.'.join(path)}}}: no {name!r}{where}{hint}",
                    self.source,
                    line,
                )
            current = found.fields
        assert found is not None  # a path has at least one name (the parser makes sure)
        return found

    # rendering ----------------------------------------------------------------------------
    def _render_nodes(
        self,
        nodes: Sequence[Node],
        scope: dict[str, Any],
        join: Callable[[Sequence[str]], str],
        out: list[tuple[str, str] | None],
    ) -> None:
        for node in nodes:
            if isinstance(node, BlankLine):
                out.append(None)
            elif isinstance(node, TextLine):
                text = self._substitute(node.parts, scope, join)
                if text.strip():  # a line whose values are all empty disappears
                    out.append((node.style, text))
            elif isinstance(node, IfBlock):
                value = _resolve(node.path, scope)
                chosen = node.then if _truthy(value) != node.negate else node.otherwise
                if chosen:
                    self._render_nodes(chosen, scope, join, out)
            else:
                for element in _resolve(node.path, scope) or ():
                    self._render_nodes(node.body, {**scope, ITEM: element}, join, out)

    @staticmethod
    def _substitute(
        parts: Sequence[Part], scope: Mapping[str, Any], join: Callable[[Sequence[str]], str]
    ) -> str:
        pieces = []
        for part in parts:
            if isinstance(part, str):
                pieces.append(part)
                continue
            value = _resolve(part.path, scope)
            if isinstance(value, list | tuple):
                pieces.append(join([str(v) for v in value]))
            elif value is not None:
                pieces.append(str(value))
        return "".join(pieces)


def _resolve(path: tuple[str, ...], scope: Mapping[str, Any]) -> Any:
    value: Any = scope
    for name in path:
        if value is None:
            return None  # an absent record prints nothing and is false in [if]
        value = value.get(name) if isinstance(value, Mapping) else None
    return value


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


def _clean_line(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(out: Sequence[tuple[str, str] | None]) -> tuple[TextBlock, ...]:
    """Lines of one style run together into a paragraph; bullets and headings stand alone."""
    result: list[TextBlock] = []
    style: str | None = None
    lines: list[str] = []

    def flush() -> None:
        nonlocal style, lines
        if style is not None and lines:
            glue = "\n" if style == "block" else " "
            result.append(TextBlock(style, glue.join(lines).strip()))
        style, lines = None, []

    for entry in out:
        if entry is None:
            flush()
            continue
        entry_style, text = entry
        if entry_style != style or entry_style in ("bullet", "heading"):
            flush()
            style = entry_style
        lines.append(text.strip() if entry_style != "block" else text.rstrip())
    flush()
    return tuple(result)


# parsing ----------------------------------------------------------------------------------
def parse_template(text: str, source: str) -> Template:
    """Parse `text` (named `source` in errors) without looking at any values."""
    lines = text.removeprefix("\ufeff").splitlines()
    subject: tuple[Part, ...] | None = None
    subject_line = 0
    root: list[Node] = []
    stack: list[IfBlock | EachBlock] = []

    def target() -> list[Node]:
        if not stack:
            return root
        top = stack[-1]
        if isinstance(top, IfBlock) and top.otherwise is not None:
            return top.otherwise
        return top.then if isinstance(top, IfBlock) else top.body

    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("[") and _DIRECTIVE_START.match(stripped) or _is_directive(stripped):
            if not stripped.endswith("]"):
                raise TemplateError(
                    f"malformed block line {stripped!r}: a block line must end with ']'",
                    source,
                    number,
                )
            words = stripped[1:-1].split()
            if not words or words[0].startswith("#"):
                continue  # a comment
            if subject is None:
                raise TemplateError(
                    "the first line must be the subject, e.g. 'Subject: ...'", source, number
                )
            _directive(words, source, number, stack, target)
            continue
        if subject is None:
            if not stripped:
                continue
            match = _SUBJECT.match(line)
            if not match or not match.group(2).strip():
                raise TemplateError(
                    "the first line must be the subject: 'Subject: ...', 'Betreft: ...' "
                    "or 'Betreff: ...'",
                    source,
                    number,
                )
            subject = _parse_parts(match.group(2), source, number)
            subject_line = number
            continue
        if not stripped:
            target().append(BlankLine(number))
            continue
        style, content = "p", stripped
        if stripped.startswith("- "):
            style, content = "bullet", stripped[2:]
        elif stripped.startswith("# "):
            style, content = "heading", stripped[2:]
        elif stripped.startswith(">"):
            style, content = "block", line.lstrip()[1:].removeprefix(" ")
        target().append(TextLine(number, style, _parse_parts(content, source, number)))
    if stack:
        open_block = stack[-1]
        keyword = "if" if isinstance(open_block, IfBlock) else "each"
        raise TemplateError(
            f"[{keyword} {'.'.join(open_block.path)}] is never closed with [end]",
            source,
            open_block.line,
        )
    if subject is None:
        raise TemplateError("the template is empty: it needs a subject line", source, 1)
    return Template(source, subject, subject_line, tuple(root))


def _is_directive(stripped: str) -> bool:
    """A whole line in brackets is meant as a block line; a typo like [iff x] must not print."""
    return stripped.startswith("[") and stripped.endswith("]") and "${" not in stripped


def _directive(
    words: list[str],
    source: str,
    number: int,
    stack: list[IfBlock | EachBlock],
    target: Callable[[], list[Node]],
) -> None:
    keyword, args = words[0].lower(), words[1:]
    if keyword == "if":
        negate = bool(args) and args[0].lower() == "not"
        names = args[1:] if negate else args
        if len(names) != 1 or not _PATH.match(names[0]):
            raise TemplateError(
                "[if] needs one name, e.g. [if extended_due] or [if not fee_announced]",
                source,
                number,
            )
        block: IfBlock | EachBlock = IfBlock(number, tuple(names[0].split(".")), negate)
        target().append(block)
        stack.append(block)
    elif keyword == "each":
        if len(args) != 1 or not _PATH.match(args[0]):
            raise TemplateError("[each] needs one list name, e.g. [each requests]", source, number)
        block = EachBlock(number, tuple(args[0].split(".")))
        target().append(block)
        stack.append(block)
    elif keyword == "else":
        top = stack[-1] if stack else None
        if args or not isinstance(top, IfBlock) or top.otherwise is not None:
            raise TemplateError("[else] belongs inside an [if ...] block, once", source, number)
        top.otherwise = []
    elif keyword == "end":
        if args or not stack:
            raise TemplateError("[end] without an open [if ...] or [each ...]", source, number)
        stack.pop()
    else:
        raise TemplateError(
            f"unknown block line [{' '.join(words)}]; use [if name], [if not name], [else], "
            "[each name], [end] or [# comment]",
            source,
            number,
        )


def _parse_parts(text: str, source: str, number: int) -> tuple[Part, ...]:
    parts: list[Part] = []
    literal: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char != "$":
            literal.append(char)
            i += 1
            continue
        following = text[i + 1 : i + 2]
        if following == "$":
            literal.append("$")
            i += 2
            continue
        if following != "{":
            raise TemplateError(
                f"a lone '$' at column {i + 1}: write ${{name}} for a value or $$ for a dollar sign",
                source,
                number,
            )
        close = text.find("}", i + 2)
        if close < 0:
            raise TemplateError(
                f"'${{' at column {i + 1} is never closed with '}}'", source, number
            )
        name = text[i + 2 : close].strip()
        if not _PATH.match(name):
            raise TemplateError(
                f"malformed placeholder ${{{text[i + 2 : close]}}} at column {i + 1}: "
                "use names like ${reference} or ${company.name}",
                source,
                number,
            )
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(Placeholder(tuple(name.split(".")), number))
        i = close + 1
    if literal:
        parts.append("".join(literal))
    return tuple(parts)


# loading ----------------------------------------------------------------------------------
def template_path(kind_value: str, language: str, override_dir: Path | None) -> Path:
    """The officer's override if one exists, else the shipped template."""
    from desktop.resources import resource_path

    relative = (language, f"{kind_value}.txt")
    if override_dir is not None:
        candidate = Path(override_dir).joinpath(*relative)
        if candidate.is_file():
            return candidate
    return resource_path("letters", *relative)


_CACHE: dict[tuple[str, int, int], Template] = {}


def read_template(path: Path, schema: Schema) -> Template:
    """Parse and check the file at `path`; cached while the file is unchanged."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise TemplateError(f"cannot read the template ({exc.strerror})", str(path), 0) from None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise TemplateError("not UTF-8 text; save the file as UTF-8", str(path), line) from None
    template = parse_template(text, str(path))
    template.check(schema)
    if len(_CACHE) > 256:
        _CACHE.clear()
    _CACHE[key] = template
    return template
