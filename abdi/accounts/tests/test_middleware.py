"""Bearer-token authentication on /api/: only a live token of a usable account counts."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone

from abdi.accounts.middleware import ApiTokenMiddleware
from abdi.accounts.models import ApiToken


def _through(path, header=None):
    request = RequestFactory().get(path, **({"HTTP_AUTHORIZATION": header} if header else {}))
    request.user = AnonymousUser()
    ApiTokenMiddleware(lambda r: r)(request)
    return request


def test_live_token_authenticates_on_the_api(world):
    token, raw = ApiToken.issue(world.users.own, "sync")
    request = _through("/api/v1/x", f"Bearer {raw}")
    assert request.user == world.users.own
    assert request.auth_token == token
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_token_is_ignored_outside_the_api(world):
    _token, raw = ApiToken.issue(world.users.own, "sync")
    request = _through("/pegawai/", f"Bearer {raw}")
    assert not request.user.is_authenticated
    assert request.auth_token is None


@pytest.mark.parametrize("spoil", ["revoked", "expired", "inactive_user", "inactive_gov", "wrong",
                                   "huge"])
def test_unusable_tokens_do_not_authenticate(world, spoil):
    token, raw = ApiToken.issue(world.users.own, "sync")
    if spoil == "revoked":
        ApiToken.objects.filter(pk=token.pk).update(revoked=True)
    elif spoil == "expired":
        ApiToken.objects.filter(pk=token.pk).update(
            expires_at=timezone.now() - datetime.timedelta(minutes=1))
    elif spoil == "inactive_user":
        world.users.own.is_active = False
        world.users.own.save()
    elif spoil == "inactive_gov":
        world.gov.is_active = False
        world.gov.save()
    elif spoil == "wrong":
        raw = raw[:-1] + ("A" if raw[-1] != "A" else "B")
    elif spoil == "huge":
        raw = raw + "x" * 10_000
    request = _through("/api/v1/x", f"Bearer {raw}")
    assert not request.user.is_authenticated
    assert request.auth_token is None
    assert request.auth_token_invalid


def test_a_token_reads_its_user_roles_and_government_in_one_round_trip(world, monkeypatch):
    """The phone's hot path: the token (one read), then everything of its principal at once."""
    from django.core.cache import cache

    from abdi.accounts.actor import Actor

    _token, raw = ApiToken.issue(world.users.own, "sync")
    warm = _through("/api/v1/x", f"Bearer {raw}")  # fills the cache: token, user, government
    Actor.from_request(warm).roles  # noqa: B018 - and the roles
    singles, batches, inside = [], [], []
    real_get, real_get_many = cache.get, cache.get_many

    def get(key, *args, **kwargs):
        if not inside:  # the local test cache answers get_many with gets of its own
            singles.append(key)
        return real_get(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        batches.append(sorted(keys))
        inside.append(True)
        try:
            return real_get_many(keys, *args, **kwargs)
        finally:
            inside.pop()

    monkeypatch.setattr(cache, "get", get)
    monkeypatch.setattr(cache, "get_many", get_many)

    def roles_read(request):
        Actor.from_request(request).roles  # noqa: B018 - what every API operation reads
        return request

    request = RequestFactory().get("/api/v1/x", HTTP_AUTHORIZATION=f"Bearer {raw}")
    request.user = AnonymousUser()
    ApiTokenMiddleware(roles_read)(request)
    user = world.users.own
    assert request.user == user
    assert [k for k in singles if "principal:token" not in k] == []
    assert batches == [sorted([f"abdi:principal:user:{user.pk}", f"abdi:principal:grants:{user.pk}",
                               f"abdi:instansi:{user.instansi_id}"])]
