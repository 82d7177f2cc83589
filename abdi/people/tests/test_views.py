import datetime
import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django_scopes import scopes_disabled
from PIL import Image

from abdi.audit.models import AuditEntry
from abdi.org.tests.factories import PositionFactory, UnitFactory
from abdi.people import services
from abdi.people.models import Employee
from abdi.people.tests.factories import EmployeeFactory, make_nip

DIRECTORY = reverse("people:directory")


@pytest.fixture
def en(client):
    """Pages in English, so assertions do not depend on the Indonesian catalogue."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def detail_url(employee):
    return reverse("people:detail", args=[employee.pk])


def edit_url(employee):
    return reverse("people:edit", args=[employee.pk])


def names_in(response):
    return {row["name"] for row in response.context["rows"]}


def image_bytes(fmt="PNG", size=(8, 8)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "red").save(buffer, format=fmt)
    return buffer.getvalue()


# Directory -----------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["own", "supervisor", "agency_admin", "hr_admin", "leader"])
def test_directory_answers_every_government_user(world, login, persona):
    response = login(getattr(world.users, persona)).get(DIRECTORY)
    assert response.status_code == 200
    assert b'name="q"' in response.content


def test_directory_needs_a_login(client, world):
    response = client.get(DIRECTORY)
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_operator_has_no_directory(world, login):
    assert login(world.users.operator).get(DIRECTORY).status_code in (403, 404)


def test_directory_shows_only_what_the_actor_may_see(world, login):
    names = names_in(login(world.users.agency_admin).get(DIRECTORY))
    assert {"Pegawai Sendiri", "Rekan Sebidang", "Pegawai PAUD", "Kepala Dinas"} <= names
    assert "Pegawai Dinkes" not in names
    assert "Pegawai Kabupaten B" not in names


def test_an_employee_sees_only_themself(world, login):
    assert names_in(login(world.users.own).get(DIRECTORY)) == {"Pegawai Sendiri"}


def test_a_supervisor_sees_their_unit(world, login):
    names = names_in(login(world.users.supervisor).get(DIRECTORY))
    assert names == {"Supervisor Satu", "Pegawai Sendiri", "Rekan Sebidang"}


def test_bkpsdm_sees_the_whole_government_but_not_another(world, login):
    names = names_in(login(world.users.hr_admin).get(DIRECTORY))
    assert {"Pegawai Sendiri", "Pegawai Dinkes", "Kepala Dinas"} <= names
    assert "Pegawai Kabupaten B" not in names


def test_search_by_name(world, login):
    response = login(world.users.hr_admin).get(DIRECTORY, {"q": "sendiri"})
    assert names_in(response) == {"Pegawai Sendiri"}


def test_search_by_name_needs_every_word(world, login):
    response = login(world.users.hr_admin).get(DIRECTORY, {"q": "pegawai dinkes"})
    assert names_in(response) == {"Pegawai Dinkes"}


def test_search_by_nip_prefix(world, login):
    prefix = world.own.nip[:14]
    response = login(world.users.hr_admin).get(DIRECTORY, {"q": prefix})
    assert "Pegawai Sendiri" in names_in(response)
    assert all(row["nip"].startswith(prefix) for row in response.context["rows"])


def test_search_by_nip_with_spaces_as_printed(world, login):
    nip = world.own.nip
    printed = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    response = login(world.users.hr_admin).get(DIRECTORY, {"q": printed})
    assert names_in(response) == {"Pegawai Sendiri"}


def test_filter_by_agency_and_unit(world, login):
    client = login(world.users.hr_admin)
    names = names_in(client.get(DIRECTORY, {"agency": world.other_agency.pk}))
    assert names == {"Pegawai Dinkes", "Admin BKPSDM"}
    names = names_in(client.get(DIRECTORY, {"agency": world.agency.pk, "unit": world.sibling_unit.pk}))
    assert names == {"Pegawai PAUD"}


def test_filter_by_status_grade_and_job_kind(world, login):
    with scopes_disabled():
        Employee.objects.filter(pk=world.peer.pk).update(status="cuti", grade="IV/a")
    client = login(world.users.hr_admin)
    assert names_in(client.get(DIRECTORY, {"status": "cuti"})) == {"Rekan Sebidang"}
    assert names_in(client.get(DIRECTORY, {"grade": "IV/a"})) == {"Rekan Sebidang"}
    assert names_in(client.get(DIRECTORY, {"job_kind": "JPT"})) == {"Kepala Dinas"}


def test_filter_choices_are_limited_to_the_actors_sight(world, login):
    response = login(world.users.agency_admin).get(DIRECTORY)
    agencies = dict(response.context["form"].agency_choices)
    assert world.agency.pk in agencies
    assert world.other_agency.pk not in agencies
    # An agency outside the sight is ignored as a filter, not used to reach its people.
    response = login(world.users.agency_admin).get(DIRECTORY, {"agency": world.other_agency.pk})
    assert response.status_code == 200
    assert "Pegawai Dinkes" not in names_in(response)


def test_bad_filter_values_are_ignored_not_errors(world, login):
    response = login(world.users.hr_admin).get(
        DIRECTORY, {"agency": "x", "unit": "'; drop", "status": "nope", "grade": "Z/z", "q": "a" * 500})
    assert response.status_code == 200


@pytest.mark.parametrize(("page", "expected"), [("abc", 1), ("0", 1), ("-3", 1), ("", 1),
                                                 ("99999", "last"), ("1e9", 1)])
def test_bad_page_numbers_give_the_first_or_last_page(world, login, page, expected):
    response = login(world.users.hr_admin).get(DIRECTORY, {"page": page, "size": "3"})
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.num_pages > 1
    assert page_obj.number == (page_obj.paginator.num_pages if expected == "last" else expected)


def test_page_size_is_capped(world, login):
    client = login(world.users.hr_admin)
    assert client.get(DIRECTORY, {"size": "100000"}).context["page_obj"].paginator.per_page == 100
    assert client.get(DIRECTORY, {"size": "abc"}).context["page_obj"].paginator.per_page == 50
    assert client.get(DIRECTORY, {"size": "-1"}).context["page_obj"].paginator.per_page == 1


def test_htmx_search_answers_only_the_results(world, login):
    response = login(world.users.hr_admin).get(DIRECTORY, {"q": "sendiri"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert b"<html" not in response.content
    assert b'data-testid="directory-table"' in response.content
    assert b"Pegawai Sendiri" in response.content
    assert "HX-Request" in response["Vary"]


def test_full_page_has_the_htmx_search_box(world, login):
    content = login(world.users.hr_admin).get(DIRECTORY).content.decode()
    assert 'hx-trigger="input changed delay:300ms' in content
    assert 'id="results"' in content


def test_directory_query_count_does_not_grow_with_rows(world, login):
    with scopes_disabled():
        unit = UnitFactory(parent=world.other_agency, name="Puskesmas Contoh", code="PKM-1")
        EmployeeFactory(position=PositionFactory(unit=unit), name="Tunggal Satu Orang")
        for i in range(30):
            EmployeeFactory(position=PositionFactory(unit=unit), name=f"Banyak Orang {i:02d}")
    client = login(world.users.hr_admin)
    client.get(DIRECTORY)  # warm the session and the actor's lookups
    with CaptureQueriesContext(connection) as one:
        response = client.get(DIRECTORY, {"q": "Tunggal"})
    assert len(response.context["rows"]) == 1
    with CaptureQueriesContext(connection) as many:
        response = client.get(DIRECTORY, {"q": "Banyak"})
    assert len(response.context["rows"]) == 30
    assert len(many) == len(one)


def test_directory_query_count_is_fixed(world, login, django_assert_num_queries):
    client = login(world.users.hr_admin)
    client.get(DIRECTORY)
    with CaptureQueriesContext(connection) as baseline:
        client.get(DIRECTORY, {"q": "Sendiri"})
    with django_assert_num_queries(len(baseline)):
        client.get(DIRECTORY, {"q": "Pegawai"})


@pytest.fixture
def small_cap(monkeypatch):
    """A count cap of 3, so the world's handful of employees counts as a large result."""
    from abdi.people import views
    monkeypatch.setattr(views, "COUNT_CAP", 3)
    return 3


def test_large_results_are_not_counted_exactly(world, login, en, small_cap):
    client = login(world.users.hr_admin)
    response = client.get(DIRECTORY, {"size": "2"})
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.capped
    assert page_obj.paginator.count is None
    content = response.content.decode()
    assert "More than 3 employees found" in content
    assert 'rel="next"' in content
    assert 'rel="last"' not in content
    assert "Page 1" in content
    assert "Page 1 of" not in content
    assert len(response.context["rows"]) == 2


def test_small_results_keep_an_exact_count(world, login, en, small_cap):
    response = login(world.users.hr_admin).get(DIRECTORY, {"q": "sendiri"})
    assert response.context["page_obj"].paginator.count == 1
    assert "1 employee found" in response.content.decode()


def test_capped_pages_walk_forward_and_back_through_every_row(world, login, small_cap):
    client = login(world.users.hr_admin)
    everyone = names_in(client.get(DIRECTORY, {"size": "100"}))
    seen, number = [], 1
    while True:
        page_obj = client.get(DIRECTORY, {"size": "2", "page": number}).context["page_obj"]
        seen += [row["name"] for row in page_obj.object_list]
        assert page_obj.has_previous() == (number > 1)
        if not page_obj.has_next():
            break
        number += 1
    assert len(seen) == len(set(seen))
    assert set(seen) == everyone


@pytest.mark.parametrize("page", ["99999", "abc", "-1", "1e9", "1" * 40])
def test_bad_page_numbers_of_a_capped_result_are_not_errors(world, login, small_cap, page):
    response = login(world.users.hr_admin).get(DIRECTORY, {"page": page, "size": "2"})
    assert response.status_code == 200
    assert response.context["rows"]  # past the end gives the last page, never an empty one


def test_capped_query_count_does_not_grow_with_rows(world, login, small_cap):
    client = login(world.users.hr_admin)
    client.get(DIRECTORY)
    with CaptureQueriesContext(connection) as one:
        assert len(client.get(DIRECTORY, {"size": "1"}).context["rows"]) == 1
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(DIRECTORY, {"size": "5"}).context["rows"]) == 5
    assert len(many) == len(one)


def test_name_search_orders_by_name_ignoring_case(world, login):
    with scopes_disabled():
        for name in ("cari Zulu", "Cari alpha", "CARI Mike"):
            EmployeeFactory(position=PositionFactory(unit=world.unit), name=name)
    response = login(world.users.hr_admin).get(DIRECTORY, {"q": "cari"})
    assert [row["name"] for row in response.context["rows"]] == ["Cari alpha", "CARI Mike",
                                                                 "cari Zulu"]


def test_filter_selects_mark_the_choice_and_list_units_only_of_the_chosen_agency(world, login):
    with scopes_disabled():
        elsewhere = UnitFactory(parent=world.other_agency, name="Puskesmas Lain", code="PKM-9")
    client = login(world.users.hr_admin)
    content = client.get(DIRECTORY, {"status": "cuti"}).content.decode()
    assert '<option value="cuti" selected>' in content
    assert 'name="unit"' not in content  # no agency chosen: no unit select at all
    content = client.get(DIRECTORY, {"agency": world.agency.pk}).content.decode()
    assert f'<option value="{world.agency.pk}" selected>' in content
    assert f'<option value="{world.sibling_unit.pk}">' in content
    assert f'<option value="{world.other_agency.pk}">' in content  # agencies stay selectable
    assert f'<option value="{elsewhere.pk}">' not in content
    assert f'<option value="{elsewhere.pk}">' in client.get(
        DIRECTORY, {"agency": world.other_agency.pk}).content.decode()


def test_export_link_keeps_the_query_for_those_who_may_export(world, login):
    content = login(world.users.hr_admin).get(DIRECTORY, {"q": "sendiri"}).content.decode()
    try:
        export = reverse("transfer:export_employees")
    except NoReverseMatch:  # the transfer pages may not exist yet
        export = None
    if export:
        assert f"{export}?q=sendiri" in content
    own = login(world.users.own).get(DIRECTORY).content
    assert b'data-testid="export-xlsx"' not in own


def test_first_load_of_the_directory_is_small(world, login):
    with scopes_disabled():
        for i in range(50):
            EmployeeFactory(position=PositionFactory(unit=world.unit), back_title="S.Kom., M.T.",
                            name=f"Nama Yang Agak Panjang Sekali Untuk Uji {i:02d}")
    response = login(world.users.hr_admin).get(DIRECTORY)
    assert len(response.context["rows"]) == 50
    static = settings.BASE_DIR / "abdi" / "web" / "static"
    assets = sum((static / p).stat().st_size for p in
                 ("abdi/abdi.css", "abdi/abdi.js", "vendor/htmx-2.0.11.min.js"))
    assert len(response.content) + assets < 200 * 1024
    assert (static / "abdi/abdi.css").stat().st_size < 20 * 1024


# Profile -------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["own", "supervisor", "agency_head", "agency_admin",
                                     "hr_admin", "leader"])
def test_profile_answers_those_who_may_see_it(world, login, persona):
    response = login(getattr(world.users, persona)).get(detail_url(world.own))
    assert response.status_code == 200
    assert b"Pegawai Sendiri" in response.content


@pytest.mark.parametrize("persona", ["other_unit", "other_gov", "operator"])
def test_profile_is_not_found_for_others(world, login, persona):
    assert login(getattr(world.users, persona)).get(detail_url(world.own)).status_code == 404


def test_profile_of_a_missing_employee_is_not_found(world, login):
    assert login(world.users.hr_admin).get("/pegawai/987654/").status_code == 404


def test_profile_decodes_the_nip_and_shows_the_chain(world, login, en):
    response = login(world.users.agency_admin).get(detail_url(world.own))
    content = response.content.decode()
    assert "1 January 1990" in content  # birth date from the NIP
    assert "03/2015" in content  # TMT CPNS from the NIP
    assert "Penata Muda" in content  # pangkat of III/a
    assert "Dinas Pendidikan" in content
    assert "Bidang Pembinaan SD" in content
    assert response.context["supervisor"] == world.supervisor
    assert "Supervisor Satu" in content


@pytest.mark.parametrize(("persona", "shown"), [
    ("own", True), ("agency_admin", True), ("hr_admin", True),
    ("supervisor", False), ("leader", False), ("agency_head", False),
])
def test_nik_only_for_the_person_and_their_admins(world, login, persona, shown):
    content = login(getattr(world.users, persona)).get(detail_url(world.own)).content.decode()
    assert (world.own.nik in content) is shown
    assert ('data-testid="nik"' in content) is shown


def test_edit_and_audit_buttons_follow_the_policy(world, login):
    admin = login(world.users.agency_admin).get(detail_url(world.own)).content.decode()
    assert edit_url(world.own) in admin
    assert reverse("audit:employee", args=[world.own.pk]) in admin
    supervisor = login(world.users.supervisor).get(detail_url(world.own)).content.decode()
    assert edit_url(world.own) not in supervisor
    assert reverse("audit:employee", args=[world.own.pk]) not in supervisor
    own = login(world.users.own).get(detail_url(world.own)).content.decode()
    assert edit_url(world.own) in own
    assert reverse("audit:employee", args=[world.own.pk]) not in own


def test_profile_shows_history(world, login, en):
    with scopes_disabled():
        services.add_rank_history(actor=_actor(world.users.hr_admin), employee=world.own,
                                  grade="III/b", tmt=datetime.date(2019, 4, 1), sk_number="SK-77")
    content = login(world.users.own).get(detail_url(world.own)).content.decode()
    assert "SK-77" in content


def _actor(user):
    from abdi.accounts.actor import Actor

    return Actor.for_user(user)


# Create --------------------------------------------------------------------------------


def _new_values(world, **overrides):
    birth, tmt = datetime.date(1992, 5, 17), datetime.date(2018, 2, 1)
    values = {
        "nip": make_nip(birth, tmt, "P", serial=7), "kind": "PNS", "name": "Siti Baru",
        "front_title": "", "back_title": "S.Kom.", "gender": "P", "birth_place": "Palembang",
        "birth_date": "1992-05-17", "nik": "", "grade": "III/a", "tmt_grade": "2019-03-01",
        "tmt_cpns": "2018-02-01", "unit": world.unit.pk, "position": "", "tmt_position": "",
        "status": "aktif", "education_level": "S1", "education_major": "Informatika",
        "email": "siti@example.go.id", "phone": "0811", "address": "Jl. Merdeka 1",
    }
    values.update(overrides)
    return values


def test_hr_admin_creates_an_employee(world, login, en):
    response = login(world.users.hr_admin).post(reverse("people:create"), _new_values(world))
    assert response.status_code == 302, response.content.decode()[:2000]
    with scopes_disabled():
        created = Employee.objects.get(name="Siti Baru")
        assert created.agency_id == world.agency.pk
        assert AuditEntry.objects.filter(employee_id=created.pk, action="create").exists()
    assert response["Location"] == detail_url(created)


def test_create_with_a_bad_nip_shows_the_reason_and_saves_nothing(world, login, en):
    with scopes_disabled():
        before = Employee.objects.count()
    response = login(world.users.hr_admin).post(
        reverse("people:create"), _new_values(world, nip="19920517201802200"))
    assert response.status_code == 400
    assert "18 digits" in response.content.decode()
    with scopes_disabled():
        assert Employee.objects.count() == before


def test_create_with_a_nip_that_contradicts_the_birth_date(world, login, en):
    response = login(world.users.hr_admin).post(
        reverse("people:create"), _new_values(world, birth_date="1991-05-17"))
    assert response.status_code == 400
    assert "differs from the recorded birth date" in response.content.decode()


def test_create_with_a_duplicate_nip_is_a_conflict(world, login, en):
    response = login(world.users.hr_admin).post(
        reverse("people:create"),
        _new_values(world, nip=world.own.nip, birth_date="1990-01-01", gender="L",
                    tmt_cpns="2015-03-01"))
    assert response.status_code == 409
    assert "already exists" in response.content.decode()


def test_create_shows_nip_warnings_after_saving(world, login, en):
    birth, tmt = datetime.date(1960, 5, 17), datetime.date(2005, 2, 1)  # 44 at TMT CPNS
    client = login(world.users.hr_admin)
    response = client.post(reverse("people:create"), _new_values(
        world, nip=make_nip(birth, tmt, "P", serial=9), birth_date="1960-05-17",
        tmt_cpns="2005-02-01"), follow=True)
    assert response.status_code == 200
    warnings = [str(m) for m in response.context["messages"] if m.level_tag == "warning"]
    assert any("18 to 40" in w for w in warnings)


def test_agency_admin_may_only_place_in_own_agency(world, login, en):
    client = login(world.users.agency_admin)
    form = client.get(reverse("people:create")).context["form"]
    units = set(form.fields["unit"].queryset.values_list("pk", flat=True))
    assert world.unit.pk in units
    assert world.other_agency.pk not in units
    response = client.post(reverse("people:create"), _new_values(world, unit=world.other_agency.pk))
    assert response.status_code == 400
    with scopes_disabled():
        assert not Employee.objects.filter(name="Siti Baru").exists()


@pytest.mark.parametrize("persona", ["own", "supervisor", "leader"])
def test_create_is_refused_to_non_admins(world, login, persona):
    client = login(getattr(world.users, persona))
    assert client.get(reverse("people:create")).status_code == 403
    assert client.post(reverse("people:create"), _new_values(world)).status_code == 403
    with scopes_disabled():
        assert not Employee.objects.filter(name="Siti Baru").exists()


def test_position_options_follow_the_unit(world, login):
    client = login(world.users.agency_admin)
    response = client.get(reverse("people:position_options"), {"unit": world.unit.pk})
    assert response.status_code == 200
    assert world.supervisor.position.name in response.content.decode()
    other = client.get(reverse("people:position_options"), {"unit": world.other_agency.pk})
    assert "<option value=\"\">" in other.content.decode()
    assert world.other_unit.position.name not in other.content.decode()


# Edit ----------------------------------------------------------------------------------


def _edit_values(employee, **overrides):
    values = {
        "version": employee.version, "nip": employee.nip, "nip_lama": "", "kind": employee.kind,
        "name": employee.name, "front_title": "", "back_title": "", "gender": employee.gender,
        "birth_place": "", "birth_date": employee.birth_date.isoformat(), "nik": employee.nik,
        "grade": employee.grade, "tmt_grade": "", "tmt_cpns": employee.tmt_cpns.isoformat(),
        "unit": employee.unit_id, "position": employee.position_id or "", "tmt_position": "",
        "status": employee.status, "education_level": "", "education_major": "", "email": "",
        "phone": "", "address": "",
    }
    values.update(overrides)
    return values


def test_admin_edits_an_employee(world, login, en):
    response = login(world.users.agency_admin).post(
        edit_url(world.own), _edit_values(world.own, back_title="S.E.", status="cuti"))
    assert response.status_code == 302, response.content.decode()[:2000]
    with scopes_disabled():
        changed = Employee.objects.get(pk=world.own.pk)
        assert (changed.back_title, changed.status, changed.version) == ("S.E.", "cuti", 2)
        entry = AuditEntry.objects.get(employee_id=world.own.pk, action="update")
        assert entry.changes["status"] == ["aktif", "cuti"]


def test_edit_form_carries_the_version(world, login):
    response = login(world.users.hr_admin).get(edit_url(world.own))
    assert response.status_code == 200
    assert b'name="version" value="1"' in response.content


def test_concurrent_edit_is_a_conflict_and_changes_nothing(world, login, en):
    client = login(world.users.hr_admin)
    stale = _edit_values(world.own, name="Nama Dari Form Lama")
    with scopes_disabled():
        services.update_employee(actor=_actor(world.users.agency_admin), employee=world.own,
                                 expected_version=1, values={"phone": "0812"})
    response = client.post(edit_url(world.own), stale)
    assert response.status_code == 409
    assert "Someone else changed this employee" in response.content.decode()
    with scopes_disabled():
        current = Employee.objects.get(pk=world.own.pk)
        assert current.name == "Pegawai Sendiri"
        assert current.version == 2


def test_edit_with_a_bad_nip_is_refused(world, login, en):
    response = login(world.users.hr_admin).post(
        edit_url(world.own), _edit_values(world.own, nip="199001012015031000"))
    assert response.status_code == 400
    assert "000" in response.content.decode()
    with scopes_disabled():
        assert Employee.objects.get(pk=world.own.pk).version == 1


def test_self_edit_offers_contact_fields_only(world, login):
    client = login(world.users.own)
    form = client.get(edit_url(world.own)).context["form"]
    assert set(form.fields) == {"email", "phone", "address", "photo", "version"}
    response = client.post(edit_url(world.own), {
        "version": 1, "email": "saya@example.go.id", "phone": "08123", "address": "Jl. Baru",
        "name": "Nama Palsu", "nip": "196608011988031001", "status": "pensiun",
    })
    assert response.status_code == 302
    with scopes_disabled():
        me = Employee.objects.get(pk=world.own.pk)
        assert (me.email, me.phone, me.address) == ("saya@example.go.id", "08123", "Jl. Baru")
        assert (me.name, me.status, me.nip) == ("Pegawai Sendiri", "aktif", world.own.nip)


def test_supervisor_may_not_edit(world, login):
    client = login(world.users.supervisor)
    assert client.get(edit_url(world.own)).status_code == 403
    assert client.post(edit_url(world.own), _edit_values(world.own, name="X")).status_code == 403


@pytest.mark.parametrize("persona", ["other_unit", "other_gov", "operator"])
def test_edit_is_not_found_for_those_who_cannot_see(world, login, persona):
    client = login(getattr(world.users, persona))
    assert client.post(edit_url(world.own), _edit_values(world.own, name="X")).status_code == 404
    with scopes_disabled():
        assert Employee.objects.get(pk=world.own.pk).name == "Pegawai Sendiri"


def test_photo_of_the_wrong_type_is_refused(world, login, en):
    client = login(world.users.own)
    for upload in (
        SimpleUploadedFile("foto.jpg", b"not an image at all", content_type="image/jpeg"),
        SimpleUploadedFile("foto.png", image_bytes("GIF"), content_type="image/png"),
    ):
        response = client.post(edit_url(world.own), {"version": 1, "photo": upload})
        assert response.status_code == 400
        assert "JPEG or PNG" in response.content.decode()
    with scopes_disabled():
        assert not Employee.objects.get(pk=world.own.pk).photo


def test_photo_too_large_is_refused(world, login, en, settings):
    settings.ABDI_PHOTO_MAX_BYTES = 100
    upload = SimpleUploadedFile("foto.png", image_bytes("PNG", (64, 64)), content_type="image/png")
    response = login(world.users.own).post(edit_url(world.own), {"version": 1, "photo": upload})
    assert response.status_code == 400
    assert "too large" in response.content.decode()


def test_photo_is_stored_and_served_to_viewers_only(world, login):
    client = login(world.users.own)
    upload = SimpleUploadedFile("../../etc/x.png", image_bytes("PNG"), content_type="image/png")
    response = client.post(edit_url(world.own), {"version": 1, "photo": upload})
    assert response.status_code == 302
    with scopes_disabled():
        name = Employee.objects.get(pk=world.own.pk).photo.name
    assert name.startswith("photos/")
    assert ".." not in name
    assert name.endswith(".png")
    photo_url = reverse("people:photo", args=[world.own.pk])
    served = client.get(photo_url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert login(world.users.other_unit).get(photo_url).status_code == 404


def test_htmx_results_refresh_the_unit_filter_of_the_chosen_agency(world, login):
    response = login(world.users.hr_admin).get(
        DIRECTORY, {"agency": world.agency.pk}, HTTP_HX_REQUEST="true")
    content = response.content.decode()
    assert 'hx-swap-oob="true"' in content
    assert "Bidang PAUD" in content
    assert "Dinas Kesehatan" not in content


def test_agency_admin_cannot_edit_another_agencys_employee(world, login):
    client = login(world.users.agency_admin)
    response = client.post(edit_url(world.other_unit), _edit_values(world.other_unit, name="X"))
    assert response.status_code == 404
    with scopes_disabled():
        assert Employee.objects.get(pk=world.other_unit.pk).name == "Pegawai Dinkes"


@pytest.mark.parametrize("overrides", [
    {"version": "abc"},
    {"version": ""},
    {"name": "x" * 5000},
    {"birth_date": "31-31-1990"},
    {"unit": "999999"},
    {"position": "not-a-number"},
    {"grade": "<script>"},
    {"email": "not an e-mail"},
])
def test_hostile_edit_input_is_a_400_and_saves_nothing(world, login, overrides):
    response = login(world.users.hr_admin).post(edit_url(world.own),
                                                _edit_values(world.own, **overrides))
    assert response.status_code == 400
    with scopes_disabled():
        current = Employee.objects.get(pk=world.own.pk)
        assert current.version == 1
        assert current.name == "Pegawai Sendiri"


def test_employee_moved_to_another_unit_gets_a_position_history(world, login):
    response = login(world.users.agency_admin).post(
        edit_url(world.own), _edit_values(world.own, unit=world.sibling_unit.pk, position=""))
    assert response.status_code == 302
    with scopes_disabled():
        moved = Employee.objects.get(pk=world.own.pk)
        assert moved.unit_id == world.sibling_unit.pk
        assert moved.position_history.filter(unit=world.sibling_unit).exists()


def test_position_from_another_unit_is_not_accepted(world, login):
    response = login(world.users.hr_admin).post(
        edit_url(world.own), _edit_values(world.own, position=world.other_unit.position_id))
    assert response.status_code == 400
    with scopes_disabled():
        assert Employee.objects.get(pk=world.own.pk).position_id == world.own.position_id


@pytest.mark.parametrize("url", [
    "/pegawai/99999999999999999999999999/",
    "/pegawai/99999999999999999999999999/ubah/",
    "/pegawai/99999999999999999999999999/foto/",
])
def test_ids_beyond_the_integer_range_are_not_found(world, login, url):
    assert login(world.users.hr_admin).get(url).status_code == 404


def test_huge_ids_in_forms_are_bad_input_not_errors(world, login):
    client = login(world.users.hr_admin)
    huge = "99999999999999999999999999"
    assert client.get(DIRECTORY, {"agency": huge, "unit": huge}).status_code == 200
    assert client.get(reverse("people:position_options"), {"unit": huge}).status_code == 200
    response = client.post(reverse("people:create"), _new_values(world, unit=huge, position=huge))
    assert response.status_code == 400


@pytest.fixture
def three_cari(world):
    with scopes_disabled():
        for name in ("cari Zulu", "Cari alpha", "CARI Mike"):
            EmployeeFactory(position=PositionFactory(unit=world.unit), name=name)


def test_name_search_counts_exactly_past_the_cap(world, login, en, small_cap, three_cari):
    """A name search sorts every match anyway, so its count is exact even above the cap."""
    client = login(world.users.hr_admin)
    response = client.get(DIRECTORY, {"q": "cari", "size": "2"})
    page_obj = response.context["page_obj"]
    assert page_obj.paginator.count == 3
    assert [row["name"] for row in response.context["rows"]] == ["Cari alpha", "CARI Mike"]
    content = response.content.decode()
    assert "3 employees found" in content
    assert "Page 1 of 2" in content
    second = client.get(DIRECTORY, {"q": "cari", "size": "2", "page": "2"})
    assert [row["name"] for row in second.context["rows"]] == ["cari Zulu"]


@pytest.mark.parametrize("page", ["99999", "abc", "-1", "1" * 40])
def test_name_search_past_the_end_shows_the_last_page(world, login, three_cari, page):
    response = login(world.users.hr_admin).get(DIRECTORY, {"q": "cari", "size": "2",
                                                           "page": page})
    assert response.status_code == 200
    expected = ["Cari alpha", "CARI Mike"] if page in ("abc", "-1") else ["cari Zulu"]
    assert [row["name"] for row in response.context["rows"]] == expected


def test_name_search_without_matches_is_an_empty_first_page(world, login, en):
    response = login(world.users.hr_admin).get(DIRECTORY, {"q": "tidakadanama", "page": "3"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "0 employees found" in content
    assert "No employee matches this search." in content


def test_name_search_is_one_query_whatever_the_page_size(world, login, three_cari):
    client = login(world.users.hr_admin)
    client.get(DIRECTORY, {"q": "cari"})
    with CaptureQueriesContext(connection) as one:
        assert len(client.get(DIRECTORY, {"q": "cari", "size": "1"}).context["rows"]) == 1
    with CaptureQueriesContext(connection) as many:
        assert len(client.get(DIRECTORY, {"q": "cari", "size": "3"}).context["rows"]) == 3
    assert len(many) == len(one)
    assert sum("COUNT(" in q["sql"].upper() and "OVER" not in q["sql"].upper()
               for q in many.captured_queries) == 0


def test_name_search_rows_stay_within_the_viewers_sight(world, login, three_cari):
    """The one-statement page keeps the scoped queryset's filters (tenancy and sight)."""
    agency_admin = login(world.users.agency_admin).get(DIRECTORY, {"q": "cari"})
    assert [row["name"] for row in agency_admin.context["rows"]] == [
        "Cari alpha", "CARI Mike", "cari Zulu"]
    for outsider in (world.users.other_gov, world.users.other_unit):
        response = login(outsider).get(DIRECTORY, {"q": "cari"})
        assert response.status_code in (200, 403)
        assert "alpha" not in response.content.decode()


def test_counts_are_grouped_in_each_language():
    from types import SimpleNamespace

    from django.utils import translation

    from abdi.people.views import _count_text
    with translation.override("id"):
        assert _count_text(SimpleNamespace(count=1675)) == "1.675 pegawai ditemukan"
        assert _count_text(SimpleNamespace(capped=True, cap=1000)) == \
            "Lebih dari 1.000 pegawai ditemukan"
    with translation.override("en"):
        assert _count_text(SimpleNamespace(count=1)) == "1 employee found"
        assert _count_text(SimpleNamespace(count=1675)) == "1,675 employees found"
