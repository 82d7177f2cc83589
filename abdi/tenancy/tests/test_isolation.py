"""Tenant isolation, proven by walking every URL of the project.

The walker reads the resolver (abdi.urls, recursively) and the Ninja API's path operations,
so a URL added tomorrow is walked tomorrow. Each path parameter is filled with the id of an
object of the FIRST government; the visitor is an HR admin (BKPSDM) of ANOTHER government,
who must get 404 for every one of them. Pages and API lists without ids must not show a
name, NIP or code of the first government. A parameter name the map below does not know
fails the test loudly (it is still walked, with an employee id, so leaks show up at once).
"""

import datetime
import importlib
import importlib.util
import re
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from django_scopes import ScopeError, scopes_disabled

from abdi.accounts.models import ApiToken, Role, RoleGrant
from abdi.accounts.tests.factories import RoleGrantFactory
from abdi.allowance.models import AttendanceImport, TppRuleSet, TppRun, TppSlip
from abdi.allowance.rules import codec, presets
from abdi.audit.models import AuditEntry
from abdi.org.models import ActingAssignment, Position, Unit
from abdi.people.models import Employee
from abdi.people.tests.factories import EmployeeFactory
from abdi.performance.models import (
    Activity,
    Appraisal,
    CoachingPlan,
    IssuedDocument,
    Notification,
    Objection,
    Skp,
    SkpIndicator,
    SkpResult,
    SkpTemplate,
)
from abdi.tenancy.models import Holiday, TenantModel
from abdi.transfer.models import ImportJob

# A path parameter name -> which object of the first government fills it.
PARAMS = {
    "employee_id": "employee", "employee_pk": "employee",
    "unit_id": "unit", "unit_pk": "unit",
    "position_id": "position", "position_pk": "position",
    "acting_id": "acting", "acting_pk": "acting", "assignment_id": "acting",
    "job_id": "import_job", "job_pk": "import_job",
    "entry_id": "audit_entry", "entry_pk": "audit_entry",
    "token_id": "token",
    "user_id": "account", "account_id": "account",
    "grant_id": "grant",
    "holiday_id": "holiday", "holiday_pk": "holiday",
    "instansi_id": "instansi", "instansi_pk": "instansi",
    "skp_id": "skp", "result_id": "skp_result", "indicator_id": "skp_indicator",
    "activity_id": "activity", "appraisal_id": "appraisal", "objection_id": "objection",
    "plan_id": "coaching_plan", "notification_id": "notification", "code": "document",
    "template_id": "skp_template",
    "agency_id": "unit",
}
# `pk` means something else on each page: URL name -> which object.
PK_OF = {
    "people:detail": "employee", "people:edit": "employee", "people:photo": "employee",
    "org:unit": "unit", "org:chart_children": "unit", "org:unit_edit": "unit",
    "org:position_edit": "position", "org:acting_end": "acting",
    "audit:employee": "employee", "audit:unit": "unit",
    "transfer:job": "import_job", "transfer:job_progress": "import_job",
    "transfer:job_confirm": "import_job",
    "tenancy:instansi_edit": "instansi", "tenancy:holidays": "instansi",
    "tenancy:holiday_delete": "instansi",
    "performance:activity_detail": "activity", "performance:validate": "activity",
    "performance:appraisal": "appraisal", "performance:self_assess": "appraisal",
    "performance:peer": "appraisal", "performance:rate": "appraisal",
    "performance:object": "appraisal", "performance:evaluation_pdf": "appraisal",
    "allowance:rule_set": "tpp_rule_set", "allowance:rule_set_edit": "tpp_rule_set",
    "allowance:run": "tpp_run", "allowance:slip": "tpp_slip",
    "allowance:run_export_xlsx": "tpp_run", "allowance:run_export_pdf": "tpp_run",
    "allowance:attendance_import": "attendance_import",
}
# Every other page of performance takes the SKP as its pk.
PK_PREFIX_OF = {"performance:": "skp"}
MISSING_ID = 2_000_000_001  # an id no row has: what "not found" looks like on each URL

# Pages anyone may open without logging in.
PUBLIC = {"healthz", "set_language", "accounts:login", "accounts:logout", "performance:verify"}
PUBLIC_PREFIXES = ("bench/",)  # benchmark yardsticks with fixed data, only in test settings
API_PUBLIC = {"api/openapi.json", "api/docs", "api/"}

# Pages a platform operator may use; every other page is a tenant page and answers 404.
OPERATOR_PAGES = {
    "healthz", "set_language", "accounts:login", "accounts:logout", "accounts:two_factor",
    "accounts:password_change", "accounts:tokens", "web:home", "tenancy:index",
    "tenancy:instansi_create", "tenancy:instansi_edit", "tenancy:holidays",
    "tenancy:holiday_delete", "performance:verify",
}
OPERATOR_API = {("GET", "api/me"), ("GET", "api/tokens"), ("POST", "api/tokens")}

# Newer domains describe their own objects to the walker in `<app>/tests/isolation.py`: PARAMS,
# PK_OF, PUBLIC and OPERATOR_PAGES (pages without a login) merged into the maps above, and
# victims(world, marked) -> (objects, markers) creating one object of each of their kinds in the
# first government.
EXTENSIONS = tuple(importlib.import_module(f"{config.name}.tests.isolation")
                   for config in apps.get_app_configs()
                   if config.name.startswith("abdi.")
                   and importlib.util.find_spec(f"{config.name}.tests") is not None
                   and importlib.util.find_spec(f"{config.name}.tests.isolation") is not None)
for _extension in EXTENSIONS:
    PARAMS |= getattr(_extension, "PARAMS", {})
    PK_OF |= getattr(_extension, "PK_OF", {})
    PUBLIC |= getattr(_extension, "PUBLIC", set())
    OPERATOR_PAGES |= getattr(_extension, "OPERATOR_PAGES", set())

_PARAM = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


@dataclass(frozen=True)
class Route:
    route: str  # Django route syntax, without the leading slash
    name: str  # namespace:name, or the route itself when unnamed
    methods: tuple  # for API operations; pages are tried with GET and POST
    is_api: bool

    @property
    def params(self) -> list[str]:
        return [m.group("name") for m in _PARAM.finditer(self.route)]

    def url(self, value_of) -> str:
        return "/" + _PARAM.sub(lambda m: str(value_of(m.group("name"))), self.route)


def _walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if not isinstance(pattern.pattern, RoutePattern) and pattern.pattern.regex.groups:
                pytest.fail(f"regex URL with groups cannot be walked: {pattern.pattern}")
            inner = ":".join(p for p in (namespace, pattern.namespace) if p)
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            if not isinstance(pattern.pattern, RoutePattern) and pattern.pattern.regex.groups:
                pytest.fail(f"regex URL with groups cannot be walked: {pattern.pattern}")
            route = prefix + str(pattern.pattern)
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else (
                pattern.name or route)
            yield route, name


def _api_operations() -> list[Route]:
    """Every operation of the Ninja API with its methods, from the routers' path operations."""
    from abdi.api import api

    api.urls  # noqa: B018 - building the URLs binds nested routers into api._routers
    mount = "api/"
    operations = []
    for prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            route = "/".join(p.strip("/") for p in (prefix, path) if p.strip("/"))
            route = re.sub(r"{(?:\w+:)?(\w+)}", r"<\1>", route)
            for operation in path_view.operations:
                operations.append(Route(mount + route, operation.view_func.__name__,
                                        tuple(operation.methods), True))
    return operations


def all_routes() -> list[Route]:
    pages = [Route(route, name, ("GET", "POST"), False)
             for route, name in _walk(get_resolver().url_patterns)
             if not route.startswith("api/") or route in API_PUBLIC]
    api_routes = {r for r, _n in _walk(get_resolver().url_patterns)
                  if r.startswith("api/") and r not in API_PUBLIC}
    operations = _api_operations()
    walked = {op.route for op in operations}
    assert api_routes == walked, (
        f"API URLs and Ninja path operations disagree: {sorted(api_routes ^ walked)}")
    return pages + operations


# --- the first government's objects --------------------------------------------------------


class _ByCode:
    """An issued document is addressed by its public code, not its id."""

    def __init__(self, document):
        self.pk = document.code


@pytest.fixture
def victims(world):
    """One object of each kind in the first government, and strings that must never leak."""
    with scopes_disabled():
        marked = EmployeeFactory(position=world.peer.position, name="Zulkarnain Penandarahasia")
        marked.photo.save("rahasia.jpg", ContentFile(b"\xff\xd8\xff\xe0 not really a photo"))
        acting = ActingAssignment.objects.create(
            instansi=world.gov, kind="plt", position=world.supervisor.position,
            employee=world.peer, start=datetime.date(2025, 1, 1), end=datetime.date(2025, 1, 31))
        job = ImportJob.objects.create(instansi=world.gov, kind="employees",
                                       created_by=world.users.hr_admin,
                                       original_name="rahasia-kota-a.xlsx", file_format="xlsx",
                                       file="imports/rahasia-kota-a.xlsx", status="validated")
        entry = AuditEntry.objects.create(
            instansi=world.gov, actor=world.users.hr_admin, actor_label="Admin BKPSDM Kota A",
            action="update", object_type="people.employee", object_id=str(marked.pk),
            object_repr=str(marked), employee_id=marked.pk, unit_id=marked.unit_id,
            agency_id=marked.agency_id, changes={"name": ["Lama", marked.name]})
        holiday = Holiday.objects.create(instansi=world.gov, date=datetime.date(2025, 8, 18),
                                         name="Libur Rahasia Kota A")
        token, _raw = ApiToken.issue(world.users.own, "rahasia kota a")
        skp = Skp.objects.create(instansi=world.gov, employee=marked, year=2025, kind="NON_JPT",
                                 unit=marked.unit, status="approved",
                                 approved_at=datetime.datetime(2025, 1, 20, tzinfo=datetime.UTC))
        skp_result = SkpResult.objects.create(instansi=world.gov, skp=skp, text="Hasil Rahasia Kota A")
        skp_indicator = SkpIndicator.objects.create(
            instansi=world.gov, result=skp_result, text="Indikator Rahasia Kota A",
            target_value=10, target_unit="dokumen", aspect="KUANTITAS")
        activity = Activity.objects.create(
            instansi=world.gov, employee=marked, skp=skp, indicator=skp_indicator,
            date=datetime.date(2025, 3, 3), description="Aktivitas Rahasia Kota A", quantity=1,
            minutes=60, fingerprint="x")
        appraisal = Appraisal.objects.create(
            instansi=world.gov, skp=skp, employee=marked, unit=marked.unit, year=2025,
            period_kind="annual", period_number=1, start=datetime.date(2025, 1, 1),
            end=datetime.date(2025, 12, 31), status="final", predikat="BP", result_rating="BAWAH",
            behaviour_rating="SESUAI", appraiser=world.supervisor,
            finalised_at=datetime.datetime(2025, 12, 31, tzinfo=datetime.UTC))
        objection = Objection.objects.create(instansi=world.gov, appraisal=appraisal,
                                             reason="Keberatan Rahasia Kota A",
                                             reviewer=world.agency_head)
        coaching_plan = CoachingPlan.objects.create(instansi=world.gov, appraisal=appraisal,
                                                    employee=marked, coach=world.supervisor,
                                                    goals="Pembinaan Rahasia Kota A")
        notification = Notification.objects.create(instansi=world.gov, recipient=marked,
                                                   topic="feedback",
                                                   message="Notifikasi Rahasia Kota A")
        skp_template = SkpTemplate.objects.create(
            instansi=world.gov, name="Templat Rahasia Kota A", position_name="Analis Rahasia",
            content={"results": []})
        document = IssuedDocument.objects.create(
            instansi=world.gov, kind="skp", object_id=skp.pk, content_hash="0" * 64,
            employee_name=marked.name, employee_nip=marked.nip, title="SKP 2025")
        tpp_rule_set = TppRuleSet.objects.create(
            instansi=world.gov, name="Aturan TPP Rahasia Kota A", effective_from=datetime.date(2025, 1, 1),
            schedule=codec.schedule_to_data(presets.TULANG_BAWANG), preset="tulang_bawang")
        tpp_run = TppRun.objects.create(instansi=world.gov, year=2025, month=3, rule_set=tpp_rule_set,
                                        status="done", summary={"total": 1})
        tpp_slip = TppSlip.objects.create(instansi=world.gov, run=tpp_run, employee=marked,
                                          agency=marked.agency, amount=1, lines=[])
        attendance_import = AttendanceImport.objects.create(
            instansi=world.gov, created_by=world.users.hr_admin, file_name="presensi-rahasia-kota-a.csv",
            file_format="csv", rows=1, refused=1, report=[
                {"row": 2, "nip": marked.nip, "level": "refused", "code": "unknown_nip", "params": {}}])
        grant = RoleGrant.objects.get(user=world.users.hr_admin)
        employees = list(Employee.objects.filter(instansi=world.gov))
        units = list(Unit.objects.filter(instansi=world.gov))
    objects = {
        "employee": marked, "unit": world.unit, "position": world.peer.position,
        "acting": acting, "import_job": job, "audit_entry": entry, "token": token,
        "account": world.users.own, "grant": grant, "holiday": holiday, "instansi": world.gov,
        "skp": skp, "skp_result": skp_result, "skp_indicator": skp_indicator, "activity": activity,
        "appraisal": appraisal, "objection": objection, "coaching_plan": coaching_plan,
        "notification": notification, "document": _ByCode(document), "skp_template": skp_template,
        "tpp_rule_set": tpp_rule_set, "tpp_run": tpp_run, "tpp_slip": tpp_slip,
        "attendance_import": attendance_import,
    }
    generic = {"Kepala Dinas", "Admin BKPSDM"}  # words of the interface, not data
    markers = {e.nip for e in employees} | {e.name for e in employees if e.name not in generic}
    markers |= {u.code for u in units} | {"Bidang Pembinaan SD", "Bidang PAUD"}
    markers |= {world.gov.name, "admin.disdik@kota-a.go.id", "sekda@kota-a.go.id",
                "Libur Rahasia Kota A", "rahasia-kota-a.xlsx", "rahasia kota a",
                "Hasil Rahasia Kota A", "Indikator Rahasia Kota A", "Aktivitas Rahasia Kota A",
                "Keberatan Rahasia Kota A", "Pembinaan Rahasia Kota A", "Notifikasi Rahasia Kota A",
                "Templat Rahasia Kota A", "Aturan TPP Rahasia Kota A", "presensi-rahasia-kota-a.csv"}
    for extension in EXTENSIONS:
        with scopes_disabled():
            more_objects, more_markers = extension.victims(world, marked)
        objects |= more_objects
        markers |= more_markers
    return objects, markers


def _value_of(route: Route, objects, unknown: list):
    def value(param):
        if param == "pk":
            kind = PK_OF.get(route.name) or next(
                (k for prefix, k in PK_PREFIX_OF.items() if route.name.startswith(prefix)), None)
        else:
            kind = PARAMS.get(param)
        if kind is None:
            unknown.append(f"{route.route} ({route.name}): <{param}>")
            kind = "employee"
        return objects[kind].pk
    return value


def _request(client, method, url, **extra):
    client.raise_request_exception = False  # a crash is a finding of the walk, not its end
    if method == "GET":
        return client.get(url, **extra)
    # A PATCH names the version it read; with a valid body the answer comes from the lookup.
    body = b'{"version": 1}' if method == "PATCH" else b"{}"
    return client.generic(method, url, data=body, content_type="application/json", **extra)


def _leaks(response, markers) -> list[str]:
    if getattr(response, "streaming", False):
        return []
    body = response.content.decode("utf-8", errors="replace")
    return sorted(m for m in markers if m in body)


def _is_not_allowed(response) -> bool:
    # A wrong method is refused before any object is read: it tells nothing about ids.
    return response.status_code == 405 and response.has_header("Allow")


@pytest.fixture
def stranger(world, login, client):
    """An HR admin of the other government, logged in with the second factor passed,
    with an API token for the API."""
    with scopes_disabled():
        RoleGrantFactory(user=world.users.other_gov, role=Role.HR_ADMIN)
    login(world.users.other_gov)
    _token, raw = ApiToken.issue(world.users.other_gov, "walker")
    return client, {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def _snapshot(world):
    extensions = [model for extension in EXTENSIONS
                  for model in getattr(extension, "SNAPSHOT_MODELS", ())]
    with scopes_disabled():
        return (
            list(Employee.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(Unit.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(Position.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(ActingAssignment.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(RoleGrant.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(ApiToken.objects.filter(user__instansi=world.gov).order_by("pk").values()),
            list(Holiday.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(Skp.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(SkpResult.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(SkpIndicator.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(Activity.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(Appraisal.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(Objection.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(CoachingPlan.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(SkpTemplate.objects.filter(instansi=world.gov).order_by("pk").values()),
            list(TppRuleSet.objects.filter(instansi=world.gov).order_by("pk").values()),
            *(list(model.objects.filter(instansi=world.gov).order_by("pk").values())
              for model in extensions),
        )


def test_hr_admin_of_another_government_gets_404_everywhere(world, victims, stranger):
    client, token_auth = stranger
    objects, markers = victims
    before = _snapshot(world)
    unknown, failures, walked = [], [], 0
    for route in all_routes():
        # Public pages (the document check a QR code opens) answer anyone, by design.
        if not route.params or route.name in PUBLIC:
            continue
        url = route.url(_value_of(route, objects, unknown))
        missing_url = route.url(lambda _p: MISSING_ID)
        auth = token_auth if route.is_api else {}
        for method in route.methods:
            walked += 1
            response = _request(client, method, url, **auth)
            if response.status_code == 404 or _is_not_allowed(response):
                continue
            baseline = _request(client, method, missing_url, **auth).status_code
            failures.append(f"{method} {url} -> {response.status_code} (missing id: {baseline})"
                            f" leaks={_leaks(response, markers)}")
    assert walked > 20  # the walker found the project's URLs
    problems = [f"unknown path parameter, add it to PARAMS/PK_OF: {u}" for u in sorted(set(unknown))]
    problems += [f"reachable from another government: {f}" for f in failures]
    assert not problems, "\n".join(problems)
    assert _snapshot(world) == before


def test_the_parameter_map_points_at_real_objects(world, victims, login, client):
    """Control for the walk above: the same URLs answer the first government's own HR admin
    (or, for the platform pages, an operator), so the 404s come from isolation, not from ids
    that point at nothing."""
    objects, _markers = victims
    _token, raw = ApiToken.issue(world.users.hr_admin, "control")
    unknown, dead = [], []
    for route in all_routes():
        if not route.params or "GET" not in route.methods:
            continue
        is_platform = route.name in OPERATOR_PAGES
        login(world.users.operator if is_platform else world.users.hr_admin)
        auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"} if route.is_api else {}
        url = route.url(_value_of(route, objects, unknown))
        response = _request(client, "GET", url, **auth)
        if response.status_code == 404:
            dead.append(f"GET {url} ({route.name})")
    assert not dead, "these URLs found no object; fix PARAMS/PK_OF:\n" + "\n".join(dead)


def test_lists_of_another_government_show_none_of_the_first(world, victims, stranger):
    client, token_auth = stranger
    objects, markers = victims
    marked = objects["employee"]
    # Search for part of a name: the search box repeats the query, a leak shows the whole name.
    query = {"q": marked.name[:6], "unit": objects["unit"].pk, "agency": world.agency.pk,
             "position": objects["position"].pk, "employee": marked.pk, "page": 1}
    failures = []
    for route in all_routes():
        if route.params or "GET" not in route.methods:
            continue
        auth = token_auth if route.is_api else {}
        for params in ({}, query):
            client.raise_request_exception = False
            response = client.get(route.url(str), params, **auth)
            leaked = _leaks(response, markers)
            if leaked:
                failures.append(f"GET /{route.route} {params} -> {response.status_code}: {leaked}")
    assert not failures, "the first government's data shows:\n" + "\n".join(failures)


def test_anonymous_is_sent_to_log_in_or_gets_401(client, world, victims):
    objects, markers = victims
    failures, unknown = [], []
    for route in all_routes():
        if route.name in PUBLIC or route.route.startswith(PUBLIC_PREFIXES) \
                or route.route in API_PUBLIC:
            continue
        url = route.url(_value_of(route, objects, unknown))
        method = "GET" if "GET" in route.methods else route.methods[0]
        response = _request(client, method, url)
        if route.is_api:
            ok = response.status_code == 401
        else:
            ok = response.status_code == 302 and response["Location"].startswith(
                "/accounts/login/")
        if not ok or _leaks(response, markers):
            failures.append(f"{method} {url} -> {response.status_code}")
    assert not failures, "anonymous visitors must log in first:\n" + "\n".join(failures)


def test_operator_gets_404_on_every_tenant_page(world, victims, login, client):
    objects, markers = victims
    login(world.users.operator)
    failures, unknown = [], []
    for route in all_routes():
        if route.name in OPERATOR_PAGES or route.route.startswith(PUBLIC_PREFIXES) \
                or route.route in API_PUBLIC:
            continue
        url = route.url(_value_of(route, objects, unknown))
        for method in route.methods:
            if route.is_api and (method, route.route) in OPERATOR_API:
                continue
            response = _request(client, method, url)
            leaked = _leaks(response, markers)
            if route.is_api:
                ok = response.status_code in (403, 404) or _is_not_allowed(response)
            else:
                ok = response.status_code == 404 or _is_not_allowed(response)
            if not ok or leaked:
                failures.append(f"{method} {url} -> {response.status_code} leaks={leaked}")
    assert not failures, "the operator reaches tenant data:\n" + "\n".join(failures)


def test_walker_knows_the_project_urls():
    """The walk is not vacuous: the URLs of every domain are in it."""
    routes = {r.route for r in all_routes()}
    for expected in ("pegawai/<int:pk>/", "accounts/manage/<int:user_id>/", "healthz"):
        assert expected in routes
    assert any(r.startswith("api/employees") for r in routes)


@pytest.mark.parametrize("model", [m for m in apps.get_models() if issubclass(m, TenantModel)],
                         ids=lambda m: m._meta.label)
def test_tenant_query_outside_a_scope_raises_scope_error(db, model):
    with pytest.raises(ScopeError):
        list(model.objects.all()[:1])
