"""IKM from stored responses (one aggregate) equals the worked example; writes of the back office."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from abdi.accounts.actor import Actor
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.surveys import queries
from abdi.surveys.models import Response, UnitPeriod
from abdi.surveys.rules.periods import Period
from abdi.surveys.rules.unsur import KEYS
from abdi.surveys.services import responses, results
from abdi.surveys.tests.conftest import DAY
from abdi.surveys.tests.factories import make_response
from abdi.tenancy.scoping import within

Q2 = Period(2026, 2, "quarter")
ALL_THREE = dict.fromkeys(KEYS, "3")
PROFILE = {"age": "34", "sex": "L", "education": "sma", "occupation": "wirausaha"}


def test_ikm_from_stored_responses_is_the_worked_example(world, worked):
    with CaptureQueriesContext(connection) as captured:
        found = queries.ikm_for_all_units(world.gov.pk, Q2.start, Q2.end)
    aggregates = [q for q in captured.captured_queries if "surveys_response" in q["sql"]]
    assert len(aggregates) == 1
    assert "GROUP BY" in aggregates[0]["sql"]
    result = found[world.unit.pk]
    assert result.ikm == Decimal("84.17")
    assert result.mutu.grade == "B"
    assert result.respondents == 10
    assert [u.key for u in result.weakest] == ["waktu"]


def test_overview_and_trend_for_the_dashboard(world, worked):
    with within(world.gov):
        make_response(world.unit, datetime.date(2026, 2, 10), [4] * 9)
        make_response(world.sibling_unit, DAY, [2] * 9)
    rows = queries.ikm_overview(world.gov.pk, Q2.start, Q2.end)
    assert [(r["unit_id"], str(r["ikm"]), r["mutu"], r["respondents"]) for r in rows] == [
        (world.unit.pk, "84.17", "B", 10), (world.sibling_unit.pk, "50.00", "D", 1)]
    trend = queries.ikm_trend(world.gov.pk, [world.unit.pk], periods=3, today=DAY)
    assert [(t["period"], t["ikm"] and str(t["ikm"]), t["respondents"]) for t in trend] == [
        ("Year 2024", None, 0), ("Year 2025", None, 0), ("Year 2026", "85.61", 11)]
    pooled = queries.ikm_trend(world.gov.pk, None, periods=1, today=DAY, pooled=True)
    assert pooled[0]["respondents"] == 12
    assert pooled[0]["unit_id"] is None


def test_a_quarterly_government_pools_months_into_quarters(world, worked):
    with within(world.gov):
        results.update_settings(actor=Actor.for_user(world.users.hr_admin), period_kind="quarter",
                                unsur_order=",".join(KEYS), min_age="17", sample_method="formula",
                                legacy_weight=False, public_results=True, version="")
        make_response(world.unit, datetime.date(2026, 6, 30), [4] * 9)
        make_response(world.unit, datetime.date(2026, 3, 31), [1] * 9)
    trend = queries.ikm_trend(world.gov.pk, [world.unit.pk], periods=2, today=DAY)
    assert [(t["period"], t["respondents"]) for t in trend] == [
        ("Quarter I 2026", 1), ("Quarter II 2026", 11)]
    assert trend[0]["ikm"] == Decimal("25.00")
    assert trend[0]["mutu"] == "D"


def test_submit_stores_one_row_and_refuses_the_same_phone_twice(world, desk):
    with within(world.gov):
        service = desk.services.first()
        row = responses.submit_response(counter=desk, device_id="abc" * 8, answers=ALL_THREE,
                                        service_id=str(service.pk), suggestion="<b>cepat</b>",
                                        today=DAY, **PROFILE)
        assert (row.unit_id, row.waktu, row.age, row.suggestion) == (world.unit.pk, 3, 34, "<b>cepat</b>")
        assert row.device != "abc" * 8  # only a hash is stored
        with pytest.raises(Conflict):
            responses.submit_response(counter=desk, device_id="abc" * 8, answers=ALL_THREE,
                                      service_id=str(service.pk), today=DAY, **PROFILE)
        responses.submit_response(counter=desk, device_id="abc" * 8, answers=ALL_THREE,
                                  service_id=str(service.pk), today=DAY + datetime.timedelta(days=1),
                                  **PROFILE)
        assert Response.objects.count() == 2


@pytest.mark.parametrize(("change", "field"), [
    ({"waktu": "0"}, "waktu"), ({"waktu": "5"}, "waktu"), ({"waktu": "x"}, "waktu"),
    ({"biaya": ""}, "biaya"), ({"age": "16"}, "age"), ({"age": "abc"}, "age"),
    ({"sex": "X"}, "sex"), ({"service": "999999"}, "service"),
])
def test_submit_refuses_bad_input(world, desk, change, field):
    with within(world.gov):
        values = ALL_THREE | PROFILE | {"service": str(desk.services.first().pk)} | change
    answers = {k: values[k] for k in KEYS}
    with within(world.gov), pytest.raises(DomainError) as refused:
        responses.submit_response(counter=desk, device_id="d" * 32, answers=answers,
                                  service_id=values["service"], age=values["age"], sex=values["sex"],
                                  education=values["education"], occupation=values["occupation"],
                                  today=DAY)
    assert refused.value.field == field
    with within(world.gov):
        assert not Response.objects.exists()


def test_record_unit_period_with_version_and_audit(world, worked):
    admin = Actor.for_user(world.users.agency_admin)
    with within(world.gov):
        row = results.record_unit_period(actor=admin, unit=world.unit, period=Q2, population="1.250",
                                         follow_up="Tambah loket pada jam sibuk.", version="")
        assert (row.population, row.version) == (1250, 1)
        report = queries.unit_report(world.unit, Q2)
        assert (report["required"], report["respondents"], report["below_sample"]) == (294, 10, True)
        assert report["profile"]["sex"] == [("Female", 10)]
        assert report["profile"]["band"] == [("26-35", 10)]
        assert report["profile"]["education"] == [("Bachelor (D4/S1)", 10)]
        assert report["ikm"] == Decimal("84.17")
        assert report["weakest"][0]["name"] == "Waktu Penyelesaian"
        with pytest.raises(Conflict):
            results.record_unit_period(actor=admin, unit=world.unit, period=Q2, population="10",
                                       follow_up="", version="0")
        with pytest.raises(Forbidden):
            results.record_unit_period(actor=Actor.for_user(world.users.leader), unit=world.unit,
                                       period=Q2, population="10", follow_up="", version="1")
        with pytest.raises(DomainError):
            results.record_unit_period(actor=admin, unit=world.unit, period=Q2, population="-3",
                                       follow_up="", version="1")
        assert UnitPeriod.objects.get().population == 1250
        assert AuditEntry.objects.filter(object_type="surveys.unitperiod").count() == 1


def test_the_report_pdf_is_built(world, worked):
    from abdi.surveys.services.report import build_report_pdf

    with within(world.gov):
        pdf = build_report_pdf(queries.unit_report(world.unit, Q2), government=world.gov.name)
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 1500


def test_settings_validation(world):
    hr = Actor.for_user(world.users.hr_admin)
    with within(world.gov):
        with pytest.raises(DomainError):
            results.update_settings(actor=hr, period_kind="quarter", unsur_order="waktu,biaya",
                                    min_age="17", sample_method="formula", legacy_weight=False,
                                    public_results=True, version="")
        with pytest.raises(Forbidden):
            results.update_settings(actor=Actor.for_user(world.users.agency_admin), period_kind="quarter",
                                    unsur_order=",".join(KEYS), min_age="17", sample_method="formula",
                                    legacy_weight=False, public_results=True, version="")
        saved = results.update_settings(actor=hr, period_kind="semester",
                                        unsur_order=",".join(reversed(KEYS)), min_age="18",
                                        sample_method="table", legacy_weight=True,
                                        public_results=True, version="")
    assert queries.settings_for(world.gov.pk).pk == saved.pk
    assert queries.ikm_for_all_units(world.gov.pk, Q2.start, Q2.end) == {}
