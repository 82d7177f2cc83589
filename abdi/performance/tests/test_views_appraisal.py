"""Appraisal pages end to end without a browser: open a period, self-assess, peer input, the
atasan's ratings, the organisation predikat and the curve, finalising, coaching and objections;
who may do what; hostile input; stale versions; query counts of the lists."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.accounts.tests.factories import UserFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.performance.models import (
    Appraisal,
    CoachingPlan,
    CoachingSession,
    Objection,
    PeerInput,
    Skp,
    UnitPerformance,
)
from abdi.performance.services import appraisal as appraisal_services
from abdi.tenancy.scoping import within

from .conftest import actor_of

YEAR = timezone.localdate().year
ANNUAL = {"year": YEAR, "period_kind": "annual", "period_number": 1}


@pytest.fixture
def peer_user(world):
    with scopes_disabled():
        return UserFactory(username=world.peer.nip, instansi=world.gov, employee=world.peer,
                           display_name=world.peer.name)


def _url(name, *args):
    return reverse(f"performance:{name}", args=args)


def _unit_url(name, world, **period):
    return _url(name, world.unit.pk) + "?" + "&".join(f"{k}={v}" for k, v in (period or ANNUAL).items())


def _open(world, plans) -> Appraisal:
    with within(world.gov):
        appraisal, _created = appraisal_services.open_appraisal(
            actor=actor_of(world.users.own), skp=plans.own.skp, period_kind="annual", period_number=1)
    return appraisal


def _rate(world, appraisal, result="BAWAH", behaviour="SESUAI"):
    with within(world.gov):
        return appraisal_services.rate(actor=actor_of(world.users.supervisor), appraisal=appraisal,
                                       result_rating=result, result_reason="Alasan hasil.",
                                       behaviour_rating=behaviour, behaviour_reason="Alasan perilaku.")


def _set_org(world, org_predikat):
    with within(world.gov):
        appraisal_services.set_unit_predikat(actor=actor_of(world.users.agency_head), unit=world.unit,
                                             org_predikat=org_predikat, **ANNUAL)


def _fetch(model, **filters):
    with scopes_disabled():
        return model.objects.get(**filters)


def _state(world):
    with scopes_disabled():
        return (list(Appraisal.objects.filter(instansi=world.gov).order_by("pk").values()),
                list(UnitPerformance.objects.filter(instansi=world.gov).order_by("pk").values()),
                list(Objection.objects.filter(instansi=world.gov).order_by("pk").values()),
                list(CoachingPlan.objects.filter(instansi=world.gov).order_by("pk").values()))


def test_the_whole_journey(world, plans, login, client, peer_user):
    # The employee opens the annual appraisal of the approved plan and assesses themself.
    login(world.users.own)
    response = client.post(_url("skp_appraisals", plans.own.skp.pk),
                           {"period_kind": "annual", "period_number": "1"})
    appraisal = _fetch(Appraisal, skp=plans.own.skp, period_kind="annual")
    assert response.status_code == 302
    assert response["Location"] == _url("appraisal", appraisal.pk)
    response = client.post(_url("self_assess", appraisal.pk),
                           {"text": "Semua laporan selesai.", "evidence_link": "https://contoh.go.id/bukti"})
    assert response.status_code == 302
    assert _fetch(Appraisal, pk=appraisal.pk).self_assessment == "Semua laporan selesai."

    # A colleague of the unit gives anonymous input; only the total is shown, never who.
    login(peer_user)
    page = client.get(_url("appraisal", appraisal.pk))
    assert page.status_code == 200
    assert 'data-testid="peer-form"' in page.content.decode()
    assert "Semua laporan selesai." not in page.content.decode()  # peers do not read the evaluation
    response = client.post(_url("peer", appraisal.pk),
                           {"rating": "ATAS", "comment": "Sangat membantu rekan.", "anonymous": "on"})
    assert response.status_code == 302
    assert client.get(_url("appraisals")).status_code == 200

    # The atasan sees the aggregate and rates, with the predikat previewed from the matrix.
    login(world.users.supervisor)
    body = client.get(_url("appraisal", appraisal.pk)).content.decode()
    assert "1 colleague gave input." in body
    assert world.peer.name not in body
    assert "Sangat membantu rekan." not in body
    assert "Not enough citizen ratings yet." in body
    preview = client.get(_url("appraisal", appraisal.pk),
                         {"preview": "1", "result_rating": "BAWAH", "behaviour_rating": "SESUAI"},
                         HTTP_HX_REQUEST="true")
    assert preview.status_code == 200
    assert "Butuh Perbaikan" in preview.content.decode()
    assert "<html" not in preview.content.decode()
    version = _fetch(Appraisal, pk=appraisal.pk).version
    response = client.post(_url("rate", appraisal.pk), {
        "result_rating": "BAWAH", "result_reason": "Target laporan tidak tercapai.",
        "behaviour_rating": "SESUAI", "behaviour_reason": "Perilaku sesuai harapan.",
        "version": version})
    assert response.status_code == 302
    assert _fetch(Appraisal, pk=appraisal.pk).predikat == "BP"

    # The employee does not see the rating before the unit's predikat is final.
    login(world.users.own)
    body = client.get(_url("appraisal", appraisal.pk)).content.decode()
    assert 'data-testid="rating-hidden"' in body
    assert "Butuh Perbaikan" not in body
    assert "Target laporan tidak tercapai." not in body
    assert "Butuh Perbaikan" not in client.get(_url("appraisals")).content.decode()

    # The agency head (one level up) fixes the organisation predikat; the unit head finalises.
    login(world.users.agency_head)
    response = client.post(_url("org_predikat", world.unit.pk), {**ANNUAL, "org_predikat": "BP"})
    assert response.status_code == 302
    login(world.users.supervisor)
    page = client.get(_unit_url("distribution", world))
    assert page.status_code == 200
    assert 'data-testid="chart"' in page.content.decode()
    for url in (_unit_url("distribution", world), _url("appraisal", appraisal.pk), _url("appraisals"),
                _url("skp_appraisals", plans.own.skp.pk), _url("distribution_index")):
        body = client.get(url).content.decode()
        assert " style=" not in body, url  # the CSP allows no inline styles
        assert "<script>" not in body, url
    assert client.post(_url("finalise", world.unit.pk), ANNUAL).status_code == 302
    assert _fetch(Appraisal, pk=appraisal.pk).status == "final"

    # Released: the employee sees the predikat.
    login(world.users.own)
    body = client.get(_url("appraisal", appraisal.pk)).content.decode()
    assert 'data-testid="predikat"' in body
    assert "Butuh Perbaikan" in body

    # Butuh Perbaikan opened a coaching plan: the coach sets goals, adds sessions and closes it.
    plan = _fetch(CoachingPlan, appraisal_id=appraisal.pk)
    login(world.users.supervisor)
    assert client.post(_url("coaching", plan.pk), {"action": "goals",
                                                   "goals": "Laporan tepat waktu."}).status_code == 302
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    assert client.post(_url("coaching", plan.pk), {"action": "session", "date": tomorrow}).status_code == 302
    assert client.post(_url("coaching", plan.pk), {
        "action": "session", "date": timezone.localdate().isoformat(), "notes": "Konseling pertama.",
        "done": "on"}).status_code == 302
    with scopes_disabled():
        assert CoachingSession.objects.filter(plan=plan).count() == 2
    login(world.users.own)
    page = client.get(_url("coaching", plan.pk))
    assert page.status_code == 200
    assert "Konseling pertama." in page.content.decode()
    assert client.post(_url("coaching", plan.pk), {"action": "goals", "goals": "x"}).status_code == 403
    login(world.users.supervisor)
    assert client.post(_url("coaching", plan.pk), {"action": "close", "outcome": "Membaik.",
                                                   "next_predikat": "B"}).status_code == 302
    assert _fetch(CoachingPlan, pk=plan.pk).status == "closed"

    # The employee objects; the agency head (atasan of the penilai) upholds it.
    login(world.users.own)
    response = client.post(_url("object", appraisal.pk), {"reason": "Ada bukti yang belum dinilai."})
    assert response.status_code == 302
    objection = _fetch(Objection, appraisal_id=appraisal.pk)
    assert objection.reviewer_id == world.agency_head.pk
    login(world.users.agency_head)
    assert world.own.name in client.get(_url("objections")).content.decode()
    assert 'data-testid="decision-form"' in client.get(_url("decide", objection.pk)).content.decode()
    response = client.post(_url("decide", objection.pk), {
        "outcome": "uphold", "decision": "Bukti tambahan diterima.", "result_rating": "SESUAI",
        "behaviour_rating": "SESUAI"})
    assert response.status_code == 302
    assert _fetch(Objection, pk=objection.pk).status == "upheld"
    assert _fetch(Appraisal, pk=appraisal.pk).predikat == "B"


def test_the_curve_blocks_finalising(world, plans, login, client):
    appraisal = _open(world, plans)
    _rate(world, appraisal, "ATAS", "ATAS")  # Sangat Baik
    _set_org(world, "SK")  # Sangat Kurang allows no Sangat Baik
    login(world.users.supervisor)
    page = client.get(_unit_url("distribution", world)).content.decode()
    assert "disabled" in page
    assert "Sangat Baik is given to 1 of 1 employees" in page
    before = _state(world)
    response = client.post(_url("finalise", world.unit.pk), ANNUAL)
    assert response.status_code == 409
    assert "at most 0 are allowed" in response.content.decode()
    assert _state(world) == before


def test_a_stale_version_is_refused_with_409(world, plans, login, client):
    appraisal = _open(world, plans)
    stale = appraisal.version
    with within(world.gov):
        appraisal_services.submit_self_assessment(actor=actor_of(world.users.own), appraisal=appraisal,
                                                  text="Ditulis sementara atasan membuka halaman.")
    login(world.users.supervisor)
    before = _state(world)
    response = client.post(_url("rate", appraisal.pk), {
        "result_rating": "ATAS", "result_reason": "a", "behaviour_rating": "ATAS",
        "behaviour_reason": "b", "version": stale})
    assert response.status_code == 409
    assert "Someone else changed this appraisal meanwhile" in response.content.decode()
    assert _state(world) == before


# --- Who may do what -------------------------------------------------------------------------

PERSONAS = ["own", "supervisor", "peer", "other_unit", "agency_admin", "hr_admin", "leader",
            "other_gov", "agency_head", "anonymous"]


def _as(persona, world, login, client, peer_user):
    if persona == "anonymous":
        client.logout()
        return
    login(peer_user if persona == "peer" else getattr(world.users, persona))


# persona -> expected status of the denied call; the allowed persona is tested in the journey.
RATE = {"own": 403, "peer": 403, "other_unit": 404, "agency_admin": 403, "hr_admin": 403,
        "leader": 403, "other_gov": 404, "agency_head": 403, "anonymous": 302}
FINALISE = {"own": 403, "peer": 403, "other_unit": 403, "agency_admin": 403, "hr_admin": 403,
            "leader": 403, "other_gov": 404, "agency_head": 403, "anonymous": 302}
SET_ORG = {"own": 403, "supervisor": 403, "peer": 403, "other_unit": 403, "agency_admin": 403,
           "leader": 403, "other_gov": 404, "anonymous": 302}
DECIDE = {"own": 403, "supervisor": 403, "peer": 404, "other_unit": 404, "agency_admin": 403,
          "hr_admin": 403, "leader": 403, "other_gov": 404, "anonymous": 302}


@pytest.mark.parametrize(("persona", "status"), sorted(RATE.items()))
def test_only_the_atasan_rates(world, plans, login, client, peer_user, persona, status):
    appraisal = _open(world, plans)
    _as(persona, world, login, client, peer_user)
    before = _state(world)
    response = client.post(_url("rate", appraisal.pk), {
        "result_rating": "ATAS", "result_reason": "a", "behaviour_rating": "ATAS",
        "behaviour_reason": "b", "version": appraisal.version})
    assert response.status_code == status
    assert _state(world) == before


@pytest.mark.parametrize(("persona", "status"), sorted(FINALISE.items()))
def test_only_the_unit_head_finalises(world, plans, login, client, peer_user, persona, status):
    appraisal = _open(world, plans)
    _rate(world, appraisal)
    _set_org(world, "BP")
    _as(persona, world, login, client, peer_user)
    before = _state(world)
    assert client.post(_url("finalise", world.unit.pk), ANNUAL).status_code == status
    assert _state(world) == before


@pytest.mark.parametrize(("persona", "status"), sorted(SET_ORG.items()))
def test_only_the_head_one_level_up_or_bkpsdm_sets_the_org_predikat(world, plans, login, client,
                                                                    peer_user, persona, status):
    _as(persona, world, login, client, peer_user)
    before = _state(world)
    response = client.post(_url("org_predikat", world.unit.pk), {**ANNUAL, "org_predikat": "IST"})
    assert response.status_code == status
    assert _state(world) == before


def test_bkpsdm_may_set_the_org_predikat(world, login, client):
    login(world.users.hr_admin)
    response = client.post(_url("org_predikat", world.unit.pk), {**ANNUAL, "org_predikat": "B"})
    assert response.status_code == 302
    assert _fetch(UnitPerformance, unit=world.unit).org_predikat == "B"


@pytest.mark.parametrize(("persona", "status"), sorted(DECIDE.items()))
def test_only_the_reviewer_decides(world, plans, login, client, peer_user, persona, status):
    appraisal = _open(world, plans)
    _rate(world, appraisal)
    _set_org(world, "BP")
    with within(world.gov):
        appraisal_services.finalise_unit(actor=actor_of(world.users.supervisor), unit=world.unit, **ANNUAL)
        objection = appraisal_services.file_objection(
            actor=actor_of(world.users.own), appraisal=Appraisal.objects.get(pk=appraisal.pk),
            reason="Keberatan.")
    _as(persona, world, login, client, peer_user)
    before = _state(world)
    response = client.post(_url("decide", objection.pk), {"outcome": "reject", "decision": "Ditolak."})
    assert response.status_code == status
    assert _state(world) == before


def test_the_curve_page_is_for_leaders_and_bkpsdm(world, plans, login, client, peer_user):
    for persona, status in (("supervisor", 200), ("agency_head", 200), ("hr_admin", 200),
                            ("own", 403), ("peer", 403), ("agency_admin", 403), ("leader", 403),
                            ("other_gov", 404)):
        _as(persona, world, login, client, peer_user)
        assert client.get(_unit_url("distribution", world)).status_code == status, persona


# --- Hostile input ---------------------------------------------------------------------------


def test_hostile_input_is_refused_with_4xx(world, plans, login, client):
    appraisal = _open(world, plans)
    login(world.users.supervisor)
    before = _state(world)
    bad_ratings = [
        {"result_rating": "EVIL", "result_reason": "a", "behaviour_rating": "ATAS",
         "behaviour_reason": "b", "version": appraisal.version},
        {"result_rating": "ATAS", "result_reason": "", "behaviour_rating": "ATAS",
         "behaviour_reason": "b", "version": appraisal.version},
        {"result_rating": "ATAS", "result_reason": "a" * 5000, "behaviour_rating": "ATAS",
         "behaviour_reason": "b", "version": appraisal.version},
        {"result_rating": "ATAS", "result_reason": "a\x00b", "behaviour_rating": "ATAS",
         "behaviour_reason": "b", "version": appraisal.version},
        {"result_rating": "ATAS", "result_reason": "a", "behaviour_rating": "ATAS",
         "behaviour_reason": "b", "version": "abc"},
        {"result_rating": ["ATAS", "BAWAH"], "result_reason": "a", "behaviour_rating": "ATAS",
         "behaviour_reason": "b"},
    ]
    for data in bad_ratings:
        assert client.post(_url("rate", appraisal.pk), data).status_code == 400, data
    for query in ({"year": "abc"}, {"year": "99999", "period_kind": "annual", "period_number": "1"},
                  {"year": YEAR, "period_kind": "weekly", "period_number": "1"},
                  {"year": YEAR, "period_kind": "quarterly", "period_number": "5"},
                  {"year": YEAR, "period_kind": "annual"}):
        assert client.get(_url("distribution", world.unit.pk), query).status_code == 400, query
        assert client.get(_url("distribution_index"), query).status_code == 400, query
    assert client.post(_url("finalise", world.unit.pk),
                       {"year": YEAR, "period_kind": "monthly", "period_number": "13"}).status_code == 400
    login(world.users.own)
    assert client.post(_url("skp_appraisals", plans.own.skp.pk),
                       {"period_kind": "monthly", "period_number": "99"}).status_code == 400
    assert client.post(_url("skp_appraisals", plans.own.skp.pk),
                       {"period_kind": "<script>", "period_number": "1"}).status_code == 400
    assert client.post(_url("self_assess", appraisal.pk),
                       {"text": "x", "evidence_link": "javascript:alert(1)"}).status_code == 400
    assert client.post(_url("dialog", plans.own.skp.pk),
                       {"date": "not-a-date", "participants": "A", "notes": "B"}).status_code == 400
    assert client.get(_url("appraisal", 2_000_000_001)).status_code == 404
    assert _state(world) == before


def test_a_peer_of_another_unit_cannot_give_input(world, plans, login, client):
    appraisal = _open(world, plans)
    login(world.users.other_unit)
    assert client.post(_url("peer", appraisal.pk), {"rating": "ATAS"}).status_code == 404
    login(world.users.supervisor)  # the pejabat penilai rates; their view is not a colleague's
    assert client.post(_url("peer", appraisal.pk), {"rating": "ATAS"}).status_code == 403
    with scopes_disabled():
        assert not PeerInput.objects.exists()


def test_anonymous_peer_input_never_names_its_author(world, plans, login, client, peer_user):
    appraisal = _open(world, plans)
    login(peer_user)
    client.post(_url("peer", appraisal.pk), {"rating": "BAWAH", "comment": "Kurang kooperatif.",
                                             "anonymous": "on"})
    for user in (world.users.supervisor, world.users.hr_admin, world.users.own):
        login(user)
        body = client.get(_url("appraisal", appraisal.pk)).content.decode()
        assert "1 colleague gave input." in body
        assert world.peer.name not in body
        assert "Kurang kooperatif." not in body


def test_citizen_feedback_shows_past_five_ratings(world, plans, login, client):
    appraisal = _open(world, plans)
    with scopes_disabled():
        Appraisal.objects.filter(pk=appraisal.pk).update(
            citizen_feedback={"count": 6, "average": 4.5, "comments": ["Pelayanan <b>cepat</b>."]})
    login(world.users.supervisor)
    body = client.get(_url("appraisal", appraisal.pk)).content.decode()
    assert "6 citizen ratings." in body
    assert "Pelayanan &lt;b&gt;cepat&lt;/b&gt;." in body


def test_dialog_kinerja_is_recorded(world, plans, login, client):
    login(world.users.supervisor)
    response = client.post(_url("dialog", plans.own.skp.pk), {
        "date": timezone.localdate().isoformat(), "participants": "Atasan dan pegawai",
        "notes": "Klarifikasi ekspektasi triwulan."})
    assert response.status_code == 302
    assert "Klarifikasi ekspektasi triwulan." in client.get(
        _url("skp_appraisals", plans.own.skp.pk)).content.decode()
    login(world.users.hr_admin)
    assert client.post(_url("dialog", plans.own.skp.pk), {
        "date": timezone.localdate().isoformat(), "participants": "x", "notes": "y"}).status_code == 403


# --- Query counts of the lists ---------------------------------------------------------------


def _colleagues(world, n):
    """n more employees of the unit, each with an approved plan and a rated annual appraisal."""
    with scopes_disabled():
        made = []
        for i in range(n):
            person = EmployeeFactory(position=world.peer.position, name=f"Rekan Tambahan {i}")
            skp = Skp.objects.create(instansi=world.gov, employee=person, year=YEAR, kind="NON_JPT",
                                     unit=world.unit, status="approved", appraiser=world.supervisor,
                                     approved_at=timezone.now())
            made.append(Appraisal.objects.create(
                instansi=world.gov, skp=skp, employee=person, unit=world.unit, year=YEAR,
                period_kind="annual", period_number=1, start=datetime.date(YEAR, 1, 1),
                end=datetime.date(YEAR, 12, 31), status="rated", predikat="B", result_rating="SESUAI",
                behaviour_rating="SESUAI", appraiser=world.supervisor))
        return made


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("page", ["appraisals", "distribution", "distribution_index", "objections"])
def test_list_pages_cost_the_same_for_one_or_three_rows(world, plans, login, client, page):
    urls = {"appraisals": _url("appraisals"), "distribution": _unit_url("distribution", world),
            "distribution_index": _url("distribution_index")
            + f"?year={YEAR}&period_kind=annual&period_number=1",
            "objections": _url("objections")}
    user = world.users.agency_head if page == "objections" else world.users.supervisor

    def rows(n):
        made = _colleagues(world, n)
        if page == "objections":
            with scopes_disabled():
                for appraisal in made:
                    Objection.objects.create(instansi=world.gov, appraisal=appraisal, reason="x",
                                             reviewer=world.agency_head)

    rows(1)
    login(user)
    client.get(urls[page])  # the first request of a session fills caches (grants, 2FA device)
    one = _queries(client, urls[page])
    rows(2)
    three = _queries(client, urls[page])
    assert one == three
