"""Issue 11, defect 4: the access answer says what applies to this person, not the register."""

from __future__ import annotations

import pytest

from desktop.core.errors import ValidationError
from desktop.core.letter_types import LetterType
from desktop.services.access_answer import AccessFacts
from desktop.services.cases import CaseDraft, Requester

ENGLISH = (" the ", " and ", " with ", "GDPR", "Handling", "orders", "Advertising", "processing",
           "Companies", " years", "consent", "Credit checks")  # fmt: skip


def log(services, language="nl"):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received="2026-11-20",
            types=["access"],
            requester=Requester(
                name="Maria Huber",
                form_of_address="female",
                language=language,
                street="Lange Voorhout 9",
                postcode="2514ed",
                city="Den Haag",
                country="NL",
            ),
        )  # fmt: skip
    ).id


def test_a_dutch_access_answer_lists_only_what_was_ticked_and_no_english_word(services, tmp_path):
    case_id = log(services)
    services.decisions.record_access_facts(
        case_id,
        AccessFacts(
            purposes=("order-handling", "credit-checks"),
            categories=("Stamgegevens (naam, adres, e-mailadres)", "Bestel- en factuurgegevens"),
            recipients=("DHL Paket GmbH, Bonn (bezorging)", "SCHUFA Holding AG, Wiesbaden (kredietinformatie)"),
            credit_scoring=True,
            transfers=(),
        ),
    )  # fmt: skip
    services.cases.close(case_id, {"access": "granted"})
    draft = services.letters.draft(case_id, LetterType.ACCESS_ANSWER)
    text = " ".join(f"{draft.subject} {draft.body}".split())
    assert [w for w in ENGLISH if w in text] == []
    register = services.processing.register()
    ticked = {"order-handling", "credit-checks"}
    for purpose in register.purposes:
        assert (purpose.name_in("nl") in text) == (purpose.id in ticked), purpose.id
    assert "DHL Paket GmbH" in text and "SCHUFA Holding AG" in text
    assert "HvJ EU C-634/21" in text and "artikel 22, lid 3, AVG" in text  # the logic, Art. 22(3)
    assert "buiten de Europese Economische Ruimte" in text  # no transfer: said so
    pdf = services.letters.render(draft)
    path = tmp_path / "a.pdf"
    path.write_bytes(pdf)
    import shutil
    import subprocess

    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        printed = out.stdout.decode("utf-8")
        assert "2514 ED Den Haag" in printed and "NEDERLAND" in printed
        assert "Kopie van uw persoonsgegevens" in printed  # the copy enclosed, Art. 15(3)


def test_the_record_is_checked_field_by_field(services):
    case_id = log(services, "de")
    with pytest.raises(ValidationError) as err:
        services.decisions.record_access_facts(case_id, AccessFacts(purposes=(), categories=("x",)))
    assert err.value.field == "purposes"
    with pytest.raises(ValidationError) as err:
        services.decisions.record_access_facts(
            case_id, AccessFacts(purposes=("nope",), categories=("x",))
        )
    assert err.value.field == "purpose"
    with pytest.raises(ValidationError) as err:
        services.decisions.record_access_facts(
            case_id,
            AccessFacts(purposes=("order-handling",), categories=("x",), credit_scoring=True),
        )
    assert err.value.field == "purposes"
    proposed = services.decisions.proposed_access_facts(case_id, "de")
    assert "order-handling" in proposed.purposes and proposed.copy_enclosed
    assert all("Companies" not in r for r in proposed.recipients)  # German names for German letters
