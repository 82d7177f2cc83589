"""Pages: the public list and forum page with registration (bad input, abuse, escaping, no
personal data), the back office's minutes, commitments, CSV, and query counts on lists."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.public_forums.models import Commitment, Forum, Registration

from .conftest import REGISTRANT_NAME, REGISTRANT_PHONE
from .factories import CommitmentFactory, ForumFactory, ProgressFactory, RegistrationFactory, in_days

pytestmark = pytest.mark.django_db
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _public(forum, slug="kota-a"):
    return reverse("public_forums:public_forum", args=[slug, forum.pk])


def _count(forum):
    with scopes_disabled():
        return Registration.objects.filter(forum=forum).count()


def test_public_list_shows_announced_forums_without_login(world, forums, client):
    with scopes_disabled():
        ForumFactory(unit=world.unit, title="Draf Rahasia", status="draft")
    body = client.get(reverse("public_forums:public_list", args=["kota-a"])).content.decode()
    assert "FKP Penerimaan Siswa Baru" in body
    assert "FKP Layanan Mutasi Siswa" in body
    assert "Draf Rahasia" not in body
    assert "FKP Puskesmas" not in body
    assert REGISTRANT_NAME not in body


def test_unknown_government_or_draft_forum_is_404(world, forums, client):
    assert client.get(reverse("public_forums:public_list", args=["tidak-ada"])).status_code == 404
    assert client.get(_public(forums.other_agency_forum)).status_code == 404
    assert client.get(_public(forums.upcoming, slug="kab-b")).status_code == 404


def test_citizen_registers_on_the_public_page(world, forums, client):
    response = client.post(_public(forums.upcoming), {
        "name": "Budi Warga", "contact": "0813-2222-3333", "organisation": "Komite Sekolah"})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'data-testid="registered"' in body
    assert "6281322223333" not in body  # the confirmation shows a masked contact only
    assert _count(forums.upcoming) == 2
    assert "abdi_perangkat" in response.cookies


def test_public_forum_page_never_shows_registrants(world, forums, client):
    body = client.get(_public(forums.upcoming)).content.decode()
    assert REGISTRANT_NAME not in body
    assert REGISTRANT_PHONE not in body
    assert "1 / 50" in body  # counts only


@pytest.mark.parametrize("contact", [REGISTRANT_PHONE, "+62 812-3456-7890", "0812 3456 7890"])
def test_duplicate_registration_is_a_clear_409(world, forums, client, contact):
    response = client.post(_public(forums.upcoming), {"name": "Siti", "contact": contact})
    assert response.status_code == 409
    assert "already registered" in response.content.decode()
    assert _count(forums.upcoming) == 1


def test_full_forum_refuses_clearly(world, client):
    with scopes_disabled():
        forum = ForumFactory(unit=world.unit, capacity=1)
        RegistrationFactory(forum=forum)
    body = client.get(_public(forum)).content.decode()
    assert 'data-testid="registration-refused"' in body
    assert "full" in body
    response = client.post(_public(forum), {"name": "Budi", "contact": "budi@example.id"})
    assert response.status_code == 400
    assert "full" in response.content.decode()
    assert _count(forum) == 1


def test_closed_registration_refuses(world, client):
    with scopes_disabled():
        forum = ForumFactory(unit=world.unit, registration_closes_at=in_days(-1))
    response = client.post(_public(forum), {"name": "Budi", "contact": "budi@example.id"})
    assert response.status_code == 400
    assert "closed" in response.content.decode()
    assert _count(forum) == 0


@pytest.mark.parametrize("data", [
    {"name": "", "contact": "budi@example.id"},
    {"name": "Budi", "contact": "bukan kontak"},
    {"name": "B" * 500, "contact": "budi@example.id"},
])
def test_malformed_registration_is_400(world, forums, client, data):
    response = client.post(_public(forums.upcoming), data)
    assert response.status_code == 400
    assert _count(forums.upcoming) == 1


def test_honeypot_refuses_and_saves_nothing(world, forums, client):
    response = client.post(_public(forums.upcoming), {
        "name": "Bot", "contact": "bot@example.id", "situs_web": "http://spam.example"})
    assert response.status_code == 400
    assert _count(forums.upcoming) == 1


def test_rate_limit_per_device_answers_429(world, client):
    with scopes_disabled():
        forum = ForumFactory(unit=world.unit, capacity=100)
    for n in range(5):
        client.post(_public(forum), {"name": f"Warga {n}", "contact": f"08123400000{n}"})
    response = client.post(_public(forum), {"name": "Keenam", "contact": "081234000009"})
    assert response.status_code == 429
    assert "Too many" in response.content.decode()
    assert _count(forum) == 5


def test_hostile_text_is_escaped_everywhere(world, login, client):
    with scopes_disabled():
        forum = ForumFactory(unit=world.unit, title=HOSTILE, description=HOSTILE,
                             starts_at=in_days(-3), registration_closes_at=in_days(-4),
                             status="concluded", minutes=HOSTILE)
        commitment = CommitmentFactory(forum=forum, promise=HOSTILE)
        ProgressFactory(commitment=commitment, note=HOSTILE)
        open_forum = ForumFactory(unit=world.unit, title=HOSTILE)
    # A refused registration echoes what was typed back into the form: escaped.
    response = client.post(_public(open_forum), {"name": HOSTILE, "contact": HOSTILE})
    assert response.status_code == 400
    for body in (client.get(_public(forum)).content.decode(), response.content.decode(),
                 client.get(reverse("public_forums:public_list", args=["kota-a"])).content.decode()):
        assert "<script>alert" not in body
        assert "<img src=x" not in body
    login(world.users.hr_admin)
    body = client.get(reverse("public_forums:forum", args=[forum.pk])).content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;" in body


def test_public_page_shows_minutes_commitments_timeline_and_overdue(world, forums, client):
    with scopes_disabled():
        late = CommitmentFactory(forum=forums.past, promise="Janji terlambat",
                                 due_date=timezone.localdate() - datetime.timedelta(days=2))
        ProgressFactory(commitment=late, note="Masih proses pengadaan")
    body = client.get(_public(forums.past)).content.decode()
    assert "Notulen forum mutasi siswa." in body
    assert "Formulir mutasi daring" in body
    assert "Janji terlambat" in body
    assert "Masih proses pengadaan" in body
    assert body.count('data-testid="overdue"') == 1


def _minutes_post(client, forum, upload, minutes="Notulen"):
    data = {"minutes": minutes, "version": forum.version}
    if upload is not None:
        data["minutes_file"] = upload
    return client.post(reverse("public_forums:minutes", args=[forum.pk]), data)


@pytest.mark.parametrize(("upload", "message"), [
    (SimpleUploadedFile("n.pdf", b"GIF89a not a pdf", "application/pdf"), "must be a PDF"),
    (SimpleUploadedFile("n.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024 + 1), "application/pdf"),
     "too large"),
])
def test_bad_minutes_file_is_refused_and_nothing_saved(world, login, client, upload, message):
    with scopes_disabled():
        forum = ForumFactory(unit=world.unit, starts_at=in_days(-1),
                             registration_closes_at=in_days(-2))
    login(world.users.agency_admin)
    response = _minutes_post(client, forum, upload)
    assert response.status_code == 400
    assert message in response.content.decode()
    with scopes_disabled():
        assert Forum.objects.get(pk=forum.pk).status == "published"


def test_minutes_pdf_is_published_and_downloadable(world, login, client):
    with scopes_disabled():
        forum = ForumFactory(unit=world.unit, starts_at=in_days(-1),
                             registration_closes_at=in_days(-2))
    login(world.users.agency_admin)
    pdf = SimpleUploadedFile("n.pdf", b"%PDF-1.4\n%%EOF", "application/pdf")
    assert _minutes_post(client, forum, pdf).status_code == 302
    client.logout()
    response = client.get(reverse("public_forums:public_minutes", args=["kota-a", forum.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_stale_forum_edit_answers_409(world, forums, login, client):
    login(world.users.agency_admin)
    data = {"unit": world.unit.pk, "title": "Judul", "topic": "PPDB", "place": "Aula",
            "capacity": 10, "starts_at": "2030-01-10T09:00",
            "registration_closes_at": "2030-01-09T09:00", "version": forums.upcoming.version - 1}
    response = client.post(reverse("public_forums:forum_edit", args=[forums.upcoming.pk]), data)
    assert response.status_code == 409
    with scopes_disabled():
        assert Forum.objects.get(pk=forums.upcoming.pk).title == "FKP Penerimaan Siswa Baru"


def test_times_are_entered_in_the_government_zone(world, login, client):
    login(world.users.hr_admin)
    data = {"unit": world.agency.pk, "title": "FKP", "topic": "PPDB", "place": "Aula",
            "capacity": 10, "starts_at": "2030-01-10T09:00",
            "registration_closes_at": "2030-01-09T09:00"}
    assert client.post(reverse("public_forums:forum_create"), data).status_code == 302
    with scopes_disabled():
        forum = Forum.objects.get(title="FKP")
    assert forum.starts_at == datetime.datetime(2030, 1, 10, 2, 0, tzinfo=datetime.UTC)  # WIB


def test_csv_export_neutralises_formulas(world, forums, login, client):
    with scopes_disabled():
        RegistrationFactory(forum=forums.upcoming, name="=HYPERLINK(\"http://x\")")
    login(world.users.agency_admin)
    response = client.get(reverse("public_forums:registrants_csv", args=[forums.upcoming.pk]))
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    assert REGISTRANT_PHONE in body
    assert "'=HYPERLINK" in body


# index: the first signed-in page also reads the unread announcements once (cached per user after).
LIMITS = (3, 4, 11, 7, 6)  # public list, public forum, index, forum, registrants


def _add_forums(world, n):
    with scopes_disabled():
        for _ in range(n):
            forum = ForumFactory(unit=world.unit, starts_at=in_days(-5),
                                 registration_closes_at=in_days(-6), status="concluded")
            RegistrationFactory(forum=forum)
            commitment = CommitmentFactory(forum=forum)
            ProgressFactory(commitment=commitment)
            ForumFactory(unit=world.sibling_unit)


@pytest.mark.parametrize("n", [1, 3])
def test_list_pages_query_counts_do_not_grow(world, login, client, django_assert_max_num_queries,
                                            n):
    _add_forums(world, n)
    with django_assert_max_num_queries(LIMITS[0]):
        assert client.get(reverse("public_forums:public_list", args=["kota-a"])).status_code == 200
    with scopes_disabled():
        past = Forum.objects.filter(status="concluded").first()
        for _ in range(n):
            ProgressFactory(commitment=CommitmentFactory(forum=past))
    with django_assert_max_num_queries(LIMITS[1]):
        assert client.get(_public(past)).status_code == 200
    login(world.users.hr_admin)
    with django_assert_max_num_queries(LIMITS[2]):
        assert client.get(reverse("public_forums:index")).status_code == 200
    with django_assert_max_num_queries(LIMITS[3]):
        assert client.get(reverse("public_forums:forum", args=[past.pk])).status_code == 200
    with django_assert_max_num_queries(LIMITS[4]):
        assert client.get(reverse("public_forums:registrants", args=[past.pk])).status_code == 200


def test_leader_reads_the_forum_without_registrants_or_forms(world, forums, login, client):
    login(world.users.leader)
    body = client.get(reverse("public_forums:forum", args=[forums.past.pk])).content.decode()
    assert "Formulir mutasi daring" in body
    assert 'data-testid="registrants-link"' not in body
    assert 'data-testid="commitment-form"' not in body
    assert 'data-testid="progress-form"' not in body
    with scopes_disabled():
        assert Commitment.objects.count() == 1


def test_back_office_flags_overdue_commitments(world, forums, login, client):
    with scopes_disabled():
        CommitmentFactory(forum=forums.past, due_date=timezone.localdate() - datetime.timedelta(1))
    login(world.users.hr_admin)
    body = client.get(reverse("public_forums:index")).content.decode()
    assert body.count('data-testid="overdue-count"') == 1
    body = client.get(reverse("public_forums:forum", args=[forums.past.pk])).content.decode()
    assert body.count('data-testid="overdue"') == 1


def test_registration_audit_keeps_no_contact(world, forums, client):
    client.post(_public(forums.upcoming), {"name": "Budi Warga", "contact": "budi@example.id"})
    with scopes_disabled():
        entry = AuditEntry.objects.get(object_type="public_forums.registration")
    assert entry.actor_label == "anonymous"
    assert "budi" not in str(entry.changes).lower()


def test_cancel_from_the_back_office_shows_on_the_public_page(world, forums, login, client):
    login(world.users.agency_admin)
    url = reverse("public_forums:forum_cancel", args=[forums.upcoming.pk])
    assert client.post(url, {"version": forums.upcoming.version}).status_code == 400  # no reason
    response = client.post(url, {"version": forums.upcoming.version, "reason": "Gedung direnovasi"})
    assert response.status_code == 302
    client.logout()
    body = client.get(_public(forums.upcoming)).content.decode()
    assert "Gedung direnovasi" in body
    assert 'data-testid="register"' not in body
    response = client.post(_public(forums.upcoming), {"name": "Budi", "contact": "b@example.id"})
    assert response.status_code == 400
    assert "cancelled" in response.content.decode()
