"""One masked CSRF token per request for every form a page shows.

Django masks the secret anew at each get_token() (32 random characters drawn one by one);
the menu's logout form, the page's own forms and htmx's header each asked again."""

from django.middleware.csrf import get_token


def request_token(request) -> str:
    """The request's masked token, made once (again only if the secret changed meanwhile,
    e.g. rotated at login)."""
    secret = request.META.get("CSRF_COOKIE")
    kept = getattr(request, "_abdi_csrf_token", None)
    if kept is not None and kept[0] == secret:
        return kept[1]
    token = get_token(request)
    request._abdi_csrf_token = (request.META.get("CSRF_COOKIE"), token)
    return token
