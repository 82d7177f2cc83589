"""Staff pages: the summary shown only past the minimum, who reaches an employee's ratings over
HTTP, hiding a comment, the team list's query count, visit codes and the appraisal page."""

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.service_ratings.models import RatingSettings, ServiceContact, ServiceRating
from abdi.service_ratings.tests.test_services import _appraisal

from .factories import make_counter, make_ratings

HOSTILE = '<img src=x onerror="alert(1)"> Lambat sekali'


def _employee_url(employee):
    return f"/penilaian-layanan/pegawai/{employee.pk}/"


def _seed(employee, scores, **kw):
    with scopes_disabled():
        return make_ratings(employee, scores, **kw)


@pytest.mark.parametrize(("persona", "status"), [
    ("own", 200), ("supervisor", 200), ("hr_admin", 200), ("agency_head", 404),
    ("other_unit", 404), ("agency_admin", 404), ("leader", 404), ("other_gov", 404),
    ("operator", 404),
])
def test_who_reaches_an_employee_s_ratings(client, login, world, persona, status):
    _seed(world.own, [5, 5, 4, 4, 3], comment="Komentar Rahasia Pegawai")
    login(getattr(world.users, persona))
    response = client.get(_employee_url(world.own))
    assert response.status_code == status
    assert ("Komentar Rahasia Pegawai" in response.content.decode()) is (status == 200)


def test_anonymous_is_sent_to_log_in(client, world):
    for url in (_employee_url(world.own), "/penilaian-layanan/saya/", "/penilaian-layanan/tim/",
                "/penilaian-layanan/kode/", "/penilaian-layanan/pengaturan/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_below_the_minimum_there_is_no_average_and_no_comment(client, login, world):
    _seed(world.own, [1, 2, 3, 4], comment="Komentar terlalu dini")
    login(world.users.own)
    body = client.get("/penilaian-layanan/saya/").content.decode()
    assert 'data-testid="not-enough"' in body
    assert "Komentar terlalu dini" not in body
    assert 'data-testid="rating-average"' not in body


def test_past_the_minimum_numbers_and_escaped_comments_without_rater(client, login, world):
    _seed(world.own, [5, 4, 4, 5, 3], comment=HOSTILE)
    login(world.users.supervisor)
    body = client.get(_employee_url(world.own)).content.decode()
    assert "5 ratings" in body
    assert ">4.2<" in body
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Lambat sekali" in body
    assert HOSTILE not in body
    assert 'data-testid="distribution"' in body
    assert "hide-" not in body  # only BKPSDM moderates


def test_the_government_minimum_applies(client, login, world):
    _seed(world.own, [5, 4])
    with scopes_disabled():
        RatingSettings.objects.create(instansi=world.gov, min_count=2)
    login(world.users.own)
    assert "2 ratings" in client.get("/penilaian-layanan/saya/").content.decode()


def test_period_filter(client, login, world):
    year = timezone.localdate().year
    _seed(world.own, [5, 5, 5, 5, 5], on=timezone.datetime(year, 2, 3).date())
    login(world.users.own)
    feb = client.get("/penilaian-layanan/saya/", {"periode": "month", "tahun": year, "ke": 2})
    mar = client.get("/penilaian-layanan/saya/", {"periode": "month", "tahun": year, "ke": 3})
    assert "5 ratings" in feb.content.decode()
    assert 'data-testid="not-enough"' in mar.content.decode()
    junk = client.get("/penilaian-layanan/saya/", {"periode": "x", "tahun": "99999", "ke": "-1"})
    assert junk.status_code == 200


def test_hr_admin_hides_an_abusive_comment(client, login, world):
    ratings = _seed(world.own, [1, 4, 4, 5, 3], comment="Dasar bodoh")
    target = ratings[0]
    url = f"/penilaian-layanan/ulasan/{target.pk}/sembunyikan/"
    login(world.users.supervisor)
    assert client.post(url, {"reason": "Makian", "version": 1}).status_code == 404
    login(world.users.hr_admin)
    assert client.post(url, {"reason": "x", "version": 1}).status_code == 400
    response = client.post(url, {"reason": "Berisi makian.", "version": 1})
    assert response.status_code == 302
    assert client.post(url, {"reason": "Berisi makian.", "version": 1}).status_code == 409
    with scopes_disabled():
        target.refresh_from_db()
        assert target.hidden
        assert AuditEntry.objects.filter(object_type="service_ratings.servicerating").count() == 1
    login(world.users.own)
    body = client.get("/penilaian-layanan/saya/").content.decode()
    assert body.count('data-testid="comment"') == 4  # the hidden one is shown to nobody but HR
    assert "5 ratings" in body  # its score still counts


def test_team_list_reads_a_fixed_number_of_queries(client, login, world, django_assert_max_num_queries):
    login(world.users.supervisor)
    client.get("/penilaian-layanan/tim/")  # warm the per-process caches (menu, principal)
    _seed(world.own, [5, 5, 5, 5, 5])
    with django_assert_max_num_queries(25) as one:
        first = client.get("/penilaian-layanan/tim/")
    assert first.content.decode().count('data-testid="team-row"') == 2  # own and peer
    from abdi.people.tests.factories import EmployeeFactory
    with scopes_disabled():
        for n in range(3):
            make_ratings(EmployeeFactory(position=world.peer.position, name=f"Staf {n}"), [4] * 5)
    with django_assert_max_num_queries(len(one.captured_queries)):
        more = client.get("/penilaian-layanan/tim/")
    body = more.content.decode()
    assert body.count('data-testid="team-row"') == 5
    assert "Not enough ratings yet" in body  # peer has none


def test_team_list_is_for_atasan_and_hr_only(client, login, world, django_assert_max_num_queries):
    _seed(world.own, [5, 5, 5, 5, 5])
    login(world.users.hr_admin)
    with django_assert_max_num_queries(25):
        assert world.own.name in client.get("/penilaian-layanan/tim/").content.decode()
    for persona in ("own", "other_unit", "leader", "agency_admin"):
        login(getattr(world.users, persona))
        assert client.get("/penilaian-layanan/tim/").status_code == 404


def test_an_officer_issues_a_visit_code_for_their_counter_only(client, login, world):
    with scopes_disabled():
        counter = make_counter(world.unit, world.own)
        elsewhere = make_counter(world.sibling_unit, world.sibling, name="Loket PAUD")
    login(world.users.own)
    page = client.get("/penilaian-layanan/kode/")
    assert "Loket 1" in page.content.decode()
    assert "Loket PAUD" not in page.content.decode()
    response = client.post("/penilaian-layanan/kode/", {"counter": counter.pk})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'data-testid="code"' in body
    assert "data:image/svg+xml" in body
    assert client.post("/penilaian-layanan/kode/", {"counter": elsewhere.pk}).status_code == 403
    assert client.post("/penilaian-layanan/kode/", {"counter": "x"}).status_code == 400
    with scopes_disabled():
        contact = ServiceContact.objects.get()
    assert f"{contact.token[:4]}-{contact.token[4:]}" in body
    assert contact.employee_id == world.own.pk


def test_settings_page_is_bkpsdm_s(client, login, world):
    login(world.users.supervisor)
    assert client.get("/penilaian-layanan/pengaturan/").status_code == 404
    login(world.users.hr_admin)
    assert client.get("/penilaian-layanan/pengaturan/").status_code == 200
    assert client.post("/penilaian-layanan/pengaturan/", {"min_count": 0, "version": 1}).status_code == 400
    assert client.post("/penilaian-layanan/pengaturan/", {"min_count": 3, "version": 1}).status_code == 302
    assert client.post("/penilaian-layanan/pengaturan/", {"min_count": 4, "version": 1}).status_code == 409
    with scopes_disabled():
        assert RatingSettings.objects.get(instansi=world.gov).min_count == 3


def test_the_appraisal_page_shows_citizens_past_five_ratings_only(client, login, world, counter):
    with scopes_disabled():
        own_appraisal = _appraisal(world.own)
        peer_appraisal = _appraisal(world.peer)
    url = f"/penilaian-layanan/loket/{counter.token}/"
    # Five citizens rate own, four rate peer, each from their own device, through the public page.
    for n in range(5):
        client.cookies.clear()
        client.post(url, {"petugas": world.own.pk, "score": 4 if n % 2 else 5, "comment": f"Baik {n}"})
    for _n in range(4):
        client.cookies.clear()
        client.post(url, {"petugas": world.peer.pk, "score": 5, "comment": "Komentar peer"})
    with scopes_disabled():
        assert ServiceRating.objects.count() == 9
    login(world.users.supervisor)
    body = client.get(reverse("performance:appraisal", args=[own_appraisal.pk])).content.decode()
    assert "5 citizen ratings." in body
    assert "4.6" in body
    assert "Baik 4" in body
    body = client.get(reverse("performance:appraisal", args=[peer_appraisal.pk])).content.decode()
    assert "Not enough citizen ratings yet." in body
    assert "Komentar peer" not in body


def test_the_profile_shows_the_summary_to_who_may_see_it(client, login, world):
    _seed(world.own, [5, 5, 4, 4, 4])
    login(world.users.supervisor)
    body = client.get(f"/pegawai/{world.own.pk}/").content.decode()
    assert 'id="service-ratings"' in body
    assert "4.4" in body
    login(world.users.agency_admin)
    response = client.get(f"/pegawai/{world.own.pk}/")
    assert 'id="service-ratings"' not in response.content.decode()


def test_accounts_without_an_employee_record(client, login, world):
    login(world.users.leader)
    assert client.get("/penilaian-layanan/saya/").status_code == 404
    login(world.users.agency_admin)
    assert client.get("/penilaian-layanan/saya/").status_code == 404


def test_the_summary_page_reads_a_fixed_number_of_queries(client, login, world,
                                                          django_assert_max_num_queries):
    _seed(world.own, [5, 4, 4, 5, 3])
    login(world.users.hr_admin)
    client.get(_employee_url(world.own))
    with django_assert_max_num_queries(30) as few:
        client.get(_employee_url(world.own))
    _seed(world.own, [2] * 20, comment="Lagi")
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = client.get(_employee_url(world.own)).content.decode()
    assert body.count('data-testid="comment"') == 25


@pytest.mark.parametrize(("language", "month", "other"), [("en", "March", "Maret"),
                                                          ("id", "Maret", "March")])
def test_a_months_name_follows_the_viewers_language(client, login, world, language, month, other):
    year = timezone.localdate().year
    login(world.users.own)
    page = client.get("/penilaian-layanan/saya/", {"periode": "month", "tahun": year, "ke": 3},
                      HTTP_ACCEPT_LANGUAGE=language)
    assert page.context["period_label"] == f"{month} {year}"
    assert other not in page.content.decode()
