"""Services of teams: membership, weights, realisation reaching each member's SKP, the sweep."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound
from abdi.people.choices import EmployeeStatus
from abdi.performance.models import Feedback, Notification, SkpIndicator, SkpResult
from abdi.performance.services import skp as skp_services
from abdi.teams.models import Membership, RealisationUpdate, Team, WeightChange
from abdi.teams.services import membership as membership_services
from abdi.teams.services import sweep, work
from abdi.teams.services import teams as team_services
from abdi.tenancy.scoping import within

from .conftest import make_skp
from .factories import actor_of, agree, invite, make_team, membership_of, team_data

pytestmark = pytest.mark.django_db


def _mirrored(skp):
    result = SkpResult.objects.get(skp=skp, origin__startswith="team:")
    return result, list(SkpIndicator.objects.filter(result=result).order_by("id"))


def _weigh(world, crew, own="60", other="40", version=None):
    team = Team.objects.get(pk=crew.team.pk)
    weights = {membership_of(team, world.own).pk: own,
               membership_of(team, world.other_unit).pk: other}
    return work.set_weights(actor=actor_of(world.users.own), team=team, weights=weights,
                            expected_version=version if version is not None else team.version)


def _realise(world, crew, value="5", version=None):
    indicator = crew.indicator.__class__.objects.get(pk=crew.indicator.pk)
    return work.update_realisation(actor=actor_of(world.users.own), indicator=indicator,
                                   value=value, evidence="Lima protokol disahkan",
                                   expected_version=version or indicator.version)


def test_team_realisation_reaches_each_members_skp_with_their_weight(world, crew):
    with within(world.gov):
        _weigh(world, crew)
        _realise(world, crew)
        own_result, (own_indicator,) = _mirrored(crew.own_skp)
        _other_result, (other_indicator,) = _mirrored(crew.other_skp)
    assert own_result.category == "TAMBAHAN"
    assert crew.team.name in own_result.text
    assert own_result.origin == f"team:{crew.team.pk}"
    assert own_indicator.kind == "outcome"
    assert (own_indicator.target_value, own_indicator.realised) == (Decimal("6.00"), Decimal("3.00"))
    assert (other_indicator.target_value, other_indicator.realised) == (Decimal("4.00"),
                                                                        Decimal("2.00"))


def test_changing_the_weights_updates_the_shares_and_keeps_history(world, crew):
    with within(world.gov):
        _weigh(world, crew)
        _realise(world, crew, "7")
        _weigh(world, crew, "33.33", "66.67")
        _result, (own_indicator,) = _mirrored(crew.own_skp)
        _result, (other_indicator,) = _mirrored(crew.other_skp)
        changes = WeightChange.objects.filter(membership__team=crew.team).count()
    # 7 * 33.33 / 100 = 2.3331 -> 2.33; 10 * 66.67 / 100 = 6.667 -> 6.67 (half-up)
    assert (own_indicator.target_value, own_indicator.realised) == (Decimal("3.33"), Decimal("2.33"))
    assert (other_indicator.target_value, other_indicator.realised) == (Decimal("6.67"),
                                                                        Decimal("4.67"))
    assert changes == 4


def test_weights_not_summing_to_100_save_nothing(world, crew):
    with within(world.gov):
        _weigh(world, crew)
        with pytest.raises(DomainError, match="exactly 100"):
            _weigh(world, crew, "60", "30")
        with pytest.raises(DomainError, match="not valid"):
            _weigh(world, crew, "abc", "40")
        weights = sorted(Membership.objects.filter(team=crew.team).values_list("weight", flat=True))
    assert weights == [Decimal("40.00"), Decimal("60.00")]


def test_stale_weights_form_is_a_conflict(world, crew):
    with within(world.gov):
        stale = Team.objects.get(pk=crew.team.pk).version
        _weigh(world, crew)
        with pytest.raises(Conflict):
            _weigh(world, crew, "50", "50", version=stale)


def test_realisation_history_and_stale_update(world, crew):
    with within(world.gov):
        _weigh(world, crew)
        updated = _realise(world, crew, "4")
        with pytest.raises(Conflict):
            _realise(world, crew, "6", version=updated.version - 1)
        history = list(RealisationUpdate.objects.filter(indicator=crew.indicator)
                       .values_list("before", "after", "author_label"))
        notices = Notification.objects.filter(recipient=world.other_unit, topic="team").count()
    assert history == [(Decimal("0.00"), Decimal("4.00"), world.users.own.display_name)]
    assert notices >= 1


def test_only_both_answers_make_an_active_member(world, crew):
    with within(world.gov):
        row = invite(world.users.own, crew.team, world.peer)
        assert row.status == "pending"
        row = membership_services.answer_invitation(
            actor=_actor_for(world, world.peer), membership=row, accept=True)
        assert row.status == "pending"
        row = agree(world.users.supervisor, crew.team, world.peer)
        assert row.status == "active"
        assert row.joined_at is not None
        asked = Notification.objects.filter(recipient=world.supervisor, topic="team").exists()
    assert asked


def _actor_for(world, employee):
    from abdi.accounts.tests.factories import UserFactory

    user = UserFactory(username=employee.nip, instansi=world.gov, employee=employee,
                       display_name=employee.name)
    return actor_of(user)


def test_refusal_needs_a_reason_and_answers_happen_once(world, crew):
    with within(world.gov):
        row = invite(world.users.own, crew.team, world.peer)
        supervisor = actor_of(world.users.supervisor)
        with pytest.raises(DomainError, match="why"):
            membership_services.atasan_decision(actor=supervisor, membership=row, agree=False)
        row = membership_services.atasan_decision(actor=supervisor, membership=row, agree=False,
                                                  reason="Sedang menyiapkan akreditasi")
        assert row.status == "refused"
        with pytest.raises(Conflict):
            membership_services.atasan_decision(actor=supervisor, membership=row, agree=True)
        with pytest.raises(Conflict, match="already answered"):
            membership_services.answer_invitation(
                actor=actor_of(world.users.own), membership=membership_of(crew.team, world.own),
                accept=True)


def test_inviting_twice_or_across_governments_is_refused(world, crew):
    with within(world.gov):
        invite(world.users.own, crew.team, world.peer)
        with pytest.raises(Conflict, match="already"):
            invite(world.users.own, crew.team, world.peer)
        with pytest.raises(NotFound):
            invite(world.users.own, crew.team, world.other_gov_employee)
        with pytest.raises(Forbidden):
            invite(world.users.other_unit, crew.team, world.sibling)
        count = Membership.objects.filter(team=crew.team).count()
    assert count == 3


def test_a_team_needs_a_lead_and_a_sane_period(world):
    today = timezone.localdate()
    with within(world.gov):
        with pytest.raises(DomainError, match="lead"):
            make_team(world.users.hr_admin, world.agency, world.own, lead="")
        with pytest.raises(DomainError, match="end before"):
            make_team(world.users.hr_admin, world.agency, world.own,
                      ends_on=today - datetime.timedelta(days=30))
        with pytest.raises(Forbidden):
            make_team(world.users.own, world.agency, world.own)
        assert not Team.objects.exists()


def test_an_skp_created_later_gets_the_team_result(world, crew):
    with within(world.gov):
        peer = _actor_for(world, world.peer)
        invite(world.users.own, crew.team, world.peer)
        membership_services.answer_invitation(actor=peer,
                                              membership=membership_of(crew.team, world.peer),
                                              accept=True)
        agree(world.users.supervisor, crew.team, world.peer)
        weights = {membership_of(crew.team, e).pk: w for e, w in
                   [(world.own, "50"), (world.other_unit, "30"), (world.peer, "20")]}
        team = Team.objects.get(pk=crew.team.pk)
        work.set_weights(actor=actor_of(world.users.own), team=team, weights=weights,
                         expected_version=team.version)
        _realise(world, crew, "5")
        peer_skp = make_skp(peer.user, world.peer)  # made after he joined: the receiver mirrors
        result, (indicator,) = _mirrored(peer_skp)
    assert result.origin == f"team:{crew.team.pk}"
    assert (indicator.target_value, indicator.realised) == (Decimal("2.00"), Decimal("1.00"))


def test_employee_can_not_edit_or_delete_the_collaborative_rows(world, crew):
    with within(world.gov):
        result, (indicator,) = _mirrored(crew.other_skp)
        actor = actor_of(world.users.other_unit)
        with pytest.raises(Forbidden, match="collaborative"):
            skp_services.delete_result(actor=actor, result=result)
        with pytest.raises(Forbidden, match="collaborative"):
            skp_services.update_indicator(actor=actor, indicator=indicator, values={
                "kind": "outcome", "text": "x", "target_value": "1", "target_unit": "x"})
        with pytest.raises(Forbidden, match="collaborative"):
            skp_services.delete_indicator(actor=actor, indicator=indicator)
        assert SkpResult.objects.filter(pk=result.pk).exists()


def test_member_who_left_is_ended_and_his_values_frozen(world, crew):
    with within(world.gov):
        _weigh(world, crew)
        _realise(world, crew, "5")
        world.other_unit.status = EmployeeStatus.PENSIUN
        world.other_unit.save()
        report = sweep.sweep_team(crew.team)
        _realise(world, crew, "10")
        row = membership_of(crew.team, world.other_unit)
        _result, (frozen,) = _mirrored(crew.other_skp)
        told = Notification.objects.filter(recipient=world.own, message__icontains="rebalance")
        assert told.exists()
    assert report.ended == [world.other_unit.pk]
    assert row.status == "ended"
    assert row.weight == Decimal("40.00")
    assert frozen.realised == Decimal("2.00")


def test_member_who_moved_waits_for_the_new_atasan(world, crew):
    with within(world.gov):
        _weigh(world, crew)
        employee = world.other_unit
        employee.unit, employee.agency = world.sibling_unit, world.agency
        employee.position = None
        employee.save()
        report = sweep.sweep_team(crew.team)
        row = membership_of(crew.team, employee)
        assert report.moved == [employee.pk]
        assert row.status == "reapproval"
        assert row.atasan_id == world.agency_head.pk
        row = agree(world.users.agency_head, crew.team, employee)
    assert row.status == "active"


def test_lead_who_left_flags_the_team_and_hr_appoints_a_new_one(world, crew):
    with within(world.gov):
        world.own.status = EmployeeStatus.BERHENTI
        world.own.save()
        report = sweep.sweep_team(crew.team)
        team = Team.objects.get(pk=crew.team.pk)
        assert report.lead_missing
        assert team.lead_missing
        flagged = Notification.objects.filter(recipient=world.hr_admin_employee,
                                              message__icontains="no lead").exists()
        with pytest.raises(Forbidden):
            team_services.appoint_lead(actor=actor_of(world.users.other_unit), team=team,
                                       membership_id=membership_of(team, world.other_unit).pk)
        team = team_services.appoint_lead(actor=actor_of(world.users.hr_admin), team=team,
                                          membership_id=membership_of(team, world.other_unit).pk,
                                          expected_version=team.version)
    assert flagged
    assert team.lead_id == world.other_unit.pk


def test_lead_feedback_lands_on_the_members_collaborative_result(world, crew):
    with within(world.gov):
        work.give_feedback(actor=actor_of(world.users.own), team=crew.team,
                           membership_id=membership_of(crew.team, world.other_unit).pk,
                           text="Koordinasi lintas dinas sangat baik.")
        result, _indicators = _mirrored(crew.other_skp)
        feedback = Feedback.objects.get(skp=crew.other_skp)
        told = Notification.objects.filter(recipient=world.other_unit,
                                           message__icontains="feedback").exists()
    assert (feedback.target, feedback.target_id, feedback.author_id) == ("result", result.pk,
                                                                         world.own.pk)
    assert told


def test_the_sweep_command_runs_for_every_government(world, crew):
    from django.core.management import call_command

    with within(world.gov):
        world.other_unit.status = EmployeeStatus.MENINGGAL
        world.other_unit.save()
    call_command("teams_membership_sweep")
    with within(world.gov):
        assert membership_of(crew.team, world.other_unit).status == "ended"


def test_team_data_helper_is_complete(world):
    assert set(team_data(world.agency, world.own)) >= {"name", "lead", "starts_on", "ends_on"}


def test_team_edit_checks_the_version_and_renames_the_mirrored_results(world, crew):
    with within(world.gov):
        team = Team.objects.get(pk=crew.team.pk)
        data = team_data(world.agency, world.own, name="Tim Layanan Terpadu")
        with pytest.raises(Forbidden):
            team_services.edit_team(actor=actor_of(world.users.other_unit), team=team, data=data,
                                    expected_version=team.version)
        team_services.edit_team(actor=actor_of(world.users.own), team=team, data=data,
                                expected_version=team.version)
        with pytest.raises(Conflict):
            team_services.edit_team(actor=actor_of(world.users.own), team=team,
                                    data={**data, "name": "Nama Lain"},
                                    expected_version=team.version)
        result, _indicators = _mirrored(crew.other_skp)
    assert result.origin_label == "Tim Layanan Terpadu"
    assert "Tim Layanan Terpadu" in result.text


def test_a_member_active_before_any_result_gets_no_empty_result(world, dinkes_head):
    with within(world.gov):
        skp = make_skp(world.users.other_unit, world.other_unit)
        team = make_team(world.users.supervisor, world.agency, world.own)
        invite(world.users.own, team, world.other_unit)
        membership_services.answer_invitation(actor=actor_of(world.users.other_unit),
                                              membership=membership_of(team, world.other_unit),
                                              accept=True)
        agree(dinkes_head.user, team, world.other_unit)
        assert not SkpResult.objects.filter(skp=skp).exists()
        work.add_result(actor=actor_of(world.users.own), team=team, data={
            "text": "Hasil bersama", "indicator": "Dokumen", "target_value": "4",
            "target_unit": "dokumen"})
        assert SkpResult.objects.filter(skp=skp, origin=f"team:{team.pk}").count() == 1
