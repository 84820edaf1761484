"""The intake's fields by the names the case service gives them, in the error line's words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "IntakeFields"
_CAPTIONS = {
    "channel": QT_TRANSLATE_NOOP("IntakeFields", "Channel"),
    "received": QT_TRANSLATE_NOOP("IntakeFields", "Received"),
    "letter-date": QT_TRANSLATE_NOOP("IntakeFields", "Letter date"),
    "fax-number": QT_TRANSLATE_NOOP("IntakeFields", "Fax number"),
    "name": QT_TRANSLATE_NOOP("IntakeFields", "Name"),
    "form-of-address": QT_TRANSLATE_NOOP("IntakeFields", "Form of address"),
    "title": QT_TRANSLATE_NOOP("IntakeFields", "Title"),
    "email": QT_TRANSLATE_NOOP("IntakeFields", "Email"),
    "phone": QT_TRANSLATE_NOOP("IntakeFields", "Phone"),
    "street": QT_TRANSLATE_NOOP("IntakeFields", "Street"),
    "address-extra": QT_TRANSLATE_NOOP("IntakeFields", "Additional line"),
    "address": QT_TRANSLATE_NOOP("IntakeFields", "Address"),
    "postcode": QT_TRANSLATE_NOOP("IntakeFields", "Postcode"),
    "city": QT_TRANSLATE_NOOP("IntakeFields", "City"),
    "country": QT_TRANSLATE_NOOP("IntakeFields", "Country"),
    "customer-number": QT_TRANSLATE_NOOP("IntakeFields", "Customer number"),
    "customer": QT_TRANSLATE_NOOP("IntakeFields", "Customer"),
    "delivery-country": QT_TRANSLATE_NOOP("IntakeFields", "Delivery country"),
    "location": QT_TRANSLATE_NOOP("IntakeFields", "Location"),
    "contract-company": QT_TRANSLATE_NOOP("IntakeFields", "Contract company"),
    "language": QT_TRANSLATE_NOOP("IntakeFields", "Language"),
    "context": QT_TRANSLATE_NOOP("IntakeFields", "Context"),
    "company": QT_TRANSLATE_NOOP("IntakeFields", "Company"),
    "company-reason": QT_TRANSLATE_NOOP("IntakeFields", "Company reason"),
    "subject": QT_TRANSLATE_NOOP("IntakeFields", "Subject"),
    "body": QT_TRANSLATE_NOOP("IntakeFields", "Body"),
    "type": QT_TRANSLATE_NOOP("IntakeFields", "Type"),
    "attachment": QT_TRANSLATE_NOOP("IntakeFields", "Attachment"),
    "scan": QT_TRANSLATE_NOOP("IntakeFields", "Scan"),
    "file": QT_TRANSLATE_NOOP("IntakeFields", "File"),
}


def field_caption(name: str) -> str:
    """What an error about the field starts with: "Email" for "email" ("" when unknown)."""
    caption = _CAPTIONS.get(name)
    return QCoreApplication.translate(_CONTEXT, caption) if caption else ""
