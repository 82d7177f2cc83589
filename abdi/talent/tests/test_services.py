"""Services: the whole government's nine-box, settings, succession plans, study requests."""


import pytest

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people.tests.factories import EmployeeFactory
from abdi.talent.models import LeadershipTraining, StudyRequest, SuccessionPlan, TalentPlacement
from abdi.talent.services import career, ninebox, succession
from abdi.tenancy.scoping import within

from .conftest import actor_of
from .factories import YEAR, final_predikat

# T-TAL-1 inputs
P = {"P1": ("84.00", "SB", 9), "P2": ("72.00", "B", 5), "P3": ("55.00", "SB", 4),
     "P4": ("80.00", "B", 8), "P5": ("79.99", "SB", 7), "P6": ("60.00", "BP", 3),
     "P7": ("59.99", "K", 1), "P8": ("91.00", "BP", 6), "P9": ("45.00", "B", 2)}


@pytest.fixture
def nine(world, no_competency):
    people = {}
    for name, (score, predikat, _box) in P.items():
        person = EmployeeFactory(position=world.peer.position, name=name)
        final_predikat(person, predikat)
        no_competency[person.pk] = float(score)
        people[name] = person
    return people


def test_t_tal_1_through_the_service_predikat_mode(world, nine):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        summary = ninebox.compute_ninebox(actor=hr, instansi_id=world.gov.pk, year=YEAR)
        boxes = dict(TalentPlacement.objects.values_list("employee_id", "box"))
    assert summary.placed == 9
    assert {n: boxes[p.pk] for n, p in nine.items()} == {n: b for n, (_s, _p, b) in P.items()}
    assert summary.without_predikat > 0  # world's staff have no final predikat


def test_t_tal_5_score_mode_via_settings_and_recompute_replaces(world, nine):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        ninebox.compute_ninebox(actor=hr, instansi_id=world.gov.pk, year=YEAR)
        ninebox.update_settings(actor=hr, instansi_id=world.gov.pk, version=1,
                                potential_middle="60", potential_high="80", kinerja_mode="score",
                                assessment_validity_years=3)
        ninebox.compute_ninebox(actor=hr, instansi_id=world.gov.pk, year=YEAR)
        boxes = dict(TalentPlacement.objects.values_list("employee_id", "box"))
        assert TalentPlacement.objects.count() == 9
        assert TalentPlacement.objects.first().inputs["mode"] == "score"
    moved = {n: boxes[p.pk] for n, p in nine.items()}
    assert moved == {"P1": 9, "P2": 7, "P3": 4, "P4": 9, "P5": 7, "P6": 5, "P7": 1, "P8": 8, "P9": 4}


def test_explicit_potentials_mapping_and_only_hr_computes(world):
    final_predikat(world.own, "SB")
    with within(world.gov):
        with pytest.raises(Forbidden):
            ninebox.compute_ninebox(actor=actor_of(world.users.leader), instansi_id=world.gov.pk,
                                    year=YEAR, potentials={})
        ninebox.compute_ninebox(actor=actor_of(world.users.hr_admin), instansi_id=world.gov.pk,
                                year=YEAR, potentials={world.own.pk: 90})
        assert TalentPlacement.objects.get(employee=world.own).box == 9


def test_settings_are_versioned_validated_and_audited(world):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        s = ninebox.update_settings(actor=hr, instansi_id=world.gov.pk, version=1,
                                    potential_middle="68", potential_high="77",
                                    kinerja_mode="predikat", assessment_validity_years=3)
        assert s.version == 2
        with pytest.raises(Conflict):
            ninebox.update_settings(actor=hr, instansi_id=world.gov.pk, version=1,
                                    potential_middle="60", potential_high="80",
                                    kinerja_mode="predikat", assessment_validity_years=3)
        for bad in ({"potential_middle": "80", "potential_high": "60"},
                    {"potential_middle": "abc"}, {"potential_high": "101"},
                    {"kinerja_mode": "curve"}, {"assessment_validity_years": "0"}):
            args = {"potential_middle": "60", "potential_high": "80", "kinerja_mode": "predikat",
                    "assessment_validity_years": 3, **bad}
            with pytest.raises(DomainError):
                ninebox.update_settings(actor=hr, instansi_id=world.gov.pk, version=2, **args)
        with pytest.raises(Forbidden):
            ninebox.update_settings(actor=actor_of(world.users.agency_admin),
                                    instansi_id=world.gov.pk, version=2, potential_middle="60",
                                    potential_high="80", kinerja_mode="predikat",
                                    assessment_validity_years=3)
        assert AuditEntry.objects.filter(object_type__icontains="talentsettings").count() >= 1


def test_succession_plan_ranks_pool_with_evidence_and_reorder_needs_reason(world, placed):
    hr = actor_of(world.users.hr_admin)
    # A Pengawas post (the supervisor's head post is the default kind of HeadPositionFactory).
    position = world.supervisor.position
    position.kind = "PENGAWAS"
    position.save()
    with within(world.gov):
        LeadershipTraining.objects.create(instansi=world.gov, employee=world.other_unit, kind="PKP",
                                          year=2022, certificate_number="PKP-1", verified=True)
        plan = succession.create_plan(actor=hr, position_id=position.pk, year=YEAR)
        cands = list(plan.candidates.order_by("rank"))
        # own (box 9, 85) before other_unit (box 8, 82); peer (box 5) is not a candidate.
        assert [c.employee_id for c in cands] == [world.own.pk, world.other_unit.pk]
        assert cands[0].ready
        assert "box 9" in cands[0].evidence
        assert "PKP missing" in cands[0].evidence
        assert "PKP held" in cands[1].evidence
        with pytest.raises(Conflict):
            succession.create_plan(actor=hr, position_id=position.pk, year=YEAR)
        with pytest.raises(DomainError):
            succession.move_candidate(actor=hr, plan_id=plan.pk, version=1,
                                      employee_id=world.other_unit.pk, rank=1, reason=" ")
        succession.move_candidate(actor=hr, plan_id=plan.pk, version=1,
                                  employee_id=world.other_unit.pk, rank=1,
                                  reason="Holds PKP already")
        assert list(plan.candidates.order_by("rank").values_list("employee_id", flat=True)) == [
            world.other_unit.pk, world.own.pk]
        with pytest.raises(Conflict):
            succession.move_candidate(actor=hr, plan_id=plan.pk, version=1,
                                      employee_id=world.own.pk, rank=1, reason="x")
        with pytest.raises(Forbidden):
            succession.create_plan(actor=actor_of(world.users.leader), position_id=position.pk,
                                   year=YEAR)
        assert SuccessionPlan.objects.get().version == 2


def _study(world, **kw):
    args = {"kind": "tugas", "institution": "Universitas Gadjah Mada", "programme": "Magister",
            "level": "S2", "start": "2026-09-01", "end": "2028-08-31", "funding": "apbd", **kw}
    with within(world.gov):
        return career.submit_study(actor=actor_of(world.users.own), **args)


def test_study_request_atasan_then_hr(world):
    req = _study(world)
    assert req.atasan_id == world.supervisor.pk
    assert req.status == "submitted"
    with within(world.gov):
        with pytest.raises(Forbidden):
            career.decide_study(actor=actor_of(world.users.hr_admin), request_id=req.pk,
                                version=1, approve=True)
        with pytest.raises(Forbidden):
            career.endorse_study(actor=actor_of(world.users.other_unit), request_id=req.pk,
                                 version=1, approve=True)
        career.endorse_study(actor=actor_of(world.users.supervisor), request_id=req.pk,
                             version=1, approve=True, note="Mendukung")
        with pytest.raises(Conflict):
            career.decide_study(actor=actor_of(world.users.hr_admin), request_id=req.pk,
                                version=1, approve=True)
        done = career.decide_study(actor=actor_of(world.users.hr_admin), request_id=req.pk,
                                   version=2, approve=True)
    assert done.status == "approved"
    assert done.decided_at


@pytest.mark.parametrize("bad", [{"start": "2028-08-31", "end": "2026-09-01"}, {"level": "S9"},
                                 {"kind": "cuti"}, {"funding": "x"}, {"start": "31/08/2026"},
                                 {"institution": ""}, {"programme": "x" * 161}])
def test_study_request_bad_input_saves_nothing(world, bad):
    with pytest.raises(DomainError):
        _study(world, **bad)
    with within(world.gov):
        assert StudyRequest.objects.count() == 0


def test_trainings_hr_verified_own_unverified_duplicate_refused(world):
    with within(world.gov):
        mine = career.record_training(actor=actor_of(world.users.own), employee_id=world.own.pk,
                                      kind="PKP", year=2023, certificate_number="C-1")
        assert not mine.verified
        with pytest.raises(Conflict):
            career.record_training(actor=actor_of(world.users.hr_admin), employee_id=world.own.pk,
                                   kind="PKP", year=2023, certificate_number="C-1")
        with pytest.raises(Forbidden):
            career.record_training(actor=actor_of(world.users.supervisor),
                                   employee_id=world.own.pk, kind="PKA", year=2023,
                                   certificate_number="C-2")
        with pytest.raises(DomainError):
            career.record_training(actor=actor_of(world.users.hr_admin), employee_id=world.own.pk,
                                   kind="PKX", year=2023, certificate_number="C-2")
        assert career.verify_training(actor=actor_of(world.users.hr_admin),
                                      training_id=mine.pk).verified
        with pytest.raises(Forbidden):
            career.verify_training(actor=actor_of(world.users.own), training_id=mine.pk)


def test_a_running_disciplinary_penalty_keeps_a_box_9_out_of_the_plan(world, placed):
    from django.utils import timezone

    from abdi.discipline.tests.factories import make_case

    position = world.supervisor.position
    position.kind = "PENGAWAS"
    position.save()
    with within(world.gov):
        make_case(world.own, penalty="S1", effective_on=timezone.localdate())
        plan = succession.create_plan(actor=actor_of(world.users.hr_admin),
                                      position_id=position.pk, year=YEAR)
        assert list(plan.candidates.values_list("employee_id", flat=True)) == [world.other_unit.pk]
        # ...and still stays in the box report (T-TAL-3 analogue).
        assert TalentPlacement.objects.get(employee=world.own).box == 9


def test_an_expired_assessment_keeps_a_box_9_out_of_the_plan_but_in_the_box(world, placed):
    """T-TAL-3: the potential of an assessment older than the validity (3 years by default) does
    not nominate; the employee stays in the box report."""
    import datetime

    from abdi.competency.services.assessments import record_assessment

    position = world.supervisor.position
    position.kind = "PENGAWAS"
    position.save()
    codes = ("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1")
    with within(world.gov):
        record_assessment(actor=actor_of(world.users.hr_admin), employee=world.own,
                          date=datetime.date(YEAR - 4, 5, 1), assessor="UPT Penilaian",
                          levels=dict.fromkeys(codes, 3), potential_score=85)
        record_assessment(actor=actor_of(world.users.hr_admin), employee=world.other_unit,
                          date=datetime.date(YEAR, 5, 1), assessor="UPT Penilaian",
                          levels=dict.fromkeys(codes, 3), potential_score=82)
        plan = succession.create_plan(actor=actor_of(world.users.hr_admin),
                                      position_id=position.pk, year=YEAR)
        assert list(plan.candidates.values_list("employee_id", flat=True)) == [world.other_unit.pk]
        assert TalentPlacement.objects.get(employee=world.own).box == 9


def test_the_command_recomputes_and_refuses_a_non_admin(world, no_competency):
    from io import StringIO

    from django.core.management import CommandError, call_command

    final_predikat(world.own, "SB")
    no_competency.update({world.own.pk: 86.5})
    out = StringIO()
    call_command("compute_ninebox", "--as", world.users.hr_admin.username, "--year", str(YEAR),
                 stdout=out)
    assert "'placed': 1" in out.getvalue()
    with within(world.gov):
        assert TalentPlacement.objects.get(employee=world.own).box == 9
    with pytest.raises(CommandError):
        call_command("compute_ninebox", "--as", world.users.own.username, "--year", str(YEAR))
