"""Token authentication for the API, and the second factor that admin roles must pass."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from .models import ADMIN_ROLES, ApiToken, RoleGrant, hash_token

EXEMPT_PREFIXES = ("/accounts/", "/static/", "/healthz", "/i18n/", "/api/")


class ApiTokenMiddleware:
    """`Authorization: Bearer abdi_…` on /api/ authenticates as the token's user."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        request.auth_token = None
        if request.path.startswith("/api/") and header.startswith("Bearer "):
            raw = header[7:].strip()
            token = (
                ApiToken.objects.select_related("user", "user__instansi")
                .filter(key_hash=hash_token(raw), revoked=False)
                .first()
            )
            now = timezone.now()
            if token and token.user.is_active and (token.expires_at is None or token.expires_at > now):
                request.user = token.user
                request.auth_token = token
                request._dont_enforce_csrf_checks = True
                if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 300:
                    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
            else:
                request.auth_token_invalid = True
        return self.get_response(request)


def needs_second_factor(user) -> bool:
    if user.is_operator:
        return True
    if not user.instansi_id:
        return False
    return RoleGrant.objects.with_scope(instansi=user.instansi_id).filter(
        user=user, role__in=list(ADMIN_ROLES)
    ).exists()


class SecondFactorRequiredMiddleware:
    """Admins and operators must verify a TOTP code (and set one up first) to use pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and getattr(request, "auth_token", None) is None
            and not request.path.startswith(EXEMPT_PREFIXES)
            and not user.is_verified()
        ):
            cached = request.session.get("needs_2fa")
            if cached is None:
                cached = needs_second_factor(user)
                request.session["needs_2fa"] = cached
            if cached:
                return redirect(f"{reverse('accounts:two_factor')}?next={request.get_full_path()}")
        return self.get_response(request)
