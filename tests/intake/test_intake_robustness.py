"""Hostile and broken input: every outcome is a draft or an IntakeError, never a crash."""

from __future__ import annotations

import os
import random
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from desktop.intake import (
    MAX_FILE_BYTES,
    IntakeDraft,
    IntakeError,
    read_message,
    read_message_bytes,
)
from desktop.intake.messages import OLE_MAGIC

CONTROL = "".join(chr(c) for c in range(32) if c not in (9, 10)) + "\x7f\x85\x9f"


def outcome(data: bytes, clock, filename: str = "x.eml") -> IntakeDraft | IntakeError:
    """The draft, or the IntakeError; any other exception fails the test."""
    try:
        return read_message_bytes(data, filename, clock=clock)
    except IntakeError as error:
        assert str(error)  # always a message for the officer
        return error


def assert_clean(text: str) -> None:
    assert not any(ch in text for ch in CONTROL)
    assert not any("\ud800" <= ch <= "\udfff" for ch in text)
    assert not any(ch in text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def assert_sane(draft: IntakeDraft) -> None:
    for text in (draft.subject, draft.sender_name or "", draft.body):
        assert_clean(text)
    assert "\n" not in draft.subject and "\t" not in draft.subject
    for attachment in (*draft.attachments, draft.original):
        assert 0 < len(attachment.filename) <= 200
        assert "/" not in attachment.filename and "\\" not in attachment.filename
        assert_clean(attachment.filename)
        assert isinstance(attachment.content, bytes)


def rich_message() -> bytes:
    msg = EmailMessage()
    msg["From"] = "=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>"
    msg["To"] = "privacy@example.com"
    msg["Subject"] = "Antrag auf Löschung – Jürgen Müller"
    msg["Date"] = "Mon, 02 Feb 2026 10:15:00 +0100"
    msg.set_content("Bitte löschen Sie mein Konto.\nMit freundlichen Grüßen")
    msg.add_alternative("<p>Bitte <b>löschen</b> Sie mein Konto.</p>", subtype="html")
    msg.get_payload()[1].add_related(b"\x89PNG\r\n\x1a\n....", "image", "png", cid="<a>")
    msg.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename="a.pdf")
    return msg.as_bytes()


# --- empty, huge, missing ------------------------------------------------------------------


def test_empty_bytes(clock):
    with pytest.raises(IntakeError, match="The file is empty."):
        read_message_bytes(b"", "x.eml", clock=clock)


def test_empty_file(tmp_path, clock):
    path = tmp_path / "x.msg"
    path.write_bytes(b"")
    with pytest.raises(IntakeError, match="The file is empty."):
        read_message(path, clock=clock)


def test_50_mb_file_is_refused_before_it_is_read(tmp_path, clock, monkeypatch):
    path = tmp_path / "huge.eml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk space

    def must_not_read(*args, **kwargs):
        raise AssertionError("the file was opened although its size is over the limit")

    monkeypatch.setattr(Path, "open", must_not_read)
    monkeypatch.setattr(Path, "read_bytes", must_not_read)
    with pytest.raises(IntakeError) as caught:
        read_message(path, clock=clock)
    assert str(caught.value) == "The file is too large (50.0 MB); the limit is 25 MB."


def test_too_many_bytes_in_memory(clock):
    with pytest.raises(IntakeError, match=r"too large \(25\.0 MB\); the limit is 25 MB"):
        read_message_bytes(b"x" * (MAX_FILE_BYTES + 1), "x.eml", clock=clock)


def test_exactly_the_limit_is_allowed(tmp_path, clock):
    body = b"From: a@example.com\r\nSubject: big\r\n\r\n"
    data = body + b"a" * (MAX_FILE_BYTES - len(body))
    path = tmp_path / "limit.eml"
    path.write_bytes(data)
    draft = read_message(path, clock=clock)
    assert len(draft.original.content) == MAX_FILE_BYTES


def test_missing_file_and_folder(tmp_path, clock):
    folder = tmp_path / "Jürgen Müller"
    folder.mkdir()
    with pytest.raises(IntakeError) as missing:
        read_message(folder / "verzoek Jürgen.eml", clock=clock)
    assert "does not exist" in str(missing.value)
    with pytest.raises(IntakeError, match="not a file") as not_a_file:
        read_message(folder, clock=clock)
    for error in (missing.value, not_a_file.value):
        assert "Jürgen" not in str(error) and "Müller" not in str(error)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path, clock):
    path = tmp_path / "x.eml"
    path.write_bytes(b"From: a@example.com\r\n\r\nx")
    path.chmod(0)
    try:
        with pytest.raises(IntakeError, match="permission"):
            read_message(path, clock=clock)
    finally:
        path.chmod(0o600)


# --- random and damaged bytes ---------------------------------------------------------------


def test_random_bytes_never_crash(clock):
    rng = random.Random(20260302)
    for _ in range(120):
        size = rng.choice([1, 2, 7, 100, 1535, 1536, 5000, 70_000])
        prefix = rng.choice([b"", OLE_MAGIC, b"From: ", b"Content-Type: multipart/mixed\r\n"])
        data = prefix + rng.randbytes(size)
        result = outcome(data, clock, filename=rng.choice(["x.eml", "x.msg", ""]))
        if isinstance(result, IntakeDraft):
            assert_sane(result)


def test_plain_random_bytes_are_not_a_message(clock):
    rng = random.Random(7)
    for _ in range(50):
        with pytest.raises(IntakeError, match="not a valid email message"):
            read_message_bytes(rng.randbytes(3000).replace(b":", b"."), "x.eml", clock=clock)


def test_truncated_eml_at_every_cut(clock):
    data = rich_message()
    for cut in range(1, len(data), max(1, len(data) // 300)):
        result = outcome(data[:cut], clock)
        if isinstance(result, IntakeDraft):
            assert_sane(result)


def test_flipped_bytes_in_eml(clock):
    rng = random.Random(99)
    original = rich_message()
    for _ in range(200):
        data = bytearray(original)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        result = outcome(bytes(data), clock)
        if isinstance(result, IntakeDraft):
            assert_sane(result)


def test_flipped_bytes_in_a_real_outlook_message(clock):
    """A short mutation fuzz over the corpus's small .msg (an OLE file read by extract-msg):
    each damaged copy is a draft or a message for the officer, never a crash or a hang."""
    rng = random.Random(20261203)
    original = (Path(__file__).parents[1] / "data" / "mail" / "strangeDate.msg").read_bytes()
    started = time.perf_counter()
    for _ in range(40):
        data = bytearray(original)
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(512, len(data))] = rng.randrange(256)  # past the OLE header
        result = outcome(bytes(data), clock, filename="x.msg")
        if isinstance(result, IntakeDraft):
            assert_sane(result)
    assert time.perf_counter() - started < 60


def test_deeply_nested_multiparts(clock):
    depth = 3000
    head = b"From: a@example.com\r\nSubject: deep\r\nMIME-Version: 1.0\r\n"
    parts = [head]
    for level in range(depth):
        parts.append(
            f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n'.encode()
        )
    parts.append(b"Content-Type: text/plain\r\n\r\nbottom\r\n")
    parts.extend(f"--b{level}--\r\n".encode() for level in reversed(range(depth)))
    result = outcome(b"".join(parts), clock)
    if isinstance(result, IntakeDraft):
        assert_sane(result)


def test_thousands_of_parts_are_fast_enough(clock):
    msg = EmailMessage()
    msg["From"] = "a@example.com"
    msg["Subject"] = "many"
    msg.set_content("x")
    for number in range(1000):
        msg.add_attachment(b"x", maintype="application", subtype="pdf", filename=f"{number}.pdf")
    started = time.perf_counter()
    draft = read_message_bytes(msg.as_bytes(), "x.eml", clock=clock)
    assert len(draft.attachments) == 1000
    assert time.perf_counter() - started < 20


# --- hostile text ---------------------------------------------------------------------------


def test_control_characters_are_stripped(clock):
    data = (
        'From: "Jan\x07 de\x1b[31m Vries" <jan@example.nl>\r\n'
        "Subject: In\x00zage\x08 verzoek\x7f\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Regel\x00 een\tmet tab\r\nregel\x0b twee\x0c\x1b[0m\r\n\x85"
    ).encode()
    draft = read_message_bytes(data, "x.eml")
    assert draft.sender_name == "Jan de[31m Vries"
    assert draft.subject == "Inzage verzoek"
    assert draft.body == "Regel een\tmet tab\nregel twee[0m"
    assert_sane(draft)


def test_rtl_emoji_and_markup_survive_as_text(clock):
    subject = "طلب الوصول 👩‍👩‍👧 <script>alert(1)</script> &amp; \u202egnp.exe"
    msg = EmailMessage()
    msg["From"] = "\u202eJan <jan@example.nl>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Feb 2026 10:15:00 +0100"
    msg.set_content("שלום 🙂 <b>not html</b>\u2067isolated\u2069 ok")
    draft = read_message_bytes(msg.as_bytes(), "x.eml", clock=clock)
    assert draft.subject == "طلب الوصول 👩‍👩‍👧 <script>alert(1)</script> &amp; gnp.exe"
    assert "\u200d" in draft.subject  # the zero-width joiners of the family emoji stay
    assert draft.sender_name == "Jan"
    assert draft.body == "שלום 🙂 <b>not html</b>isolated ok"
    assert_sane(draft)


def test_ten_thousand_character_subject(clock):
    msg = EmailMessage()
    msg["From"] = "a@example.com"
    msg["Subject"] = "Löschung " * 1111 + "x"
    msg.set_content("x")
    draft = read_message_bytes(msg.as_bytes(), "x.eml", clock=clock)
    assert len(msg["Subject"]) >= 10_000
    assert 990 <= len(draft.subject) <= 1000
    assert draft.subject.endswith("…")
    assert draft.original.content == msg.as_bytes()  # the whole subject stays in the evidence


def test_enormous_header_and_body_lines(clock):
    data = b"From: " + b"a" * 200_000 + b"\r\nSubject: " + b"=?utf-8?q?x?= " * 20_000
    data += b"\r\n\r\n" + b"y" * 1_000_000
    result = outcome(data, clock)
    assert isinstance(result, IntakeDraft)
    assert_sane(result)
    assert len(result.subject) <= 1000


def test_error_messages_hold_no_personal_data(clock):
    name = "Jürgen Müller <juergen@example.de>"
    for data in (OLE_MAGIC + name.encode() * 200, name.encode() * 3):
        error = outcome(data, clock, filename=f"{name}.msg")
        assert isinstance(error, IntakeError)
        assert "Jürgen" not in str(error) and "juergen" not in str(error)
