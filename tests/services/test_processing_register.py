"""Editing the processing register one entry at a time: checked, saved as a version, or refused."""

import pytest

from desktop.core.errors import ValidationError

SAVED = "SELECT count(*) FROM audit_log WHERE action = 'processing-register-saved'"


def refused(services, kind, values, replacing=None):
    """The field the register names when it refuses, after checking nothing was saved."""
    before = services.processing.register().to_dict()
    with pytest.raises(ValidationError) as err:
        services.processing.save_entry(kind, values, replacing)
    assert services.processing.register().to_dict() == before
    assert services.processing.version() == 1
    assert services.ctx.store.scalar(SAVED) == 0
    return err.value.field


def test_a_new_entry_is_a_new_audited_version(services):
    recipient = {"id": " mailing-house ", "name": "Mailing house GmbH", "kind": "processor"}
    assert services.processing.save_entry("recipients", recipient) == 2
    assert services.processing.register().recipient("mailing-house").kind == "processor"
    assert services.ctx.store.scalar(SAVED) == 1


def test_an_entry_is_replaced_in_place(services):
    rule = services.processing.entry("retention", "de-vouchers")
    ids = [r.id for r in services.processing.register().retention]
    services.processing.save_entry("retention", {**rule, "years": "10"}, replacing="de-vouchers")
    assert services.processing.register().rule("de-vouchers").years == 10  # typed text read
    assert [r.id for r in services.processing.register().retention] == ids  # same place


@pytest.mark.parametrize("years", ["0", "31", "eight", "-5", "", "٨", 8.5, True])
def test_retention_is_whole_years_from_1_to_30(services, years):
    rule = {**services.processing.entry("retention", "de-vouchers"), "years": years}
    assert refused(services, "retention", rule, "de-vouchers") == "retention.years"


def test_the_refused_field_is_the_entrys_own(services):
    new = {"id": "hosting", "name": "Another host", "kind": "processor"}
    assert refused(services, "recipients", new) == "recipients.id"  # the id is taken
    assert refused(services, "recipients", {"id": "x", "name": "X"}) == "recipients.kind"
    purpose = services.processing.entry("purposes", "newsletter")
    assert refused(services, "purposes", {**purpose, "legal_basis": " "}, "newsletter") == (
        "purposes.legal_basis"
    )
    unknown = {**purpose, "recipients": ["hosting", "nobody"]}
    assert refused(services, "purposes", unknown, "newsletter") == "purposes.recipients"
    bad_channel = {**purpose, "channel": "carrier pigeon"}
    assert refused(services, "purposes", bad_channel, "newsletter") == "purposes.channel"


def test_an_entrys_id_cannot_change(services):
    """Cases, decisions and letters refer to the id: another id would be another entry."""
    purpose = services.processing.entry("purposes", "newsletter")
    renamed = {**purpose, "id": "newsletter-2"}
    assert refused(services, "purposes", renamed, "newsletter") == "purposes.id"
    assert refused(services, "purposes", purpose, "no-such-purpose") == "purposes"
    assert refused(services, "tasks", {"id": "x"}) == "kind"


def test_a_recipient_a_purpose_names_is_not_removed(services):
    assert "Email newsletter" in services.processing.purposes_naming("hosting")
    with pytest.raises(ValidationError) as err:
        services.processing.remove_entry("recipients", "hosting")
    assert err.value.field == "recipients"
    assert services.processing.register().recipient("hosting")
    assert services.processing.version() == 1

    services.processing.save_entry("recipients", {"id": "temp", "name": "T", "kind": "processor"})
    assert services.processing.purposes_naming("temp") == []
    assert services.processing.remove_entry("recipients", "temp") == 3
    with pytest.raises(ValidationError):
        services.processing.register().recipient("temp")
    with pytest.raises(ValidationError):
        services.processing.remove_entry("recipients", "temp")  # gone already


def test_a_change_made_elsewhere_meanwhile_is_kept(services, store_path, clock):
    """The entry is added to the register as stored, not to a copy read before."""
    from desktop.app import build_services

    services.processing.register()  # read and kept by this window
    other = build_services(store_path, clock, officer=lambda: "cli")
    try:
        data = other.processing.register().to_dict()
        data["recipients"].append({"id": "cli-added", "name": "Added by the CLI", "kind": "x"})
        other.processing.save(data)
    finally:
        other.close()
    services.processing.save_entry("recipients", {"id": "ui-added", "name": "UI", "kind": "y"})
    register = services.processing.register()
    assert register.recipient("cli-added") and register.recipient("ui-added")
