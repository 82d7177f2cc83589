"""Services: bad input refused with a clear message and nothing saved; duplicate enrolment and
a full session refused; stale versions refused; results never copied into the audit trail."""

import datetime

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people.tests.factories import EmployeeFactory
from abdi.tenancy.scoping import within
from abdi.welfare.models import BenefitRecord, MedicalResult, Participation, Programme
from abdi.welfare.services import benefits, participation, programmes

from .conftest import SECRET, actor
from .factories import ParticipationFactory, ProgrammeFactory, SessionFactory

YEAR = timezone.localdate().year
VALID = {"kind": "health_check", "name": "Medical check-up", "year": YEAR, "min_age": 35,
         "employee_kinds": ["PNS", "PPPK"], "min_grade": "II/a", "max_grade": "IV/e"}


def _count(model, gov):
    with within(gov):
        return model.objects.count()


def test_hr_admin_creates_a_programme_with_its_rules(world):
    with within(world.gov):
        created = programmes.create_programme(actor=actor(world.users.hr_admin),
                                              instansi_id=world.gov.pk, values=VALID)
        assert (created.status, created.min_grade_ordinal, created.max_grade_ordinal) == ("draft", 5, 17)
        assert AuditEntry.objects.filter(object_type="welfare.programme").count() == 1


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "spa"}, "kind"), ({"name": "  "}, "name"), ({"name": "x" * 161}, "name"),
    ({"year": "abc"}, "year"), ({"year": 1999}, "year"), ({"min_age": -1}, "min_age"),
    ({"min_age": 60, "max_age": 50}, "max_age"), ({"employee_kinds": ["PRESIDEN"]}, "employee_kinds"),
    ({"min_grade": "V/z"}, "min_grade"), ({"min_grade": "IV/a", "max_grade": "III/a"}, "max_grade"),
    ({"agency_ids": ["x"]}, "agency_ids"), ({"agency_ids": [2_000_000_001]}, "agency_ids"),
])
def test_bad_programme_input_is_refused_and_nothing_saved(world, change, field):
    with within(world.gov), pytest.raises(DomainError) as refused:
        programmes.create_programme(actor=actor(world.users.hr_admin), instansi_id=world.gov.pk,
                                    values=VALID | change)
    assert refused.value.field == field
    assert str(refused.value.message)
    assert _count(Programme, world.gov) == 0


def test_the_same_name_twice_in_a_year_is_a_conflict(world):
    with within(world.gov):
        programmes.create_programme(actor=actor(world.users.hr_admin), instansi_id=world.gov.pk,
                                    values=VALID)
        with pytest.raises(Conflict):
            programmes.create_programme(actor=actor(world.users.hr_admin),
                                        instansi_id=world.gov.pk, values=VALID)
    assert _count(Programme, world.gov) == 1


def test_an_agency_admin_names_only_his_agency(world):
    admin = actor(world.users.agency_admin)
    with within(world.gov):
        with pytest.raises(Forbidden):
            programmes.create_programme(actor=admin, instansi_id=world.gov.pk, values=VALID)
        with pytest.raises(Forbidden):
            programmes.create_programme(actor=admin, instansi_id=world.gov.pk,
                                        values=VALID | {"agency_ids": [world.other_agency.pk]})
        mine = programmes.create_programme(actor=admin, instansi_id=world.gov.pk,
                                           values=VALID | {"agency_ids": [world.agency.pk]})
    assert mine.agency_ids == [world.agency.pk]


def test_a_stale_edit_is_refused(world):
    hr = actor(world.users.hr_admin)
    with within(world.gov):
        created = programmes.create_programme(actor=hr, instansi_id=world.gov.pk, values=VALID)
        programmes.update_programme(actor=hr, programme=created, values=VALID | {"name": "A"},
                                    version=1)
        with pytest.raises(Conflict):  # a second tab still holds version 1
            programmes.update_programme(actor=hr, programme=created, values=VALID | {"name": "B"},
                                        version=1)
        assert Programme.objects.get().name == "A"


def test_invite_all_eligible_counts_and_is_idempotent(world, django_assert_max_num_queries):
    with within(world.gov):
        programme = ProgrammeFactory(instansi=world.gov, min_age=30)
        with django_assert_max_num_queries(12):
            first = programmes.invite_eligible(actor=actor(world.users.hr_admin), programme=programme)
        eligible = programmes.eligible_employee_ids(programme, on=timezone.localdate())
        assert first == len(eligible) > 0
        assert world.own.pk in eligible  # born 1990: 36
        assert programmes.invite_eligible(actor=actor(world.users.hr_admin), programme=programme) == 0
        assert Participation.objects.filter(status="invited").count() == first


def test_invite_queries_do_not_grow_with_employees(world, django_assert_max_num_queries):
    with scopes_disabled():
        for _ in range(30):
            EmployeeFactory(position=world.peer.position)
    with within(world.gov):
        programme = ProgrammeFactory(instansi=world.gov)
        with django_assert_max_num_queries(12):
            assert programmes.invite_eligible(actor=actor(world.users.hr_admin),
                                              programme=programme) > 30


@pytest.fixture
def session(world):
    with scopes_disabled():
        return SessionFactory(programme=ProgrammeFactory(instansi=world.gov), capacity=1,
                              date=timezone.localdate() + datetime.timedelta(days=3))


def test_register_then_twice_is_refused(world, session):
    with within(world.gov):
        taken = participation.register(actor=actor(world.users.own), session=session)
        assert taken.status == "registered"
        with pytest.raises(Conflict, match="already registered"):
            participation.register(actor=actor(world.users.own), session=session)
        assert Participation.objects.count() == 1


def test_a_full_session_is_refused(world, session):
    with within(world.gov):
        participation.register(actor=actor(world.users.own), session=session)
        with pytest.raises(Conflict, match="full"):
            participation.register(actor=actor(world.users.supervisor), session=session)
        assert Participation.objects.count() == 1


def test_a_cancelled_place_frees_the_session(world, session):
    with within(world.gov):
        mine = participation.register(actor=actor(world.users.own), session=session)
        participation.cancel(actor=actor(world.users.own), participation=mine, version=mine.version)
        participation.register(actor=actor(world.users.supervisor), session=session)
        with pytest.raises(Conflict, match="full"):
            participation.register(actor=actor(world.users.own), session=session)


def test_the_not_eligible_are_told_why(world, session):
    with within(world.gov):
        Programme.objects.filter(pk=session.programme_id).update(min_age=60)
        session.programme.refresh_from_db()
        with pytest.raises(Forbidden, match="younger than the minimum age"):
            participation.register(actor=actor(world.users.own), session=session)
        assert Participation.objects.count() == 0


def test_a_closed_programme_or_past_session_takes_nobody(world, session):
    with within(world.gov):
        Programme.objects.filter(pk=session.programme_id).update(status="closed")
        with pytest.raises(Conflict):
            participation.register(actor=actor(world.users.own), session=session)
        Programme.objects.filter(pk=session.programme_id).update(status="open")
        session.date = timezone.localdate() - datetime.timedelta(days=1)
        session.save()
        with pytest.raises(Conflict, match="already taken place"):
            participation.register(actor=actor(world.users.own), session=session)


def test_a_stale_cancel_is_refused(world, session):
    with within(world.gov):
        mine = participation.register(actor=actor(world.users.own), session=session)
        with pytest.raises(Conflict):
            participation.cancel(actor=actor(world.users.own), participation=mine, version=99)
        assert Participation.objects.get().status == "registered"


def test_results_need_attendance_and_never_reach_the_audit(world, health):
    doctor = actor(health.doctor)
    with scopes_disabled():
        other = ParticipationFactory(session=health.session, employee=world.peer)
    with within(world.gov):
        with pytest.raises(Conflict, match="attendance"):
            participation.record_result(actor=doctor, participation=other,
                                        values={"summary": "Sehat"}, version="")
        with pytest.raises(DomainError) as empty:
            participation.record_attendance(actor=doctor, participation=other, attended="maybe",
                                            version=other.version)
        assert empty.value.field == "attended"
        moved = participation.record_attendance(actor=doctor, participation=other, attended=True,
                                                version=other.version)
        with pytest.raises(DomainError) as refused:
            participation.record_result(actor=doctor, participation=moved,
                                        values={"summary": "  "}, version="")
        assert refused.value.field == "summary"
        participation.record_result(actor=doctor, participation=moved,
                                    values={"summary": "Tekanan darah 150/95"}, version="")
        with pytest.raises(Conflict):  # a colleague entered it meanwhile: his form had no version
            participation.record_result(actor=doctor, participation=moved,
                                        values={"summary": "Sehat"}, version="")
        assert MedicalResult.objects.get(participation=moved).summary == "Tekanan darah 150/95"
        trail = str(list(AuditEntry.objects.values_list("changes", "object_repr")))
    assert "150/95" not in trail
    assert SECRET not in trail
    assert "result_entered" in trail


@pytest.mark.parametrize("persona", ["hr_admin", "agency_admin", "supervisor", "own"])
def test_only_the_medical_staff_enter_results(world, health, persona):
    with within(world.gov), pytest.raises(Forbidden):
        participation.record_result(actor=actor(getattr(world.users, persona)),
                                    participation=health.own, values={"summary": "x"},
                                    version=health.result.version)
    with within(world.gov):
        assert MedicalResult.objects.get().summary == SECRET


def test_benefit_records_check_input_and_eligibility(world):
    hr = actor(world.users.hr_admin)
    with within(world.gov):
        programme = ProgrammeFactory(instansi=world.gov, kind="benefit", min_service_years=5)
        today = timezone.localdate()
        good = {"date": today, "amount": 500_000, "description": "Bantuan duka"}
        with pytest.raises(DomainError) as nobody:
            benefits.record_benefit(actor=hr, programme=programme, employee=None, values=good)
        assert nobody.value.field == "nip"
        for bad in ({"date": "kemarin"}, {"amount": -1}, {"description": ""}):
            with pytest.raises(DomainError):
                benefits.record_benefit(actor=hr, programme=programme, employee=world.own,
                                        values=good | bad)
        created = benefits.record_benefit(actor=hr, programme=programme, employee=world.own,
                                          values=good)
        benefits.set_benefit_status(actor=hr, benefit=created, status="delivered", version=1)
        with pytest.raises(Conflict):
            benefits.set_benefit_status(actor=hr, benefit=created, status="cancelled", version=1)
        with pytest.raises(Forbidden):
            benefits.record_benefit(actor=actor(world.users.supervisor), programme=programme,
                                    employee=world.own, values=good)
        assert BenefitRecord.objects.get().status == "delivered"


def test_session_capacity_cannot_drop_below_the_registered(world, session):
    with within(world.gov):
        participation.register(actor=actor(world.users.own), session=session)
        with pytest.raises(DomainError) as refused:
            programmes.update_session(actor=actor(world.users.hr_admin), session=session,
                                      values={"date": session.date, "place": "X", "capacity": 0},
                                      version=session.version)
        assert refused.value.field == "capacity"
