"""Issue 14.1–2: the office's figures for a period, worked out by hand on a small store and
checked against plain SQL over it; `privacydesk report` and `case close --date`."""

from __future__ import annotations

import csv
import json
import statistics
from datetime import UTC, datetime

import pytest

from desktop.core.errors import ValidationError
from desktop.core.reports import median_days, percentile_days
from desktop.services.cases import CaseDraft, Requester


def log(services, received: str, types=("access",), **person) -> int:
    who = Requester(
        name=person.pop("name", "Anne de Vries"), email="anne@example.org", language="nl",
        customer=person.pop("customer", "consumer"),
        delivery_country=person.pop("delivery_country", None),
    )  # fmt: skip
    draft = CaseDraft(requester=who, channel="email", received=received, types=list(types))
    return services.cases.log_case(draft).id


@pytest.fixture
def office(services, clock):
    """Six cases around 2026, each answered (or not) on a day chosen for the figures."""
    ids = {}
    ids["quick"] = log(services, "2026-01-05")  # answered in 15 days
    ids["late"] = log(services, "2026-02-02")  # due 2 March, answered 10 March: late
    ids["extended"] = log(services, "2026-03-02")
    clock.moment = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)  # extended within the first month
    services.cases.extend(ids["extended"], "complex: five systems to search")
    clock.moment = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    ids["overdue"] = log(services, "2026-04-01")  # still open, long overdue
    ids["fresh"] = log(services, "2026-11-20")  # still open, not due yet
    ids["last_year"] = log(services, "2025-12-15")  # received before, answered in the period
    for name, day in (("quick", "2026-01-20"), ("late", "2026-03-10"),
                      ("extended", "2026-04-20"), ("last_year", "2026-01-10")):  # fmt: skip
        services.cases.close(ids[name], {"access": "granted"}, on=day)
    return ids


def test_the_figures_of_a_year_as_worked_out_by_hand(services, office):
    report = services.reports.summary("2026-01-01", "2026-11-24")
    assert report["received"] == 5  # not the one of December 2025
    assert report["closed"] == 4  # but its answer, in January, counts
    assert (report["on_time"], report["late"]) == (3, 1)
    assert report["within_one_month"] == 2  # quick and last year's
    assert report["within_extended"] == 4
    assert report["share_on_time"] == 0.75
    assert report["open_overdue"] == 1  # received 1 April, never answered
    days = [15, 36, 49, 26]  # quick, late, extended, last year's
    assert report["median_days"] == statistics.median(days) == 31.0
    assert report["p90_days"] == 49  # nine in ten answers took at most 49 days
    assert report["extended"] == 1
    assert report["by_type"] == {"access": {"received": 5, "outcomes": {"granted": 4}}}
    assert report["by_month"] == {"2026-01": 1, "2026-02": 1, "2026-03": 1, "2026-04": 1,
                                  "2026-11": 1}  # fmt: skip
    assert report["backlog_by_age"] == {"0-30": 1, "91+": 1}


def test_the_figures_match_plain_sql_over_the_store(services, office):
    store = services.ctx.store
    report = services.reports.summary("2026-01-01", "2026-11-24")
    period = {"a": "2026-01-01", "b": "2026-11-24"}
    assert report["received"] == store.scalar(
        "SELECT count(*) FROM cases WHERE received >= :a AND received <= :b", period
    )
    closed = store.rows("SELECT * FROM cases WHERE closed_at >= :a AND closed_at <= :b", period)
    assert report["closed"] == len(closed)
    assert report["on_time"] == sum(c["closed_at"] <= c["current_due"] for c in closed)


def test_a_shorter_period_and_one_company(services, office):
    dutch = log(services, "2026-11-02", customer="business", delivery_country="NL")
    nl = services.cases.case_file(dutch)["company"]["id"]
    assert nl == "hoffmann-nl"
    march = services.reports.summary("2026-03-01", "2026-03-31")
    assert (march["received"], march["closed"], march["late"]) == (1, 1, 1)
    only_nl = services.reports.summary("2026-01-01", "2026-11-24", company=nl)
    assert (only_nl["received"], only_nl["closed"], only_nl["open_overdue"]) == (1, 0, 0)
    assert only_nl["share_on_time"] is None and only_nl["median_days"] is None


def test_a_period_backwards_or_an_unknown_company_is_refused(services):
    with pytest.raises(ValidationError) as backwards:
        services.reports.summary("2026-05-01", "2026-04-30")
    assert backwards.value.field == "to"
    with pytest.raises(ValidationError):
        services.reports.summary(company="no-such-company")
    report = services.reports.summary()  # an empty store: this year so far, nothing in it
    assert (report["from"], report["to"], report["received"]) == ("2026-01-01", "2026-11-24", 0)


def test_percentiles_from_counts_per_day():
    assert median_days({}) is None and percentile_days({}, 90) is None
    assert median_days({10: 1}) == 10 and percentile_days({10: 1}, 90) == 10
    counts = {5: 3, 20: 5, 40: 2}  # ten answers
    flat = [5] * 3 + [20] * 5 + [40] * 2
    assert median_days(counts) == statistics.median(flat)
    assert percentile_days(counts, 90) == 40 and percentile_days(counts, 50) == 20


def test_the_command_line_report_and_its_csv(run, tmp_path):
    code, out, _err = run("case", "add", "--channel", "email", "--received",
                          "2026-10-01", "--type", "access", "--name", "Anne de Vries",
                          "--email", "anne@example.org", "--json")  # fmt: skip
    assert code == 0
    case = json.loads(out)["reference"]
    code, _out, err = run("case", "close", case, "--outcome", "granted",
                          "--date", "2026-09-30")  # fmt: skip
    assert code == 2 and "close" not in err and "date" in err  # before the case arrived
    code, _out, _err = run("case", "close", case, "--outcome", "granted",
                           "--date", "2026-10-20")  # fmt: skip
    assert code == 0
    code, out, _err = run("report", "--from", "2026-01-01", "--to", "2026-11-24",
                          "--json", "--csv", str(tmp_path / "report.csv"))  # fmt: skip
    assert code == 0
    report = json.loads(out)
    for key in ("received", "closed", "on_time", "late", "open_overdue", "median_days",
                "by_type"):  # fmt: skip
        assert key in report
    assert (report["closed"], report["on_time"], report["median_days"]) == (1, 1, 19.0)
    with open(tmp_path / "report.csv", encoding="utf-8-sig", newline="") as handle:
        rows = {(r["figure"], r["key"]): r["value"] for r in csv.DictReader(handle)}
    assert rows[("on_time", "")] == "1" and rows[("by_type", "access received")] == "1"


def test_the_printable_report_has_its_figures_and_charts(services, office, tmp_path):
    import shutil
    import subprocess

    figures = services.reports.summary("2026-01-01", "2026-11-24")
    services.reports.export_pdf(tmp_path / "report.pdf", figures)
    data = (tmp_path / "report.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    with pytest.raises(ValidationError):
        services.reports.export_pdf(tmp_path / "report.txt", figures)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"],
                          capture_output=True, check=True).stdout.decode()  # fmt: skip
    assert "Data-subject requests: report" in text and "2026-01-01 – 2026-11-24" in text
    assert "Answered on time" in text and "3 (75%)" in text
    assert "Requests received per month" in text and "2026-11" in text  # the chart's axis
    assert "Hoffmann SE 5" in text  # companies by name
