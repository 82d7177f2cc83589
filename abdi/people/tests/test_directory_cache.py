"""The cached directory and employee reads never show stale or someone else's data."""

from django.urls import reverse
from django_scopes import scope

from abdi.people import directory_cache
from abdi.people.models import Employee
from abdi.people.tests.factories import EmployeeFactory

DIRECTORY = reverse("people:directory")


def api_detail(employee):
    return f"/api/employees/{employee.pk}"


def test_a_saved_rename_shows_on_the_next_request(world, login):
    client = login(world.users.hr_admin)
    assert "Rekan Sebidang" in client.get(DIRECTORY).content.decode()
    world.peer.name = "Rekan Berganti Nama"
    world.peer.save()
    content = client.get(DIRECTORY).content.decode()
    assert "Rekan Berganti Nama" in content
    assert "Rekan Sebidang" not in content


def test_a_new_employee_shows_at_once_also_while_typing(world, login):
    client = login(world.users.hr_admin)
    fragment = {"HTTP_HX_REQUEST": "true"}
    assert "Pegawai Baru Sekali" not in client.get(DIRECTORY, {"q": "baru"}, **fragment).content.decode()
    with scope(instansi=world.gov.pk):
        EmployeeFactory(unit=world.unit, name="Pegawai Baru Sekali")
    assert "Pegawai Baru Sekali" in client.get(DIRECTORY, {"q": "baru"}, **fragment).content.decode()


def test_a_deleted_unit_member_disappears(world, login):
    client = login(world.users.hr_admin)
    assert "Pegawai PAUD" in client.get(DIRECTORY).content.decode()
    with scope(instansi=world.gov.pk):
        Employee.objects.filter(pk=world.sibling.pk).delete()
    assert "Pegawai PAUD" not in client.get(DIRECTORY).content.decode()


def test_viewers_with_different_sight_never_share_an_entry(world, login):
    # The whole government first, so its rows are in the cache ...
    assert "Pegawai Dinkes" in login(world.users.hr_admin).get(DIRECTORY).content.decode()
    # ... and an agency admin of Dinas Pendidikan asking the same still sees only their agency.
    content = login(world.users.agency_admin).get(DIRECTORY).content.decode()
    assert "Pegawai Dinkes" not in content
    assert "Rekan Sebidang" in content
    # A plain employee sees themself only, whatever the cache holds.
    content = login(world.users.own).get(DIRECTORY).content.decode()
    assert "Pegawai Sendiri" in content
    assert "Rekan Sebidang" not in content


def test_the_fragment_and_the_page_are_kept_apart(world, login):
    client = login(world.users.hr_admin)
    page = client.get(DIRECTORY).content.decode()
    fragment = client.get(DIRECTORY, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" in page
    assert "<html" not in fragment
    assert "Rekan Sebidang" in fragment
    assert "<html" in client.get(DIRECTORY).content.decode()


def test_a_bulk_change_is_seen_after_bump(world, login):
    client = login(world.users.hr_admin)
    client.get(DIRECTORY)
    with scope(instansi=world.gov.pk):
        Employee.objects.filter(pk=world.peer.pk).update(name="Nama Dari Impor")  # no signal
    directory_cache.bump(world.gov.pk)  # what the import does after writing
    assert "Nama Dari Impor" in client.get(DIRECTORY).content.decode()


def test_the_api_detail_follows_a_change_and_the_sight(world, login):
    client = login(world.users.hr_admin)
    assert client.get(api_detail(world.peer)).json()["name"] == "Rekan Sebidang"
    world.peer.name = "Rekan Yang Baru"
    world.peer.save()
    assert client.get(api_detail(world.peer)).json()["name"] == "Rekan Yang Baru"
    # Cached for the admin, still 404 for someone of another agency or government.
    assert login(world.users.other_unit).get(api_detail(world.peer)).status_code == 404
    assert login(world.users.other_gov).get(api_detail(world.peer)).status_code == 404


def test_personal_data_in_the_cached_api_detail_is_still_masked(world, login):
    own = world.own
    assert login(world.users.hr_admin).get(api_detail(own)).json()["birth_date"] is not None
    assert login(world.users.supervisor).get(api_detail(own)).json()["birth_date"] is None


def test_a_new_search_reuses_the_toolbar_and_shows_its_own_text_escaped(world, login):
    client = login(world.users.hr_admin)
    client.get(DIRECTORY, {"q": "rekan", "status": "aktif"})
    hostile = '"><script>alert(1)</script>'
    content = client.get(DIRECTORY, {"q": hostile, "status": "aktif"}).content.decode()
    assert "<script>alert(1)" not in content
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in content
    assert 'value="rekan"' not in content  # the first search's text stays with the first search
    assert 'name="status"' in content
    assert '<option value="aktif" selected>' in content
    assert directory_cache_toolbar_count() == 1


def test_the_toolbar_follows_its_filters(world, login):
    client = login(world.users.hr_admin)
    client.get(DIRECTORY, {"q": "rekan", "status": "aktif"})
    content = client.get(DIRECTORY, {"q": "rekan", "status": "cuti"}).content.decode()
    assert '<option value="cuti" selected>' in content
    assert '<option value="aktif" selected>' not in content
    assert directory_cache_toolbar_count() == 2


def directory_cache_toolbar_count() -> int:
    """How many toolbars are kept (the tests' cache is the in-memory one)."""
    from django.core.cache import cache
    return sum(":toolbar:" in key for key in cache._cache)


def test_parameters_the_toolbar_does_not_show_share_one_toolbar(world, login):
    client = login(world.users.hr_admin)
    for params in ({"q": "rekan"}, {"q": "lain", "page": "2", "size": "10", "utm": "x"}):
        assert client.get(DIRECTORY, params).status_code == 200
    assert directory_cache_toolbar_count() == 1
