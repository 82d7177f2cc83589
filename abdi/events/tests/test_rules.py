import datetime

import pytest

from abdi.events.rules import checkin, learning, photos, schedule, seats, workflow

T = datetime.datetime(2026, 5, 4, 9, 0, tzinfo=datetime.UTC)
H = datetime.timedelta(hours=1)


@pytest.mark.parametrize(("taken", "capacity", "place"), [
    (0, 1, "registered"), (1, 2, "registered"), (2, 2, "waiting"), (5, 2, "waiting")])
def test_place_for(taken, capacity, place):
    assert seats.place_for(taken, capacity) == place


def test_promotions_take_the_first_waiting_only_as_many_as_free():
    assert seats.promotions(2, [7, 3, 9]) == [7, 3]
    assert seats.promotions(0, [7]) == []
    assert seats.promotions(-1, [7]) == []


@pytest.mark.parametrize(("capacity", "registered", "problem"), [
    (10, 3, None), (3, 3, None), (2, 3, "capacity_below_registered"), (0, 0, "capacity_too_small")])
def test_capacity_problem(capacity, registered, problem):
    assert seats.capacity_problem(capacity, registered) == problem


def test_attendance_rate():
    assert seats.attendance_rate(0, 0) == 0
    assert seats.attendance_rate(2, 3) == 67
    assert seats.attendance_rate(3, 3) == 100


def _check(**changes):
    values = {"starts_at": T, "ends_at": T + 2 * H, "opens_at": T - 48 * H, "closes_at": T, "capacity": 10,
                  "counts_as_learning": False, "learning_minutes": 0}
    return schedule.check_event(**(values | changes))


def test_a_good_schedule_has_no_problem():
    assert _check() == []


@pytest.mark.parametrize(("changes", "reason"), [
    ({"ends_at": T - H}, "end_before_start"),
    ({"ends_at": T}, "end_before_start"),
    ({"closes_at": T - 49 * H}, "window_reversed"),
    ({"closes_at": T + 3 * H}, "window_after_event"),
    ({"capacity": 0}, "capacity_out_of_range"),
    ({"capacity": 5001}, "capacity_out_of_range"),
    ({"counts_as_learning": True}, "no_learning_minutes"),
    ({"counts_as_learning": True, "learning_minutes": 13 * 60}, "learning_exceeds_days"),
])
def test_schedule_problems(changes, reason):
    assert reason in _check(**changes)


def test_registration_window():
    assert schedule.registration_state(T - H, T, T + H) == "early"
    assert schedule.registration_state(T, T, T + H) == "open"
    assert schedule.registration_state(T + 2 * H, T, T + H) == "late"


def test_check_in_only_on_the_days():
    day = datetime.date(2026, 5, 4)
    assert schedule.is_on(day, day, day)
    assert not schedule.is_on(day + datetime.timedelta(days=1), day, day)


def test_token_windows():
    assert checkin.window_of(119.9) == 1
    good = checkin.payload(5, 10)
    assert checkin.token_problem(good, 5, 10) is None
    assert checkin.token_problem(good, 5, 12) is None  # within the grace
    assert checkin.token_problem(good, 5, 13) == "expired"
    assert checkin.token_problem(good, 6, 10) == "other_event"
    assert checkin.token_problem(good, 5, 9) == "forged"
    assert checkin.token_problem(None, 5, 10) == "forged"
    assert checkin.token_problem({"e": "5", "w": 10}, 5, 10) == "forged"


def test_photo_sniffing():
    assert photos.sniff(b"\xff\xd8\xff\xe0") == ("jpg", "image/jpeg")
    assert photos.sniff(b"\x89PNG\r\n\x1a\n") == ("png", "image/png")
    assert photos.sniff(b"GIF89a") is None
    assert photos.photo_problem(b"\xff\xd8\xff", 100, 30) == "too_many"
    assert photos.photo_problem(b"", 0, 0) == "empty"
    assert photos.photo_problem(b"\xff\xd8\xff", 8 * 1024 * 1024 + 1, 0) == "too_large"
    assert photos.photo_problem(b"<svg", 10, 0) == "wrong_type"


def test_workflow():
    assert workflow.may_move("draft", "open")
    assert not workflow.may_move("cancelled", "open")
    assert not workflow.may_move("done", "cancelled")


def test_learning_form_and_key():
    assert learning.form_of("workshop") == "workshop"
    assert learning.form_of("forum") == "seminar"
    assert learning.source_key(12) == "ACARA-12"
