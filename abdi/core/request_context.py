"""Where a request came from, for the audit trail."""

from django.conf import settings


def client_ip(request) -> str:
    """The client's address; X-Forwarded-For only counts behind the configured trusted proxies."""
    proxies = settings.ABDI_TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies][:45]
    return request.META.get("REMOTE_ADDR", "")[:45]
