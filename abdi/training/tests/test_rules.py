"""The JP rules with every worked example of competency-and-talent.md §5.8-5.9."""

import datetime

import pytest

from abdi.training.rules.certificate import MAX_CERTIFICATE_BYTES, certificate_problem, sniff_certificate
from abdi.training.rules.jp import (
    Form,
    Kind,
    check_schedule,
    jp_from_minutes,
    jp_of_activity,
    kind_of,
    reminders_due,
    standing,
)
from abdi.training.rules.workflow import may_move


@pytest.mark.parametrize(("minutes", "jp"), [(450, 10), (900, 20), (45, 1), (44, 0), (100, 2), (0, 0)])
def test_minutes_to_jp_floor(minutes, jp):
    # S-KOM-6 fixtures: 450 min = 10 JP, 900 min = 20 JP; partial JP not counted
    assert jp_from_minutes(minutes) == jp


T_KOM_7 = [
    (Form.E_LEARNING, 180, None, 4),
    (Form.WORKSHOP, 360, 8, 8),
    (Form.COACHING, 270, None, 6),
    (Form.BELAJAR_MANDIRI, 100, None, 2),
]


@pytest.mark.parametrize(("form", "minutes", "stated", "jp"), T_KOM_7)
def test_t_kom_7_each_activity(form, minutes, stated, jp):
    assert jp_of_activity(form, minutes=minutes, stated_jp=stated) == jp


def test_t_kom_7_total_meets_twenty():
    result = standing(jp_of_activity(f, minutes=m, stated_jp=s) for f, m, s, _ in T_KOM_7)
    assert result.jp == 20
    assert result.met
    assert result.short_by == 0


def test_t_kom_7_without_the_webinar_is_two_short():
    result = standing(jp_of_activity(f, minutes=m, stated_jp=s) for f, m, s, _ in T_KOM_7[:3])
    assert result.jp == 18
    assert not result.met
    assert result.short_by == 2
    assert result.percent == 90


def test_stated_jp_only_for_klasikal():
    assert jp_of_activity(Form.E_LEARNING, minutes=90, stated_jp=10) == 2
    assert jp_of_activity(Form.SEMINAR, minutes=0, stated_jp=3) == 3


def test_cap_per_form_is_optional():
    assert jp_of_activity(Form.BELAJAR_MANDIRI, minutes=900, cap_per_form={"belajar_mandiri": 6}) == 6
    assert jp_of_activity(Form.BELAJAR_MANDIRI, minutes=900) == 20


def test_configurable_minimum():
    assert standing([10, 5], minimum=15).met
    assert not standing([10, 5]).met


def test_forms_and_kinds():
    assert kind_of("workshop") is Kind.KLASIKAL
    assert kind_of("coaching") is Kind.NONKLASIKAL
    assert kind_of(Form.MAGANG) is Kind.NONKLASIKAL
    assert kind_of(Form.PENDIDIKAN) is Kind.KLASIKAL


D = datetime.date


@pytest.mark.parametrize(("start", "end", "minutes", "stated", "reasons"), [
    (D(2026, 3, 2), D(2026, 3, 1), 90, None, ["end_before_start"]),
    (D(2026, 3, 2), D(2026, 3, 2), 0, None, ["no_hours"]),
    (D(2026, 3, 2), D(2026, 3, 2), 800, None, ["hours_exceed_days"]),
    (D(2026, 3, 2), D(2026, 3, 3), 360, 9, ["jp_exceed_hours"]),
    (D(2026, 3, 2), D(2026, 3, 2), 0, 20, ["jp_exceed_days"]),
    (D(2026, 3, 2), D(2026, 3, 3), 360, 8, []),
    (D(2026, 3, 2), D(2026, 3, 2), 0, 8, []),
])
def test_schedule(start, end, minutes, stated, reasons):
    assert check_schedule(start, end, minutes, stated) == reasons


def test_reminder_from_first_october_by_default():
    assert not reminders_due(D(2026, 9, 30))
    assert reminders_due(D(2026, 10, 1))
    assert reminders_due(D(2026, 8, 1), (8, 1))


def test_workflow():
    assert may_move("registered", "approved")
    assert may_move("registered", "refused")
    assert may_move("approved", "attended")
    assert may_move("attended", "completed")
    assert may_move("reported", "completed")
    assert not may_move("registered", "completed")
    assert not may_move("completed", "refused")


@pytest.mark.parametrize(("head", "kind"), [(b"%PDF-1.7", "pdf"), (b"\xff\xd8\xff\xe0", "jpg"),
                                       (b"\x89PNG\r\n\x1a\nxx", "png"), (b"MZ\x90", None),
                                       (b"<html>", None)])
def test_sniff(head, kind):
    assert sniff_certificate(head) == kind


def test_certificate_problems():
    assert certificate_problem(b"%PDF-", MAX_CERTIFICATE_BYTES + 1) == "too_large"
    assert certificate_problem(b"GIF89a", 10) == "wrong_type"
    assert certificate_problem(b"", 0) == "empty"
    assert certificate_problem(b"%PDF-", 10) is None
