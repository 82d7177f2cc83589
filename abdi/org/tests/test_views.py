import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.org.models import ActingAssignment, Position, Unit
from abdi.org.tests.factories import HeadPositionFactory, PositionFactory, UnitFactory
from abdi.people.tests.factories import EmployeeFactory

HX = {"HTTP_HX_REQUEST": "true"}


def _count(model, **filters) -> int:
    with scopes_disabled():
        return model.objects.filter(**filters).count()


def _unit_post(**overrides):
    data = {"kind": "bidang", "name": "Bidang Baru", "short_name": "", "code": "NEW-1",
            "sort_order": "0", "address": "", "is_active": "on"}
    data.update(overrides)
    return data


def _position_post(**overrides):
    data = {"name": "Analis Kebijakan", "kind": "FUNGSIONAL", "level": "AHLI_MUDA",
            "kelas_jabatan": "9", "pelaksana_group": "", "eselon": "",
            "retirement_age_override": "", "is_active": "on"}
    data.update(overrides)
    return data


def _queries(client, url, **extra) -> int:
    client.get(url, **extra)  # warm the session and the principal cache
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(ctx.captured_queries)


# --- Who may see the organisation --------------------------------------------------------


def test_anonymous_is_sent_to_log_in(client, world):
    for url in (reverse("org:chart"), reverse("org:unit", args=[world.unit.pk]),
                reverse("org:unit_create")):
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("accounts:login") in response["Location"]


def test_chart_lists_the_agencies_of_the_own_government_only(login, client, world):
    login(world.users.own)
    response = client.get(reverse("org:chart"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Dinas Pendidikan" in page
    assert "Dinas Kesehatan" in page
    assert "Dinas Sosial" not in page  # the other government's agency
    assert "Kepala Dinas" in page  # the head with the jabatan
    # Without JavaScript the expandable agency links to its page.
    assert reverse("org:unit", args=[world.agency.pk]) in page
    assert reverse("org:chart_children", args=[world.agency.pk]) in page


def test_another_government_gets_404(login, client, world):
    login(world.users.other_gov)
    for url in (
        reverse("org:unit", args=[world.unit.pk]),
        reverse("org:chart_children", args=[world.agency.pk]),
        reverse("org:unit_edit", args=[world.unit.pk]),
        reverse("org:position_create", args=[world.unit.pk]),
        reverse("org:position_edit", args=[world.supervisor.position_id]),
        reverse("org:acting_create", args=[world.supervisor.position_id]),
    ):
        assert client.get(url).status_code == 404, url
        if "ubah" in url or "baru" in url:
            assert client.post(url, _unit_post()).status_code == 404, url
    assert _count(Unit, code="NEW-1") == 0


def test_operator_sees_no_organisation(login, client, world):
    login(world.users.operator)
    assert client.get(reverse("org:chart")).status_code == 404
    assert client.get(reverse("org:unit", args=[world.unit.pk])).status_code == 404


# --- The chart -------------------------------------------------------------------------


def test_children_come_as_a_fragment_for_htmx_and_as_the_unit_page_without(login, client, world):
    login(world.users.own)
    url = reverse("org:chart_children", args=[world.agency.pk])
    response = client.get(url, **HX)
    assert response.status_code == 200
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert "Bidang Pembinaan SD" in fragment
    assert "Supervisor Satu" in fragment
    assert "Bidang PAUD" in fragment
    plain = client.get(url)
    assert plain.status_code == 302
    assert plain["Location"] == reverse("org:unit", args=[world.agency.pk])


def test_heads_show_plt_and_vacant(login, client, world):
    today = timezone.localdate()
    with scopes_disabled():
        ActingAssignment.objects.create(
            instansi=world.gov, kind="plt", position=world.supervisor.position,
            employee=world.peer, start=today - datetime.timedelta(days=1),
            end=today + datetime.timedelta(days=5))
        HeadPositionFactory(unit=world.sibling_unit, name="Kepala Bidang PAUD")
    login(world.users.own)
    fragment = client.get(reverse("org:chart_children", args=[world.agency.pk]), **HX)
    page = fragment.content.decode()
    assert "Plt</span> Rekan Sebidang" in page
    assert "Kepala Bidang PAUD:</span>" in page
    assert "vacant" in page


def test_expired_plt_is_not_shown(login, client, world):
    today = timezone.localdate()
    with scopes_disabled():
        ActingAssignment.objects.create(
            instansi=world.gov, kind="plt", position=world.supervisor.position,
            employee=world.peer, start=today - datetime.timedelta(days=10),
            end=today - datetime.timedelta(days=1))
    login(world.users.own)
    page = client.get(reverse("org:chart_children", args=[world.agency.pk]), **HX)
    assert "Rekan Sebidang" not in page.content.decode()
    assert "Supervisor Satu" in page.content.decode()


def _grow_level(parent, count, *, with_heads=True):
    for n in range(count):
        unit = UnitFactory(parent=parent, name=f"Seksi {n}")
        if with_heads:
            EmployeeFactory(position=HeadPositionFactory(unit=unit))
        EmployeeFactory(position=PositionFactory(unit=unit))
        UnitFactory(parent=unit)


def test_chart_level_queries_do_not_grow_with_units(login, client, world):
    login(world.users.own)
    url = reverse("org:chart_children", args=[world.unit.pk])
    with scopes_disabled():
        _grow_level(world.unit, 1)
    few = _queries(client, url, **HX)
    with scopes_disabled():
        _grow_level(world.unit, 12)
        ActingAssignment.objects.create(
            instansi=world.gov, kind="plh",
            position=Position.objects.filter(unit__parent=world.unit, is_head=True).first(),
            employee=world.peer, start=timezone.localdate(), end=timezone.localdate())
    many = _queries(client, url, **HX)
    assert many == few
    response = client.get(url, **HX)
    assert response.content.decode().count("data-unit=") == 13


def test_chart_roots_queries_do_not_grow_with_agencies(login, client, world):
    login(world.users.hr_admin)
    url = reverse("org:chart")
    few = _queries(client, url)
    with scopes_disabled():
        for n in range(8):
            agency = UnitFactory(instansi=world.gov, name=f"Badan {n}", kind="badan")
            EmployeeFactory(position=HeadPositionFactory(unit=agency))
            _grow_level(agency, 2)
    assert _queries(client, url) == few


def test_staff_counts_include_units_below(login, client, world):
    login(world.users.own)
    page = client.get(reverse("org:chart")).content.decode()
    # Dinas Pendidikan: head, supervisor, own, peer, sibling.
    assert "5 people" in page


# --- The unit page ---------------------------------------------------------------------


def test_unit_page_shows_breadcrumb_positions_and_subunits(login, client, world):
    with scopes_disabled():
        UnitFactory(parent=world.unit, name="Seksi Kurikulum")
    login(world.users.hr_admin)
    response = client.get(reverse("org:unit", args=[world.unit.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="crumbs"' in page
    assert reverse("org:unit", args=[world.agency.pk]) in page  # the ancestor
    assert "Kepala Bidang Pembinaan SD" in page
    assert "Seksi Kurikulum" in page
    assert "Pegawai Sendiri" in page
    assert "Rekan Sebidang" in page
    assert reverse("org:unit_edit", args=[world.unit.pk]) in page
    assert reverse("org:acting_create", args=[world.supervisor.position_id]) in page


def test_plain_employee_sees_no_admin_links_and_only_visible_staff(login, client, world):
    login(world.users.own)
    page = client.get(reverse("org:unit", args=[world.unit.pk])).content.decode()
    assert reverse("org:unit_edit", args=[world.unit.pk]) not in page
    assert reverse("org:position_create", args=[world.unit.pk]) not in page
    assert "Supervisor Satu" in page  # the head is part of the chain of command
    assert "Rekan Sebidang" not in page  # a peer's record is not the employee's to see


def test_unit_page_queries_do_not_grow_with_staff(login, client, world):
    login(world.users.hr_admin)
    url = reverse("org:unit", args=[world.unit.pk])
    with scopes_disabled():
        _grow_level(world.unit, 1)  # one of each thing the page lists, then many
    few = _queries(client, url)
    with scopes_disabled():
        shared = PositionFactory(unit=world.unit, name="Guru")
        for _ in range(30):
            EmployeeFactory(position=shared)
        for _ in range(3):
            EmployeeFactory(position=PositionFactory(unit=world.unit))
        _grow_level(world.unit, 4)
    assert _queries(client, url) == few
    second = _queries(client, url + "?page=2", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="staff")
    assert second < few


def test_staff_pages_come_as_a_fragment(login, client, world):
    with scopes_disabled():
        for _ in range(30):
            EmployeeFactory(position=PositionFactory(unit=world.unit))
    login(world.users.hr_admin)
    response = client.get(reverse("org:unit", args=[world.unit.pk]) + "?page=2",
                          HTTP_HX_REQUEST="true", HTTP_HX_TARGET="staff")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body
    assert "Page 2 of 2" in body


# --- Units: create and edit ----------------------------------------------------------------


def test_hr_admin_creates_an_agency_and_a_unit_under_it(login, client, world):
    login(world.users.hr_admin)
    response = client.post(reverse("org:unit_create"),
                           _unit_post(kind="badan", name="Badan Keuangan", code="BKD"))
    assert response.status_code == 302
    with scopes_disabled():
        agency = Unit.objects.get(code="BKD")
    assert agency.agency_id == agency.pk
    assert agency.path == f"/{agency.pk}/"
    response = client.post(reverse("org:unit_create"),
                           _unit_post(parent=agency.pk, name="Bidang Anggaran", code="BKD-1"))
    assert response.status_code == 302
    with scopes_disabled():
        child = Unit.objects.get(code="BKD-1")
        assert AuditEntry.objects.filter(object_type="org.unit", object_id=str(child.pk)).exists()
    assert child.path == f"/{agency.pk}/{child.pk}/"
    assert child.agency_id == agency.pk


def test_agency_admin_creates_inside_own_agency_only(login, client, world):
    login(world.users.agency_admin)
    ok = client.post(reverse("org:unit_create"), _unit_post(parent=world.unit.pk, code="SD-1"))
    assert ok.status_code == 302
    other = client.post(reverse("org:unit_create"),
                        _unit_post(parent=world.other_agency.pk, code="KES-1"))
    assert other.status_code == 400
    root = client.post(reverse("org:unit_create"), _unit_post(kind="dinas", code="ROOT-1"))
    assert root.status_code == 403
    assert "BKPSDM" in root.content.decode()
    assert _count(Unit, code="KES-1") == 0
    assert _count(Unit, code="ROOT-1") == 0


def test_plain_employee_may_not_open_admin_pages(login, client, world):
    login(world.users.own)
    for url in (reverse("org:unit_create"), reverse("org:unit_edit", args=[world.unit.pk]),
                reverse("org:position_create", args=[world.unit.pk]),
                reverse("org:position_edit", args=[world.supervisor.position_id]),
                reverse("org:acting_create", args=[world.supervisor.position_id])):
        assert client.get(url).status_code == 403, url
    response = client.post(reverse("org:unit_edit", args=[world.unit.pk]),
                           _unit_post(name="Renamed", code="DISDIK-SD", version="1"))
    assert response.status_code == 403
    with scopes_disabled():
        assert Unit.objects.get(pk=world.unit.pk).name == "Bidang Pembinaan SD"


def test_agency_admin_edits_own_agency_not_another(login, client, world):
    login(world.users.agency_admin)
    url = reverse("org:unit_edit", args=[world.unit.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, _unit_post(name="Bidang SD", code="DISDIK-SD", version="1"))
    assert response.status_code == 302
    with scopes_disabled():
        assert Unit.objects.get(pk=world.unit.pk).version == 2
    assert client.get(reverse("org:unit_edit", args=[world.other_agency.pk])).status_code == 403
    # The perangkat daerah itself is BKPSDM's to change.
    assert client.get(reverse("org:unit_edit", args=[world.agency.pk])).status_code == 403


def test_stale_version_is_refused(login, client, world):
    login(world.users.hr_admin)
    url = reverse("org:unit_edit", args=[world.unit.pk])
    assert client.post(url, _unit_post(name="First", code="DISDIK-SD", version="1")).status_code == 302
    response = client.post(url, _unit_post(name="Second", code="DISDIK-SD", version="1"))
    assert response.status_code == 409
    assert "Someone else changed this unit" in response.content.decode()
    with scopes_disabled():
        assert Unit.objects.get(pk=world.unit.pk).name == "First"


def test_duplicate_unit_code_is_refused(login, client, world):
    login(world.users.hr_admin)
    response = client.post(reverse("org:unit_create"),
                           _unit_post(parent=world.agency.pk, code="DISDIK-PAUD"))
    assert response.status_code == 409
    assert "A unit with this code already exists." in response.content.decode()
    assert _count(Unit, code="DISDIK-PAUD") == 1
    edit = client.post(reverse("org:unit_edit", args=[world.unit.pk]),
                       _unit_post(name="X", code="DISDIK-PAUD", version="1"))
    assert edit.status_code == 409
    with scopes_disabled():
        assert Unit.objects.get(pk=world.unit.pk).code == "DISDIK-SD"


def test_a_root_must_be_an_agency_kind(login, client, world):
    login(world.users.hr_admin)
    response = client.post(reverse("org:unit_create"), _unit_post(kind="seksi", code="S-1"))
    assert response.status_code == 400
    assert _count(Unit, code="S-1") == 0


# --- Positions -----------------------------------------------------------------------------


def test_agency_admin_creates_a_functional_position(login, client, world):
    login(world.users.agency_admin)
    response = client.post(reverse("org:position_create", args=[world.unit.pk]), _position_post())
    assert response.status_code == 302
    with scopes_disabled():
        position = Position.objects.get(unit=world.unit, name="Analis Kebijakan")
    assert position.level == "AHLI_MUDA"
    assert position.kelas_jabatan == 9


@pytest.mark.parametrize(("overrides", "status", "message"), [
    ({"kelas_jabatan": "18"}, 400, "17"),
    ({"kelas_jabatan": "0"}, 400, "1"),
    ({"kind": "PELAKSANA", "level": "AHLI_MUDA"}, 400, "has no level"),
    ({"kind": "FUNGSIONAL", "level": ""}, 400, "needs its jenjang"),
    ({"kind": "FUNGSIONAL", "level": "PRATAMA"}, 400, "not a jenjang"),
    ({"kind": "JPT", "level": "AHLI_MUDA"}, 400, "Utama, Madya or Pratama"),
    ({"kind": "PELAKSANA", "level": "", "retirement_age_override": "60"}, 400, "set by law"),
    ({"kind": "ADMINISTRATOR", "level": "", "is_head": "on"}, 409, "already has a head"),
    ({"name": "Kepala Bidang Pembinaan SD", "kind": "PENGAWAS", "level": ""}, 409,
     "already has a position with this name"),
])
def test_bad_positions_are_refused_and_nothing_saved(login, client, world, overrides, status,
                                                     message):
    login(world.users.hr_admin)
    before = _count(Position, unit=world.unit)
    response = client.post(reverse("org:position_create", args=[world.unit.pk]),
                           _position_post(**overrides))
    assert response.status_code == status
    assert message in response.content.decode()
    assert _count(Position, unit=world.unit) == before


def test_position_edit_validates_level_against_kind(login, client, world):
    login(world.users.hr_admin)
    position = world.supervisor.position
    url = reverse("org:position_edit", args=[position.pk])
    response = client.post(url, _position_post(name=position.name, kind="ADMINISTRATOR",
                                               level="MADYA", kelas_jabatan="12", is_head="on"))
    assert response.status_code == 400
    ok = client.post(url, _position_post(name=position.name, kind="ADMINISTRATOR", level="",
                                         kelas_jabatan="12", is_head="on", version="1"))
    assert ok.status_code == 302
    with scopes_disabled():
        assert Position.objects.get(pk=position.pk).kelas_jabatan == 12


def test_a_stale_position_form_is_refused_and_changes_nothing(login, client, world):
    login(world.users.hr_admin)
    position = world.supervisor.position
    url = reverse("org:position_edit", args=[position.pk])
    first = client.post(url, _position_post(name=position.name, kind="ADMINISTRATOR", level="",
                                            kelas_jabatan="12", is_head="on", version="1"))
    assert first.status_code == 302
    # A second admin still holds the form they opened at version 1.
    stale = client.post(url, _position_post(name=position.name, kind="ADMINISTRATOR", level="",
                                            kelas_jabatan="9", is_head="on", version="1"))
    assert stale.status_code == 409
    assert b"Someone else changed this position" in stale.content
    with scopes_disabled():
        saved = Position.objects.get(pk=position.pk)
    assert (saved.kelas_jabatan, saved.version) == (12, 2)


def test_agency_admin_cannot_add_positions_to_another_agency(login, client, world):
    login(world.users.agency_admin)
    url = reverse("org:position_create", args=[world.other_agency.pk])
    before = _count(Position, unit=world.other_agency)
    assert client.get(url).status_code == 403
    assert client.post(url, _position_post()).status_code == 403
    assert _count(Position, unit=world.other_agency) == before


# --- Acting officials ----------------------------------------------------------------------


def _acting_post(world, **overrides):
    today = timezone.localdate()
    data = {"kind": "plt", "nip": world.peer.nip, "start": today.isoformat(),
            "end": (today + datetime.timedelta(days=30)).isoformat(), "sk_number": "800/1/2026"}
    data.update(overrides)
    return data


def test_plt_is_appointed_and_shown_on_the_chart(login, client, world):
    login(world.users.agency_admin)
    url = reverse("org:acting_create", args=[world.supervisor.position_id])
    assert client.get(url).status_code == 200
    response = client.post(url, _acting_post(world))
    assert response.status_code == 302
    assert _count(ActingAssignment, position=world.supervisor.position) == 1
    page = client.get(reverse("org:chart_children", args=[world.agency.pk]), **HX)
    assert "Plt</span> Rekan Sebidang" in page.content.decode()


def test_plt_end_before_start_is_refused(login, client, world):
    login(world.users.hr_admin)
    today = timezone.localdate()
    response = client.post(
        reverse("org:acting_create", args=[world.supervisor.position_id]),
        _acting_post(world, end=(today - datetime.timedelta(days=1)).isoformat()))
    assert response.status_code == 400
    assert "The end date is before the start date." in response.content.decode()
    assert _count(ActingAssignment) == 0


def test_overlapping_plt_is_refused(login, client, world):
    login(world.users.hr_admin)
    url = reverse("org:acting_create", args=[world.supervisor.position_id])
    assert client.post(url, _acting_post(world)).status_code == 302
    response = client.post(url, _acting_post(world, nip=world.sibling.nip, kind="plh"))
    assert response.status_code == 409
    assert "Another acting official covers part of these dates." in response.content.decode()
    assert _count(ActingAssignment) == 1


def test_plt_only_for_head_positions_and_known_nip(login, client, world):
    login(world.users.hr_admin)
    not_head = reverse("org:acting_create", args=[world.own.position_id])
    response = client.post(not_head, _acting_post(world))
    assert response.status_code == 400
    assert "head position" in response.content.decode()
    unknown = client.post(reverse("org:acting_create", args=[world.supervisor.position_id]),
                          _acting_post(world, nip="199001012015031999"))
    assert unknown.status_code == 400
    assert "No employee you may appoint has this NIP." in unknown.content.decode()
    assert _count(ActingAssignment) == 0


def test_acting_is_ended(login, client, world):
    today = timezone.localdate()
    with scopes_disabled():
        assignment = ActingAssignment.objects.create(
            instansi=world.gov, kind="plt", position=world.supervisor.position,
            employee=world.peer, start=today - datetime.timedelta(days=3),
            end=today + datetime.timedelta(days=30))
    login(world.users.agency_admin)
    url = reverse("org:acting_end", args=[assignment.pk])
    bad = client.post(url, {"end": (today - datetime.timedelta(days=10)).isoformat()})
    assert bad.status_code == 400
    assert client.post(url, {"end": today.isoformat()}).status_code == 302
    with scopes_disabled():
        assignment.refresh_from_db()
    assert assignment.end == today
    login(world.users.own)
    assert client.post(url, {"end": today.isoformat()}).status_code == 403


# --- In a browser: the chart expands one level at a time --------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_chart_expands_lazily_in_a_browser_on_a_phone(world, browser_page):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from abdi.web.tests.browser import shoot

    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})
    device = TOTPDevice.objects.create(user=world.users.hr_admin, name="phone", confirmed=True)
    page.goto("/organisasi/")
    page.locator("input[name=username]").fill(world.users.hr_admin.username)
    page.locator("input[name=password]").fill("rahasia-123")
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url("**/two-factor/**")
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    page.locator("input[name=code]").fill(f"{code:06d}")
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url("**/organisasi/")

    agency = page.locator(f"li[data-unit='{world.agency.pk}']")
    assert page.locator("text=Bidang Pembinaan SD").count() == 0  # not loaded yet
    agency.locator("summary").click(position={"x": 2, "y": 2})
    child = agency.locator(f"li[data-unit='{world.unit.pk}']")
    child.wait_for()
    assert "Supervisor Satu" in child.inner_text()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the org chart overflows a 360 px phone: {width}px"
    shoot(page, "org-chart-phone")
