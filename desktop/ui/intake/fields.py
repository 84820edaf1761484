"""The intake's fields by the names the case service gives them, in the error line's words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "IntakeFields"
_CAPTIONS = {
    "channel": QT_TRANSLATE_NOOP(_CONTEXT, "Channel"),
    "received": QT_TRANSLATE_NOOP(_CONTEXT, "Received"),
    "letter-date": QT_TRANSLATE_NOOP(_CONTEXT, "Letter date"),
    "fax-number": QT_TRANSLATE_NOOP(_CONTEXT, "Fax number"),
    "name": QT_TRANSLATE_NOOP(_CONTEXT, "Name"),
    "form-of-address": QT_TRANSLATE_NOOP(_CONTEXT, "Form of address"),
    "title": QT_TRANSLATE_NOOP(_CONTEXT, "Title"),
    "email": QT_TRANSLATE_NOOP(_CONTEXT, "Email"),
    "phone": QT_TRANSLATE_NOOP(_CONTEXT, "Phone"),
    "street": QT_TRANSLATE_NOOP(_CONTEXT, "Street"),
    "address-extra": QT_TRANSLATE_NOOP(_CONTEXT, "Additional line"),
    "address": QT_TRANSLATE_NOOP(_CONTEXT, "Address"),
    "postcode": QT_TRANSLATE_NOOP(_CONTEXT, "Postcode"),
    "city": QT_TRANSLATE_NOOP(_CONTEXT, "City"),
    "country": QT_TRANSLATE_NOOP(_CONTEXT, "Country"),
    "customer-number": QT_TRANSLATE_NOOP(_CONTEXT, "Customer number"),
    "customer": QT_TRANSLATE_NOOP(_CONTEXT, "Customer"),
    "delivery-country": QT_TRANSLATE_NOOP(_CONTEXT, "Delivery country"),
    "location": QT_TRANSLATE_NOOP(_CONTEXT, "Location"),
    "contract-company": QT_TRANSLATE_NOOP(_CONTEXT, "Contract company"),
    "language": QT_TRANSLATE_NOOP(_CONTEXT, "Language"),
    "context": QT_TRANSLATE_NOOP(_CONTEXT, "Context"),
    "company": QT_TRANSLATE_NOOP(_CONTEXT, "Company"),
    "company-reason": QT_TRANSLATE_NOOP(_CONTEXT, "Company reason"),
    "subject": QT_TRANSLATE_NOOP(_CONTEXT, "Subject"),
    "body": QT_TRANSLATE_NOOP(_CONTEXT, "Body"),
    "type": QT_TRANSLATE_NOOP(_CONTEXT, "Type"),
    "attachment": QT_TRANSLATE_NOOP(_CONTEXT, "Attachment"),
    "scan": QT_TRANSLATE_NOOP(_CONTEXT, "Scan"),
    "file": QT_TRANSLATE_NOOP(_CONTEXT, "File"),
}


def field_caption(name: str) -> str:
    """What an error about the field starts with: "Email" for "email" ("" when unknown)."""
    caption = _CAPTIONS.get(name)
    return QCoreApplication.translate(_CONTEXT, caption) if caption else ""
