"""Slow figures refreshed by one caller at a time: fresh copies are served as they are, an aged
copy is recomputed once while the others get the previous copy, and with no copy at all the
others wait for the one computation instead of repeating it."""

import threading

import pytest
from django.core.cache import cache

from abdi.core import refreshed_cache
from abdi.core.refreshed_cache import get_or_refresh

KEY = "test:figures"


class Clock:
    def __init__(self, now=1_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


class Compute:
    def __init__(self, *values):
        self.values, self.calls = list(values), 0

    def __call__(self):
        self.calls += 1
        return self.values.pop(0)


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(refreshed_cache, "_wall_clock", clock)
    return clock


def _get(compute):
    return get_or_refresh(KEY, compute, fresh_seconds=20, keep_seconds=600)


def test_a_fresh_copy_is_served_without_computing_again(clock):
    compute = Compute("first", "second")
    assert _get(compute) == "first"
    clock.now += 19
    assert _get(compute) == "first"
    assert compute.calls == 1


def test_an_aged_copy_is_recomputed_by_the_caller_who_takes_the_lock(clock):
    compute = Compute("first", "second")
    _get(compute)
    clock.now += 21
    assert _get(compute) == "second"
    assert _get(compute) == "second"  # kept again, fresh from now
    assert compute.calls == 2
    assert cache.get(f"{KEY}:refreshing") is None


def test_while_one_caller_refreshes_the_others_get_the_previous_copy(clock):
    _get(Compute("first"))
    clock.now += 21
    started, release = threading.Event(), threading.Event()
    answers = {}

    def slow():
        started.set()
        assert release.wait(10)
        return "second"

    refresher = threading.Thread(target=lambda: answers.setdefault("refresher", _get(slow)))
    refresher.start()
    assert started.wait(10)
    others = Compute("never")
    assert [_get(others) for _ in range(5)] == ["first"] * 5
    assert others.calls == 0
    release.set()
    refresher.join(10)
    assert answers["refresher"] == "second"
    assert _get(others) == "second"


def test_with_no_copy_the_others_wait_for_the_one_computation(clock, monkeypatch):
    cache.add(f"{KEY}:refreshing", 1)  # another caller is computing the first copy

    def the_other_finishes(_seconds):
        cache.set(KEY, (clock.now, "theirs"), 600)

    monkeypatch.setattr(refreshed_cache, "sleep", the_other_finishes)
    mine = Compute("mine")
    assert _get(mine) == "theirs"
    assert mine.calls == 0


def test_a_computation_that_hangs_is_not_waited_on_forever(clock, monkeypatch):
    cache.add(f"{KEY}:refreshing", 1)  # held by a computation that never ends
    elapsed = Clock(0.0)

    def sleep(seconds):
        elapsed.now += seconds

    monkeypatch.setattr(refreshed_cache, "sleep", sleep)
    monkeypatch.setattr(refreshed_cache, "monotonic", elapsed)
    mine = Compute("mine")
    assert _get(mine) == "mine"
    assert mine.calls == 1
    assert elapsed.now >= refreshed_cache.WAIT_SECONDS


def test_a_failed_computation_frees_the_lock_and_keeps_nothing(clock):
    def broken():
        raise RuntimeError("database gone")

    with pytest.raises(RuntimeError):
        _get(broken)
    assert cache.get(f"{KEY}:refreshing") is None
    assert cache.get(KEY) is None
    assert _get(Compute("next")) == "next"


def test_a_failed_refresh_leaves_the_previous_copy_for_the_next_caller(clock):
    _get(Compute("first"))
    clock.now += 21

    def broken():
        raise RuntimeError("database gone")

    with pytest.raises(RuntimeError):
        _get(broken)
    cache.add(f"{KEY}:refreshing", 1)  # someone else is trying again
    assert _get(Compute("never")) == "first"


def test_a_value_written_by_an_older_release_is_computed_again(clock):
    cache.set(KEY, {"rows": []}, 600)  # the dashboard kept its dict bare before
    assert _get(Compute("new")) == "new"
    assert cache.get(KEY) == (clock.now, "new")


def test_a_copy_refreshed_by_another_caller_meanwhile_is_not_computed_twice(clock, monkeypatch):
    _get(Compute("first"))
    clock.now += 21
    reads = []

    class AnotherCallerFinishesAfterMyRead:
        def __getattr__(self, name):
            return getattr(cache, name)

        def get(self, key, *args, **kwargs):
            value = cache.get(key, *args, **kwargs)
            reads.append(key)
            if key == KEY and len(reads) == 1:
                cache.set(KEY, (clock.now, "theirs"), 600)
            return value

    monkeypatch.setattr(refreshed_cache, "cache", AnotherCallerFinishesAfterMyRead())
    mine = Compute("mine")
    assert _get(mine) == "theirs"
    assert mine.calls == 0
