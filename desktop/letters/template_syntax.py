"""The parts of a parsed letter template (see templates.py for the format) and its errors."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum


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
SUBJECT_LINE = re.compile(r"^\s*(subject|betreft|betreff|onderwerp)\s*:\s*(.*)$", re.IGNORECASE)
NAME_PATH = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")
DIRECTIVE_START = re.compile(r"^\[\s*(#|if\b|each\b|else\b|end\b)", re.IGNORECASE)


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
