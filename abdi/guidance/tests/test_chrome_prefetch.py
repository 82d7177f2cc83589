"""The banner and tour state of every page come with the principal's round trip."""

from django.core.cache import cache
from django.urls import reverse


def test_a_page_reads_the_guidance_state_in_the_principals_round_trip(world, login, monkeypatch):
    client = login(world.users.hr_admin)
    assert client.get(reverse("web:home")).status_code == 200  # fills the cache
    calls, inside = [], []

    def get(key, *args, **kwargs):
        if not inside:  # the in-memory cache's get_many asks get() for each key
            calls.append(("get", [key]))
        return real_get(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        calls.append(("get_many", list(keys)))
        inside.append(1)
        try:
            return real_get_many(keys, *args, **kwargs)
        finally:
            inside.pop()

    real_get, real_get_many = cache.get, cache.get_many
    monkeypatch.setattr(cache, "get", get)
    monkeypatch.setattr(cache, "get_many", get_many)
    page = client.get(reverse("web:home"))
    assert page.status_code == 200
    guidance_reads = [(how, [k for k in keys if k.startswith("guidance:")]) for how, keys in calls]
    guidance_reads = [(how, keys) for how, keys in guidance_reads if keys]
    assert len(guidance_reads) == 1
    how, keys = guidance_reads[0]
    assert how == "get_many"
    assert any(k.startswith("guidance:banner:") for k in keys)
    assert any(k.startswith("guidance:tour:") for k in keys)
    # ... and it is the principal's read: the user's entry is in the same call.
    principal = next(keys for how, keys in calls if any(k.startswith("guidance:") for k in keys))
    assert len(principal) > 2
