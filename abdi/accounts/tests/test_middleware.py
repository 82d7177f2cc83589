"""Bearer-token authentication on /api/: only a live token of a usable account counts."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone

from abdi.accounts.middleware import ApiTokenMiddleware
from abdi.accounts.models import ApiToken


def _through(path, header=None, view=lambda request: request):
    request = RequestFactory().get(path, **({"HTTP_AUTHORIZATION": header} if header else {}))
    request.user = AnonymousUser()
    ApiTokenMiddleware(view)(request)
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


def _warm(raw):
    """Two calls: the first fills the shared cache, the second finds all of it and keeps a near
    copy in this process."""
    from abdi.accounts.actor import Actor

    for _ in range(2):
        Actor.from_request(_through("/api/v1/x", f"Bearer {raw}")).roles  # noqa: B018


def _count_cache_reads(monkeypatch) -> list:
    from django.core.cache import cache

    reads = []
    real_get, real_get_many = cache.get, cache.get_many
    monkeypatch.setattr(cache, "get", lambda key, *a, **k: reads.append(key) or real_get(key, *a, **k))
    monkeypatch.setattr(cache, "get_many",
                        lambda keys, *a, **k: reads.append(tuple(keys)) or real_get_many(keys, *a, **k))
    return reads


def test_a_run_of_calls_starts_from_the_near_copy_without_a_round_trip(world, monkeypatch):
    from abdi.accounts.actor import Actor
    from abdi.accounts.models import Role

    _token, raw = ApiToken.issue(world.users.leader, "sync")
    _warm(raw)
    reads = _count_cache_reads(monkeypatch)
    seen = []
    request = _through("/api/v1/x", f"Bearer {raw}", view=lambda r: seen.append(Actor.from_request(r)))
    actor = seen[0]
    assert request.user == world.users.leader
    assert request.user.instansi == world.gov
    assert Role.LEADER in actor.roles  # the role grants came with the copy
    assert reads == []


def test_each_call_gets_its_own_objects_from_the_near_copy(world):
    _token, raw = ApiToken.issue(world.users.own, "sync")
    _warm(raw)
    first = _through("/api/v1/x", f"Bearer {raw}")
    first.user.display_name = "Changed by a view"
    second = _through("/api/v1/x", f"Bearer {raw}")
    assert second.user is not first.user
    assert second.user.display_name == world.users.own.display_name


@pytest.mark.parametrize("change", ["revoke", "deactivate", "withdraw_role"])
def test_a_change_on_this_server_applies_to_the_next_call_at_once(world, change):
    from abdi.accounts.actor import Actor
    from abdi.accounts.models import RoleGrant

    user = world.users.leader if change == "withdraw_role" else world.users.own
    token, raw = ApiToken.issue(user, "sync")
    _warm(raw)
    if change == "revoke":
        token.revoked = True
        token.save()
    elif change == "deactivate":
        user.is_active = False
        user.save()
    else:
        before = Actor.from_request(_through("/api/v1/x", f"Bearer {raw}")).roles
        grant = RoleGrant.objects.with_scope(instansi=user.instansi_id).filter(user=user).first()
        assert grant is not None
        assert grant.role in before
        grant.delete()
        after = Actor.from_request(_through("/api/v1/x", f"Bearer {raw}")).roles
        assert grant.role not in after
        return
    request = _through("/api/v1/x", f"Bearer {raw}")
    assert not request.user.is_authenticated
    assert request.auth_token_invalid


def test_a_revocation_on_another_server_applies_here_within_the_near_seconds(world, monkeypatch):
    """Another app server revokes: the shared cache entry and the row change, this process is
    not told. Its near copy answers for NEAR_SECONDS at most (the documented delay)."""
    import time as real_time

    from django.core.cache import cache

    from abdi.core import request_cache

    token, raw = ApiToken.issue(world.users.own, "sync")
    _warm(raw)
    ApiToken.objects.filter(pk=token.pk).update(revoked=True)
    cache.delete(f"abdi:principal:token:{token.key_hash}")
    assert _through("/api/v1/x", f"Bearer {raw}").user == world.users.own  # still the copy
    later = real_time.monotonic() + request_cache.NEAR_SECONDS + 0.1
    monkeypatch.setattr(request_cache.time, "monotonic", lambda: later)
    request = _through("/api/v1/x", f"Bearer {raw}")
    assert not request.user.is_authenticated
    assert request.auth_token_invalid


def test_the_first_use_of_a_token_is_recorded_once_not_once_per_call(world, django_assert_num_queries):
    token, raw = ApiToken.issue(world.users.own, "sync")
    _warm(raw)
    token.refresh_from_db()
    first_use = token.last_used_at
    assert first_use is not None
    with django_assert_num_queries(0):  # no UPDATE of last_used_at: the copy was dropped
        for _ in range(3):
            assert _through("/api/v1/x", f"Bearer {raw}").user == world.users.own


def test_a_token_request_carries_its_user_itself_with_no_second_factor(world):
    from django.utils.functional import SimpleLazyObject

    from abdi.accounts.middleware import CachedOTPMiddleware

    _token, raw = ApiToken.issue(world.users.own, "sync")
    seen = []
    request = RequestFactory().get("/api/v1/x", HTTP_AUTHORIZATION=f"Bearer {raw}")
    request.user = AnonymousUser()
    request.session = {}
    ApiTokenMiddleware(CachedOTPMiddleware(seen.append))(request)
    user = seen[0].user
    assert not isinstance(user, SimpleLazyObject)
    assert user == world.users.own
    assert user.otp_device is None
    assert user.is_verified() is False


def test_a_session_request_still_gets_the_lazy_verified_user(world):
    from django.utils.functional import SimpleLazyObject

    from abdi.accounts.middleware import CachedOTPMiddleware

    seen = []
    request = RequestFactory().get("/pegawai/")
    request.user = world.users.own
    request.auth_token = None
    request.session = {}
    CachedOTPMiddleware(seen.append)(request)
    assert isinstance(seen[0].user, SimpleLazyObject)
    assert seen[0].user.is_verified() is False
