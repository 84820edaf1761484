"""The core's English labels (request types, channels, outcomes, letter types …) for lupdate:
the core speaks no Qt, so its words are marked for translation here, in the one context
`ui/text.py` translates them in. A test keeps this list and the core's enums in step."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CORE_WORDS = {
    "CaseStatus": (
        QT_TRANSLATE_NOOP("CaseFileDialog", "Open"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Waiting for ID"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Closed"),
    ),
    "ExemptionGround": (
        QT_TRANSLATE_NOOP("CaseFileDialog", "Impossible"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Disproportionate effort"),
    ),
    "IdCheckMethod": (
        QT_TRANSLATE_NOOP("CaseFileDialog", "Copy of the ID received and checked"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "ID card shown in person"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Passport shown in person"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "ID shown in a video call"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Customer number and known email address match"),
    ),
    "LetterType": (
        QT_TRANSLATE_NOOP("CaseFileDialog", "Acknowledgement"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Identity / clarification request"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Identity request: reminder"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Extension notice"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Access answer"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Rectification, erasure or restriction done"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Objection upheld"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Objection rejected"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Withdrawal of consent confirmed"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Refusal (unfounded or excessive)"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Transfer to a group company"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Identity not confirmed, case closed"),
    ),
    "RequestType": (
        QT_TRANSLATE_NOOP("CaseFileDialog", "Access"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Rectification"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Erasure"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Restriction"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Portability"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Objection (legitimate interests)"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Objection (direct marketing, profiling)"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Withdrawal of consent"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Newsletter unsubscribe"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Objection (credit check, scoring)"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Complaint / other"),
    ),
    "Channel": (
        QT_TRANSLATE_NOOP("CaseFileDialog", "Email"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Letter"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Fax"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Phone"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Web form"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "In person"),
    ),
    "Outcome": (
        QT_TRANSLATE_NOOP("CaseFileDialog", "Granted"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Partly granted"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Refused"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "No data"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Identity not confirmed"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Withdrawn"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Transferred"),
    ),
    "SuppressionChannel": (
        QT_TRANSLATE_NOOP("CaseFileDialog", "Advertising by post"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Advertising by email"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Advertising by telephone"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Retargeting and profiling"),
        QT_TRANSLATE_NOOP("CaseFileDialog", "Newsletter"),
    ),
}
