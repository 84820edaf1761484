"""Register entries name the field that is missing: address.city, recipients.name."""

from __future__ import annotations

import json

import pytest

from desktop.core.companies import GroupCompany
from desktop.core.errors import ValidationError
from desktop.core.processing import ProcessingRegister
from desktop.core.register_fields import required_text
from desktop.resources import resource_path


@pytest.mark.parametrize("value", [None, "", "  ", 12])
def test_a_required_text_that_is_missing_blank_or_not_text(value):
    with pytest.raises(ValidationError) as caught:
        required_text({"city": value}, "city", "address")
    assert (caught.value.field, caught.value.message) == ("address.city", "is required")


def test_a_required_text_is_stripped():
    assert required_text({"city": " Utrecht "}, "city", "address") == "Utrecht"


def test_a_company_without_a_city_or_authority_name_is_refused():
    data = json.loads(resource_path("companies", "companies.json").read_text("utf-8"))
    entry = data["companies"][0]
    assert GroupCompany.from_dict(entry).address.city == "München"
    for part, key in (("address", "city"), ("authority", "name")):
        broken = {**entry, part: {**entry[part], key: " "}}
        with pytest.raises(ValidationError) as caught:
            GroupCompany.from_dict(broken)
        assert caught.value.field == f"{part}.{key}"


def test_a_processing_register_recipient_without_a_name_is_refused():
    data = {"recipients": [{"id": "dhl", "name": "", "kind": "processor"}], "purposes": []}
    with pytest.raises(ValidationError) as caught:
        ProcessingRegister.from_dict({**data, "retention": []})
    assert caught.value.field == "recipients.name"
