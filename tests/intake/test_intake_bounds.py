"""A message built to stall the reader is refused quickly, saying why; legitimate mail is not:
a long body is kept in full, an empty attachment is kept."""

from email.message import EmailMessage

import pytest

from desktop.intake import IntakeError
from desktop.intake.messages import read_message_bytes
from desktop.intake.rfc822 import MAX_HEADERS, MAX_PARTS
from desktop.intake.text import HTML_PARSE_MAX, html_to_text

HEAD = (
    b"From: Anne de Vries <anne@example.org>\r\nSubject: Inzage\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n"
)


def parts(count: int, empty: bool = False) -> bytes:
    body = b"".join(
        b"--XX\r\nContent-Type: text/plain\r\n\r\n" + (b"" if empty else b"part %d\r\n" % n)
        for n in range(count)
    )
    return HEAD + body + b"--XX--\r\n"


@pytest.mark.parametrize("count", [MAX_PARTS + 1, 50_000])
def test_a_message_of_too_many_parts_is_refused_saying_so(count):
    with pytest.raises(IntakeError, match=f"{count:,} parts.*at most {MAX_PARTS:,}"):
        read_message_bytes(parts(count, empty=count > MAX_PARTS + 1), "bomb.eml")


def test_parts_without_a_content_type_are_counted_too():
    bare = HEAD + b"".join(b"--XX\r\n\r\nx\r\n" for _ in range(MAX_PARTS + 10)) + b"--XX--\r\n"
    with pytest.raises(IntakeError, match="parts"):
        read_message_bytes(bare, "bare.eml")


def test_a_message_of_many_parts_within_the_bound_is_read():
    draft = read_message_bytes(parts(200), "many.eml")
    assert "part 0" in draft.body and "part 199" in draft.body


def test_a_message_of_too_many_header_lines_is_refused():
    data = b"".join(b"X-Spam-%d: y\r\n" % n for n in range(MAX_HEADERS + 5))
    with pytest.raises(IntakeError, match="header lines"):
        read_message_bytes(b"From: a@example.org\r\n" + data + b"\r\nhello", "headers.eml")


def test_deeply_nested_html_is_read_as_text_without_parsing_it():
    html = "<div>" * (HTML_PARSE_MAX // 5) + "Ich möchte Auskunft." + "</div>" * 10
    assert html_to_text(html) == "Ich möchte Auskunft."


def test_a_long_body_is_kept_in_full_and_an_empty_attachment_is_kept():
    message = EmailMessage()
    message["From"] = "Anne de Vries <anne@example.org>"
    message["Subject"] = "Inzage"
    message.set_content("Ik wil inzage. " * 20_000)  # 300,000 characters
    message.add_attachment(b"", maintype="application", subtype="pdf", filename="leeg.pdf")
    draft = read_message_bytes(message.as_bytes(), "long.eml")
    assert len(draft.body) >= 299_000
    assert [(a.filename, a.size) for a in draft.attachments] == [("leeg.pdf", 0)]


def test_a_message_with_an_empty_attachment_is_logged_with_it(services):
    from desktop.services.intake import case_draft_from_message

    message = EmailMessage()
    message["From"] = "Anne de Vries <anne@example.org>"
    message["Subject"] = "Inzage"
    message["Date"] = "Mon, 02 Mar 2026 10:00:00 +0100"  # the test clock's today
    message.set_content("Ik wil inzage.")
    message.add_attachment(b"", maintype="application", subtype="pdf", filename="leeg.pdf")
    draft = read_message_bytes(message.as_bytes(), "inzage.eml")
    case = services.cases.log_case(case_draft_from_message(draft, ["access"]))
    kept = [
        (a["filename"], a["size"])
        for item in services.cases.case_file(case.id)["correspondence"]
        for a in item["attachments"]
    ]
    assert ("leeg.pdf", 0) in kept
