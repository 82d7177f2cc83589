import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound
from abdi.performance.models import Appraisal, Skp
from abdi.service_ratings.models import ServiceContact, ServiceRating
from abdi.service_ratings.services import contacts, ratings
from abdi.service_ratings.services.appraisal_sync import sync_appraisal_feedback
from abdi.tenancy.scoping import within

from .conftest import actor_of
from .factories import make_contact, make_ratings


def _appraisal(employee, *, kind="annual", number=1, start=None, end=None, status="open"):
    year = timezone.localdate().year
    skp, _new = Skp.objects.get_or_create(
        instansi=employee.instansi, employee=employee, year=year,
        defaults={"kind": "NON_JPT", "unit": employee.unit, "status": "approved",
                  "approved_at": timezone.now()})
    return Appraisal.objects.create(
        instansi=employee.instansi, skp=skp, employee=employee, unit=employee.unit, year=year,
        period_kind=kind, period_number=number, start=start or datetime.date(year, 1, 1),
        end=end or datetime.date(year, 12, 31), status=status)


def test_a_counter_visit_rates_once_per_device_counter_and_day(world, counter):
    with within(world.gov):
        rating = ratings.rate_counter_visit(counter=counter, employee=world.own, device="a" * 32,
                                            score=5, comment="  Ramah dan cepat.  ")
        assert (rating.score, rating.comment, rating.employee_id) == (5, "Ramah dan cepat.", world.own.pk)
        assert rating.contact.used_at is not None
        assert world.own.pk not in (rating.contact.reference, )
        with pytest.raises(Conflict, match="already rated"):
            ratings.rate_counter_visit(counter=counter, employee=world.peer, device="a" * 32, score=4,
                                       comment="")
        # Another device (another citizen) may rate the same officer the same day.
        ratings.rate_counter_visit(counter=counter, employee=world.own, device="b" * 32, score=4,
                                   comment="")
        assert ServiceRating.objects.count() == 2
        # The contact keeps a one-way stamp, never the device id.
        assert not ServiceContact.objects.filter(reference__contains="a" * 32).exists()


@pytest.mark.parametrize(("score", "comment", "field"), [
    (0, "", "score"), (6, "", "score"), ("lima", "", "score"), (None, "", "score"),
    (4, "x" * 1001, "comment"),
])
def test_bad_input_saves_nothing(world, counter, score, comment, field):
    with within(world.gov):
        with pytest.raises(DomainError) as exc:
            ratings.rate_counter_visit(counter=counter, employee=world.own, device="c" * 32,
                                       score=score, comment=comment)
        assert exc.value.field == field
        assert not ServiceContact.objects.exists()
        assert not ServiceRating.objects.exists()


def test_a_one_time_link_is_used_once_and_expires(world):
    with within(world.gov):
        contact = make_contact(world.own)
        ratings.rate_with_contact(contact=contact, score=3, comment="")
        with pytest.raises(Conflict):
            ratings.rate_with_contact(contact=contact, score=5, comment="")
        old = make_contact(world.own, expires_in=datetime.timedelta(seconds=-1))
        with pytest.raises(ratings.Gone) as exc:
            ratings.rate_with_contact(contact=old, score=5, comment="")
        assert exc.value.status == 410
        assert ServiceRating.objects.count() == 1


def test_case_contact_is_idempotent_per_reference(world):
    path = contacts.issue_case_contact(instansi=world.gov, employee_id=world.own.pk,
                                       reference="complaint:17")
    again = contacts.issue_case_contact(instansi=world.gov.pk, employee_id=world.own.pk,
                                        reference="complaint:17")
    assert path == again
    assert path.startswith("/penilaian-layanan/nilai/")
    # Handed to another officer before the citizen rated: the rating goes to the new one.
    moved = contacts.issue_case_contact(instansi=world.gov, employee_id=world.peer.pk,
                                        reference="complaint:17")
    assert moved == path
    with scopes_disabled():
        contact = ServiceContact.objects.get(instansi=world.gov, reference="complaint:17")
        assert (contact.source, contact.employee_id) == ("case", world.peer.pk)
    with pytest.raises(NotFound):  # an employee of another government
        contacts.issue_case_contact(instansi=world.gov, employee_id=world.other_gov_employee.pk,
                                    reference="complaint:18")
    with pytest.raises(DomainError):
        contacts.issue_case_contact(instansi=world.gov, employee_id=world.own.pk, reference=" ")


def test_only_staff_of_the_counter_issue_visit_codes(world, counter):
    with within(world.gov):
        contact = contacts.issue_visit_code(actor=actor_of(world.users.own), counter=counter,
                                            staff_ids={world.own.pk, world.peer.pk})
        assert len(contact.token) == contacts.CODE_LENGTH
        assert contact.source == "code"
        assert contact.employee_id == world.own.pk
        assert AuditEntry.objects.filter(object_type="service_ratings.servicecontact").count() == 1
        with pytest.raises(Forbidden):
            contacts.issue_visit_code(actor=actor_of(world.users.supervisor), counter=counter,
                                      staff_ids={world.own.pk, world.peer.pk})


def test_hiding_a_comment_is_audited_and_versioned(world):
    with within(world.gov):
        rating = make_ratings(world.own, [1], comment="Kata kasar")[0]
        with pytest.raises(Forbidden):
            ratings.hide_comment(actor=actor_of(world.users.supervisor), rating=rating,
                                 reason="Kata kasar sekali", expected_version=1)
        with pytest.raises(DomainError):
            ratings.hide_comment(actor=actor_of(world.users.hr_admin), rating=rating, reason="x",
                                 expected_version=1)
        ratings.hide_comment(actor=actor_of(world.users.hr_admin), rating=rating,
                             reason="Berisi makian.", expected_version=1)
        rating.refresh_from_db()
        assert rating.hidden
        assert rating.hidden_reason == "Berisi makian."
        assert rating.version == 2
        entry = AuditEntry.objects.get(object_type="service_ratings.servicerating")
        assert entry.changes["hidden"] == [False, True]
        with pytest.raises(Conflict):
            ratings.hide_comment(actor=actor_of(world.users.hr_admin), rating=rating,
                                 reason="Berisi makian.", expected_version=1)


def test_settings_change_the_minimum(world):
    with within(world.gov):
        with pytest.raises(Forbidden):
            ratings.change_settings(actor=actor_of(world.users.supervisor), min_count=3,
                                    expected_version=1)
        with pytest.raises(DomainError):
            ratings.change_settings(actor=actor_of(world.users.hr_admin), min_count=0,
                                    expected_version=1)
        settings = ratings.change_settings(actor=actor_of(world.users.hr_admin), min_count=3,
                                           expected_version=1)
        assert settings.min_count == 3
        assert settings.version == 2
        with pytest.raises(Conflict):
            ratings.change_settings(actor=actor_of(world.users.hr_admin), min_count=4,
                                    expected_version=1)


def test_sync_offers_the_period_s_ratings_to_the_appraisal(world):
    year = timezone.localdate().year
    with within(world.gov):
        annual = _appraisal(world.own)
        march = _appraisal(world.own, kind="monthly", number=3, start=datetime.date(year, 3, 1),
                           end=datetime.date(year, 3, 31))
        few = _appraisal(world.peer)
        final = _appraisal(world.sibling, status="final")
        make_ratings(world.own, [5, 4, 4, 5, 3], on=datetime.date(year, 3, 10), comment="Cepat <b>sekali</b>")
        make_ratings(world.own, [2], on=datetime.date(year, 4, 2), comment="")
        make_ratings(world.own, [1], on=datetime.date(year, 3, 11), comment="Tidak sopan", hidden=True)
        make_ratings(world.peer, [5, 5, 5, 5], on=datetime.date(year, 3, 10))
        make_ratings(world.sibling, [5, 5, 5, 5, 5], on=datetime.date(year, 3, 10))
        with CaptureQueriesContext(connection) as queries:
            changed = sync_appraisal_feedback(instansi_id=world.gov.pk, year=year)
        assert changed == 2
        assert len(queries) <= 5  # settings, one grouped read, comments, one bulk update (+savepoint)
        annual.refresh_from_db()
        march.refresh_from_db()
        few.refresh_from_db()
        final.refresh_from_db()
    assert annual.citizen_feedback == {"count": 7, "average": 3.4, "comments": ["Cepat <b>sekali</b>"] * 5}
    assert march.citizen_feedback["count"] == 6
    assert march.citizen_feedback["average"] == 3.7
    assert few.citizen_feedback == {}  # four ratings: below the minimum
    assert final.citizen_feedback == {}  # a final appraisal stays as signed
    with within(world.gov):
        assert sync_appraisal_feedback(instansi_id=world.gov.pk, year=year) == 0  # idempotent
        assert sync_appraisal_feedback(instansi_id=world.gov.pk, year=year, period_kind="monthly",
                                       employee_ids=[world.own.pk]) == 0


def test_a_rating_refreshes_its_employee_s_appraisal(world, counter):
    with within(world.gov):
        appraisal = _appraisal(world.own)
        make_ratings(world.own, [4, 4, 4, 4])
        ratings.rate_counter_visit(counter=counter, employee=world.own, device="d" * 32, score=5,
                                   comment="Solutif.")
        appraisal.refresh_from_db()
    assert appraisal.citizen_feedback["count"] == 5
    assert appraisal.citizen_feedback["average"] == 4.2
    assert appraisal.citizen_feedback["comments"][0] == "Solutif."
