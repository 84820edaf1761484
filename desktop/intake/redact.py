"""An original message without the identity documents it carried (EDPB 01/2022: keep no copy).

The message is rewritten with each such part replaced by a short text that says what was
removed, when, and the removed file's SHA-256, so the record stays complete without the copy.
An Outlook .msg cannot be rewritten in place: it becomes an .eml of the same message.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
from email.message import EmailMessage, Message

from desktop.intake.messages import EML_MEDIA_TYPE, MSG_MEDIA_TYPE, OLE_MAGIC

REDACTABLE = (EML_MEDIA_TYPE, MSG_MEDIA_TYPE)


def without_documents(
    original: bytes, media_type: str, removed: dict[str, str], note: str
) -> bytes | None:
    """The message without the parts whose SHA-256 is a key of `removed` (value: file name).

    `note` is put in place of each ("%s" takes the file name and digest). None when the message
    holds none of them; ValueError when it cannot be read.
    """
    message = _as_email(original, media_type)
    found = False
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if payload is None:
            continue
        digest = hashlib.sha256(payload).hexdigest()
        if digest in removed:
            _replace(part, note % f"{removed[digest]} (SHA-256 {digest})")
            found = True
    if not found:
        return None
    return message.as_bytes(policy=email.policy.default.clone(linesep="\r\n"))


def _as_email(original: bytes, media_type: str) -> Message:
    if media_type == MSG_MEDIA_TYPE or original.startswith(OLE_MAGIC):
        import extract_msg  # slow to import: only when an Outlook message is rewritten

        converted = extract_msg.openMsg(original).asEmailMessage()
        return email.message_from_bytes(converted.as_bytes(), policy=email.policy.default)
    return email.message_from_bytes(original, policy=email.policy.default)


def _replace(part: Message, text: str) -> None:
    for header in ("Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
                   "Content-ID", "Content-Description"):  # fmt: skip
        del part[header]
    if isinstance(part, EmailMessage):
        part.set_content(text, disposition="inline")
    else:
        part.set_payload(text, charset="utf-8")
