"""The tenant scope middleware: one government per request, its time zone, 404 outside."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from django_scopes import ScopeError

from abdi.people.models import Employee
from abdi.tenancy.middleware import TenantScopeMiddleware


def _run(user, view):
    request = RequestFactory().get("/pegawai/")
    request.user = user
    seen = {}

    def get_response(req):
        seen["answer"] = view(req)
        seen["zone"] = timezone.get_current_timezone_name()
        return HttpResponse("ok")

    TenantScopeMiddleware(get_response)(request)
    return request, seen


def _names(_request):
    return set(Employee.objects.values_list("name", flat=True))


def test_request_sees_only_its_own_government(world):
    request, seen = _run(world.users.other_gov, _names)
    assert request.instansi == world.other_gov
    assert seen["answer"] == {"Pegawai Kabupaten B"}
    request, seen = _run(world.users.own, _names)
    assert "Pegawai Sendiri" in seen["answer"]
    assert "Pegawai Kabupaten B" not in seen["answer"]


def test_request_shows_time_in_the_government_zone_and_resets_it(world, settings):
    _request, seen = _run(world.users.other_gov, lambda r: None)
    assert seen["zone"] == "Asia/Makassar"  # Kabupaten B is in WITA
    assert timezone.get_current_timezone_name() == settings.TIME_ZONE


@pytest.mark.parametrize("persona", ["operator", "anonymous"])
def test_no_scope_for_operator_and_anonymous(world, persona):
    user = AnonymousUser() if persona == "anonymous" else world.users.operator
    request, seen = _run(user, lambda r: _safe(_names, r))
    assert request.instansi is None
    assert seen["answer"] == "ScopeError"


def _safe(view, request):
    try:
        return view(request)
    except ScopeError:
        return "ScopeError"


def test_scope_error_is_answered_as_404(world):
    middleware = TenantScopeMiddleware(lambda r: HttpResponse())
    with pytest.raises(Http404):
        middleware.process_exception(RequestFactory().get("/"), ScopeError("no scope"))
    assert middleware.process_exception(RequestFactory().get("/"), ValueError()) is None


def test_scope_ends_with_the_request(world):
    _run(world.users.own, _names)
    with pytest.raises(ScopeError):
        list(Employee.objects.all())


def test_session_of_a_deactivated_government_ends(client, login, world):
    login(world.users.own)
    assert client.get("/accounts/tokens/").status_code == 200
    world.gov.is_active = False
    world.gov.save()
    response = client.get("/accounts/tokens/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
