"""Rule sets stored as data: every preset survives the round trip; bad data is refused."""

import copy

import pytest

from abdi.allowance.rules import codec, presets
from abdi.allowance.rules.schedules import TppSchedule


@pytest.mark.parametrize("schedule", presets.PRESETS_BY_KEY.values(), ids=presets.PRESETS_BY_KEY)
def test_presets_round_trip_unchanged(schedule):
    data = codec.schedule_to_data(schedule)
    decoded, problems = codec.schedule_from_data(data)
    assert problems == []
    assert decoded == schedule


def _data():
    return codec.schedule_to_data(presets.TULANG_BAWANG)


@pytest.mark.parametrize(("mutate", "path"), [
    (lambda d: d.update(split="40/60"), "schedule.split"),
    (lambda d: d["split"].update(disiplin="abc"), "schedule.split.disiplin"),
    (lambda d: d["split"].update(disiplin="NaN"), "schedule.split.disiplin"),
    (lambda d: d["deductions"][0].update(kind="bribe"), "schedule.deductions[0].kind"),
    (lambda d: d["deductions"][0].update(first_minute="1"), "schedule.deductions[0].first_minute"),
    (lambda d: d.update(unknown=1), "schedule.unknown"),
    (lambda d: d.pop("name"), "schedule.name"),
    (lambda d: d.update(deductions=[{}] * 500), "schedule.deductions"),
])
def test_malformed_data_names_where(mutate, path):
    data = copy.deepcopy(_data())
    mutate(data)
    schedule, problems = codec.schedule_from_data(data)
    assert schedule is None
    assert [(p.code, p.params["path"]) for p in problems] == [("malformed", path)]


def test_a_readable_schedule_with_wrong_numbers_reports_its_problems():
    data = _data()
    data["split"]["disiplin"] = "50"
    schedule, problems = codec.schedule_from_data(data)
    assert isinstance(schedule, TppSchedule)
    assert "shares_not_100" in [p.code for p in problems]


@pytest.mark.parametrize("data", [None, [], "x", 3, {"name": []}])
def test_not_a_schedule_at_all(data):
    schedule, problems = codec.schedule_from_data(data)
    assert schedule is None
    assert problems[0].code == "malformed"
