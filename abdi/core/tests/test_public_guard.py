"""The guard of public forms: limits per address and per device, the device cookie, the honeypot."""

import uuid

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from abdi.core import public_guard
from abdi.core.cache import SharedClientRedisCache
from abdi.core.public_guard import (
    DEVICE_COOKIE,
    DEVICE_COOKIE_SALT,
    HoneypotMixin,
    Spam,
    TooManyRequests,
    device_id,
    limit,
    refuse_spam,
    remember_device,
)


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


def _request(address="10.0.0.1", device=None):
    request = RequestFactory().post("/", REMOTE_ADDR=address)
    if device:
        response = HttpResponse()
        response.set_signed_cookie(DEVICE_COOKIE, device, salt=DEVICE_COOKIE_SALT)
        request.COOKIES[DEVICE_COOKIE] = response.cookies[DEVICE_COOKIE].value
    return request


def test_the_address_limit_refuses_the_next_submission_with_429():
    for _ in range(3):
        limit(_request(), "t", per_address=(3, 60))
    with pytest.raises(TooManyRequests) as refused:
        limit(_request(), "t", per_address=(3, 60))
    assert refused.value.status == 429
    limit(_request("10.0.0.2"), "t", per_address=(3, 60))  # another address is not affected
    limit(_request(), "other-form", per_address=(3, 60))  # nor another form


def test_the_device_limit_counts_one_device_across_addresses():
    device = "a" * 32
    limit(_request("10.0.0.1", device), "t", per_address=(100, 60), per_device=(2, 60))
    limit(_request("10.0.0.2", device), "t", per_address=(100, 60), per_device=(2, 60))
    with pytest.raises(TooManyRequests, match="this device"):
        limit(_request("10.0.0.3", device), "t", per_address=(100, 60), per_device=(2, 60))


def test_a_forged_or_missing_device_cookie_gets_a_new_id_that_is_then_remembered():
    request = _request()
    request.COOKIES[DEVICE_COOKIE] = "forged-value"
    first = device_id(request)
    assert len(first) == 32
    assert first != "forged-value"
    assert device_id(request) == first  # stable within the request
    response = remember_device(request, HttpResponse())
    assert response.cookies[DEVICE_COOKIE]["httponly"]
    again = _request(device=first)
    assert device_id(again) == first
    assert DEVICE_COOKIE not in remember_device(again, HttpResponse()).cookies  # nothing new to set


def test_a_filled_honeypot_is_refused_and_an_empty_one_passes():
    refuse_spam(HoneypotMixin(data={"situs_web": ""}))
    with pytest.raises(Spam) as refused:
        refuse_spam(HoneypotMixin(data={"situs_web": "http://spam.example"}))
    assert refused.value.status == 400


def test_redis_counts_every_window_in_one_command():
    """Against the Redis the project runs with (127.0.0.1:6379, database 15 as the benchmarks):
    the script must count, start each window at the first hit, and keep its length."""
    backend = SharedClientRedisCache("redis://127.0.0.1:6379/15", {})
    client = backend._cache.get_client(write=True)
    prefix = f"test-hits-{uuid.uuid4().hex}"
    windows = [(f"{prefix}:a", 60), (f"{prefix}:d", 3600)]
    try:
        assert backend.count_hits(windows) == [1, 1]
        assert backend.count_hits(windows) == [2, 2]
        ttls = [client.ttl(backend.make_and_validate_key(k)) for k, _s in windows]
        assert 55 <= ttls[0] <= 60
        assert 3590 <= ttls[1] <= 3600
        client.expire(backend.make_and_validate_key(windows[0][0]), 5)
        backend.count_hits(windows)  # a later hit does not stretch the window (NX)
        assert client.ttl(backend.make_and_validate_key(windows[0][0])) <= 5
    finally:
        client.delete(*[backend.make_and_validate_key(k) for k, _s in windows])


def test_the_guard_uses_the_backends_counter_when_it_has_one(monkeypatch):
    seen = []
    monkeypatch.setattr(public_guard, "cache", type("C", (), {
        "count_hits": staticmethod(lambda windows: seen.append(windows) or [1] * len(windows))})())
    limit(_request(), "t", per_address=(1, 60), per_device=(1, 60))
    assert [w[1] for w in seen[0]] == [60, 60]
