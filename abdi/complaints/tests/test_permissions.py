"""Who may see, handle and learn the identity of a case: persona x action.

The case went to Dinas Pendidikan (world.agency). Personas: BKPSDM (hr_admin), a designated
coordinator, the agency's designated liaison, the agency's AGENCY_ADMIN, the agency head, the head
of another unit (supervisor of Bidang SD, not the unit of the case), the AGENCY_ADMIN of another
agency, a plain employee, the leader, a user of another government, anonymous."""

import pytest
from django.urls import reverse

from abdi.complaints import policy, queries
from abdi.complaints.models import Complaint
from abdi.complaints.services import handling
from abdi.tenancy.scoping import within

from .conftest import actor_of
from .factories import REPORTER, file_case

pytestmark = pytest.mark.django_db


def _user(world, desk, who):
    return getattr(desk.users, who, None) or getattr(world.users, who)


VIEW = {"hr_admin": 200, "coordinator": 200, "liaison": 200, "agency_admin": 200,
        "agency_head": 200, "supervisor": 404, "other_admin": 404, "own": 404, "leader": 200,
        "other_gov": 404}


@pytest.mark.parametrize(("who", "status"), VIEW.items())
def test_who_sees_the_case_page(client, login, world, desk, disposed, who, status):
    login(_user(world, desk, who))
    response = client.get(reverse("complaints:case", args=[disposed.case.pk]))
    assert response.status_code == status
    if status == 200:
        # an ordinary case: identity for coordinators and the agency's handlers, not the leader
        sees = who in {"hr_admin", "coordinator", "liaison", "agency_admin", "agency_head"}
        assert (REPORTER["name"].encode() in response.content) is sees


def test_anonymous_visitor_is_sent_to_login(client, disposed):
    response = client.get(reverse("complaints:case", args=[disposed.case.pk]))
    assert response.status_code == 302
    assert "login" in response["Location"]


ANSWER = {"liaison": 302, "agency_admin": 302, "agency_head": 302, "hr_admin": 403,
          "leader": 403, "other_admin": 404, "own": 404, "other_gov": 404}


@pytest.mark.parametrize(("who", "status"), ANSWER.items())
def test_who_answers(client, login, world, desk, disposed, who, status):
    login(_user(world, desk, who))
    response = client.post(reverse("complaints:act", args=[disposed.case.pk]), {
        "action": "answer", "version": disposed.case.version, "text": "Sudah kami perbaiki."})
    assert response.status_code == status
    with within(world.gov):
        expected = "ditanggapi" if status == 302 else "terdisposisi"
        assert Complaint.objects.get(pk=disposed.case.pk).status == expected


DISPOSE = {"hr_admin": 302, "coordinator": 302, "liaison": 403, "agency_admin": 403,
           "leader": 403, "own": 404, "other_gov": 404}


@pytest.mark.parametrize(("who", "status"), DISPOSE.items())
def test_who_disposes(client, login, world, desk, filed, who, status):
    login(_user(world, desk, who))
    response = client.post(reverse("complaints:act", args=[filed.case.pk]), {
        "action": "dispose", "version": filed.case.version, "agency": world.agency.pk,
        "case_class": "pengaduan"})
    # the case is still with the coordinators, so the agency sees nothing yet
    if who in {"liaison", "agency_admin"}:
        status = 404
    assert response.status_code == status


def test_stale_form_is_409(client, login, world, desk, disposed):
    login(desk.users.liaison)
    response = client.post(reverse("complaints:act", args=[disposed.case.pk]), {
        "action": "answer", "version": disposed.case.version - 1, "text": "Sudah kami perbaiki."})
    assert response.status_code == 409


@pytest.mark.parametrize("flag", ["confidential", "anonymous", "pengawasan"])
def test_identity_rules(world, desk, flag):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        case, _secret = file_case(world.gov, world.agency, confidential=flag == "confidential",
                                  anonymous=flag == "anonymous")
        case = handling.dispose_case(actor=hr, case=case, version=case.version,
                                     agency=world.agency,
                                     case_class="pengawasan" if flag == "pengawasan" else "pengaduan")
        for who in ("liaison", "agency_admin", "agency_head", "leader", "auditor"):
            reader = queries.desk_of(actor_of(_user(world, desk, who)))
            assert policy.identity_of(reader, case) is None, who
        coordinator = queries.desk_of(actor_of(desk.users.coordinator))
        assert (policy.identity_of(coordinator, case) is None) is (flag == "anonymous")


def test_confidential_case_page_hides_identity_from_the_agency(client, login, world, desk):
    with within(world.gov):
        case, _s = file_case(world.gov, world.agency, confidential=True)
        case = handling.dispose_case(actor=actor_of(world.users.hr_admin), case=case,
                                     version=case.version, agency=world.agency, case_class="pengaduan")
    login(desk.users.liaison)
    page = client.get(reverse("complaints:case", args=[case.pk]))
    assert page.status_code == 200
    for value in REPORTER.values():
        assert value.encode() not in page.content


def test_queues_and_setup_pages(client, login, world, desk, disposed):
    login(world.users.own)
    assert client.get(reverse("complaints:queue")).status_code == 404
    login(desk.users.liaison)
    assert client.get(reverse("complaints:settings")).status_code == 404
    assert client.get(reverse("complaints:officers")).status_code == 404
    page = client.get(reverse("complaints:queue"))
    assert page.status_code == 200
    assert disposed.case.tracking.encode() in page.content
    login(desk.users.other_admin)
    page = client.get(reverse("complaints:queue"))
    assert disposed.case.tracking.encode() not in page.content
    login(world.users.hr_admin)
    assert client.get(reverse("complaints:settings")).status_code == 200
    assert client.get(reverse("complaints:officers")).status_code == 200
