"""Enters the government scope once per request, so every tenant query is filtered by it.

Anonymous users and platform operators get no scope: a tenant query then raises ScopeError,
which is answered as 404 rather than leaking anything.
"""

from django.http import Http404
from django.utils import timezone
from django_scopes import ScopeError, scope


class TenantScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        instansi_id = getattr(user, "instansi_id", None) if user and user.is_authenticated else None
        request.instansi = user.instansi if instansi_id else None
        if instansi_id is None:
            return self.get_response(request)
        timezone.activate(request.instansi.zone)
        try:
            with scope(instansi=instansi_id):
                return self.get_response(request)
        finally:
            timezone.deactivate()

    def process_exception(self, request, exception):
        if isinstance(exception, ScopeError):
            raise Http404 from exception
        return None
