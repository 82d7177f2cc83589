"""Token authentication for the API, the second factor admins must pass, and the password
change that a temporary password forces."""

from functools import cache
from urllib.parse import urlencode

from django.contrib.auth import SESSION_KEY
from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.middleware import OTPMiddleware

from abdi.core import request_cache
from abdi.tenancy.cache import get_instansi

from . import principal_cache
from .actor import Actor
from .models import ApiToken, User, hash_token

# Pages anyone signed in may reach before passing the second factor.
ALWAYS_OPEN_PREFIXES = ("/static/", "/media/", "/healthz", "/i18n/")


@cache
def _second_factor_paths() -> frozenset[str]:
    return frozenset(reverse(name) for name in
                     ("accounts:login", "accounts:logout", "accounts:two_factor"))


@cache
def _password_change_paths() -> frozenset[str]:
    return _second_factor_paths() | {reverse("accounts:password_change")}


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


class PrincipalPrefetchMiddleware:
    """Reads everything an authenticated request needs of its user (account, roles, device,
    government) from the cache in one round trip, right after the session is loaded."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        user_id = session.get(SESSION_KEY) if session is not None and session.session_key else None
        if user_id is None:
            return self.get_response(request)
        instansi_id = session.get(principal_cache.INSTANSI_SESSION_KEY)
        token = request_cache.prefetch([
            *principal_cache.principal_keys(user_id, session.get(DEVICE_ID_SESSION_KEY),
                                            instansi_id),
            *request_cache.start_keys(user_id, instansi_id)])
        try:
            return self.get_response(request)
        finally:
            request_cache.end(token)


class ApiTokenMiddleware:
    """`Authorization: Bearer abdi_…` on /api/ authenticates as the token's user."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        request.auth_token = None
        prefetched = None
        if _is_api(request) and header.startswith("Bearer "):
            raw = header[7:].strip()
            token, prefetched = _live_token(raw) if 0 < len(raw) <= 200 else (None, None)
            now = timezone.now()
            if token and _token_usable(token, now):
                request.user = token.user
                request.auth_token = token
                request._dont_enforce_csrf_checks = True
                if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 300:
                    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
                    token.last_used_at = now
                    principal_cache.remember_token(token)
                    request_cache.drop(_near_name(token.key_hash))  # the next call reads it anew
            else:
                request.auth_token_invalid = True
        try:
            return self.get_response(request)
        finally:
            if prefetched is not None:
                request_cache.end(prefetched)


def _load_token(key_hash: str):
    # The user's government rides along as a hint: it lets the next request fetch the
    # government with the user and their roles in one round trip (a stale hint costs one more).
    return (ApiToken.objects.filter(key_hash=key_hash, revoked=False)
            .annotate(user_instansi_hint=F("user__instansi_id")).first())


def _near_name(key_hash: str) -> str:
    return f"api-token:{key_hash}"


def _live_token(raw: str):
    """(The unrevoked token with this value, its user and government from the principal cache;
    the reset token of the request's prefetch, to end when the request does).

    A token's calls come in runs (an integration, a phone sending what it kept offline): the
    next call within a moment starts from this process's near copy of what this one fetched
    (core.request_cache), without a round trip to the cache."""
    key_hash = hash_token(raw)
    prefetched = request_cache.resume(_near_name(key_hash))
    if prefetched is not None:
        token = principal_cache.cached_token(key_hash, lambda: _load_token(key_hash))
        return _with_user(token), prefetched
    since = request_cache.epoch()
    token = principal_cache.cached_token(key_hash, lambda: _load_token(key_hash))
    if token is None:
        return None, None
    # One round trip for the user, their roles and their government instead of three.
    prefetched = request_cache.prefetch(
        principal_cache.principal_keys(token.user_id, None, getattr(token, "user_instansi_hint", None)),
        known=principal_cache.token_entry(token))
    request_cache.keep(_near_name(key_hash), since)
    return _with_user(token), prefetched


def _with_user(token):
    """The token with its user (and the user's government) read from the principal cache."""
    user = principal_cache.cached_user(
        token.user_id, lambda: User.objects.filter(pk=token.user_id).first())
    if user is None:
        return None
    if user.instansi_id:
        user.instansi = get_instansi(user.instansi_id)
    token.user = user
    return token


def _token_usable(token, now) -> bool:
    user = token.user
    if not user.is_active or (token.expires_at is not None and token.expires_at <= now):
        return False
    # A deactivated government's accounts cannot log in, nor can their integrations.
    return user.instansi_id is None or user.instansi.is_active


def needs_second_factor(request) -> bool:
    """Operators and holders of an admin role; read from the roles held now (never cached,
    so a role granted during a session takes effect with its second factor)."""
    actor = Actor.from_request(request)
    return actor.is_operator or actor.is_admin


class SecondFactorRequiredMiddleware:
    """Admins and operators must verify a TOTP code (and set one up first) to use anything
    beyond the log-in pages; API calls by session answer 403 until they do."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and getattr(request, "auth_token", None) is None
            and request.path not in _second_factor_paths()
            and not request.path.startswith(ALWAYS_OPEN_PREFIXES)
            and not user.is_verified()
            and needs_second_factor(request)
        ):
            if _is_api(request):
                return JsonResponse(
                    {"detail": _("Verify your second factor on the log-in page first."), "errors": {}},
                    status=403)
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('accounts:two_factor')}?{query}")
        return self.get_response(request)


class PasswordChangeRequiredMiddleware:
    """After an admin reset the password, its owner must choose a new one before anything."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and getattr(request, "auth_token", None) is None
            and getattr(user, "must_change_password", False)
            and request.path not in _password_change_paths()
            and not request.path.startswith(ALWAYS_OPEN_PREFIXES)
        ):
            if _is_api(request):
                return JsonResponse(
                    {"detail": _("Change your temporary password on the web first."), "errors": {}},
                    status=403)
            return redirect("accounts:password_change")
        return self.get_response(request)


class CachedOTPMiddleware(OTPMiddleware):
    """django-otp's middleware, reading the session's verified device through the principal cache."""

    def __call__(self, request):
        if getattr(request, "auth_token", None) is not None:
            # An API token's user is known already: verified now, so the many later reads of
            # request.user do not each pass through django-otp's lazy proxy.
            request.user = self._verify_user_sync(request, request.user)
            return self.get_response(request)
        return super().__call__(request)

    def _verify_user_sync(self, request, user):
        self._init_user_fields(user)
        if user.is_authenticated:
            persistent_id = request.session.get(DEVICE_ID_SESSION_KEY)
            device = None
            if persistent_id:
                device = principal_cache.cached_device(
                    user.pk, persistent_id, lambda: self._device_from_persistent_id(persistent_id)
                )
            user.otp_device = self._finalize_device(request, user, device)
        return user
