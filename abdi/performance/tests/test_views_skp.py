"""SKP planning pages: who sees and does what, the whole plan-approve-amend flow through the
pages, hostile input, stale versions, and a query-count guard on the plan's page."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.accounts.tests.factories import UserFactory
from abdi.performance import services
from abdi.performance.models import Feedback, Skp, SkpBehaviour, SkpIndicator, SkpLampiran, SkpResult
from abdi.tenancy.scoping import within

from .conftest import actor_of

HX = {"HTTP_HX_REQUEST": "true"}


def url(name, *args):
    return reverse(f"performance:{name}", args=args)


def _count(model, **filters) -> int:
    with scopes_disabled():
        return model.objects.filter(**filters).count()


def _skp(pk) -> Skp:
    with scopes_disabled():
        return Skp.objects.get(pk=pk)


@pytest.fixture
def peer(world):
    """A colleague of `own` in the same unit (atasan: the supervisor) without an SKP yet."""
    with scopes_disabled():
        return UserFactory(username=world.peer.nip, instansi=world.gov, employee=world.peer,
                           display_name=world.peer.name)


def _draft(user, employee, *, parent=None, results=1):
    """A draft plan with `results` main results, each with one indicator."""
    with within(user.instansi):
        actor = actor_of(user)
        skp = services.create_skp(actor=actor, employee=employee, year=timezone.localdate().year)
        made, indicators = [], []
        for number in range(results):
            result = services.add_result(actor=actor, skp=skp, values={
                "category": "UTAMA", "text": f"Hasil {number + 1}",
                "parent": parent.pk if parent else None})
            indicators.append(services.add_indicator(actor=actor, result=result, values={
                "kind": "output", "aspect": "KUANTITAS", "text": f"Indikator {number + 1}",
                "target_value": "4", "target_unit": "dokumen"}))
            made.append(result)
        skp.refresh_from_db()
    return SimpleNamespace(skp=skp, results=made, indicators=indicators)


def _result_post(atasan_result, **overrides):
    data = {"category": "UTAMA", "text": "Terlaksananya pembinaan sekolah dasar",
            "parent": str(atasan_result.pk)}
    data.update(overrides)
    return data


def _indicator_post(**overrides):
    data = {"kind": "output", "aspect": "KUANTITAS", "text": "Jumlah laporan pembinaan",
            "target_value": "12", "target_unit": "laporan"}
    data.update(overrides)
    return data


# --- Pages render for the right person -------------------------------------------------------


def test_home_lists_own_plans_and_links_to_the_daily_work(world, plans, login, client):
    login(world.users.own)
    response = client.get(url("home"))
    assert response.status_code == 200
    page = response.content.decode()
    assert url("skp_detail", plans.own.skp.pk) in page
    assert url("diary") in page
    assert url("subordinates") not in page  # not a supervisor
    assert 'data-testid="create-skp"' not in page  # this year's plan exists


def test_home_of_a_supervisor_counts_plans_waiting_for_approval(world, plans, peer, login, client):
    draft = _draft(peer, world.peer, parent=plans.supervisor.result)
    with within(world.gov):
        services.move_skp(actor=actor_of(peer), skp=draft.skp, action="submit")
    login(world.users.supervisor)
    response = client.get(url("home"))
    assert response.status_code == 200
    page = response.content.decode()
    assert url("subordinates") in page
    assert url("queue") in page
    assert "SKP of a subordinate waits for your approval." in page


def test_every_page_renders_for_its_people(world, plans, peer, login, client):
    draft = _draft(peer, world.peer, parent=plans.supervisor.result)
    login(peer)
    for page in (url("home"), url("skp_detail", draft.skp.pk), url("cascade", draft.skp.pk),
                 url("result_edit", draft.skp.pk, draft.results[0].pk),
                 url("indicator_edit", draft.skp.pk, draft.indicators[0].pk)):
        assert client.get(page).status_code == 200, page
    login(world.users.supervisor)
    for page in (url("subordinates"), url("skp_detail", plans.own.skp.pk),
                 url("skp_detail", draft.skp.pk), url("cascade", plans.supervisor.skp.pk)):
        assert client.get(page).status_code == 200, page
    login(world.users.hr_admin)
    assert client.get(url("skp_detail", plans.own.skp.pk)).status_code == 200


def test_detail_shows_the_plan(world, plans, login, client):
    login(world.users.own)
    response = client.get(url("skp_detail", plans.own.skp.pk))
    page = response.content.decode()
    assert world.own.nip in page
    assert "Hasil kerja Pegawai Sendiri" in page
    assert "Hasil kerja Supervisor Satu" in page  # the intervensi
    assert "Laporan pembinaan sekolah" in page
    assert "Berorientasi Pelayanan" in page
    assert "Melakukan perbaikan tiada henti" in page  # a BerAKHLAK indicator
    assert "Dukungan Sumber Daya" in page
    assert 'data-testid="add-result"' not in page  # approved: frozen
    assert 'data-testid="move-amend"' in page
    assert 'data-testid="move-approve"' not in page
    assert "Report the realisation" in page  # the outcome indicator


def test_cascade_shows_the_results_that_support_each_result(world, plans, login, client):
    login(world.users.agency_head)
    response = client.get(url("cascade", plans.head.skp.pk))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Cascading map" in page
    assert page.index("Hasil kerja Kepala Dinas") < page.index("Hasil kerja Supervisor Satu") \
        < page.index("Hasil kerja Pegawai Sendiri")


def test_cascade_makes_one_query_per_level(world, plans, peer, login, client):
    login(world.users.agency_head)
    client.get(url("cascade", plans.head.skp.pk))
    with CaptureQueriesContext(connection) as before:
        client.get(url("cascade", plans.head.skp.pk))
    _draft(peer, world.peer, parent=plans.supervisor.result, results=2)
    with CaptureQueriesContext(connection) as after:
        response = client.get(url("cascade", plans.head.skp.pk))
    assert "Hasil 2" in response.content.decode()
    assert len(after.captured_queries) == len(before.captured_queries)


def test_subordinates_lists_each_with_the_status_of_the_year(world, plans, login, client):
    login(world.users.supervisor)
    response = client.get(url("subordinates"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Pegawai Sendiri" in page
    assert "Approved" in page
    assert "Rekan Sebidang" in page
    assert "not made yet" in page
    assert client.get(url("subordinates"), {"year": "abc"}).status_code == 400
    assert client.get(url("subordinates"), {"year": "99999999999999"}).status_code == 400
    last_year = client.get(url("subordinates"), {"year": timezone.localdate().year - 1})
    assert last_year.status_code == 200
    assert "Approved" not in last_year.content.decode()


def test_edit_form_comes_as_a_fragment_for_htmx(world, plans, peer, login, client):
    draft = _draft(peer, world.peer, parent=plans.supervisor.result)
    login(peer)
    response = client.get(url("result_edit", draft.skp.pk, draft.results[0].pk), **HX)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body
    assert 'name="text"' in body
    assert "Hasil 1" in body


# --- The whole flow through the pages -----------------------------------------------------


def test_plan_submit_return_resubmit_approve_amend(world, plans, peer, login, client):
    year = timezone.localdate().year
    login(peer)
    response = client.post(url("skp_create"), {"year": year, "approach": "KUANTITATIF"})
    assert response.status_code == 302
    with scopes_disabled():
        skp = Skp.objects.get(employee=world.peer, year=year)
    assert response["Location"] == url("skp_detail", skp.pk)
    assert _count(SkpBehaviour, skp=skp) == 7

    page = client.get(url("skp_detail", skp.pk)).content.decode()
    assert "Add at least one planned result." in page  # plan problems before submitting
    assert f'value="{plans.supervisor.result.pk}"' in page  # the atasan's result to support

    assert client.post(url("result_add", skp.pk), _result_post(plans.supervisor.result)).status_code == 302
    with scopes_disabled():
        result = SkpResult.objects.get(skp=skp)
    assert result.parent_id == plans.supervisor.result.pk
    assert client.post(url("indicator_add", skp.pk, result.pk), _indicator_post()).status_code == 302
    assert _count(SkpIndicator, result=result) == 1
    lines = {"dukungan_sd": "PC\nprinter\n\n", "skema_pj": "laporan triwulan", "konsekuensi": ""}
    assert client.post(url("lampiran", skp.pk), lines).status_code == 302
    assert _count(SkpLampiran, skp=skp) == 3

    page = client.get(url("skp_detail", skp.pk)).content.decode()
    assert 'data-testid="problems"' not in page
    version = _skp(skp.pk).version
    response = client.post(url("skp_move", skp.pk), {"action": "submit", "version": version})
    assert response.status_code == 302
    assert _skp(skp.pk).status == "submitted"

    login(world.users.supervisor)
    page = client.get(url("skp_detail", skp.pk)).content.decode()
    assert 'data-testid="move-approve"' in page
    assert 'data-testid="move-return"' in page
    assert 'data-testid="expectations"' in page
    response = client.post(url("expectations", skp.pk), {"value_1": "Melayani sekolah dengan ramah"})
    assert response.status_code == 302
    with scopes_disabled():
        assert SkpBehaviour.objects.get(skp=skp, value_number=1).expectation == \
            "Melayani sekolah dengan ramah"
    # Returning needs a note.
    response = client.post(url("skp_move", skp.pk), {"action": "return", "note": "",
                                                     "version": _skp(skp.pk).version})
    assert response.status_code == 400
    assert "Note is required." in response.content.decode()
    assert _skp(skp.pk).status == "submitted"
    response = client.post(url("skp_move", skp.pk), {"action": "return", "note": "Target terlalu rendah",
                                                     "version": _skp(skp.pk).version})
    assert response.status_code == 302
    assert _skp(skp.pk).status == "returned"

    login(peer)
    page = client.get(url("skp_detail", skp.pk)).content.decode()
    assert "Target terlalu rendah" in page
    with scopes_disabled():
        indicator = SkpIndicator.objects.get(result=result)
    response = client.post(url("indicator_edit", skp.pk, indicator.pk),
                           _indicator_post(target_value="24"))
    assert response.status_code == 302
    with scopes_disabled():
        indicator.refresh_from_db()
    assert indicator.target_value == 24
    response = client.post(url("skp_move", skp.pk), {"action": "submit", "version": _skp(skp.pk).version})
    assert response.status_code == 302

    login(world.users.supervisor)
    response = client.post(url("skp_move", skp.pk), {"action": "approve", "version": _skp(skp.pk).version})
    assert response.status_code == 302
    assert _skp(skp.pk).status == "approved"
    response = client.post(url("feedback", skp.pk), {"target": "result", "target_id": result.pk,
                                                      "text": "Laporan pertama sudah baik"})
    assert response.status_code == 302
    assert _count(Feedback, skp=skp, target="result", target_id=result.pk) == 1

    login(peer)
    page = client.get(url("skp_detail", skp.pk)).content.decode()
    assert "Laporan pertama sudah baik" in page
    # An approved plan is frozen: editing it answers 403 with the reason.
    response = client.post(url("result_add", skp.pk), _result_post(plans.supervisor.result))
    assert response.status_code == 403
    assert "can no longer be changed" in response.content.decode()
    response = client.post(url("skp_move", skp.pk), {"action": "amend", "note": "Tugas tambahan",
                                                     "version": _skp(skp.pk).version})
    assert response.status_code == 302
    amended = _skp(skp.pk)
    assert amended.status == "draft"
    assert amended.revision == 2
    page = client.get(url("skp_detail", skp.pk)).content.decode()
    assert "Tugas tambahan" in page  # the history keeps the reason
    assert 'data-testid="add-result"' in page


def test_outcome_is_reported_on_the_approved_plan(world, plans, login, client):
    login(world.users.own)
    response = client.post(url("outcome_report", plans.own.skp.pk, plans.own.outcome.pk),
                           {"value": "80,5", "evidence": "Laporan dinas triwulan I"})
    assert response.status_code == 302
    with scopes_disabled():
        outcome = SkpIndicator.objects.get(pk=plans.own.outcome.pk)
    assert str(outcome.realised) == "80.50"
    assert outcome.realised_evidence == "Laporan dinas triwulan I"
    # An output indicator is counted from activities: refused with the service's message.
    response = client.post(url("outcome_report", plans.own.skp.pk, plans.own.output.pk),
                           {"value": "3", "evidence": "x"})
    assert response.status_code == 400
    assert "counted from validated activities" in response.content.decode()


# --- Who may not ---------------------------------------------------------------------------


def test_anonymous_is_sent_to_log_in(client, world, plans):
    for page in (url("home"), url("skp_detail", plans.own.skp.pk), url("subordinates"),
                 url("cascade", plans.own.skp.pk)):
        response = client.get(page)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))
    response = client.post(url("skp_move", plans.own.skp.pk), {"action": "amend"})
    assert response.status_code == 302


def test_create_answers_only_post(world, login, client):
    login(world.users.own)
    assert client.get(url("skp_create")).status_code == 405


@pytest.mark.parametrize("persona", ["other_unit", "other_gov"])
def test_who_cannot_see_the_plan_gets_404_and_changes_nothing(world, plans, login, client, persona):
    login(getattr(world.users, persona))
    skp, result, outcome = plans.own.skp, plans.own.result, plans.own.outcome
    for page in (url("skp_detail", skp.pk), url("cascade", skp.pk),
                 url("result_edit", skp.pk, result.pk), url("indicator_edit", skp.pk, outcome.pk)):
        assert client.get(page).status_code == 404, page
    posts = [
        (url("result_add", skp.pk), _result_post(plans.supervisor.result)),
        (url("result_delete", skp.pk, result.pk), {}),
        (url("indicator_delete", skp.pk, outcome.pk), {}),
        (url("outcome_report", skp.pk, outcome.pk), {"value": "1", "evidence": "x"}),
        (url("skp_move", skp.pk), {"action": "amend", "note": "x", "version": skp.version}),
        (url("feedback", skp.pk), {"target": "result", "target_id": result.pk, "text": "x"}),
        (url("lampiran", skp.pk), {"dukungan_sd": "x"}),
        (url("expectations", skp.pk), {"value_1": "x"}),
    ]
    for page, data in posts:
        assert client.post(page, data).status_code == 404, page
    assert _skp(skp.pk).status == "approved"
    assert _count(SkpResult, skp=skp) == 1
    assert _count(Feedback, skp=skp) == 0


def test_peer_cannot_see_a_colleagues_plan(world, plans, peer, login, client):
    login(peer)
    assert client.get(url("skp_detail", plans.own.skp.pk)).status_code == 404
    assert client.post(url("skp_move", plans.own.skp.pk),
                       {"action": "amend", "note": "x", "version": 1}).status_code == 404


def test_hr_admin_sees_but_may_not_approve_or_edit(world, plans, peer, login, client):
    draft = _draft(peer, world.peer, parent=plans.supervisor.result)
    with within(world.gov):
        services.move_skp(actor=actor_of(peer), skp=draft.skp, action="submit")
    version = _skp(draft.skp.pk).version
    login(world.users.hr_admin)
    page = client.get(url("skp_detail", draft.skp.pk)).content.decode()
    assert 'data-testid="move-approve"' not in page
    response = client.post(url("skp_move", draft.skp.pk), {"action": "approve", "version": version})
    assert response.status_code == 403
    assert "You may not do this to this SKP." in response.content.decode()
    result = draft.results[0]
    assert client.get(url("result_edit", draft.skp.pk, result.pk)).status_code == 403
    assert client.post(url("result_delete", draft.skp.pk, result.pk)).status_code == 403
    assert client.post(url("expectations", draft.skp.pk), {"value_1": "x"}).status_code == 403
    assert client.post(url("feedback", draft.skp.pk),
                       {"target": "result", "target_id": result.pk, "text": "x"}).status_code == 403
    assert _skp(draft.skp.pk).status == "submitted"
    assert _count(SkpResult, skp=draft.skp) == 1


def test_the_owner_may_not_approve_nor_the_atasan_edit(world, plans, peer, login, client):
    draft = _draft(peer, world.peer, parent=plans.supervisor.result)
    with within(world.gov):
        services.move_skp(actor=actor_of(peer), skp=draft.skp, action="submit")
    login(peer)
    response = client.post(url("skp_move", draft.skp.pk),
                           {"action": "approve", "version": _skp(draft.skp.pk).version})
    assert response.status_code == 403
    assert client.post(url("expectations", draft.skp.pk), {"value_1": "x"}).status_code == 403
    login(world.users.supervisor)
    response = client.post(url("result_add", draft.skp.pk), _result_post(plans.supervisor.result))
    assert response.status_code == 403
    assert "Only the employee may change their own SKP." in response.content.decode()
    assert _skp(draft.skp.pk).status == "submitted"
    assert _count(SkpResult, skp=draft.skp) == 1


# --- Hostile input ---------------------------------------------------------------------------


def test_hostile_input_is_refused_and_saves_nothing(world, plans, peer, login, client):
    draft = _draft(peer, world.peer, parent=plans.supervisor.result)
    skp, result = draft.skp, draft.results[0]
    version = _skp(skp.pk).version
    login(peer)
    cases = [
        (url("result_add", skp.pk), _result_post(plans.supervisor.result, text="x" * 5000)),
        (url("result_add", skp.pk), _result_post(plans.supervisor.result, text="")),
        (url("result_add", skp.pk), _result_post(plans.supervisor.result, parent="abc")),
        (url("result_add", skp.pk), _result_post(plans.head.result)),  # not the atasan's result
        (url("result_add", skp.pk), _result_post(plans.supervisor.result, category="LAIN")),
        (url("result_add", skp.pk), {}),
        (url("indicator_add", skp.pk, result.pk), _indicator_post(target_value="NaN")),
        (url("indicator_add", skp.pk, result.pk), _indicator_post(target_value="1e999")),
        (url("indicator_add", skp.pk, result.pk), _indicator_post(target_value="-1")),
        (url("indicator_add", skp.pk, result.pk), _indicator_post(target_unit="u" * 41)),
        (url("indicator_add", skp.pk, result.pk), _indicator_post(kind="magic")),
        (url("lampiran", skp.pk), {"dukungan_sd": "x" * 20000}),
        (url("lampiran", skp.pk), {"dukungan_sd": "\n".join(["baris"] * 25)}),
        (url("skp_move", skp.pk), {"action": "explode", "version": version}),
        (url("skp_move", skp.pk), {"action": "submit", "version": "abc"}),
        (url("skp_move", skp.pk), {"action": "submit"}),
        (url("skp_create"), {"year": "abc", "approach": "KUANTITATIF"}),
        (url("skp_create"), {"year": "1900", "approach": "KUANTITATIF"}),
        (url("skp_create"), {"year": timezone.localdate().year + 5, "approach": "KUANTITATIF"}),
        (url("skp_create"), {"year": timezone.localdate().year, "approach": "MAGIC"}),
    ]
    for page, data in cases:
        response = client.post(page, data)
        assert 400 <= response.status_code < 500, (page, data, response.status_code)
    assert _count(SkpResult, skp=skp) == 1
    assert _count(SkpIndicator, result__skp=skp) == 1
    assert _count(SkpLampiran, skp=skp) == 0
    assert _skp(skp.pk).version == version
    assert _skp(skp.pk).status == "draft"


def test_rows_of_another_plan_are_404(world, plans, peer, login, client):
    draft = _draft(peer, world.peer, parent=plans.supervisor.result)
    login(peer)
    other_result, other_indicator = plans.own.result, plans.own.output
    assert client.get(url("result_edit", draft.skp.pk, other_result.pk)).status_code == 404
    assert client.post(url("result_edit", draft.skp.pk, other_result.pk),
                       _result_post(plans.supervisor.result)).status_code == 404
    assert client.post(url("result_delete", draft.skp.pk, other_result.pk)).status_code == 404
    assert client.post(url("indicator_add", draft.skp.pk, other_result.pk),
                       _indicator_post()).status_code == 404
    assert client.get(url("indicator_edit", draft.skp.pk, other_indicator.pk)).status_code == 404
    assert client.post(url("indicator_delete", draft.skp.pk, other_indicator.pk)).status_code == 404
    assert client.get(url("skp_detail", 99_999_999_999_999_999_999)).status_code == 404
    assert _count(SkpResult, skp=plans.own.skp) == 1
    assert _count(SkpIndicator, result=plans.own.result) == 2


def test_feedback_on_a_row_of_another_plan_is_refused(world, plans, login, client):
    login(world.users.supervisor)
    for data in ({"target": "result", "target_id": plans.supervisor.result.pk, "text": "x"},
                 {"target": "result", "target_id": "99999999999999999999999", "text": "x"},
                 {"target": "sideways", "target_id": plans.own.result.pk, "text": "x"},
                 {"target": "result", "target_id": plans.own.result.pk, "text": "x" * 2001}):
        response = client.post(url("feedback", plans.own.skp.pk), data)
        assert 400 <= response.status_code < 500, data
    assert _count(Feedback, skp=plans.own.skp) == 0


def test_making_a_second_plan_for_the_year_is_a_conflict(world, plans, login, client):
    login(world.users.own)
    response = client.post(url("skp_create"), {"year": timezone.localdate().year,
                                               "approach": "KUANTITATIF"})
    assert response.status_code == 409
    assert "already has an SKP" in response.content.decode()


def test_an_admin_makes_a_plan_only_for_employees_in_their_charge(world, login, client):
    year = timezone.localdate().year
    login(world.users.agency_admin)
    response = client.post(url("skp_create"), {"year": year, "approach": "KUANTITATIF",
                                               "employee": world.peer.pk})
    assert response.status_code == 302
    assert _count(Skp, employee=world.peer, year=year) == 1
    response = client.post(url("skp_create"), {"year": year, "approach": "KUANTITATIF",
                                               "employee": world.other_unit.pk})
    assert response.status_code == 404  # another agency: not in sight
    login(world.users.supervisor)
    response = client.post(url("skp_create"), {"year": year, "approach": "KUANTITATIF",
                                               "employee": world.own.pk})
    assert response.status_code == 403  # the atasan sees the employee but plans are their own
    assert _count(Skp, employee=world.own, year=year) == 0


def test_a_stale_version_is_a_conflict(world, plans, peer, login, client):
    draft = _draft(peer, world.peer, parent=plans.supervisor.result)
    login(peer)
    stale = _skp(draft.skp.pk).version
    client.post(url("indicator_add", draft.skp.pk, draft.results[0].pk), _indicator_post())
    response = client.post(url("skp_move", draft.skp.pk), {"action": "submit", "version": stale})
    assert response.status_code == 409
    assert "Someone else changed this SKP meanwhile." in response.content.decode()
    assert _skp(draft.skp.pk).status == "draft"


# --- Query count ---------------------------------------------------------------------------


def _detail_queries(client, skp) -> int:
    client.get(url("skp_detail", skp.pk))  # warm the session and the principal cache
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url("skp_detail", skp.pk))
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_detail_makes_as_many_queries_for_one_result_as_for_three(world, plans, peer, login, client):
    login(peer)
    one = _draft(peer, world.peer, parent=plans.supervisor.result, results=1)
    few = _detail_queries(client, one.skp)
    with within(world.gov):
        actor = actor_of(peer)
        for number in (2, 3):
            result = services.add_result(actor=actor, skp=one.skp, values={
                "category": "TAMBAHAN", "text": f"Tambahan {number}"})
            services.add_indicator(actor=actor, result=result, values={
                "kind": "outcome", "aspect": "KUALITAS", "text": "Nilai", "target_value": "90",
                "target_unit": "%"})
    assert _count(SkpResult, skp=one.skp) == 3
    assert _detail_queries(client, one.skp) == few


def test_detail_for_the_atasan_makes_as_many_queries_for_one_result_as_for_three(
        world, plans, login, client):
    login(world.users.supervisor)
    few = _detail_queries(client, plans.own.skp)
    with within(world.gov):
        skp = Skp.objects.get(pk=plans.own.skp.pk)
        for number in (2, 3):
            result = SkpResult.objects.create(instansi=world.gov, skp=skp, text=f"Hasil {number}")
            SkpIndicator.objects.create(instansi=world.gov, result=result, text="Nilai",
                                        target_value=5, target_unit="dokumen", aspect="KUANTITAS")
            services.add_feedback(actor=actor_of(world.users.supervisor), skp=skp,
                                  target="result", target_id=result.pk, text="Bagus")
    assert _detail_queries(client, plans.own.skp) == few


def test_a_stale_edit_of_a_result_answers_409_and_changes_nothing(world, login):
    from django.utils import timezone

    from abdi.performance.models import SkpResult
    from abdi.tenancy.scoping import within

    from .conftest import actor_of, make_plan

    with within(world.gov):
        supervisor = make_plan(world.users.supervisor, world.supervisor)
        plan = make_plan(world.users.own, world.own, parent=supervisor.result,
                         year=timezone.localdate().year)
    client = login(world.users.own)
    url = f"/kinerja/skp/{plan.skp.pk}/hasil/{plan.result.pk}/"
    form = client.get(url).content.decode()
    assert f'name="version" value="{plan.skp.version}"' in form
    with within(world.gov):  # someone saves in between (another tab)
        from abdi.performance import services
        services.set_lampiran(actor=actor_of(world.users.own), skp=plan.skp, kind="DUKUNGAN_SD",
                              lines=["Laptop"])
    stale = client.post(url, {"category": "UTAMA", "text": "Teks baru", "parent": supervisor.result.pk,
                              "version": plan.skp.version})
    assert stale.status_code == 409
    with within(world.gov):
        assert SkpResult.objects.get(pk=plan.result.pk).text != "Teks baru"
