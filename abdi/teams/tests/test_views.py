"""The team pages over HTTP: lists and the team page in a constant number of queries, forms
answering bad input with 4xx and nothing saved, the SKP and appraisal showing the share."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.performance.models import SkpResult
from abdi.performance.services import appraisal as appraisal_services
from abdi.performance.services import documents as document_services
from abdi.performance.services import move_skp
from abdi.teams.models import Membership, Team
from abdi.teams.services import work
from abdi.tenancy.scoping import within

from .factories import actor_of, add_result, invite, make_team, membership_of

pytestmark = pytest.mark.django_db


def _weigh_and_realise(world, crew, value="5"):
    with within(world.gov):
        team = Team.objects.get(pk=crew.team.pk)
        work.set_weights(actor=actor_of(world.users.own), team=team, weights={
            membership_of(team, world.own).pk: "60", membership_of(team, world.other_unit).pk: "40"})
        indicator = crew.indicator.__class__.objects.get(pk=crew.indicator.pk)
        work.update_realisation(actor=actor_of(world.users.own), indicator=indicator, value=value,
                                evidence="Protokol disahkan")


def _many_teams(world, n, start=0):
    today = timezone.localdate()
    with scopes_disabled():
        for number in range(start, start + n):
            team = Team.objects.create(
                instansi=world.gov, name=f"Tim {number:03d}", mandate="Mandat tim lintas sektor",
                coordinating_agency=world.agency, lead=world.own, starts_on=today,
                ends_on=today + datetime.timedelta(days=30))
            Membership.objects.create(instansi=world.gov, team=team, employee=world.own,
                                      agency=world.agency, role="lead", status="active",
                                      member_answer="yes", atasan_answer="yes")


def test_team_list_takes_the_same_queries_for_1_or_many(world, login, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login(world.users.hr_admin)
    url = reverse("teams:index")
    _many_teams(world, 1)
    with CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    _many_teams(world, 15, start=1)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url, {"q": "Tim", "status": "active", "agency": world.agency.pk})
    assert response.status_code == 200
    assert response.content.count(b'data-testid="team-row"') == 16
    assert len(many) <= len(one)


def test_team_page_takes_the_same_queries_whatever_the_member_count(world, crew, login, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login(world.users.own)
    url = reverse("teams:detail", kwargs={"team_id": crew.team.pk})
    client.get(url)  # a first visit sweeps and warms the session
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    with within(world.gov):
        from abdi.people.tests.factories import EmployeeFactory

        for number in range(6):
            employee = EmployeeFactory(instansi=world.gov, unit=world.unit, agency=world.agency,
                                       position=None, name=f"Anggota {number}")
            Membership.objects.create(instansi=world.gov, team=crew.team, employee=employee,
                                      agency=world.agency, status="active", member_answer="yes",
                                      atasan_answer="yes", joined_at=timezone.now())
        add_result(world.users.own, crew.team, text="Hasil kedua", indicator="Indikator kedua")
    with CaptureQueriesContext(connection) as large:
        response = client.get(url)
    assert response.content.count(b'data-testid="member-row"') == 8
    assert len(large) <= len(small)


def test_create_a_team_through_the_form(world, login, client):
    login(world.users.supervisor)
    today = timezone.localdate()
    response = client.post(reverse("teams:create"), {
        "name": "Tim Protokol Layanan Pandemi", "coordinating_agency": world.other_agency.pk,
        "lead": world.supervisor.pk, "mandate": "Menyusun protokol layanan saat pandemi.",
        "starts_on": today.isoformat(), "ends_on": (today + datetime.timedelta(days=90)).isoformat()})
    assert response.status_code == 302
    with within(world.gov):
        team = Team.objects.get(name="Tim Protokol Layanan Pandemi")
        lead_row = membership_of(team, world.supervisor)
    assert team.lead_id == world.supervisor.pk
    assert (lead_row.role, lead_row.member_answer, lead_row.atasan_answer) == ("lead", "yes",
                                                                              "pending")


@pytest.mark.parametrize(("change", "message"), [
    ({"ends_on": "2020-01-01"}, b"can not end before it starts"),
    ({"lead": ""}, b"needs a lead"),
    ({"name": ""}, b"characters"),
    ({"starts_on": "kemarin"}, b"YYYY-MM-DD"),
    ({"coordinating_agency": "99999999"}, b"perangkat daerah"),
    ({"lead": "abc"}, b"Choose one"),
])
def test_bad_team_input_is_a_4xx_and_saves_nothing(world, login, client, change, message):
    login(world.users.hr_admin)
    today = timezone.localdate()
    data = {"name": "Tim Uji", "coordinating_agency": world.agency.pk, "lead": world.own.pk,
            "mandate": "Mandat yang cukup panjang.", "starts_on": today.isoformat(),
            "ends_on": (today + datetime.timedelta(days=9)).isoformat(), **change}
    response = client.post(reverse("teams:create"), data)
    assert 400 <= response.status_code < 500
    assert message in response.content
    with scopes_disabled():
        assert not Team.objects.exists()


def test_inviting_someone_of_another_government_is_a_404_and_twice_a_409(world, crew, login,
                                                                         client):
    login(world.users.own)
    url = reverse("teams:invite", kwargs={"team_id": crew.team.pk})
    assert client.post(url, {"employee": world.other_gov_employee.pk}).status_code == 404
    assert client.post(url, {"employee": world.peer.nip}).status_code == 302
    assert client.post(url, {"employee": world.peer.pk}).status_code == 409
    assert client.post(url, {"employee": "<script>"}).status_code == 400
    with scopes_disabled():
        assert Membership.objects.filter(team=crew.team).count() == 3


def test_weights_form_refuses_a_wrong_sum_and_accepts_100(world, crew, login, client):
    login(world.users.own)
    url = reverse("teams:weights", kwargs={"team_id": crew.team.pk})
    with scopes_disabled():
        own, other = membership_of(crew.team, world.own), membership_of(crew.team, world.other_unit)
        version = Team.objects.get(pk=crew.team.pk).version
    page = client.get(url)
    assert page.content.count(b'data-testid="weight-input"') == 2
    wrong = client.post(url, {f"weight_{own.pk}": "70", f"weight_{other.pk}": "20",
                              "version": version})
    assert wrong.status_code == 400
    assert b"exactly 100" in wrong.content
    right = client.post(url, {f"weight_{own.pk}": "60", f"weight_{other.pk}": "40",
                              "version": version})
    assert right.status_code == 302
    stale = client.post(url, {f"weight_{own.pk}": "50", f"weight_{other.pk}": "50",
                              "version": version})
    assert stale.status_code == 409
    with scopes_disabled():
        assert membership_of(crew.team, world.own).weight == Decimal("60.00")


def test_realisation_form_and_the_members_skp_page(world, crew, login, client):
    _weigh_and_realise(world, crew, "2")
    login(world.users.own)
    with scopes_disabled():
        version = crew.indicator.__class__.objects.get(pk=crew.indicator.pk).version
    url = reverse("teams:realisation", kwargs={"team_id": crew.team.pk,
                                               "team_indicator_id": crew.indicator.pk})
    assert client.post(url, {"value": "lima", "evidence": "x y z", "version": version}
                       ).status_code == 400
    assert client.post(url, {"value": "5", "evidence": "Lima protokol disahkan",
                             "version": version}).status_code == 302
    login(world.users.other_unit)
    page = client.get(reverse("performance:skp_detail", kwargs={"pk": crew.other_skp.pk}))
    content = page.content.decode()
    assert 'data-testid="collaborative-badge"' in content
    assert crew.team.name in content
    assert "2 dokumen" in content
    assert "4 dokumen" in content


def test_a_non_lead_is_refused_with_403_on_the_leads_pages(world, crew, login, client):
    login(world.users.other_unit)
    for name, kwargs in [("weights", {}), ("edit", {}),
                         ("realisation", {"team_indicator_id": crew.indicator.pk})]:
        response = client.get(reverse(f"teams:{name}", kwargs={"team_id": crew.team.pk, **kwargs}))
        assert response.status_code == 403, name


def test_anonymous_is_sent_to_log_in(world, crew, client):
    response = client.get(reverse("teams:detail", kwargs={"team_id": crew.team.pk}))
    assert response.status_code == 302
    assert "login" in response["Location"] or "masuk" in response["Location"]


def test_invitation_and_atasan_pages(world, crew, login, client):
    with within(world.gov):
        row = invite(world.users.own, crew.team, world.peer)
    login(world.users.supervisor)
    queue = client.get(reverse("teams:approvals"))
    assert b'data-testid="approval"' in queue.content
    refused = client.post(reverse("teams:decide", kwargs={"membership_id": row.pk}),
                          {"decision": "refuse", "reason": ""})
    assert refused.status_code == 400
    agreed = client.post(reverse("teams:decide", kwargs={"membership_id": row.pk}),
                         {"decision": "agree"})
    assert agreed.status_code == 302
    again = client.post(reverse("teams:decide", kwargs={"membership_id": row.pk}),
                        {"decision": "agree"})
    assert again.status_code == 409
    page = client.get(reverse("teams:invitation", kwargs={"membership_id": row.pk}))
    assert page.status_code == 200  # the atasan sees the team, but only the invitee answers
    assert b'data-testid="accept"' not in page.content
    assert client.post(reverse("teams:invitation", kwargs={"membership_id": row.pk}),
                       {"answer": "accept"}).status_code == 403
    login(world.users.other_gov)
    assert client.get(reverse("teams:invitation", kwargs={"membership_id": row.pk})
                      ).status_code == 404


def test_team_page_shows_members_results_and_workspace_links(world, crew, login, client):
    _weigh_and_realise(world, crew)
    login(world.users.other_unit)
    content = client.get(reverse("teams:detail", kwargs={"team_id": crew.team.pk})).content
    assert content.count(b'data-testid="member-row"') == 2
    assert b'data-testid="team-realised"' in content
    assert b"50.0%" in content
    login(world.users.hr_admin)
    content = client.get(reverse("teams:detail", kwargs={"team_id": crew.team.pk})).content
    assert b'data-testid="workspace-links"' not in content


def test_overview_for_leaders_only(world, crew, login, client):
    _weigh_and_realise(world, crew)
    login(world.users.leader)
    page = client.get(reverse("teams:overview"))
    assert page.status_code == 200
    assert crew.team.name.encode() in page.content
    assert b'data-testid="overview-load"' in page.content
    login(world.users.other_unit)
    assert client.get(reverse("teams:overview")).status_code == 403


def test_realisation_reaches_the_appraisal_and_the_evaluation_document(world, crew, login, client):
    _weigh_and_realise(world, crew)
    with within(world.gov):
        work.give_feedback(actor=actor_of(world.users.own), team=crew.team,
                           membership_id=membership_of(crew.team, world.other_unit).pk,
                           text="Kontribusi data kesehatan sangat membantu.")
        skp = move_skp(actor=actor_of(world.users.other_unit), skp=crew.other_skp, action="submit")
        skp = move_skp(actor=actor_of(crew.dinkes_head.user), skp=skp, action="approve")
        appraisal, _created = appraisal_services.open_appraisal(
            actor=actor_of(world.users.other_unit), skp=skp, period_kind="annual", period_number=1)
        document = document_services.evaluation_content(appraisal)
        collaborative = SkpResult.objects.get(skp=skp, origin=f"team:{crew.team.pk}")
    row = next(r for r in document.results if r.text == collaborative.text)
    assert row.indicators[0].realised == "2 dokumen"
    assert any("Kontribusi data kesehatan" in str(f) for f in row.feedback)
    login(crew.dinkes_head.user)
    page = client.get(reverse("performance:appraisal", kwargs={"pk": appraisal.pk})).content.decode()
    assert 'data-testid="collaborative-badge"' in page
    assert "2 dokumen" in page
    assert "Kontribusi data kesehatan" in page


def test_second_team_example_helper(world):
    with within(world.gov):
        team = make_team(world.users.hr_admin, world.other_agency, world.other_unit)
    assert team.lead_id == world.other_unit.pk


def test_the_create_and_edit_forms_render(world, crew, login, client):
    login(world.users.supervisor)
    page = client.get(reverse("teams:create"))
    assert page.status_code == 200
    assert f'value="{world.supervisor.pk}"'.encode() in page.content
    login(world.users.own)
    page = client.get(reverse("teams:edit", kwargs={"team_id": crew.team.pk}))
    assert page.status_code == 200
    assert crew.team.starts_on.isoformat().encode() in page.content
    login(world.users.other_unit)
    assert client.get(reverse("teams:create")).status_code == 403


def test_names_are_escaped_in_the_list_and_the_member_table(world, crew, login, client):
    with scopes_disabled():
        Team.objects.filter(pk=crew.team.pk).update(name="<script>alert(1)</script> Tim")
        world.other_unit.__class__.objects.filter(pk=world.other_unit.pk).update(
            name="Siti <img src=x onerror=alert(2)>")
    login(world.users.hr_admin)
    listing = client.get(reverse("teams:index")).content
    page = client.get(reverse("teams:detail", kwargs={"team_id": crew.team.pk})).content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt; Tim" in listing
    assert b"<script>alert(1)" not in listing
    assert b"Siti &lt;img src=x onerror=alert(2)&gt;" in page
    assert b"<img src=x" not in page
    assert page.count(b'data-testid="member-row"') == 2
