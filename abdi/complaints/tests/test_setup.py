"""BKPSDM's settings and officer designations; the tick command."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from abdi.complaints.models import Complaint, ComplaintOfficer, ComplaintSettings
from abdi.complaints.services import handling
from abdi.tenancy.scoping import within

from .conftest import actor_of
from .factories import file_case

pytestmark = pytest.mark.django_db

FIELDS = {"verification_days": 2, "first_reply_days": 5, "reporter_window_days": 10,
          "completion_pengaduan_days": 14, "completion_pengawasan_days": 60,
          "completion_informasi_days": 5, "completion_aspirasi_days": 14, "amber_percent": 75,
          "red_percent": 90, "portal_enabled": "on"}


def test_settings_change_the_clocks(client, login, world):
    login(world.users.hr_admin)
    response = client.post(reverse("complaints:settings"), {**FIELDS, "version": 1})
    assert response.status_code == 302
    stale = client.post(reverse("complaints:settings"), {**FIELDS, "version": 1})
    assert stale.status_code == 409
    bad = client.post(reverse("complaints:settings"), {**FIELDS, "version": 2, "amber_percent": 95})
    assert bad.status_code == 400
    with within(world.gov):
        assert ComplaintSettings.objects.get().verification_days == 2
        case, _s = file_case(world.gov, world.agency)
        assert case.stage_limit == 2


def test_closing_the_portal_hides_it(client, login, world):
    # Opened first, so the portal is in the cache: closing it must still show at once.
    assert client.get(reverse("complaints:submit", args=[world.gov.slug])).status_code == 200
    login(world.users.hr_admin)
    client.post(reverse("complaints:settings"), {**FIELDS, "version": 1, "portal_enabled": ""})
    client.logout()
    assert client.get(reverse("complaints:submit", args=[world.gov.slug])).status_code == 404


def test_officers_are_designated_and_removed_by_bkpsdm(client, login, world):
    login(world.users.hr_admin)
    url = reverse("complaints:officers")
    assert client.post(url, {"nip": world.peer.nip, "duty": "liaison"}).status_code == 400
    assert client.post(url, {"nip": "000", "duty": "coordinator"}).status_code == 400
    assert client.post(url, {"nip": world.peer.nip, "duty": "liaison",
                             "agency": world.agency.pk}).status_code == 302
    assert client.post(url, {"nip": world.peer.nip, "duty": "liaison",
                             "agency": world.agency.pk}).status_code == 409
    with within(world.gov):
        officer = ComplaintOfficer.objects.get()
    login(world.users.agency_admin)
    assert client.post(reverse("complaints:officer_remove", args=[officer.pk])).status_code == 404
    login(world.users.hr_admin)
    assert client.post(reverse("complaints:officer_remove", args=[officer.pk])).status_code == 302
    with within(world.gov):
        assert not ComplaintOfficer.objects.exists()


def test_tick_command_is_idempotent(world, desk, disposed, monkeypatch):
    with within(world.gov):
        handling.answer_case(actor=actor_of(desk.users.liaison), case=disposed.case,
                             version=disposed.case.version, text="Sudah kami perbaiki.")
        file_case(world.gov, world.agency)
    later = timezone.now() + datetime.timedelta(days=30)
    monkeypatch.setattr(timezone, "now", lambda: later)
    call_command("complaints_tick", "--instansi", world.gov.slug)
    call_command("complaints_tick")
    with within(world.gov):
        assert Complaint.objects.get(pk=disposed.case.pk).status == "selesai"
        assert Complaint.objects.filter(events__kind="escalation").count() == 1
