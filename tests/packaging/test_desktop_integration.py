"""One application id for the desktop entry, the icon and the AppStream metainfo; both files
pass their validators; the entry opens .eml and .msg files, which the program takes as
"log this message" in the window."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

from desktop.cli import messages_to_open
from desktop.resources import resource_path
from desktop.ui.application import APP_ID

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: `make test` installs it (desktop-file-utils, appstream)"
    return found


def test_the_desktop_entry_and_metainfo_validate_under_one_id():
    entry = LINUX / f"{APP_ID}.desktop"
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    subprocess.run([_tool("desktop-file-validate"), str(entry)], check=True)
    subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(metainfo)], check=True)
    lines = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert lines["Icon"] == APP_ID
    assert set(lines["MimeType"].strip(";").split(";")) == {
        "message/rfc822",
        "application/vnd.ms-outlook",
    }
    assert lines["Exec"] == "privacydesk %F"
    component = ElementTree.parse(metainfo).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"


def test_the_icon_comes_as_svg_png_and_ico():
    assert resource_path("icons", "privacydesk.svg").read_text().startswith("<?xml")
    assert resource_path("icons", "privacydesk.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert resource_path("icons", "privacydesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_open_with_privacy_desk_hands_the_messages_to_the_window(tmp_path):
    mail = tmp_path / "Verzoek.EML"
    mail.write_bytes(b"From: a@example.org\r\n\r\nHallo")
    outlook = tmp_path / "brief.msg"
    outlook.write_bytes(b"\xd0\xcf\x11\xe0")
    assert messages_to_open([str(mail)]) == ([], [mail])
    assert messages_to_open(["--db", "s.sqlite", str(mail), str(outlook)]) == (
        ["--db", "s.sqlite"],
        [mail, outlook],
    )
    assert messages_to_open([]) is None
    assert messages_to_open(["case", "list"]) is None
    assert messages_to_open(["import", str(mail)]) is None  # the command line's own import
    assert messages_to_open([str(tmp_path / "missing.eml")]) is None
