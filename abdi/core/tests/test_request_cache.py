"""The request's prefetch and the near copies a run of requests starts from."""

from django.core.cache import cache

from abdi.core import request_cache


def _request(keys, known=None, *, keep_as=None, since=None, read=()):
    """One request: prefetch, optionally keep, read `read` through `cached`; what it read."""
    token = request_cache.prefetch(keys, known)
    try:
        if keep_as:
            request_cache.keep(keep_as, request_cache.epoch() if since is None else since)
        return {key: request_cache.cached(key, lambda: "loaded", 60) for key in read}
    finally:
        request_cache.end(token)


def _resumed(name):
    token = request_cache.resume(name)
    if token is None:
        return None
    try:
        return request_cache.get_many(["a", "b"])
    finally:
        request_cache.end(token)


def test_a_prefetch_with_every_key_found_is_kept_and_resumed():
    cache.set("a", {"n": 1})
    _request(["a"], {"b": [2]}, keep_as="caller")
    cache.delete("a")  # the copy no longer needs the cache
    assert _resumed("caller") == {"a": {"n": 1}, "b": [2]}


def test_a_prefetch_with_a_miss_is_not_kept():
    _request(["a", "b"], keep_as="caller")
    assert _resumed("caller") is None


def test_a_forget_between_the_read_and_the_keep_keeps_nothing():
    cache.set("a", 1)
    since = request_cache.epoch()
    request_cache.forget("unrelated")
    _request(["a"], keep_as="caller", since=since)
    assert _resumed("caller") is None


def test_any_forget_drops_every_near_copy_and_drop_one():
    cache.set("a", 1)
    _request(["a"], keep_as="one")
    _request(["a"], keep_as="two")
    request_cache.drop("one")
    assert _resumed("one") is None
    assert _resumed("two") == {"a": 1}
    request_cache.forget("a")
    assert _resumed("two") is None


def test_every_resume_hands_out_fresh_objects():
    cache.set("a", {"n": 1})
    _request(["a"], keep_as="caller")
    first = _resumed("caller")
    first["a"]["n"] = 99
    assert _resumed("caller") == {"a": {"n": 1}}


def test_a_near_copy_ages_out(monkeypatch):
    cache.set("a", 1)
    _request(["a"], keep_as="caller")
    now = request_cache.time.monotonic()
    monkeypatch.setattr(request_cache.time, "monotonic", lambda: now + request_cache.NEAR_SECONDS)
    assert _resumed("caller") is None


def test_a_value_asked_for_and_absent_is_loaded_once_and_seen_for_the_rest_of_the_request():
    read = _request(["a"], read=["a", "a"])
    assert read == {"a": "loaded"}
    assert cache.get("a") == "loaded"
