"""Reading letter templates: the parser (nothing is executed) and the files, shipped or the office's own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.letters.template_syntax import (
    DIRECTIVE_START,
    NAME_PATH,
    SUBJECT_LINE,
    BlankLine,
    EachBlock,
    IfBlock,
    Node,
    Part,
    Placeholder,
    Schema,
    TemplateError,
    TextLine,
)
from desktop.letters.templates import Template


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
        if stripped.startswith("[") and DIRECTIVE_START.match(stripped) or _is_directive(stripped):
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
            match = SUBJECT_LINE.match(line)
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
        if len(names) != 1 or not NAME_PATH.match(names[0]):
            raise TemplateError(
                "[if] needs one name, e.g. [if extended_due] or [if not fee_announced]",
                source,
                number,
            )
        block: IfBlock | EachBlock = IfBlock(number, tuple(names[0].split(".")), negate)
        target().append(block)
        stack.append(block)
    elif keyword == "each":
        if len(args) != 1 or not NAME_PATH.match(args[0]):
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
        if not NAME_PATH.match(name):
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
