"""Small helpers the guidance views share."""

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request, fallback: str) -> str:
    """A local address to go back to (the page a form was on), never another site."""
    target = request.POST.get("next") or request.POST.get("path") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return fallback


def version_of(request) -> str:
    return request.POST.get("version", "")
