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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.letters.template_syntax import (
    ITEM,
    BlankLine,
    EachBlock,
    Field,
    IfBlock,
    Kind,
    Node,
    Part,
    Placeholder,
    RenderedText,
    Schema,
    TemplateError,
    TextBlock,
    TextLine,
)

__all__ = ["Field", "Kind", "Schema", "Template", "TemplateError", "TextBlock"]


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
