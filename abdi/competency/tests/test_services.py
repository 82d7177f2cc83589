"""Services: recording, importing, standards, AKPK plans and the contract for other apps."""

import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from abdi.audit.models import AuditEntry
from abdi.competency import queries
from abdi.competency.models import AgencyPlan, Assessment, AssessmentScore, DevelopmentItem
from abdi.competency.rules.kamus import STANDARD_CODES
from abdi.competency.services import assessments, importing, plans
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.scoping import within

from .conftest import actor_of, assess

pytestmark = pytest.mark.django_db


def test_t_kom_2_through_the_service(world, assessed):
    assert assessed.jpm == Decimal("88.89")
    with within(world.gov):
        assert queries.gap_codes_of(world.gov.pk, world.own.pk) == ["M2", "M5", "M7"]
        p = queries.profile(world.own)
    assert (p["pemetaan"], p["seleksi"]) == ("Cukup Optimal", "Memenuhi Syarat")
    assert queries.potential_scores(world.gov.pk) == {world.own.pk: 72.5}
    with within(world.gov):
        assert AuditEntry.objects.filter(action="create", object_type="competency.assessment").count() == 1


def test_default_standard_by_kind_and_jpm_fallback_for_potential(world):
    # The agency head is JPT Pratama: standard 4 each (T-KOM-1).
    a = assess(world, world.agency_head, dict(zip(
        ("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1"), (4, 4, 3, 4, 4, 3, 3, 4, 4),
        strict=True)))
    assert a.jpm == Decimal("91.67")
    assert queries.potential_scores(world.gov.pk, [world.agency_head.pk]) == {
        world.agency_head.pk: 91.67}


def test_a_newer_assessment_replaces_the_latest_an_older_does_not(world, assessed):
    newer = assess(world, world.own, dict.fromkeys(STANDARD_CODES, 3),
                   date=datetime.date(2026, 3, 1))
    assess(world, world.own, {"M1": 1}, date=datetime.date(2025, 1, 1))
    with within(world.gov):
        assert list(Assessment.objects.filter(is_latest=True).values_list("pk", flat=True)) == [
            newer.pk]
        assert set(AssessmentScore.objects.filter(is_latest=True)
                   .values_list("assessment_id", flat=True)) == {newer.pk}
        assert queries.gap_codes_of(world.gov.pk, world.own.pk) == []


@pytest.mark.parametrize(("levels", "why"), [
    ({"M9": 3}, "not a competency"), ({"M1": 0}, "1 to 5"), ({"M1": 6}, "1 to 5"),
    ({"M1": "2.5"}, "1 to 5"), ({"M1": "x"}, "1 to 5"), ({}, "at least one")])
def test_bad_levels_are_refused_and_nothing_saved(world, levels, why):
    with pytest.raises(DomainError, match=why):
        assess(world, world.own, levels)
    with within(world.gov):
        assert not Assessment.objects.exists()


def test_only_hr_records(world):
    with within(world.gov), pytest.raises(Forbidden):
        assessments.record_assessment(actor=actor_of(world.users.own), employee=world.own,
                                      date=datetime.date(2026, 1, 5), assessor="Saya Sendiri",
                                      levels={"M1": 5})


def test_potential_out_of_range(world):
    with pytest.raises(DomainError, match="0 to 100"):
        assess(world, world.own, {"M1": 3}, potential_score="101")


def _xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


HEAD = ["NIP", "Tanggal", "Asesor", "Lembaga", "Potensi", "M1", "M2", "M3", "M4", "M5", "M6",
        "M7", "M8", "SK1"]


def test_import_dry_run_reports_every_bad_row_then_commits(world):
    hr = actor_of(world.users.hr_admin)
    good = [world.own.nip, "2026-02-10", "Asesor A", "UPT", 80, 3, 2, 3, 3, 2, 3, 2, 3, 3]
    data = _xlsx([HEAD, good,
                  ["999999999999999999", "2026-02-10", "Asesor A", "", "", 1, 1, 1, 1, 1, 1, 1, 1, 1],
                  [world.peer.nip, "2026-02-10", "Asesor A", "", "", 0, 1, 1, 1, 1, 1, 1, 1, 1],
                  [world.sibling.nip, "kemarin", "Asesor A", "", "", 1, 1, 1, 1, 1, 1, 1, 1, 1],
                  [world.own.nip, "2026-02-10", "Asesor A", "", "", 1, 1, 1, 1, 1, 1, 1, 1, 1]])
    with within(world.gov):
        result = importing.import_assessments(actor=hr, data=data, filename="a.xlsx", commit=True)
        assert not result.committed
        assert [n for n, _w in result.errors] == [3, 4, 5, 6]
        assert not Assessment.objects.exists()
        ok = importing.import_assessments(actor=hr, data=_xlsx([HEAD, good]), filename="a.xlsx",
                                          commit=True)
    assert ok.committed
    with within(world.gov):
        only = Assessment.objects.get()
    assert (only.source, only.potential_score, only.jpm) == ("import", Decimal("80.00"),
                                                             Decimal("100.00"))


def test_import_refuses_unknown_competency_columns_and_hostile_files(world):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        with pytest.raises(DomainError, match="Unknown competency columns: M9"):
            importing.import_assessments(actor=hr, data=_xlsx([[*HEAD, "M9"]]), filename="a.xlsx",
                                         commit=False)
        with pytest.raises(DomainError):
            importing.import_assessments(actor=hr, data=b"MZ\x90\x00" + b"\x00" * 100,
                                         filename="a.csv", commit=False)
        with pytest.raises(DomainError, match="2 MB"):
            importing.import_assessments(actor=hr, data=b"a" * (3 * 1024 * 1024),
                                         filename="a.csv", commit=False)
        with pytest.raises(Forbidden):
            importing.import_assessments(actor=actor_of(world.users.agency_admin),
                                         data=_xlsx([HEAD]), filename="a.xlsx", commit=False)


def test_csv_import(world):
    csv = (";".join([*HEAD[:3], "M1", "SK1"]) + "\n"
           + f"{world.own.nip};10/02/2026;Asesor B;2;1\n").encode()
    with within(world.gov):
        result = importing.import_assessments(actor=actor_of(world.users.hr_admin), data=csv,
                                              filename="a.csv", commit=True)
    assert result.committed
    assert not result.errors


def test_technical_competency_and_choices(world):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        assessments.add_technical_competency(actor=hr, code="TK-KEU", name="Pengelolaan Keuangan")
        with pytest.raises(DomainError):
            assessments.add_technical_competency(actor=hr, code="TK-KEU", name="Lagi")
        with pytest.raises(DomainError):
            assessments.add_technical_competency(actor=hr, code="M1", name="Bukan")
    choices = queries.competency_choices(world.gov.pk)
    assert choices[0] == ("M1", "Integritas")
    assert choices[-1] == ("TK-KEU", "Pengelolaan Keuangan")
    assert len(choices) == 10
    assert len(queries.competency_choices(world.other_gov.pk)) == 9


def test_akpk_plan_requests_consolidation_and_decision(world, assessed):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        plans.request_development(actor=actor_of(world.users.own), employee=world.own, year=2026,
                                  title="Kursus Bahasa Inggris", kind="klasikal", jp=30,
                                  cost=2_000_000)
        items = plans.propose_plan(actor=actor_of(world.users.supervisor), employee=world.own,
                                   year=2026)
        assert [(i.code, i.kind) for i in items] == [("M2", "nonklasikal"), ("M5", "nonklasikal"),
                                                      ("M7", "nonklasikal")]
        plans.propose_plan(actor=hr, employee=world.own, year=2026)  # re-proposing replaces
        assert DevelopmentItem.objects.count() == 4
        with pytest.raises(Forbidden):
            plans.propose_plan(actor=actor_of(world.users.other_unit), employee=world.own,
                               year=2026)
        plan = plans.consolidate(actor=actor_of(world.users.agency_admin),
                                 agency_id=world.agency.pk, year=2026)
        assert (plan.employees, plan.items, plan.total_jp, plan.total_cost) == (
            1, 4, 60, 3_500_000)
        with pytest.raises(Forbidden):
            plans.decide_plan(actor=actor_of(world.users.agency_admin), plan=plan,
                              version=plan.version, approve=True)
        with pytest.raises(Conflict):
            plans.decide_plan(actor=hr, plan=plan, version=plan.version - 1, approve=True)
        with pytest.raises(DomainError, match="why"):
            plans.decide_plan(actor=hr, plan=plan, version=plan.version, approve=False)
        done = plans.decide_plan(actor=hr, plan=plan, version=plan.version, approve=True)
        assert done.status == AgencyPlan.Status.APPROVED
        with pytest.raises(Conflict):
            plans.request_development(actor=actor_of(world.users.own), employee=world.own,
                                      year=2026, title="Satu lagi kursus", kind="klasikal", jp=5)
    with within(world.gov):
        assert AuditEntry.objects.filter(action="update",
                                         object_type="competency.agencyplan").count() == 1


@pytest.mark.parametrize(("fields", "why"), [
    ({"title": "abc"}, "5 to 200"), ({"kind": "x"}, "classroom"), ({"code": "ZZ9"}, "not a"),
    ({"jp": "0"}, "JP must"), ({"jp": "lima"}, "whole numbers")])
def test_bad_requests(world, fields, why):
    values = {"title": "Kursus menulis", "kind": "klasikal", "jp": 10, "code": "", **fields}
    with within(world.gov), pytest.raises(DomainError, match=why):
        plans.request_development(actor=actor_of(world.users.own), employee=world.own,
                                  year=2026, **values)


def test_coaching_plans_of_performance_become_items(world, assessed):
    from abdi.performance.models import Appraisal, CoachingPlan, Skp

    with within(world.gov):
        skp = Skp.objects.create(instansi=world.gov, employee=world.own, year=2025, kind="pns",
                                 unit=world.unit)
        appraisal = Appraisal.objects.create(
            instansi=world.gov, skp=skp, employee=world.own, unit=world.unit,
            year=2025, period_kind="annual", period_number=1, start=datetime.date(2025, 1, 1),
            end=datetime.date(2025, 12, 31))
        CoachingPlan.objects.create(instansi=world.gov, appraisal=appraisal, employee=world.own,
                                    goals="Menyelesaikan laporan tepat waktu")
        items = plans.propose_plan(actor=actor_of(world.users.hr_admin), employee=world.own,
                                   year=2026)
    coaching = [i for i in items if i.source == "coaching"]
    assert len(coaching) == 1
    assert coaching[0].note == "Menyelesaikan laporan tepat waktu"
