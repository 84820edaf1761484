"""Making untrusted text safe to show: charsets, RFC 2047 words, control characters, HTML."""

from __future__ import annotations

import base64
import binascii
import html as htmllib
import mimetypes
import re
import unicodedata
from html.parser import HTMLParser

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Embedding, override and isolate controls can make a name or filename display as something else.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t]+\n")
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$")
_FILENAME_FORBIDDEN = re.compile(r'[<>:"/\\|?*\u200b\ufeff]')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)

_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")

FILENAME_MAX = 200


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text from bytes in the declared charset; an unknown charset falls back with replacements."""
    if charset:
        name = charset.strip().strip("\"'").split("*", 1)[0]
        if name and name.lower() not in ("unknown-8bit", "x-unknown", "unknown"):
            try:
                return data.decode(name, errors="replace")
            except (LookupError, ValueError):
                pass  # not a text codec, or one that ignores errors="replace"
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes, or a legacy single-byte text?
    if _UTF8_SEQUENCE.search(data):
        return data.decode("utf-8", errors="replace")
    return data.decode("cp1252", errors="replace")


def decode_html_bytes(data: bytes) -> str:
    """HTML bytes without an outer charset: trust the <meta> charset, then UTF-8, then cp1252."""
    found = _META_CHARSET.search(data[:4096])
    return decode_bytes(data, found.group(1).decode("ascii") if found else None)


def undo_surrogates(text: str) -> str:
    """Turn bytes the email parser kept as surrogates back into text (raw 8-bit headers)."""
    if not _SURROGATE.search(text):
        return text
    try:
        raw = text.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return decode_bytes(raw)


def _decode_word(charset: str, encoding: str, payload: str) -> str | None:
    try:
        if encoding in "bB":
            raw = base64.b64decode(payload + "=" * (-len(payload) % 4))
        else:
            raw = binascii.a2b_qp(payload.encode("utf-8", errors="replace"), header=True)
    except (binascii.Error, ValueError):
        return None
    return decode_bytes(raw, charset)


def decode_header(value: str) -> str:
    """A header value with RFC 2047 encoded words decoded, in any charset, never failing."""
    text = undo_surrogates(value)
    text = re.sub(r"\r?\n(?=[ \t])", "", text)
    parts: list[str] = []
    last_end = 0
    previous_was_word = False
    for match in _ENCODED_WORD.finditer(text):
        gap = text[last_end : match.start()]
        decoded = _decode_word(match.group(1), match.group(2), match.group(3))
        if decoded is None:
            parts.append(gap + match.group(0))
            previous_was_word = False
        else:
            # RFC 2047 6.2: whitespace between two encoded words is not part of the text.
            if not (previous_was_word and gap.strip() == ""):
                parts.append(gap)
            parts.append(decoded)
            previous_was_word = True
        last_end = match.end()
    parts.append(text[last_end:])
    return "".join(parts)


def clean_text(text: str) -> str:
    """Multi-line text without control characters (tabs and newlines stay), in NFC."""
    text = _SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = _BIDI.sub("", _CONTROL.sub("", text))
    return unicodedata.normalize("NFC", text)


def clean_body(text: str) -> str:
    """A readable body: clean text, no trailing spaces, at most one blank line in a row."""
    text = _TRAILING.sub("\n", clean_text(text) + "\n")
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def clean_line(text: str, max_length: int) -> str:
    """One line of clean text (a subject, a name), shortened with an ellipsis if too long."""
    text = _SPACES.sub(" ", clean_text(text)).strip()
    if len(text) > max_length:
        text = text[: max_length - 1].rstrip() + "\u2026"
    return text


def clean_media_type(value: str | None) -> str:
    """A plausible type/subtype in lower case, else application/octet-stream."""
    value = (value or "").strip().lower()
    return value if _MEDIA_TYPE.match(value) else "application/octet-stream"


def extension_for(media_type: str) -> str:
    """A file extension for a media type, for attachments that arrive without a name."""
    known = {
        "message/rfc822": ".eml",
        "text/plain": ".txt",
        "text/html": ".html",
        "image/jpeg": ".jpg",
        "image/tiff": ".tif",
        "application/vnd.ms-outlook": ".msg",
        "application/octet-stream": ".bin",
    }
    return known.get(media_type) or mimetypes.guess_extension(media_type, strict=False) or ".bin"


def safe_filename(name: str | None, fallback: str = "attachment") -> str:
    """A filename with no folder part, no control or bidi characters, at most 200 characters."""
    text = undo_surrogates(name or "")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = _FILENAME_FORBIDDEN.sub("_", clean_text(text))
    text = _SPACES.sub(" ", text).strip(" .")
    if _WINDOWS_RESERVED.match(text):
        text = "_" + text
    if not text:
        text = fallback
    if len(text) > FILENAME_MAX:
        stem, dot, suffix = text.rpartition(".")
        if dot and 0 < len(suffix) <= 16 and stem:
            text = stem[: FILENAME_MAX - len(suffix) - 1].rstrip(" .") + "." + suffix
        else:
            text = text[:FILENAME_MAX].rstrip(" .")
    return text or fallback


class _HtmlText(HTMLParser):
    """Collects the readable text of an HTML document: blocks become lines, markup disappears."""

    _SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "xml"})
    _BLOCK = frozenset(
        {
            "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main",
            "nav", "ol", "section", "table", "tr", "ul",
        }
    )  # fmt: skip
    _PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skip = 0  # an unclosed <head> must not hide the body
        elif tag in self._SKIP:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in self._PARAGRAPH:
            self.parts.append("\n\n")
            if tag == "pre":
                self.pre += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._PARAGRAPH:
            self.parts.append("\n\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.parts.append(data if self.pre else re.sub(r"[ \t\r\n\f]+", " ", data))


HTML_PARSE_MAX = 1_000_000  # longer HTML (11 MB of nested <div> took a minute) is stripped


def html_to_text(html: str) -> str:
    """Readable plain text from HTML, with no markup left; broken HTML degrades, never fails.
    HTML longer than HTML_PARSE_MAX characters has its tags stripped (linear) instead."""
    parser = _HtmlText()
    try:
        if len(html) > HTML_PARSE_MAX:
            raise ValueError("too long to parse")
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # html.parser can still trip over odd declarations; strip tags instead
        text = htmllib.unescape(re.sub(r"<[^>]*>", " ", html))
    lines = (line.strip(" ") for line in text.replace("\xa0", " ").split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
