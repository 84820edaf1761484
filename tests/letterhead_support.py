"""A register entry complete for letters, for tests that print or send them.

The shipped Hoffmann SE entry lacks its register court and number, board and chair of the
supervisory board (the privacy statement gives none), so its letters are drafts that are never
sent. A test that sends one completes the entry first, with values that are plainly invented.
"""

from __future__ import annotations

from typing import Any

INVENTED = {
    "register_court": "Amtsgericht München",
    "register_number": "HRB 000000",
    "directors": ["Erika Mustermann", "Max Mustermann"],
    "supervisory_board_chair": "Hans Beispiel",
}


def complete_letterhead(services: Any, company_id: str = "hoffmann-se", **changes: Any) -> None:
    data = services.register.company(company_id).to_dict()
    services.register.save({**data, **INVENTED, **changes})
