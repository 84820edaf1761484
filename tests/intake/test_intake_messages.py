"""Reading .eml messages into intake drafts: fields, dates, bodies, attachments, dispatch."""

from __future__ import annotations

import datetime
import email
import email.policy
from email.message import EmailMessage

import pytest

from desktop.core.requests import Channel, RequestType
from desktop.intake import IntakeDraft, IntakeError, read_message, read_message_bytes

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def message(
    subject: str = "Verzoek tot inzage",
    body: str = "Geachte heer, hierbij vraag ik inzage in mijn gegevens.",
    sender: str = "Jan de Vries <jan@example.nl>",
    date: str | None = "Mon, 02 Feb 2026 10:15:00 +0100",
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "privacy@hoffmann-group.com"
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = date
    msg.set_content(body)
    return msg


def read(data: bytes, clock, filename: str = "request.eml") -> IntakeDraft:
    return read_message_bytes(data, filename, clock=clock)


# --- the fields of a plain message ---------------------------------------------------------


def test_plain_message_fills_every_field(clock):
    data = message().as_bytes()
    draft = read(data, clock)

    assert draft.channel is Channel.EMAIL
    assert draft.sender_name == "Jan de Vries"
    assert draft.sender_email == "jan@example.nl"
    assert draft.subject == "Verzoek tot inzage"
    assert draft.body == "Geachte heer, hierbij vraag ik inzage in mijn gegevens."
    moment = datetime.datetime(
        2026, 2, 2, 10, 15, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    assert draft.received_at == moment
    assert draft.received_at.utcoffset() == datetime.timedelta(hours=1)  # the sender's own offset
    assert draft.received == moment.astimezone().date()
    assert draft.language == "nl"
    assert draft.missing == ()
    assert draft.attachments == ()
    assert [s.type for s in draft.suggested_types] == [RequestType.ACCESS]


def test_original_is_kept_byte_for_byte(clock):
    data = message().as_bytes()
    draft = read(data, clock, filename="Verzoek.eml")
    assert draft.original.content == data
    assert draft.original.media_type == "message/rfc822"
    assert draft.original.filename == "Verzoek.eml"


def test_original_filename_is_sanitised(clock):
    draft = read(message().as_bytes(), clock, filename="../../etc/\x00evil\u202e.eml")
    assert draft.original.filename == "evil.eml"
    assert read(message().as_bytes(), clock, filename="").original.filename == "message.eml"


def test_read_message_from_a_path(tmp_path, clock):
    path = tmp_path / "in.eml"
    path.write_bytes(message().as_bytes())
    draft = read_message(path, clock=clock)
    assert draft.sender_email == "jan@example.nl"
    assert draft.original.filename == "in.eml"


def test_read_message_works_without_a_clock(tmp_path):
    path = tmp_path / "in.eml"
    path.write_bytes(message().as_bytes())
    assert read_message(path).received is not None


def test_draft_is_frozen(clock):
    draft = read(message().as_bytes(), clock)
    with pytest.raises(AttributeError):
        draft.subject = "x"  # type: ignore[misc]


# --- headers: encoded words, charsets, senders -------------------------------------------


def test_rfc2047_subject_written_by_the_stdlib(clock):
    data = message(subject="Verzoek tot inzage – Jürgen Müller").as_bytes()
    assert b"=?utf-8?" in data  # really encoded on the wire
    assert read(data, clock).subject == "Verzoek tot inzage – Jürgen Müller"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "=?windows-1252?Q?Verzoek_tot_inzage_=96_J=FCrgen_M=FCller?=",
            "Verzoek tot inzage – Jürgen Müller",
        ),
        (
            "=?UTF-8?B?QW50cmFnIGF1ZiBMw7ZzY2h1bmcg4oCTIErDvHJnZW4=?=",
            "Antrag auf Löschung – Jürgen",
        ),
        ("=?iso-8859-1?q?Antrag?= =?iso-8859-1?q?_auf_L=F6schung?=", "Antrag auf Löschung"),
        ("Auskunft =?utf-8?q?M=C3=BCller?= bitte", "Auskunft Müller bitte"),
        ("=?utf-8*de?q?Gr=C3=BC=C3=9Fe?=", "Grüße"),
        ("=?koi8-r?B?8NLJ18XU?=", "Привет"),
        ("=?x-no-such-charset?Q?abc?=", "abc"),
        ("=?utf-8?B?not base64!?=", "=?utf-8?B?not base64!?="),
        ("=?utf-8?Q?broken=FF=FEbytes?=", "broken\ufffd\ufffdbytes"),
        ("=?utf-8?B?Zm9v?=", "foo"),
    ],
)
def test_encoded_subjects_decode_in_any_charset(clock, raw, expected):
    data = (
        f"From: a@example.com\r\nSubject: {raw}\r\nDate: Mon, 02 Feb 2026 10:00:00 +0000\r\n"
        "\r\nbody\r\n"
    ).encode()
    assert read(data, clock).subject == expected


def test_raw_8bit_headers_are_read_as_utf8_then_cp1252(clock):
    utf8 = "Subject: Löschung – jetzt\r\nFrom: a@example.com\r\n\r\nx".encode()
    latin = "Subject: Löschung\r\nFrom: a@example.com\r\n\r\nx".encode("latin-1")
    assert read(utf8, clock).subject == "Löschung – jetzt"
    assert read(latin, clock).subject == "Löschung"


@pytest.mark.parametrize(
    ("raw", "name", "address"),
    [
        (
            "=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>",
            "Jürgen Müller",
            "juergen@example.de",
        ),
        ('"Müller, Jürgen" <j.mueller@example.de>', "Müller, Jürgen", "j.mueller@example.de"),
        ("anna@example.org", None, "anna@example.org"),
        ("<anna@example.org>", None, "anna@example.org"),
        ("anna@example.org (Anna Smit)", "Anna Smit", "anna@example.org"),
        ("Anna Smit", "Anna Smit", None),
        ("Anna Smit <not-an-address>", "Anna Smit", None),
        ("undisclosed-recipients:;", None, None),
        ("Exchange User </O=EXCHANGELABS/OU=EXCHANGE/CN=RECIPIENTS/CN=ABC>", "Exchange User", None),
        ("a@b.example, Second <second@example.com>", None, "a@b.example"),
        ('"anna@example.org" <anna@example.org>', None, "anna@example.org"),
        ("<<<>>>@@@", None, None),
    ],
)
def test_sender_name_and_address(clock, raw, name, address):
    data = f"From: {raw}\r\nSubject: s\r\n\r\nbody".encode()
    draft = read(data, clock)
    assert (draft.sender_name, draft.sender_email) == (name, address)
    assert ("sender_email" in draft.missing) is (address is None)
    assert ("sender_name" in draft.missing) is (name is None)


def test_missing_from_header_is_reported_not_guessed(clock):
    data = b"Subject: Auskunft\r\nReply-To: someone@example.com\r\n\r\nBitte Auskunft."
    draft = read(data, clock)
    assert draft.sender_email is None
    assert draft.sender_name is None
    assert "sender_email" in draft.missing


# --- dates -------------------------------------------------------------------------------


def test_no_date_header_means_received_is_missing(clock):
    draft = read(message(date=None).as_bytes(), clock)
    assert draft.received is None
    assert draft.received_at is None
    assert "received" in draft.missing


@pytest.mark.parametrize(
    "date",
    [
        "garbage",
        "yesterday at noon",
        "Mon, 31 Feb 2026 10:00:00 +0000",
        "Mon, 02 Feb 99999 10:00:00 +0000",
        "Mon, 02 Feb 2026 25:61:00 +0000",
        "Thu, 01 Jan 1970 00:00:00 +0000",  # a sender without a clock, not an arrival
        "Fri, 01 Jan 2099 10:00:00 +0000",  # in the future of the fixed clock
        "Tue, 03 Mar 2026 12:00:00 +0000",  # more than a day after "now" (2 Mar 2026 09:00 UTC)
        "",
    ],
)
def test_garbage_or_implausible_date_is_missing(clock, date):
    data = f"From: a@example.com\r\nSubject: s\r\nDate: {date}\r\n\r\nx".encode()
    draft = read(data, clock)
    assert draft.received is None
    assert draft.received_at is None
    assert "received" in draft.missing


def test_sender_clock_a_few_hours_fast_is_accepted(clock):
    data = b"From: a@example.com\r\nSubject: s\r\nDate: Mon, 02 Mar 2026 15:00:00 +0000\r\n\r\nx"
    assert read(data, clock).received_at == datetime.datetime(2026, 3, 2, 15, tzinfo=datetime.UTC)


def test_date_without_zone_is_taken_as_utc(clock):
    data = b"From: a@example.com\r\nSubject: s\r\nDate: Mon, 02 Feb 2026 10:00:00 -0000\r\n\r\nx"
    draft = read(data, clock)
    assert draft.received_at == datetime.datetime(2026, 2, 2, 10, tzinfo=datetime.UTC)
    assert draft.received_at.tzinfo is not None


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "America/New_York", "UTC", "Asia/Tokyo"])
def test_received_does_not_follow_the_pcs_time_zone(clock, local_zone, zone):
    """Issue 8.5: the same mail gave 3 March on a UTC machine and 4 March in Berlin."""
    # 23:30 UTC on Saturday 31 January is Sunday 1 February at the group's seat in Munich.
    data = b"From: a@example.com\r\nSubject: s\r\nDate: Sat, 31 Jan 2026 23:30:00 +0000\r\n\r\nx"
    local_zone(zone)
    draft = read(data, clock)
    assert draft.received == datetime.date(2026, 2, 1)
    assert draft.received_at == datetime.datetime(2026, 1, 31, 23, 30, tzinfo=datetime.UTC)


def test_the_topmost_received_header_is_the_arrival_not_the_date_header(clock, local_zone):
    local_zone("UTC")
    data = (
        b"Received: from mx.hoffmann.example by mail.hoffmann.example; "
        b"Mon, 23 Feb 2026 23:50:00 +0000\r\n"
        b"Received: from sender.example by mx.example; Mon, 23 Feb 2026 23:49:10 +0000\r\n"
        b"From: a@example.com\r\nSubject: s\r\nDate: Mon, 23 Feb 2026 21:10:00 +0000\r\n\r\nx"
    )
    draft = read(data, clock)
    assert draft.received_at == datetime.datetime(2026, 2, 23, 23, 50, tzinfo=datetime.UTC)
    assert draft.written_at == datetime.datetime(2026, 2, 23, 21, 10, tzinfo=datetime.UTC)
    assert draft.received == datetime.date(2026, 2, 24)  # 00:50 in Munich


# --- bodies --------------------------------------------------------------------------------


def test_html_only_message_becomes_readable_text(clock):
    msg = message()
    msg.set_content(
        "<html><head><title>T</title><style>p{color:red}</style>"
        "<script>alert('x')</script></head><body>"
        "<p>Geachte heer,</p><p>Ik wil mijn <b>account verwijderen</b> &amp; een kopie van "
        "mijn gegevens.<br>Met vriendelijke groet,<br>Jan&nbsp;de&nbsp;Vries</p>"
        "<ul><li>klantnummer 123</li><li>postcode 1234 AB</li></ul></body></html>",
        subtype="html",
    )
    draft = read(msg.as_bytes(), clock)
    assert "<" not in draft.body and ">" not in draft.body
    assert "alert" not in draft.body and "color" not in draft.body
    assert "Ik wil mijn account verwijderen & een kopie van mijn gegevens." in draft.body
    assert "Met vriendelijke groet,\nJan de Vries" in draft.body
    assert "- klantnummer 123\n- postcode 1234 AB" in draft.body
    assert draft.body.startswith("Geachte heer,\n\nIk wil")
    types = [s.type for s in draft.suggested_types]
    assert RequestType.ERASURE in types and RequestType.ACCESS in types


def test_broken_html_still_gives_text(clock):
    msg = message()
    msg.set_content(
        "<html><head><style>x{}<body><p>Bitte <i>löschen<p>Danke <![if !supportLists]>"
        "<!-- unclosed comment <div",
        subtype="html",
    )
    draft = read(msg.as_bytes(), clock)
    assert "<" not in draft.body.replace("<!--", "")
    assert isinstance(draft.body, str)


def test_plain_text_wins_over_html_in_an_alternative(clock):
    msg = message(body="Plain text version.")
    msg.add_alternative("<p>HTML version.</p>", subtype="html")
    assert read(msg.as_bytes(), clock).body == "Plain text version."


def test_empty_plain_alternative_falls_back_to_html(clock):
    msg = message(body="   \n")
    msg.add_alternative("<p>Only the HTML says something.</p>", subtype="html")
    assert read(msg.as_bytes(), clock).body == "Only the HTML says something."


def test_unknown_body_charset_falls_back_with_replacements(clock):
    data = (
        b"From: a@example.com\r\nSubject: s\r\nContent-Type: text/plain; charset=x-klingon\r\n"
        b"\r\nL\xc3\xb6schung bitte \xff\xfe"
    )
    assert read(data, clock).body == "Löschung bitte \ufffd\ufffd"


@pytest.mark.parametrize("charset", ["base64", "zlib", "rot13", "idna", "utf-16"])
def test_odd_codec_names_as_charset_do_not_crash(clock, charset):
    data = (
        f"From: a@example.com\r\nSubject: s\r\nContent-Type: text/plain; charset={charset}\r\n"
        "\r\nhello world\r\n"
    ).encode()
    assert isinstance(read(data, clock).body, str)


def test_latin1_body_is_decoded(clock):
    msg = message(body="Löschung meiner Daten, bitte.")
    msg.set_content("Löschung meiner Daten, bitte.", charset="iso-8859-1", cte="quoted-printable")
    assert read(msg.as_bytes(), clock).body == "Löschung meiner Daten, bitte."


def test_quoted_lines_do_not_make_suggestions(clock):
    body = "Dank u, ik heb geen vragen meer.\n\n> Uw inzageverzoek is ontvangen.\n> Met groet"
    draft = read(message(subject="Re: uw brief", body=body).as_bytes(), clock)
    assert draft.suggested_types == ()
    assert "> Uw inzageverzoek" in draft.body  # the body itself is untouched


# --- attachments ---------------------------------------------------------------------------


def test_attachments_inside_multipart_related_are_found(clock):
    msg = message(body="Zie bijlage.")
    msg.add_alternative('<p>Zie <img src="cid:logo"></p>', subtype="html")
    html_part = msg.get_payload()[1]
    html_part.add_related(PNG, maintype="image", subtype="png", cid="<logo>")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="id.pdf")
    assert msg.get_content_type() == "multipart/mixed"
    assert [p.get_filename() for p in msg.iter_attachments()] == ["id.pdf"]  # the stdlib pitfall

    draft = read(msg.as_bytes(), clock)
    media = sorted(a.media_type for a in draft.attachments)
    assert media == ["application/pdf", "image/png"]
    png = next(a for a in draft.attachments if a.media_type == "image/png")
    assert png.content == PNG
    assert png.filename == "attachment-1.png"
    assert draft.body == "Zie bijlage."


def test_nested_multiparts_and_an_attached_message(clock):
    inner = message(subject="Oorspronkelijk verzoek", body="Verwijder mijn gegevens.")
    inner.add_attachment(b"inner secret", maintype="text", subtype="plain", filename="inner.txt")

    msg = message(body="Doorgestuurd verzoek.")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="brief.pdf")
    msg.add_attachment(inner)
    nested = EmailMessage()
    nested.set_content("deep text")
    nested.add_attachment(PNG, maintype="image", subtype="png", filename="deep.png")
    msg.attach(nested)

    draft = read(msg.as_bytes(), clock)
    names = [a.filename for a in draft.attachments]
    assert names == ["brief.pdf", "Oorspronkelijk verzoek.eml", "deep.png"]
    attached = draft.attachments[1]
    assert attached.media_type == "message/rfc822"
    reparsed = email.message_from_bytes(attached.content, policy=email.policy.default)
    assert reparsed["subject"] == "Oorspronkelijk verzoek"
    assert "inner.txt" not in names  # inside the attached message, kept there
    assert "Doorgestuurd verzoek." in draft.body
    assert "Verwijder" not in draft.body


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\jan\\paspoort.pdf", "paspoort.pdf"),
        ("evil\u202egpj.exe", "evilgpj.exe"),
        ("tab\tand\x07bell.pdf", "tab andbell.pdf"),
        ("a<b>c:d|e?f*.pdf", "a_b_c_d_e_f_.pdf"),
        ("CON.txt", "_CON.txt"),
        ("...", "attachment-1.pdf"),
        ("", "attachment-1.pdf"),
        ("x" * 300 + ".pdf", "x" * 196 + ".pdf"),
        ("Überweisung März.pdf", "Überweisung März.pdf"),
        ("=?utf-8?q?Kopie_paspoort_J=C3=BCrgen.pdf?=", "Kopie paspoort Jürgen.pdf"),
    ],
)
def test_attachment_filenames_are_sanitised(clock, given, expected):
    msg = message()
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=given)
    (attachment,) = read(msg.as_bytes(), clock).attachments
    assert attachment.filename == expected
    assert 0 < len(attachment.filename) <= 200
    assert attachment.content == PDF


def test_rfc2231_filename(clock):
    msg = message()
    msg.add_attachment(
        PDF, maintype="application", subtype="pdf", filename="Löschantrag – Müller.pdf"
    )
    assert b"filename*=" in msg.as_bytes()
    (attachment,) = read(msg.as_bytes(), clock).attachments
    assert attachment.filename == "Löschantrag – Müller.pdf"


def test_attachment_without_name_gets_one_from_its_type(clock):
    data = (
        b"From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
        b"--b\r\nContent-Type: image/tiff\r\nContent-Transfer-Encoding: base64\r\n\r\nSUkqAA==\r\n"
        b"--b\r\nContent-Type: bogus type!!\r\n\r\nzzz\r\n"
        b"--b--\r\n"
    )
    draft = read(data, clock)
    assert [(a.filename, a.media_type) for a in draft.attachments] == [
        ("attachment-1.tif", "image/tiff"),
    ]
    assert draft.attachments[0].content == b"II*\x00"
    assert "zzz" in draft.body  # an unparseable type is text/plain by RFC 2045


def test_single_part_message_that_is_an_attachment(clock):
    data = (
        b"From: a@example.com\r\nSubject: scan\r\nContent-Type: application/pdf; name=scan.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
    )
    draft = read(data, clock)
    assert draft.body == ""
    assert [(a.filename, a.content) for a in draft.attachments] == [("scan.pdf", b"%PDF-1.4\n")]


# --- dispatch on content, not on the name --------------------------------------------------


def test_eml_named_msg_is_read_as_eml(clock):
    draft = read(message().as_bytes(), clock, filename="verzoek.msg")
    assert draft.sender_email == "jan@example.nl"
    assert draft.original.media_type == "message/rfc822"


def test_mbox_from_line_and_bom_are_skipped(clock):
    data = b"\xef\xbb\xbfFrom jan@example.nl Mon Feb  2 10:15:00 2026\n" + message().as_bytes()
    assert read(data, clock).sender_email == "jan@example.nl"


@pytest.mark.parametrize(
    ("data", "filename", "text"),
    [
        (PDF, "scan.eml", "not a valid email message (.eml)"),
        (b"hello world, just some text\n", "notes.eml", "not a valid email message (.eml)"),
        (b"hello: world\n\nbody", "x.eml", "not a valid email message (.eml)"),
        (PNG, "photo.msg", "not an email message (.eml) or Outlook message (.msg)"),
    ],
)
def test_non_messages_are_refused_clearly(clock, data, filename, text):
    with pytest.raises(IntakeError, match=text.replace("(", r"\(").replace(")", r"\)")):
        read(data, clock, filename=filename)
