"""Recording, examining, deciding and cancelling: the rules of PP 94/2021 and bad input."""

import datetime
import threading

import pytest
from django.db import connection

from abdi.allowance.rules.discipline import Penalty
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.discipline import queries
from abdi.discipline.models import DisciplineCase
from abdi.discipline.services import cases
from abdi.discipline.tests.factories import make_case
from abdi.tenancy.scoping import within

from .conftest import INCIDENT, VIOLATION, actor_of

D = datetime.date


def _decide(world, case, **overrides):
    values = {"penalty": "R2", "official": world.supervisor, "sk_number": "800/12/BKPSDM/2026",
              "sk_date": D(2026, 3, 16), "received_on": D(2026, 3, 17)}
    version = overrides.pop("version", case.version)
    values |= overrides
    with within(world.gov):
        return cases.decide_case(actor=actor_of(world.users.hr_admin), case=case,
                                 version=version, **values)


def _fresh(world, case):
    with within(world.gov):
        return DisciplineCase.objects.get(pk=case.pk)


def test_reporting_a_case_audits_it(world, reported):
    assert reported.status == "reported"
    assert reported.agency_id == world.agency.pk
    with within(world.gov):
        assert AuditEntry.objects.filter(object_type="discipline.disciplinecase",
                                         object_id=str(reported.pk), action="create").exists()


def test_the_same_case_twice_is_a_conflict(world, reported):
    with within(world.gov), pytest.raises(Conflict):
        cases.report_case(actor=actor_of(world.users.hr_admin), employee=world.own,
                          violation=VIOLATION, incident_from=INCIDENT)
    with within(world.gov):
        assert DisciplineCase.objects.count() == 1


@pytest.mark.parametrize(("fields", "field"), [
    ({"violation": "short"}, "violation"),
    ({"incident_from": "2026-13-01"}, "incident_from"),
    ({"incident_from": "kemarin"}, "incident_from"),
    ({"incident_from": ""}, "incident_from"),
    ({"incident_from": "2099-01-01"}, "incident_from"),
    ({"incident_to": "2026-03-01"}, "incident_to"),
    ({"expected_level": "fatal"}, "expected_level"),
])
def test_bad_input_is_refused_with_its_field(world, fields, field):
    values = {"violation": VIOLATION, "incident_from": INCIDENT} | fields
    with within(world.gov), pytest.raises(DomainError) as refused:
        cases.report_case(actor=actor_of(world.users.hr_admin), employee=world.own, **values)
    assert refused.value.field == field
    with within(world.gov):
        assert not DisciplineCase.objects.exists()


@pytest.mark.parametrize("persona", ["own", "supervisor", "other_unit", "leader"])
def test_only_hr_records(world, persona):
    with within(world.gov), pytest.raises(Forbidden):
        cases.report_case(actor=actor_of(getattr(world.users, persona)), employee=world.own,
                          violation=VIOLATION, incident_from=INCIDENT)


def test_the_agency_admin_records_for_his_agency_only(world):
    admin = actor_of(world.users.agency_admin)
    with within(world.gov):
        assert cases.report_case(actor=admin, employee=world.own, violation=VIOLATION,
                                 incident_from=INCIDENT).pk
        with pytest.raises(Forbidden):
            cases.report_case(actor=admin, employee=world.other_unit, violation=VIOLATION,
                              incident_from=INCIDENT)


def test_a_ringan_decision_by_the_direct_superior_takes_effect_on_the_15th_working_day(
        world, reported):
    case = _decide(world, reported)
    # Received Tue 17 Mar 2026; 15 working days (Mon-Fri; holidays of the test government none).
    assert (case.status, case.level, case.imposed_as) == ("decided", "ringan", "administrator")
    assert case.effective_on == D(2026, 4, 7)
    assert case.ends_on is None  # a teguran has no duration
    assert case.version == reported.version + 1


def test_a_decision_before_the_incident_is_refused(world, reported):
    with pytest.raises(DomainError) as refused:
        _decide(world, reported, sk_date=D(2026, 2, 27))
    assert refused.value.field == "sk_date"
    assert _fresh(world, reported).status == "reported"


def test_receipt_before_signing_is_refused(world, reported):
    with pytest.raises(DomainError) as refused:
        _decide(world, reported, received_on=D(2026, 3, 10))
    assert refused.value.field == "received_on"


def test_an_official_without_authority_is_refused_with_who_may(world, reported):
    # §6.4 W1: berat on a pelaksana is for the PPK only; the Kepala Bidang may not.
    with within(world.gov):
        make_examiners(world, reported)
    with pytest.raises(DomainError) as refused:
        _decide(world, _fresh(world, reported), penalty="B1", official=world.supervisor)
    assert refused.value.field == "official"
    assert "PPK" in refused.value.message
    assert _fresh(world, reported).status == "examination"


def test_sedang_by_the_head_two_levels_up(world, reported):
    with within(world.gov):
        make_examiners(world, reported)
    case = _decide(world, _fresh(world, reported), penalty="S1", official=world.agency_head)
    assert (case.level, case.imposed_as, case.imposed_by_id) == ("sedang", "jpt_pratama",
                                                                 world.agency_head.pk)
    # §6.2 transitional: the tukin cut waits; KGB postponed for a year meanwhile.
    assert case.interim == "penundaan_kgb"
    assert case.ends_on == D(2027, 4, 6)
    with pytest.raises(DomainError):
        _decide(world, _fresh(world, reported), penalty="S1", official=world.supervisor)


def test_sedang_needs_a_tim_pemeriksa(world, reported):
    with pytest.raises(DomainError) as refused:
        _decide(world, reported, penalty="S1", official=world.agency_head)
    assert "Tim Pemeriksa" in refused.value.message


def test_b3_stores_the_dismissal_category_as_decided(world, reported):
    with within(world.gov):
        make_examiners(world, reported)
    with pytest.raises(DomainError) as refused:
        _decide(world, _fresh(world, reported), penalty="B3", official=cases.PPK)
    assert refused.value.field == "dismissal_category"
    case = _decide(world, _fresh(world, reported), penalty="B3", official=cases.PPK,
                   dismissal_category="PTDH")
    assert (case.dismissal_category, case.imposed_by_id, case.ends_on) == ("PTDH", None, None)
    with pytest.raises(DomainError):
        _decide(world, _fresh(world, reported), penalty="R1", dismissal_category="PDHTAPS")


def test_a_stale_version_is_a_conflict_and_changes_nothing(world, reported):
    _decide(world, reported)
    with pytest.raises(Conflict):
        _decide(world, reported, version=reported.version, penalty="R1")
    assert _fresh(world, reported).penalty == "R2"
    with within(world.gov), pytest.raises(Conflict):
        cases.cancel_case(actor=actor_of(world.users.hr_admin), case=reported, version="x",
                          reason="Dibatalkan oleh keputusan banding.")


def test_an_unknown_penalty_or_decree_number_is_refused(world, reported):
    with pytest.raises(DomainError) as refused:
        _decide(world, reported, penalty="Z9")
    assert refused.value.field == "penalty"
    with pytest.raises(DomainError) as refused:
        _decide(world, reported, sk_number="")
    assert refused.value.field == "sk_number"


def test_a_cancelled_case_stays_cancelled(world, reported):
    admin = actor_of(world.users.hr_admin)
    with within(world.gov):
        case = cases.cancel_case(actor=admin, case=reported, version=reported.version,
                                 reason="Dibatalkan oleh keputusan banding.")
        assert case.status == "cancelled"
    with pytest.raises(Conflict):
        _decide(world, case)


def test_editing_records_the_examination(world, reported):
    with within(world.gov):
        case = cases.update_case(
            actor=actor_of(world.users.hr_admin), case=reported, version=reported.version,
            violation=VIOLATION, incident_from=INCIDENT, first_summons_on=D(2026, 3, 3),
            examined_on=D(2026, 3, 12), examiner_nips=[world.supervisor.nip, world.hr_admin_employee.nip],
            examination_minutes="Pegawai mengakui tidak masuk kerja.")
        assert case.status == "examination"
        assert set(case.examiners.all()) == {world.supervisor, world.hr_admin_employee}
        with pytest.raises(DomainError) as refused:
            cases.update_case(actor=actor_of(world.users.hr_admin), case=case, version=case.version,
                              violation=VIOLATION, incident_from=INCIDENT,
                              examiner_nips=["199999999999999999"])
        assert refused.value.field == "examiners"
        with pytest.raises(DomainError):
            cases.update_case(actor=actor_of(world.users.hr_admin), case=case, version=case.version,
                              violation=VIOLATION, incident_from=INCIDENT,
                              examiner_nips=[world.own.nip])


def make_examiners(world, case):
    cases.update_case(actor=actor_of(world.users.hr_admin), case=case, version=case.version,
                      violation=case.violation, incident_from=case.incident_from,
                      examined_on=D(2026, 3, 12),
                      examiner_nips=[world.supervisor.nip, world.hr_admin_employee.nip])


def test_penalty_levels_for_the_rewards_app(world):
    with within(world.gov):
        make_case(world.own, penalty="S1", effective_on=D(2025, 6, 2))
        make_case(world.own, penalty="R1", effective_on=None, sk_date=D(2026, 1, 20))
        make_case(world.own, penalty="B1", effective_on=D(2025, 1, 2), status="cancelled")
        make_case(world.peer)  # reported only
        levels = queries.penalty_levels_by_employee([world.own.pk, world.peer.pk])
    assert levels == {world.own.pk: [(D(2025, 6, 2), "sedang"), (D(2026, 1, 20), "ringan")]}


def test_penalties_for_payroll(world):
    with within(world.gov):
        make_case(world.own, penalty="S1", effective_on=D(2025, 6, 2))
        make_case(world.own, penalty="S2", effective_on=D(2026, 12, 1))  # after the month
        make_case(world.own, penalty="R1", effective_on=None)  # not received yet
        found = queries.penalties_for_payroll([world.own.pk], D(2026, 11, 1), D(2026, 11, 30))
    assert found == {world.own.pk: [(Penalty.S1.value, D(2025, 6, 2))]}


@pytest.mark.django_db(transaction=True)
def test_two_admins_deciding_at_once_one_wins(world):
    """Optimistic lock under real concurrency: both read version 1, one gets a Conflict."""
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the version check is proven above")
    with within(world.gov):
        case = cases.report_case(actor=actor_of(world.users.hr_admin), employee=world.own,
                                 violation=VIOLATION, incident_from=INCIDENT)
    outcomes = []

    def decide(number):
        try:
            _decide(world, case, sk_number=f"800/{number}/2026")
            outcomes.append("ok")
        except Conflict:
            outcomes.append("conflict")
        finally:
            connection.close()

    threads = [threading.Thread(target=decide, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict", "ok"]
