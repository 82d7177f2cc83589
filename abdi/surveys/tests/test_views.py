"""The public questionnaire and the public results: bad input is refused with a clear 4xx and
nothing saved; the back-office pages render with a bounded number of queries."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from abdi.frontdesk.queries import bump_public_desk
from abdi.frontdesk.tests.factories import CounterFactory
from abdi.surveys.models import Response, SurveySettings
from abdi.surveys.rules.unsur import KEYS
from abdi.surveys.tests.factories import make_response
from abdi.surveys.views import public
from abdi.tenancy.scoping import within

PROFILE = {"age": "41", "sex": "P", "education": "s1", "occupation": "pns"}


def _post(client, counter, **change):
    with within(counter.instansi):
        service = counter.services.first()
    data = dict.fromkeys(KEYS, "4") | PROFILE | {"service": str(service.pk)} | change
    data = {k: v for k, v in data.items() if v is not None}
    return client.post(reverse("surveys:fill", args=[counter.token]), data)


def _count(world):
    with within(world.gov):
        return Response.objects.count()


def test_the_questionnaire_shows_nine_unsur_with_their_options(client, desk):
    response = client.get(reverse("surveys:fill", args=[desk.token]))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count('type="radio"') == 36
    for label in ("Persyaratan", "Waktu Penyelesaian", "Sangat mahal", "Gratis",
                  "Ada tetapi tidak berfungsi", "Legalisir ijazah SD", "Loket 1"):
        assert label in body
    assert 'class="hp-wrap"' in body
    assert "abdi_perangkat" in response.cookies


def test_a_citizen_fills_it_in_and_is_thanked(client, world, desk):
    response = _post(client, desk, suggestion="Antrean cepat")
    assert response.status_code == 302
    assert response["Location"] == reverse("surveys:thanks", args=[desk.token])
    thanks = client.get(response["Location"])
    assert f"/penilaian-layanan/loket/{desk.token}/" in thanks.content.decode()
    with within(world.gov):
        row = Response.objects.get()
    assert (row.unit_id, row.counter_id, row.sarana, row.suggestion) == (
        world.unit.pk, desk.pk, 4, "Antrean cepat")
    assert row.submitted_on == timezone.localdate()


@pytest.mark.parametrize(("change", "message"), [
    ({"waktu": "0"}, "one of the four options"), ({"waktu": "5"}, "one of the four options"),
    ({"biaya": None}, "answer all nine"), ({"age": "15"}, "at least 17"),
    ({"service": ""}, "service you received"), ({"suggestion": "x" * 1100}, "under"),
    ({"suggestion": "Antrean\x00 panjang"}, "control characters"),
])
def test_bad_answers_are_refused_and_nothing_saved(client, world, desk, change, message):
    response = _post(client, desk, **change)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _count(world) == 0


def test_the_same_phone_twice_a_day_is_refused_clearly(client, world, desk):
    assert _post(client, desk).status_code == 302
    again = _post(client, desk)
    assert again.status_code == 409
    assert "already filled in the survey for this counter today" in again.content.decode()
    assert _count(world) == 1


def test_the_honeypot_refuses_bots(client, world, desk):
    response = _post(client, desk, situs_web="http://spam.example")
    assert response.status_code == 400
    assert _count(world) == 0


def test_too_many_posts_from_one_address_get_429(client, world, desk, monkeypatch):
    monkeypatch.setattr(public, "PER_ADDRESS", (2, 3600))
    assert _post(client, desk, waktu="0").status_code == 400
    assert _post(client, desk).status_code == 302
    refused = _post(client, desk)
    assert refused.status_code == 429
    assert "Too many submissions" in refused.content.decode()
    assert _count(world) == 1


def test_unknown_or_closed_counters_are_404(client, world, desk):
    assert client.get(reverse("surveys:fill", args=["nope-nope-nope"])).status_code == 404
    with within(world.gov):
        closed = CounterFactory(unit=world.unit, is_active=False)
    assert client.get(reverse("surveys:fill", args=[closed.token])).status_code == 404
    assert client.get(reverse("surveys:thanks", args=[closed.token])).status_code == 404


def test_hostile_text_is_escaped_for_the_admin(client, world, desk, login):
    _post(client, desk, suggestion='<script>alert("x")</script>')
    page = login(world.users.hr_admin).get(reverse("surveys:unit", args=[world.unit.pk]))
    body = page.content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert '<script>alert("x")' not in body


def test_public_results_show_ikm_and_method(client, world, worked):
    with within(world.gov):
        for _ in range(2):
            make_response(world.sibling_unit, datetime.date(2025, 3, 1), [4] * 9)
    response = client.get(reverse("surveys:public_results", args=["kota-a"]), {"periode": "2026-y1"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Bidang Pembinaan SD" in body
    assert "84.17" in body
    assert "Krejcie" in body
    assert "Bidang PAUD" not in body
    assert 'data-chart="skm-public-trend"' in body
    past = client.get(reverse("surveys:public_results", args=["kota-a"]), {"periode": "2025-y1"})
    assert "100.00" in past.content.decode()
    assert "Bidang PAUD" in past.content.decode()
    assert client.get(reverse("surveys:public_results", args=["nowhere"])).status_code == 404
    with within(world.gov):
        SurveySettings.objects.create(instansi=world.gov, public_results=False)
    bump_public_desk()  # what update_settings does: the cached settings are replaced
    assert client.get(reverse("surveys:public_results", args=["kota-a"])).status_code == 404


def test_unit_page_shows_the_worked_example(world, worked, login):
    page = login(world.users.agency_admin).get(reverse("surveys:unit", args=[world.unit.pk]),
                                               {"periode": "2026-y1"})
    body = page.content.decode()
    assert page.status_code == 200
    assert "84.17" in body
    assert "Waktu Penyelesaian" in body
    assert 'data-chart="skm-trend"' in body
    assert 'data-testid="no-population"' in body
    saved = login(world.users.agency_admin).post(
        reverse("surveys:unit_record", args=[world.unit.pk]),
        {"periode": "2026-y1", "population": "100", "follow_up": "Perbaiki ruang tunggu", "version": ""})
    assert saved.status_code == 302
    after = login(world.users.agency_admin).get(reverse("surveys:unit", args=[world.unit.pk]),
                                                {"periode": "2026-y1"}).content.decode()
    assert 'data-testid="below-sample"' in after
    assert "Perbaiki ruang tunggu" in after
    pdf = login(world.users.agency_admin).get(reverse("surveys:unit_report", args=[world.unit.pk]),
                                              {"periode": "2026-y1"})
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_a_bad_population_is_400(world, worked, login):
    response = login(world.users.hr_admin).post(
        reverse("surveys:unit_record", args=[world.unit.pk]),
        {"periode": "2026-y1", "population": "banyak", "follow_up": "", "version": ""})
    assert response.status_code == 400
    assert "whole number" in response.content.decode()


def _units_with_responses(world, n):
    from abdi.org.tests.factories import UnitFactory

    with within(world.gov):
        for _ in range(n):
            unit = UnitFactory(parent=world.agency, name="UPT Sekolah")
            make_response(unit, datetime.date(2026, 5, 4), [3] * 9)


def test_the_overview_query_count_does_not_grow_with_units(world, login, django_assert_max_num_queries):
    client = login(world.users.hr_admin)
    _units_with_responses(world, 1)
    client.get(reverse("surveys:overview"))  # warm the session and caches
    with django_assert_max_num_queries(14):
        small = client.get(reverse("surveys:overview"), {"periode": "2026-y1"})
    _units_with_responses(world, 5)
    with django_assert_max_num_queries(14):
        large = client.get(reverse("surveys:overview"), {"periode": "2026-y1"})
    assert small.status_code == large.status_code == 200
    assert large.content.decode().count('data-testid="unit-') == 6


def test_the_public_results_query_count_does_not_grow(client, world, django_assert_max_num_queries):
    _units_with_responses(world, 1)
    with django_assert_max_num_queries(8):
        client.get(reverse("surveys:public_results", args=["kota-a"]), {"periode": "2026-y1"})
    _units_with_responses(world, 5)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("surveys:public_results", args=["kota-a"]), {"periode": "2026-y1"})
    assert response.content.decode().count("UPT Sekolah") == 6


def test_bkpsdm_changes_the_settings_and_bad_ones_are_400(world, login):
    client = login(world.users.hr_admin)
    order = ",".join(reversed(KEYS))
    bad = client.post(reverse("surveys:settings"), {
        "period_kind": "quarter", "unsur_order": "waktu,biaya", "min_age": "17",
        "sample_method": "formula", "version": ""})
    assert bad.status_code == 400
    assert "exactly once" in bad.content.decode()
    saved = client.post(reverse("surveys:settings"), {
        "period_kind": "quarter", "unsur_order": order, "min_age": "18", "sample_method": "table",
        "public_results": "1", "version": ""})
    assert saved.status_code == 302
    with within(world.gov):
        settings = SurveySettings.objects.get()
    assert (settings.period_kind, settings.min_age, settings.unsur_order) == ("quarter", 18, order)
    page = client.get(reverse("surveys:overview")).content.decode()
    assert "Quarter" in page  # the test client's language is English


def test_a_unit_without_a_counter_has_its_own_link(client, world, desk):
    url = reverse("surveys:fill_unit", args=["kota-a", world.unit.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Legalisir ijazah SD" in page.content.decode()
    with within(world.gov):
        service = desk.services.first()
    data = dict.fromkeys(KEYS, "3") | PROFILE | {"service": str(service.pk)}
    sent = client.post(url, data)
    assert sent.status_code == 302
    assert sent["Location"] == reverse("surveys:thanks_unit", args=["kota-a", world.unit.pk])
    assert "penilaian-layanan" not in client.get(sent["Location"]).content.decode()
    assert client.post(url, data).status_code == 409
    with within(world.gov):
        row = Response.objects.get()
    assert (row.unit_id, row.counter_id, row.waktu) == (world.unit.pk, None, 3)
    # Units that serve nobody, other governments' slugs and unknown units are 404.
    assert client.get(reverse("surveys:fill_unit", args=["kota-a", world.other_agency.pk])).status_code == 404
    assert client.get(reverse("surveys:fill_unit", args=["kab-b", world.unit.pk])).status_code == 404
    assert client.get(reverse("surveys:fill_unit", args=["kota-a", 999999])).status_code == 404


@pytest.mark.parametrize(("language", "word", "other"), [("en", "Quarter", "Triwulan"),
                                                         ("id", "Triwulan", "Quarter")])
def test_the_period_is_named_in_the_viewers_language(client, login, world, language, word, other):
    from django.utils import translation

    from abdi.surveys.labels import period_label
    from abdi.surveys.rules.periods import QUARTER, Period

    with translation.override(language):
        assert period_label(Period(2026, 3, QUARTER)) == f"{word} III 2026"
    login(world.users.hr_admin)
    client.post(reverse("surveys:settings"), {
        "period_kind": "quarter", "unsur_order": ",".join(KEYS), "min_age": "17",
        "sample_method": "table", "version": ""})
    page = client.get(reverse("surveys:overview"), HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert f"{word} " in page
    assert f"{other} " not in page
