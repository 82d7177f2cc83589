"""Generations and their near copies: a change is seen at once by the process that made it, a
value of an older generation is never served, and misses are never kept."""

import pytest
from django.core.cache import cache

from abdi.core import generations
from abdi.core.generations import Generation


class Builder:
    def __init__(self, value="v"):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_a_kept_value_is_served_without_building_again():
    desk, build = Generation("test:desk"), Builder()
    assert desk.remember("a", build, 60) == "v"
    assert desk.remember("a", build, 60) == "v"
    assert build.calls == 1


@pytest.mark.django_db
def test_a_bump_makes_the_next_reader_build_again():
    desk, build = Generation("test:desk"), Builder()
    desk.remember("a", build, 60)
    before = desk.current()
    desk.bump()
    assert desk.current() != before
    desk.remember("a", build, 60)
    assert build.calls == 2


def test_a_change_made_by_another_server_is_seen_once_the_near_copy_ages(monkeypatch):
    desk, build = Generation("test:desk"), Builder()
    desk.remember("a", build, 60)
    cache.incr("test:desk")  # what another server's bump does to the shared cache
    desk.remember("a", build, 60)
    assert build.calls == 1  # still within NEAR_SECONDS: the near copy of the generation holds
    monkeypatch.setattr(generations, "NEAR_SECONDS", 0)
    desk.remember("a", build, 60)
    assert build.calls == 2


def test_values_age_out_and_misses_are_not_kept(monkeypatch):
    desk, missing, found = Generation("test:desk"), Builder(None), Builder()
    desk.remember("gone", missing, 60)
    desk.remember("gone", missing, 60)
    assert missing.calls == 2
    desk.remember("a", found, 0)
    desk.remember("a", found, 0)
    assert found.calls == 2


def test_a_value_an_older_release_left_at_the_key_is_replaced_by_a_number():
    cache.set("test:desk", frozenset({1, 2}), None)
    number = Generation("test:desk").current()
    assert isinstance(number, int)
    assert cache.get("test:desk") == number


def test_numbers_are_never_handed_out_twice_after_the_cache_is_emptied():
    first = Generation("test:desk").current()
    cache.clear()
    generations.forget_near_copies()
    assert Generation("test:desk").current() != first


def test_forgetting_near_copies_drops_every_kept_value():
    desk, build = Generation("test:desk"), Builder()
    desk.remember("a", build, 60)
    cache.set(f"test:desk:{desk.current()}:a", "w", 60)  # the shared copy, seen only when asked
    assert desk.remember("a", build, 60) == "v"
    generations.forget_near_copies()
    assert desk.remember("a", build, 60) == "w"
    assert build.calls == 1


def test_another_server_reads_what_one_built_from_the_shared_cache():
    desk, build = Generation("test:desk"), Builder()
    desk.remember("a", build, 60)
    generations.forget_near_copies()  # as a second server: nothing in its memory
    assert desk.remember("a", build, 60) == "v"
    assert build.calls == 1


class CountingCache:
    """The shared cache's add and delete, counted (a marker's near copy saves the round trip)."""

    def __init__(self):
        self.adds = 0

    def add(self, key, value, timeout):
        self.adds += 1
        return cache.add(key, value, timeout)

    def delete(self, key):
        return cache.delete(key)


def test_a_marker_is_set_once_and_then_known_without_asking_the_cache(monkeypatch):
    shared = CountingCache()
    monkeypatch.setattr(generations, "cache", shared)
    assert generations.added_lately("test:marker", 600) is False  # this call set it
    assert [generations.added_lately("test:marker", 600) for _ in range(3)] == [True] * 3
    assert shared.adds == 1


def test_a_marker_set_by_another_server_is_seen_and_a_forgotten_one_is_set_again(monkeypatch):
    shared = CountingCache()
    monkeypatch.setattr(generations, "cache", shared)
    cache.add("test:marker", 1, 600)  # another server set it
    assert generations.added_lately("test:marker", 600) is True
    generations.forget_marker("test:marker")
    assert cache.get("test:marker") is None
    assert generations.added_lately("test:marker", 600) is False
    monkeypatch.setattr(generations, "MARKER_NEAR_SECONDS", 0)  # the near copy aged
    generations.forget_near_copies()
    assert generations.added_lately("test:marker", 600) is True
    assert shared.adds == 3
