import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.people.models import Employee

HOME = reverse("web:home")


def test_home_needs_a_login(client, db):
    assert client.get(HOME).status_code == 302


def test_employee_gets_a_link_to_own_profile(world, login):
    response = login(world.users.own).get(HOME)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'data-testid="own-card"' in content
    assert reverse("people:detail", args=[world.own.pk]) in content
    assert 'data-testid="counts-card"' not in content


def test_admin_gets_counts_per_status_of_what_they_may_see(world, login):
    with scopes_disabled():
        Employee.objects.filter(pk=world.peer.pk).update(status="cuti")
    counts = login(world.users.agency_admin).get(HOME).context["counts"]
    per_status = {status: n for _label, status, n in counts["per_status"]}
    # Dinas Pendidikan: kepala dinas, supervisor, own, peer, sibling.
    assert per_status == {"aktif": 4, "cuti": 1}
    assert counts["total"] == 5


def test_bkpsdm_counts_the_whole_government_only(world, login):
    counts = login(world.users.hr_admin).get(HOME).context["counts"]
    assert counts["total"] == 7


@pytest.mark.parametrize(("persona", "links", "absent"), [
    ("own", ["people:directory"], ["audit:index"]),
    ("hr_admin", ["people:directory", "audit:index"], []),
    ("agency_admin", ["people:directory", "audit:index"], []),
    ("leader", ["people:directory"], ["audit:index"]),
    ("operator", [], ["people:directory", "audit:index"]),
])
def test_navigation_follows_the_role(world, login, persona, links, absent):
    content = login(getattr(world.users, persona)).get(HOME).content.decode()
    for name in links:
        assert f'href="{reverse(name)}"' in content
    for name in absent:
        assert f'href="{reverse(name)}"' not in content
    assert 'data-testid="lang-en"' in content or 'data-testid="lang-id"' in content


def test_operator_home_renders_without_a_government(world, login):
    response = login(world.users.operator).get(HOME)
    assert response.status_code == 200
    assert response.context["own"] is None


def test_pages_carry_no_inline_script_or_style(world, login):
    content = login(world.users.hr_admin).get(HOME).content.decode()
    assert "<script>" not in content
    assert "style=" not in content
    assert "<style" not in content


def test_home_query_count_is_small(world, login, django_assert_max_num_queries):
    client = login(world.users.hr_admin)
    client.get(HOME)
    with django_assert_max_num_queries(10):
        client.get(HOME)


def test_the_menu_speaks_indonesian_down_to_log_out(world, login):
    """The menu is built in Python (abdi.web.nav): every label must still reach the catalogue."""
    content = login(world.users.hr_admin).get(HOME, HTTP_ACCEPT_LANGUAGE="id").content.decode()
    for label in ("Beranda", "Pegawai", "Kinerja", "Keluar", "Kata sandi"):
        assert f">{label}<" in content
    assert ">Log out<" not in content
