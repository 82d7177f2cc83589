"""Changing the figures of a TPP rule set: the split, deductions, penalties, caps, factors,
rounding and the base amounts per kelas; refused whole when anything is wrong, never after a
locked month was paid under it, never over someone else's change."""

import datetime

import pytest
from django.urls import reverse

from abdi.accounts.actor import Actor
from abdi.allowance.models import TppBaseAmount, TppRuleSet, TppRun
from abdi.allowance.rules import codec, presets
from abdi.allowance.services import rule_sets
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.scoping import within


@pytest.fixture
def rule_set(world):
    with within(world.gov):
        return rule_sets.add_rule_set(
            actor=Actor.for_user(world.users.hr_admin), instansi_id=world.gov.pk,
            values={"name": "TPP 2025", "effective_from": "2025-01-01", "preset": "tulang_bawang",
                    "schedule": codec.schedule_to_data(presets.TULANG_BAWANG)},
            amounts=[(9, "BK", 4_000_000)])


def url(rule_set):
    return reverse("allowance:rule_set_edit", args=[rule_set.pk])


def form(rule_set, **changes):
    """The edit form as the page fills it, with `changes` typed over it."""
    data = rule_set.schedule
    fields = {"version": rule_set.version, "name": rule_set.name, "legal_basis": "",
              "split-disiplin": data["split"]["disiplin"],
              "split-produktivitas": data["split"]["produktivitas"],
              "achievement_cap": data["achievement_cap"], "rounding-unit": "1",
              "rounding-mode": "ROUND_HALF_UP", "amt-9-BK": "4.000.000"}
    for i, rule in enumerate(data["deductions"]):
        fields[f"ded-{i}-percent"] = rule["percent"]
        fields[f"ded-{i}-label"] = rule["label"]
        if rule["first_minute"] is not None:
            fields[f"ded-{i}-first"] = rule["first_minute"]
            fields[f"ded-{i}-last"] = rule["last_minute"] or ""
    for i, cap in enumerate(data["caps"]):
        fields[f"cap-{i}-percent"] = cap["percent"]
    return fields | changes


def stored(world, rule_set):
    with within(world.gov):
        fresh = TppRuleSet.objects.get(pk=rule_set.pk)
        amounts = sorted(TppBaseAmount.objects.filter(rule_set=fresh).values_list(
            "kelas_jabatan", "component", "amount"))
    return fresh, amounts


def test_bkpsdm_changes_the_split_a_rate_and_the_amounts(world, login, rule_set):
    client = login(world.users.hr_admin)
    assert 'data-testid="amount-grid"' in client.get(url(rule_set)).content.decode()
    response = client.post(url(rule_set), form(rule_set, **{
        "split-disiplin": "30", "split-produktivitas": "70", "ded-0-percent": "0,75",
        "amt-9-BK": "4.250.000", "amt-9-TB": "500000", "amt-12-BK": "Rp 7.000.000"}))
    assert response.status_code == 302
    fresh, amounts = stored(world, rule_set)
    assert fresh.schedule["split"] == {"disiplin": "30", "produktivitas": "70"}
    assert fresh.schedule["deductions"][0]["percent"] == "0.75"
    assert fresh.version == rule_set.version + 1
    assert amounts == [(9, "BK", 4_250_000), (9, "TB", 500_000), (12, "BK", 7_000_000)]


@pytest.mark.parametrize("changes", [
    {"split-disiplin": "50", "split-produktivitas": "60"},  # does not add up to 100
    {"ded-0-percent": "abc"}, {"ded-0-percent": "150"}, {"ded-0-first": "-5"},
    {"amt-9-BK": "empat juta"}, {"rounding-unit": "7"}, {"rounding-mode": "ROUND_CEILING"},
    {"name": ""}, {"cap-0-percent": ""},
])
def test_a_wrong_figure_refuses_the_whole_form_and_keeps_what_was_typed(world, login, rule_set,
                                                                       changes):
    before = stored(world, rule_set)
    response = login(world.users.hr_admin).post(url(rule_set), form(rule_set, **changes))
    assert response.status_code == 400
    assert 'data-testid="error"' in response.content.decode()
    field, typed = next(iter(changes.items()))
    if typed and not field.startswith("rounding"):  # a choice is shown as the stored one
        assert f'value="{typed}"' in response.content.decode()
    assert stored(world, rule_set) == before


def test_a_stale_version_is_a_conflict_and_changes_nothing(world, rule_set):
    with within(world.gov):
        rule_sets.update_rule_set(actor=Actor.for_user(world.users.hr_admin), rule_set=rule_set,
                                  version=rule_set.version,
                                  values={"name": "TPP 2025 (perubahan)", "schedule": rule_set.schedule})
        with pytest.raises(Conflict):
            rule_sets.update_rule_set(actor=Actor.for_user(world.users.hr_admin), rule_set=rule_set,
                                      version=rule_set.version,
                                      values={"name": "Tertimpa", "schedule": rule_set.schedule})
    assert stored(world, rule_set)[0].name == "TPP 2025 (perubahan)"


def test_rules_a_locked_month_was_paid_under_cannot_change(world, login, rule_set):
    with within(world.gov):
        TppRun.objects.create(instansi=world.gov, year=2025, month=3, rule_set=rule_set,
                              status=TppRun.Status.LOCKED, summary={})
        with pytest.raises(DomainError, match="3/2025"):
            rule_sets.update_rule_set(actor=Actor.for_user(world.users.hr_admin), rule_set=rule_set,
                                      version=rule_set.version,
                                      values={"name": "X", "schedule": rule_set.schedule})
    body = login(world.users.hr_admin).get(url(rule_set)).content.decode()
    assert 'data-testid="locked"' in body
    assert 'data-testid="figures-form"' not in body


@pytest.mark.parametrize("persona", ["agency_admin", "supervisor", "own", "leader"])
def test_only_bkpsdm_changes_figures(world, login, rule_set, persona):
    client = login(getattr(world.users, persona))
    assert client.get(url(rule_set)).status_code == 403
    assert client.post(url(rule_set), form(rule_set, name="Diubah")).status_code == 403
    assert stored(world, rule_set)[0].name == "TPP 2025"
    with within(world.gov), pytest.raises(Forbidden):
        rule_sets.update_rule_set(actor=Actor.for_user(getattr(world.users, persona)),
                                  rule_set=rule_set, version=rule_set.version,
                                  values={"name": "X", "schedule": rule_set.schedule})


def test_another_government_gets_404(world, login, rule_set):
    assert login(world.users.other_gov).get(url(rule_set)).status_code == 404


def test_the_detail_page_offers_the_change_to_bkpsdm_only(world, login, rule_set):
    detail = reverse("allowance:rule_set", args=[rule_set.pk])
    assert 'data-testid="to-edit"' in login(world.users.hr_admin).get(detail).content.decode()
    assert 'data-testid="to-edit"' not in login(world.users.own).get(detail).content.decode()


def test_a_month_computed_after_the_change_uses_the_new_rate(world, rule_set):
    with within(world.gov):
        data = rule_set.schedule | {"split": {"disiplin": "20", "produktivitas": "80"}}
        rule_sets.update_rule_set(actor=Actor.for_user(world.users.hr_admin), rule_set=rule_set,
                                  version=rule_set.version, values={"name": "TPP 2025", "schedule": data})
        in_force = rule_sets.rule_set_on(world.gov.pk, datetime.date(2025, 3, 1))
    schedule, problems = codec.schedule_from_data(in_force.schedule)
    assert not problems
    assert str(schedule.split.disiplin) == "20"
