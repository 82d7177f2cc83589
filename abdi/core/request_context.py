"""Where a request came from, for the audit trail."""


def client_ip(request) -> str:
    # Behind nginx the real address is the first X-Forwarded-For hop; only trusted when set.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded:
        return forwarded.split(",")[0].strip()[:45]
    return request.META.get("REMOTE_ADDR", "")[:45]
