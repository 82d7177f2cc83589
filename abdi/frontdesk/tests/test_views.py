"""The front desk's pages: services and counters created with staff of the unit, bad input
refused with a clear 4xx, the QR page and poster point at the survey, bounded query counts."""

from django.urls import reverse

from abdi.frontdesk.models import Counter, Service
from abdi.frontdesk.tests.factories import CounterFactory, ServiceFactory
from abdi.tenancy.scoping import within


def test_an_agency_admin_creates_a_service_and_a_counter_with_staff(world, client, login):
    admin = login(world.users.agency_admin)
    created = admin.post(reverse("frontdesk:service_create"),
                         {"unit": world.unit.pk, "name": "Surat pindah sekolah", "code": "SPS-01",
                          "is_active": "1"})
    assert created.status_code == 302
    with within(world.gov):
        service = Service.objects.get(code="SPS-01")
    form = admin.get(reverse("frontdesk:counter_create"), {"unit": world.unit.pk}).content.decode()
    assert "Surat pindah sekolah" in form
    assert world.own.name in form
    assert world.other_unit.name not in form  # only staff of the unit
    saved = admin.post(reverse("frontdesk:counter_create"), {
        "unit": world.unit.pk, "name": "Loket 2", "services": [service.pk],
        "staff": [world.own.pk, world.peer.pk], "is_active": "1"})
    assert saved.status_code == 302
    with within(world.gov):
        counter = Counter.objects.get(name="Loket 2")
        assert set(counter.staff.values_list("pk", flat=True)) == {world.own.pk, world.peer.pk}
        assert list(counter.services.all()) == [service]
    assert saved["Location"] == reverse("frontdesk:counter_qr", args=[counter.pk])


def test_bad_input_is_refused_and_nothing_saved(world, desk, client, login):
    admin = login(world.users.hr_admin)
    stranger_staff = admin.post(reverse("frontdesk:counter_create"), {
        "unit": world.unit.pk, "name": "Loket 3", "staff": [world.other_unit.pk]})
    assert stranger_staff.status_code == 400
    assert "work in this unit" in stranger_staff.content.decode()
    bad_code = admin.post(reverse("frontdesk:service_create"),
                          {"unit": world.unit.pk, "name": "Layanan", "code": "bad code!"})
    assert bad_code.status_code == 400
    duplicate = admin.post(reverse("frontdesk:service_create"),
                           {"unit": world.unit.pk, "name": "Layanan lain", "code": "LEG-SD"})
    assert duplicate.status_code == 400
    assert "already has this code" in duplicate.content.decode()
    short = admin.post(reverse("frontdesk:counter_create"), {"unit": world.unit.pk, "name": "L"})
    assert short.status_code == 400
    stale = admin.post(reverse("frontdesk:counter_edit", args=[desk.pk]),
                       {"name": "Loket X", "version": "0"})
    assert stale.status_code == 409
    with within(world.gov):
        assert Counter.objects.count() == 1
        assert Service.objects.count() == 1
        assert Counter.objects.get().name == "Loket Legalisir"


def test_the_qr_page_and_poster_open_the_survey(world, desk, client, login):
    admin = login(world.users.hr_admin)
    page = admin.get(reverse("frontdesk:counter_qr", args=[desk.pk])).content.decode()
    url = f"http://testserver/skm/isi/{desk.token}/"
    assert url in page
    assert 'src="data:image/svg+xml' in page
    poster = admin.get(reverse("frontdesk:counter_poster", args=[desk.pk]))
    assert poster["Content-Type"] == "application/pdf"
    assert poster.content.startswith(b"%PDF")
    assert b"/Count 1" in poster.content  # one page


def test_the_list_query_count_does_not_grow(world, desk, client, login, django_assert_max_num_queries):
    admin = login(world.users.hr_admin)
    admin.get(reverse("frontdesk:index"))
    with django_assert_max_num_queries(14):
        admin.get(reverse("frontdesk:index"))
    with within(world.gov):
        for i in range(4):
            service = ServiceFactory(unit=world.sibling_unit)
            CounterFactory(unit=world.sibling_unit, name=f"Loket PAUD {i}", services=[service],
                           staff=[world.sibling])
    with django_assert_max_num_queries(14):
        response = admin.get(reverse("frontdesk:index"))
    assert response.content.decode().count("Loket PAUD") == 4
