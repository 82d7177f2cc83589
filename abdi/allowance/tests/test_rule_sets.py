"""Versioned TPP rule sets: a new version closes the one before; overlaps, gaps, bad schedules
and strangers are refused whole; a past day finds the version in force then."""

import datetime

import pytest
from django.utils import translation

from abdi.accounts.actor import Actor
from abdi.allowance.models import TppBaseAmount, TppRuleSet
from abdi.allowance.rules import codec, presets
from abdi.allowance.services import rule_sets
from abdi.core.errors import DomainError, Forbidden
from abdi.tenancy.scoping import within

D = datetime.date


def values(start, end=None, preset="national", **extra):
    return {"name": f"TPP {start.year}", "legal_basis": "Perwal 1/2026", "effective_from": start,
            "effective_to": end, "preset": preset,
            "schedule": codec.schedule_to_data(presets.PRESETS_BY_KEY[preset]), **extra}


def add(world, start, end=None, user=None, amounts=(), **extra):
    actor = Actor.for_user(user or world.users.hr_admin)
    with within(world.gov):
        return rule_sets.add_rule_set(actor=actor, instansi_id=world.gov.pk,
                                      values=values(start, end, **extra), amounts=amounts)


def stored(world):
    with within(world.gov):
        return [(r.effective_from, r.effective_to, r.version) for r in TppRuleSet.objects.all()]


def test_a_new_version_closes_the_open_one_before_it(world):
    add(world, D(2025, 1, 1))
    add(world, D(2026, 1, 1), preset="tulang_bawang")
    assert stored(world) == [(D(2025, 1, 1), D(2025, 12, 31), 2), (D(2026, 1, 1), None, 1)]


def test_a_past_day_finds_the_rules_in_force_then(world):
    old = add(world, D(2025, 1, 1))
    new = add(world, D(2026, 1, 1), preset="tulang_bawang")
    with within(world.gov):
        assert rule_sets.rule_set_on(world.gov.pk, D(2025, 12, 31)) == old
        assert rule_sets.rule_set_on(world.gov.pk, D(2026, 1, 1)) == new
        assert rule_sets.rule_set_on(world.gov.pk, D(2024, 12, 31)) is None


@pytest.mark.parametrize(("second", "message"), [
    ((D(2025, 6, 1), D(2025, 12, 31)), "overlaps"),           # inside a closed version
    ((D(2026, 2, 1), None), "leaves a gap"),                  # 1 Jan - 31 Jan 2026 uncovered
])
def test_overlaps_and_gaps_are_refused_and_nothing_changes(world, second, message):
    add(world, D(2025, 1, 1), D(2025, 12, 31))
    before = stored(world)
    with translation.override("en"), pytest.raises(DomainError) as refused:
        add(world, *second)
    assert message in str(refused.value.message)
    assert stored(world) == before


def test_a_broken_schedule_is_refused_with_the_reason(world):
    schedule = codec.schedule_to_data(presets.NATIONAL_DEFAULT)
    schedule["split"]["disiplin"] = "50"
    with translation.override("en"), pytest.raises(DomainError) as refused:
        add(world, D(2026, 1, 1), schedule=schedule)
    assert refused.value.field == "schedule"
    assert "100%" in str(refused.value.message)
    assert stored(world) == []


@pytest.mark.parametrize("rows", [
    [(18, "BK", 1)], [(1, "XX", 1)], [(1, "BK", -5)], [(1, "BK", "lots")],
    [(1, "BK", 1), (1, "BK", 2)],
])
def test_bad_amounts_are_refused_whole(world, rows):
    with pytest.raises(DomainError):
        add(world, D(2026, 1, 1), amounts=rows)
    assert stored(world) == []


def test_amounts_are_kept_per_kelas_and_criterion(world):
    rule_set = add(world, D(2026, 1, 1), amounts=[(9, "BK", 5_439_503), (9, "KK", 250_000)])
    with within(world.gov):
        assert sorted(TppBaseAmount.objects.filter(rule_set=rule_set)
                      .values_list("kelas_jabatan", "component", "amount")) == [
            (9, "BK", 5_439_503), (9, "KK", 250_000)]


@pytest.mark.parametrize("persona", ["own", "agency_admin", "leader", "other_gov"])
def test_only_the_bkpsdm_admin_sets_the_rules(world, persona):
    with pytest.raises(Forbidden):
        add(world, D(2026, 1, 1), user=getattr(world.users, persona))
    assert stored(world) == []
