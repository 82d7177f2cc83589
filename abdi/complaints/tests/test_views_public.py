"""The citizen's pages: submit, receipt shown once, lookup with the same answer for every miss,
responding and rating, and what abuse gets (429, honeypot, bad files, hostile HTML)."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from abdi.complaints.models import Complaint, ComplaintRating
from abdi.complaints.services import handling
from abdi.tenancy.scoping import within

from .conftest import actor_of
from .factories import PDF, PNG

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert('x')</script> jalan rusak parah di depan pasar kota"


def _form(world, **over):
    data = {"kind": "pengaduan", "agency": world.agency.pk, "category": "Jalan",
            "location": "Jl. Merdeka", "description": "Jalan rusak parah di depan pasar kota.",
            "name": "Budi Warga", "phone": "0812", "email": "budi@contoh.id"}
    data.update(over)
    return data


def _submit(client, world, **over):
    return client.post(reverse("complaints:submit", args=[world.gov.slug]), _form(world, **over))


def test_submit_then_receipt_shows_codes_once(client, world):
    page = client.get(reverse("complaints:submit", args=[world.gov.slug]))
    assert page.status_code == 200
    assert b"hp-wrap" in page.content
    response = client.post(reverse("complaints:submit", args=[world.gov.slug]), {
        **_form(world), "attachments": [SimpleUploadedFile("a.png", PNG),
                                        SimpleUploadedFile("b.pdf", PDF)]})
    assert response.status_code == 302
    receipt = client.get(response["Location"])
    with within(world.gov):
        case = Complaint.objects.get()
        assert case.attachments.count() == 2
    assert case.tracking.encode() in receipt.content
    assert b'data-testid="secret"' in receipt.content
    again = client.get(response["Location"])
    assert b'data-testid="secret"' not in again.content
    assert b"already-shown" in again.content


def test_unknown_or_closed_portal_is_404(client, world):
    assert client.get(reverse("complaints:submit", args=["tidak-ada"])).status_code == 404


@pytest.mark.parametrize(("files", "status"), [
    ([SimpleUploadedFile("virus.jpg", b"MZ\x90\x00 evil")], 400),
    ([SimpleUploadedFile("big.png", PNG + b"0" * (5 * 1024 * 1024))], 400),
    ([SimpleUploadedFile(f"{i}.png", PNG) for i in range(4)], 400),
])
def test_bad_attachments_are_refused_and_nothing_saved(client, world, files, status):
    response = client.post(reverse("complaints:submit", args=[world.gov.slug]),
                           {**_form(world), "attachments": files})
    assert response.status_code == status
    assert b'data-testid="error"' in response.content
    with within(world.gov):
        assert not Complaint.objects.exists()


def test_oversized_request_is_413(client, world):
    response = client.post(reverse("complaints:submit", args=[world.gov.slug]), _form(world),
                           CONTENT_LENGTH=str(40 * 1024 * 1024))
    assert response.status_code == 413


def test_honeypot_and_missing_fields(client, world):
    assert _submit(client, world, situs_web="http://spam").status_code == 400
    assert _submit(client, world, description="").status_code == 400
    assert _submit(client, world, agency=world.unit.pk).status_code == 400  # not an agency
    assert _submit(client, world, agency=world.other_gov_agency.pk).status_code == 400
    with within(world.gov):
        assert not Complaint.objects.exists()


@pytest.mark.parametrize(("field", "value"), [
    ("name", "N" * 121), ("phone", "0" * 31), ("email", "bukan-alamat"), ("location", "L" * 201),
    ("kind", "gugatan"), ("agency", "12abc"), ("category", "ab"),
    ("name", "Budi\x00 Warga"), ("location", "Jl.\x00 Merdeka"),  # NUL: PostgreSQL cannot store it
])
def test_every_bad_value_is_refused_with_the_page_again(client, world, field, value):
    response = _submit(client, world, **{field: value})
    assert response.status_code == 400
    assert b'data-testid="error"' in response.content
    assert b"Jalan rusak parah di depan pasar kota." in response.content  # what was typed
    with within(world.gov):
        assert not Complaint.objects.exists()


def test_the_checkboxes_are_read_as_a_browser_sends_them(client, world):
    assert _submit(client, world, anonymous="on", confidential="false").status_code == 302
    with within(world.gov):
        case = Complaint.objects.get()
    assert case.is_anonymous
    assert not case.is_confidential
    assert case.reporter_name == ""


def test_rate_limit_answers_429(client, world):
    for _ in range(5):
        assert _submit(client, world).status_code == 302
    assert _submit(client, world).status_code == 429
    with within(world.gov):
        assert Complaint.objects.count() == 5


def _open(client, case, secret):
    return client.post(reverse("complaints:track"), {"tracking": case.tracking, "secret": secret})


def test_wrong_number_and_wrong_secret_get_the_same_answer(client, filed):
    wrong_secret = _open(client, filed.case, "AAAAAAAAAA")
    client.cookies.clear()
    wrong_number = client.post(reverse("complaints:track"),
                               {"tracking": "KOTA-A-2020-99999", "secret": filed.secret})
    assert wrong_secret.status_code == wrong_number.status_code == 404
    tokens = re.compile(rb"[A-Za-z0-9]{32,}")  # CSRF tokens differ per request
    assert tokens.sub(b"", wrong_secret.content) == tokens.sub(b"", wrong_number.content)


def test_lookup_is_rate_limited(client, filed):
    for _ in range(10):
        _open(client, filed.case, "AAAAAAAAAA")
    assert _open(client, filed.case, filed.secret).status_code == 429


def test_hostile_html_is_escaped_everywhere(client, world, desk):
    _submit(client, world, description=HOSTILE, confidential=False)
    with within(world.gov):
        case = Complaint.objects.get()
        case = handling.dispose_case(actor=actor_of(world.users.hr_admin), case=case,
                                     version=case.version, agency=world.agency,
                                     case_class="pengaduan")
    feed = client.get(reverse("complaints:feed", args=[world.gov.slug]))
    assert b"<script>alert" not in feed.content
    assert b"&lt;script&gt;" in feed.content


def test_citizen_journey_reply_accept_rate(client, world, desk, disposed):
    case = disposed.case
    assert _open(client, case, disposed.secret).status_code == 302
    page = client.get(reverse("complaints:track"))
    assert page.status_code == 200
    assert case.tracking.encode() in page.content
    assert b"Siti" not in page.content  # the lookup never shows identity fields
    act = reverse("complaints:track_action")
    assert client.post(act, {"action": "reply", "text": "Foto tambahan sudah saya kirim."}).status_code == 302
    with within(world.gov):
        handling.add_note(actor=actor_of(desk.users.liaison), case=case, text="Catatan INTERNAL rahasia.")
        case.refresh_from_db()
        handling.answer_case(actor=actor_of(desk.users.liaison), case=case, version=case.version,
                             text="Jalan sudah kami tambal hari ini.")
    page = client.get(reverse("complaints:track"))
    assert b"Jalan sudah kami tambal" in page.content
    assert b"INTERNAL" not in page.content
    assert client.post(act, {"action": "rate", "score": "5"}).status_code == 409
    assert client.post(act, {"action": "accept"}).status_code == 302
    assert client.post(act, {"action": "rate", "score": "5", "comment": "Bagus"}).status_code == 302
    assert client.post(act, {"action": "rate", "score": "5"}).status_code == 409
    with within(world.gov):
        assert ComplaintRating.objects.get().score == 5


def test_citizen_object_reopens(client, world, desk, disposed):
    with within(world.gov):
        handling.answer_case(actor=actor_of(desk.users.liaison), case=disposed.case,
                             version=disposed.case.version, text="Jalan sudah kami tambal.")
    _open(client, disposed.case, disposed.secret)
    response = client.post(reverse("complaints:track_action"),
                           {"action": "object", "text": "Belum ditambal sama sekali."})
    assert response.status_code == 302
    with within(world.gov):
        assert Complaint.objects.get().status == "dibuka_kembali"


def test_actions_without_an_opened_case_are_404(client):
    assert client.post(reverse("complaints:track_action"), {"action": "accept"}).status_code == 404


def test_a_closed_case_lets_the_reporter_rate_the_officer_who_answered(client, world, desk, disposed):
    """The complaint reaches the person who served: one rating per case, counted for the
    employee who answered (service_ratings), never twice."""
    from abdi.service_ratings.models import ServiceRating

    case = disposed.case
    with within(world.gov):
        handling.answer_case(actor=actor_of(desk.users.liaison), case=case, version=case.version,
                             text="Jalan sudah kami tambal hari ini.")
    _open(client, case, disposed.secret)
    assert b"rate-officer" not in client.get(reverse("complaints:track")).content  # not closed yet
    client.post(reverse("complaints:track_action"), {"action": "accept"})
    page = client.get(reverse("complaints:track")).content.decode()
    link = re.search(r'href="(/penilaian-layanan/nilai/[^"]+/)" data-testid="rate-officer"', page).group(1)
    assert link in client.get(reverse("complaints:track")).content.decode()  # the same link again
    assert client.post(link, {"score": "4", "comment": "Cepat ditangani"}).status_code in (200, 302)
    with within(world.gov):
        case.refresh_from_db()
        rating = ServiceRating.objects.get()
        assert (rating.employee_id, rating.score) == (case.handler_id, 4)
    assert client.post(link, {"score": "5"}).status_code == 409
