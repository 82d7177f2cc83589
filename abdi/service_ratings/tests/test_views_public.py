"""Citizen pages without an account: the counter's QR page, the one-time link, bad input."""

import datetime

import pytest
from django_scopes import scopes_disabled

from abdi.core.public_guard import HONEYPOT_FIELD
from abdi.service_ratings.models import ServiceContact, ServiceRating
from abdi.service_ratings.views import public

from .factories import make_contact


def _counter_url(counter, query=""):
    return f"/penilaian-layanan/loket/{counter.token}/{query}"


def _count():
    with scopes_disabled():
        return ServiceRating.objects.count(), ServiceContact.objects.count()


def test_the_counter_page_lists_names_and_positions_only(client, world, counter):
    with scopes_disabled():
        world.own.phone, world.own.email = "081234567890", "pribadi@example.com"
        world.own.save()
    response = client.get(_counter_url(counter))
    body = response.content.decode()
    assert response.status_code == 200
    assert world.own.name in body
    assert world.peer.name in body
    assert world.own.position.name in body
    for private in (world.own.nip, "081234567890", "pribadi@example.com", world.supervisor.name):
        assert private not in body
    assert "<script>" not in body.split("</head>")[1]  # no inline script on a public page


def test_a_citizen_picks_the_officer_and_rates(client, world, counter):
    form = client.get(_counter_url(counter, f"?petugas={world.own.pk}"))
    assert form.status_code == 200
    assert b'name="score"' in form.content
    response = client.post(_counter_url(counter), {"petugas": world.own.pk, "score": "4",
                                                   "comment": "<script>alert(1)</script> Ramah."})
    assert response.status_code == 302
    assert response["Location"] == "/penilaian-layanan/terima-kasih/"
    assert "abdi_perangkat" in response.cookies  # the device id is remembered
    with scopes_disabled():
        rating = ServiceRating.objects.get()
    assert (rating.employee_id, rating.score) == (world.own.pk, 4)
    # Same device, same counter, same day: refused clearly, nothing saved.
    again = client.post(_counter_url(counter), {"petugas": world.peer.pk, "score": "5"})
    assert again.status_code == 409
    assert "already rated" in again.content.decode()
    assert _count() == (1, 1)


@pytest.mark.parametrize("data", [
    {"score": "0"}, {"score": "6"}, {"score": "lima"}, {},
    {"score": "5", "comment": "x" * 1001},
])
def test_bad_input_is_refused_with_a_message(client, world, counter, data):
    response = client.post(_counter_url(counter), {"petugas": world.own.pk, **data})
    assert response.status_code == 400
    assert b"role=\"alert\"" in response.content
    assert _count() == (0, 0)


def test_an_officer_not_at_this_counter_is_refused(client, world, counter):
    for pk in (world.supervisor.pk, world.other_gov_employee.pk, "x"):
        response = client.post(_counter_url(counter), {"petugas": pk, "score": "5"})
        assert response.status_code == 400
        assert client.get(_counter_url(counter, f"?petugas={pk}")).status_code == 400
    assert _count() == (0, 0)


def test_the_honeypot_refuses_bots(client, world, counter):
    response = client.post(_counter_url(counter), {"petugas": world.own.pk, "score": "5",
                                                   HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 400
    assert _count() == (0, 0)


def test_too_many_submissions_answer_429(client, world, counter, monkeypatch):
    monkeypatch.setattr(public, "LIMITS", {"per_address": (2, 3600), "per_device": (10, 3600)})
    for _n in range(2):
        client.post(_counter_url(counter), {"petugas": world.own.pk, "score": "9"})
    response = client.post(_counter_url(counter), {"petugas": world.own.pk, "score": "5"})
    assert response.status_code == 429
    assert "Too many submissions" in response.content.decode()
    assert _count() == (0, 0)


def test_unknown_or_inactive_counter_is_404(client, world, counter):
    assert client.get("/penilaian-layanan/loket/tidakadaloketini/").status_code == 404
    with scopes_disabled():
        counter.is_active = False
        counter.save()
    assert client.get(_counter_url(counter)).status_code == 404


def test_a_one_time_link_rates_once(client, world):
    with scopes_disabled():
        contact = make_contact(world.own)
    url = f"/penilaian-layanan/nilai/{contact.token}/"
    page = client.get(url)
    assert page.status_code == 200
    assert world.own.name in page.content.decode()
    assert client.post(url, {"score": "5", "comment": "Tuntas."}).status_code == 302
    used = client.get(url)
    assert used.status_code == 409
    assert "already rated" in used.content.decode()
    assert client.post(url, {"score": "1"}).status_code == 409
    assert _count() == (1, 1)


def test_an_expired_link_is_410(client, world):
    with scopes_disabled():
        contact = make_contact(world.own, expires_in=-datetime.timedelta(minutes=1))
    url = f"/penilaian-layanan/nilai/{contact.token}/"
    assert client.get(url).status_code == 410
    response = client.post(url, {"score": "5"})
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert _count() == (0, 1)


def test_a_typed_code_leads_to_its_link(client, world):
    with scopes_disabled():
        contact = make_contact(world.own, source="code")
        ServiceContact.objects.filter(pk=contact.pk).update(token="ABCD2345")
    response = client.get("/penilaian-layanan/nilai/", {"code": "abcd-2345 "})
    assert response.status_code == 302
    assert response["Location"] == "/penilaian-layanan/nilai/ABCD2345/"
    assert client.get("/penilaian-layanan/nilai/abcd2345/").status_code == 200
    assert client.get("/penilaian-layanan/nilai/", {"code": "--"}).status_code == 400
    assert client.get("/penilaian-layanan/nilai/").status_code == 200


def test_guessing_codes_is_limited(client, world, monkeypatch):
    monkeypatch.setattr(public, "LOOKUP_LIMIT", (3, 3600))
    codes = [client.get(f"/penilaian-layanan/nilai/ZZZZZZZ{n}/").status_code for n in range(5)]
    assert codes == [404, 404, 404, 429, 429]
