"""Pages: the catalogue with recommendations, bad input answered 4xx with the reason and nothing
saved, the profile section, the export, and no N+1 on lists."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from abdi.tenancy.scoping import within
from abdi.training.models import Institution, TrainingEvent, TrainingRecord
from abdi.training.services import records
from abdi.training.tests.conftest import actor_of, pdf
from abdi.training.tests.factories import make_completed, make_event

pytestmark = pytest.mark.django_db
YEAR = datetime.date.today().year


def test_recommended_for_the_gaps(world, event, gaps, client, login):
    with within(world.gov):
        make_event(world.gov, title="Seminar Kepemimpinan Lain", codes=["M8"])
    gaps[world.own.pk] = ["T-RISK"]
    login(world.users.own)
    body = client.get(reverse("training:index")).content.decode()
    recommended = body.split('data-testid="recommended"')[1].split("</table>")[0]
    assert event.title in recommended
    assert "Seminar Kepemimpinan Lain" not in recommended


def test_no_recommendation_without_gaps(world, event, gaps, client, login):
    login(world.users.own)
    assert 'data-testid="recommended"' not in client.get(reverse("training:index")).content.decode()


def _event_post(world, **changes):
    with within(world.gov):
        institution = Institution.objects.create(instansi=world.gov, name="BPSDM", kind="bpsdm")
    return {"title": "Workshop SAKIP", "form": "workshop", "institution": institution.pk,
            "starts_on": "2026-05-04", "ends_on": "2026-05-04", "minutes": "360",
            "stated_jp": "8", "quota": "30", "cost": "0", "status": "open"} | changes


@pytest.mark.parametrize(("changes", "reason"), [
    ({"ends_on": "2026-05-01"}, "cannot end before it starts"),
    ({"stated_jp": "12"}, "do not add up"),
    ({"quota": "-1"}, "whole number"),
])
def test_bad_event_is_refused_with_the_reason(world, client, login, changes, reason):
    data = _event_post(world, **changes)
    login(world.users.hr_admin)
    response = client.post(reverse("training:event_create"), data)
    assert response.status_code == 400
    assert reason in response.content.decode()
    with within(world.gov):
        assert TrainingEvent.objects.count() == 0


def test_hr_creates_an_event(world, client, login):
    data = _event_post(world)
    login(world.users.hr_admin)
    response = client.post(reverse("training:event_create"), data)
    assert response.status_code == 302
    with within(world.gov):
        assert TrainingEvent.objects.get().jp == 8


def test_stale_edit_is_409(world, event, client, login):
    login(world.users.hr_admin)
    data = {"title": event.title, "form": event.form, "institution": event.institution_id,
            "starts_on": event.starts_on.isoformat(), "ends_on": event.ends_on.isoformat(),
            "stated_jp": "8", "quota": "20", "status": "open", "version": event.version + 1}
    response = client.post(reverse("training:event_edit", args=[event.pk]), data)
    assert response.status_code == 409


REPORT = {"title": "Webinar Transformasi Digital", "form": "belajar_mandiri",
          "organiser": "Kementerian Kominfo", "starts_on": "2026-02-10", "ends_on": "2026-02-10",
          "minutes": "100"}


@pytest.mark.parametrize(("changes", "upload", "reason"), [
    ({}, SimpleUploadedFile("s.pdf", b"<script>alert(1)</script>"), "PDF, JPEG or PNG"),
    ({}, SimpleUploadedFile("s.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024 + 1)), "5 MB"),
    ({"ends_on": "2026-02-01"}, None, "cannot end before it starts"),
    ({"form": "workshop", "stated_jp": "5"}, None, "do not add up"),
])
def test_bad_report_is_refused(world, client, login, changes, upload, reason):
    login(world.users.own)
    response = client.post(reverse("training:report"),
                           REPORT | changes | {"certificate": upload or pdf()})
    assert response.status_code == 400
    assert reason in response.content.decode()
    with within(world.gov):
        assert TrainingRecord.objects.count() == 0


def test_report_and_verify_by_http(world, client, login):
    login(world.users.own)
    response = client.post(reverse("training:report"), REPORT | {"certificate": pdf()})
    assert response.status_code == 302
    with within(world.gov):
        record = TrainingRecord.objects.get()
    login(world.users.hr_admin)
    assert record.title in client.get(reverse("training:manage")).content.decode()
    client.post(reverse("training:verify", args=[record.pk]),
                {"version": record.version, "decision": "accept"})
    with within(world.gov):
        assert TrainingRecord.objects.get().jp == 2
    certificate = client.get(reverse("training:certificate", args=[record.pk]))
    assert certificate.status_code == 200


def test_double_registration_and_quota_by_http(world, client, login):
    with within(world.gov):
        event = make_event(world.gov, quota=1)
    login(world.users.own)
    assert client.post(reverse("training:register", args=[event.pk])).status_code == 302
    second = client.post(reverse("training:register", args=[event.pk]))
    assert second.status_code == 409
    assert "already" in second.content.decode()
    login(world.users.other_unit)
    full = client.post(reverse("training:register", args=[event.pk]))
    assert full.status_code == 409
    assert "quota" in full.content.decode()


def test_profile_shows_the_riwayat_diklat(world, client, login):
    with within(world.gov):
        make_completed(world.own, jp=8, title="Diklat Kepemimpinan Pengawas")
    login(world.users.supervisor)
    body = client.get(reverse("people:detail", args=[world.own.pk])).content.decode()
    assert "Diklat Kepemimpinan Pengawas" in body
    login(world.users.other_unit)
    body = client.get(reverse("people:detail", args=[world.own.pk])).content.decode()
    assert "Diklat Kepemimpinan Pengawas" not in body


def test_export_lists_completed_trainings(world, client, login):
    with within(world.gov):
        make_completed(world.own, jp=8, title="Diklat Kepemimpinan Pengawas")
    login(world.users.hr_admin)
    response = client.get(reverse("training:export"))
    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(response.content)).active.values)
    assert rows[1][0] == world.own.nip
    assert rows[1][3] == "Diklat Kepemimpinan Pengawas"
    login(world.users.own)
    assert client.get(reverse("training:export")).status_code == 404


def _employees(world, n):
    from abdi.org.tests.factories import PositionFactory
    from abdi.people.tests.factories import EmployeeFactory

    with within(world.gov):
        for i in range(n):
            employee = EmployeeFactory(position=PositionFactory(unit=world.unit), name=f"Staf {i}")
            make_completed(employee, jp=i * 3)


def test_jp_pages_make_a_fixed_number_of_queries(world, client, login, django_assert_max_num_queries):
    login(world.users.hr_admin)
    client.get(reverse("training:jp"))
    with django_assert_max_num_queries(30) as few:
        client.get(reverse("training:jp"))
        client.get(reverse("training:behind", args=[world.agency.pk]))
    _employees(world, 6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("training:jp"))
        client.get(reverse("training:behind", args=[world.agency.pk]))


def test_lists_make_a_fixed_number_of_queries(world, client, login, django_assert_max_num_queries):
    with within(world.gov):
        event = make_event(world.gov, quota=50)
        records.register(actor=actor_of(world.users.own), event=event)
    login(world.users.hr_admin)
    urls = [reverse("training:index"), reverse("training:manage"),
            reverse("training:event", args=[event.pk])]
    for url in urls:
        client.get(url)
    with django_assert_max_num_queries(60) as few:
        for url in urls:
            client.get(url)
    with within(world.gov):
        for user in (world.users.other_unit, world.users.supervisor):
            records.register(actor=actor_of(user), event=event)
        make_event(world.gov, title="Seminar Pelayanan Publik")
    with django_assert_max_num_queries(len(few.captured_queries)):
        for url in urls:
            client.get(url)


def test_hr_sets_the_minimum_and_bad_values_are_refused(world, client, login):
    from abdi.training.models import TrainingPolicy

    login(world.users.hr_admin)
    response = client.post(reverse("training:configure"),
                           {"minimum_jp": "24", "reminder_month": "9", "reminder_day": "15"})
    assert response.status_code == 302
    refused = client.post(reverse("training:configure"),
                          {"minimum_jp": "24", "reminder_month": "2", "reminder_day": "30"})
    assert refused.status_code == 400
    assert "does not exist" in refused.content.decode()
    with within(world.gov):
        setting = TrainingPolicy.objects.get()
    assert (setting.minimum_jp, setting.reminder_month, setting.reminder_day) == (24, 9, 15)
    login(world.users.own)
    assert client.post(reverse("training:configure"), {"minimum_jp": "1"}).status_code == 404
