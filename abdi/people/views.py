"""People pages: directory, profile, create and edit. Thin: parse, ask policy/queries/services."""

from html import escape

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import floatformat
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core import profile_sections
from abdi.core.errors import DomainError
from abdi.org import queries as org_queries
from abdi.org.models import Unit
from abdi.tenancy.access import member_required
from abdi.web import stencil
from abdi.web.fragments import wants_fragment as _wants_fragment
from abdi.web.paging import page_size, paginate, paginate_fetched

from . import directory_cache, policy, queries, rules, services
from .choices import EmployeeKind, EmployeeStatus, JobKind
from .forms import (
    FILTER_NAMES,
    DirectoryFilterForm,
    EmployeeForm,
    agencies_for,
    manageable_units,
    positions_of,
)

COUNT_CAP = 1000  # counting every one of 100,000 rows on each request costs more than it tells

MAX_SEARCH_ECHO = 200  # the box takes 100 characters; a longer hand-made URL is cut when shown

NO_VALUE = "\u2013"  # en dash for an empty cell

STATUS_BADGES = {
    EmployeeStatus.AKTIF: "badge-ok",
    EmployeeStatus.CUTI: "badge-warn",
    EmployeeStatus.TUGAS_BELAJAR: "badge-warn",
    EmployeeStatus.DIBERHENTIKAN_SEMENTARA: "badge-bad",
}


def _actor(request) -> Actor:
    return Actor.from_request(request)


# The directory's hottest markup: one format_html per row costs a tenth of rendering ~11
# template variables per row (profiled on 100,000 employees; see BENCHMARKS.md).
DIRECTORY_ROW = (
    '<tr><td class="name"><a href="{url}">{full_name}</a></td>'
    '<td class="nowrap"><code>{nip}</code></td>'
    '<td class="nowrap" data-label="{golongan}">{grade_label}</td>'
    '<td>{position_label}{job_kind}</td>'
    '<td>{unit}<br><small class="muted">{agency_label}</small></td>'
    '<td><span class="badge {status_badge}">{status_label}</span></td></tr>'
)


def directory_rows(page):
    """Display rows from the directory's values, each with its escaped HTML row.

    Labels are translated once per page and the names that repeat down a page (unit, agency,
    position, golongan) escaped once: per-row work is one format and three escapes."""
    statuses = {value: escape(str(label)) for value, label in EmployeeStatus.choices}
    kinds = {value: f'<br><small class="muted">{escape(str(label))}</small>'
             for value, label in JobKind.choices}
    golongan = escape(_("Golongan"))
    # One reverse for the page instead of one per row: profile URLs are <directory><id>/.
    prefix = reverse("people:directory")
    escaped: dict = {}

    def once(value) -> str:
        text = escaped.get(value)
        if text is None:
            text = escaped[value] = escape(str(value))
        return text

    rows = []
    for row in page:
        full_name = rules.format_full_name(row["name"], row["front_title"], row["back_title"])
        html = DIRECTORY_ROW.format(
            url=f"{prefix}{row['id']}/", full_name=escape(full_name), nip=escape(row["nip"]),
            golongan=golongan, grade_label=once(row["grade"] or NO_VALUE),
            position_label=once(row["position__name"] or NO_VALUE),
            job_kind=kinds.get(row["job_kind"], ""), unit=once(row["unit__name"]),
            agency_label=once(row["agency__short_name"] or row["agency__name"]),
            status_badge=STATUS_BADGES.get(row["status"], ""),
            status_label=statuses.get(row["status"]) or once(row["status"]))
        rows.append({**row, "full_name": full_name,
                     "html": mark_safe(html)})  # noqa: S308 - every value escaped above
    return rows


@member_required
@require_GET
def directory(request):
    """The directory page, or only its results for htmx (typing in the search box).

    The rendered filters and results come from `directory_cache` when the same sight asked
    the same thing since the government's data last changed."""
    actor = _actor(request)
    if not policy.can_browse_directory(actor):
        raise PermissionDenied
    fragment = _wants_fragment(request)
    cached = directory_cache.DirectoryCache(actor)
    params = sorted(request.GET.lists())
    results_key = cached.key("fragment" if fragment else "results", params)
    agencies_key = cached.key("agencies")
    # The toolbar shows the filters, not the page, its size or the search (put in afterwards):
    # a new search reuses the toolbar of the filters it runs under.
    toolbar_key = cached.key("toolbar", [p for p in params if p[0] in FILTER_NAMES])
    found = cached.get_many([results_key, agencies_key] + ([] if fragment else [toolbar_key]))
    results, toolbar = found.get(results_key), found.get(toolbar_key)
    form = filters = None
    if results is None or (toolbar is None and not fragment):
        agencies = found.get(agencies_key)
        if agencies is None:
            agencies = list(agencies_for(actor).values_list("pk", "name"))
            cached.set(agencies_key, agencies)
        if toolbar is not None or fragment:  # nothing to render from the form but results
            filters = DirectoryFilterForm.search_only_filters(request.GET, agencies)
        if filters is None:
            form = DirectoryFilterForm(request.GET, actor=actor, agencies=agencies)
            filters = form.filters()
    if results is None:
        results = _directory_results(request, actor, form, filters, fragment)
        cached.set(results_key, results)
    if fragment:
        return _directory_response(HttpResponse(results))
    if toolbar is None:
        toolbar = _toolbar(request, form)
        cached.set(toolbar_key, toolbar)
    context = {"results": results, "can_create": _can_create(actor),
               "filters": stencil.put_in(toolbar, {
                   "q": request.GET.get("q", "")[:MAX_SEARCH_ECHO]})}
    return _directory_response(render(request, "people/directory.html", context))


def _toolbar(request, form) -> str:
    """The rendered search box and filters, with a stencil marker where the search's text goes
    (the toolbar is cached per filters; each search puts its own text in)."""
    return render_to_string("people/directory.html#filters", {
        "form": form, "filtering": bool(set(form.filters()) - {"q"}),
        "search_value": stencil.marker("q")}, request=request)


def _directory_results(request, actor, form, filters, fragment) -> str:
    """The rendered result count, table and pagination of one directory request."""
    size, number = page_size(request.GET.get("size")), request.GET.get("page")
    if queries.is_trigram_search(filters.get("q", "")):
        # Every match is visited to sort them by name: the page and an exact count in one query.
        matches = queries.name_matches(actor, filters)
        page = paginate_fetched(lambda offset, limit: queries.trigram_search_page(
            matches, offset, limit), number, size)
    else:
        # Rows are plain values of the shown columns; the count needs none of their joins and
        # stops at COUNT_CAP (large results say "more than ..." and page by previous/next).
        found = queries.directory(actor, **filters)
        page = paginate(queries.DirectoryPage(found), number, size, count_queryset=found,
                        count_cap=COUNT_CAP)
    rows = directory_rows(page)
    context = {
        "form": form,
        "page_obj": page,
        "rows": rows,
        "rows_html": mark_safe("".join(row["html"] for row in rows)),  # noqa: S308 - escaped rows
        "count_text": _count_text(page.paginator),
        "export_href": _export_href(request) if policy.can_export(actor) else "",
        "fragment": fragment,
    }
    return render_to_string("people/directory.html#results", context, request=request)


def _count_text(paginator) -> str:
    if getattr(paginator, "capped", False):
        return _("More than %(n)s employees found") % {"n": floatformat(paginator.cap, "g")}
    return ngettext("%(n)s employee found", "%(n)s employees found", paginator.count) % {
        "n": floatformat(paginator.count, "g")}


def _export_href(request) -> str:
    """The XLSX export of what the directory shows (its filters), if exports are installed."""
    try:
        url = reverse("transfer:export_employees")
    except NoReverseMatch:
        return ""
    query = request.GET.urlencode()
    return f"{url}?{query}" if query else url


def _directory_response(response):
    patch_vary_headers(response, ["HX-Request"])
    return response


def _can_create(actor) -> bool:
    return policy.can_create_employee(actor, None) or any(
        policy.can_create_employee(actor, agency_id) for agency_id in actor.agency_ids)


def _unit_trail(unit) -> list:
    """The unit and its ancestors, root first (one query through the materialised path)."""
    ids = [int(part) for part in unit.path.strip("/").split("/") if part.isdigit()]
    by_id = {u.pk: u for u in Unit.objects.filter(pk__in=ids).only("pk", "name", "depth")}
    return [by_id[pk] for pk in ids if pk in by_id] or [unit]


def _decoded_nip(employee):
    try:
        return rules.validate_nip(employee.nip, employee.kind)
    except ValueError:
        return None


def _pangkat(employee) -> str:
    if not employee.grade or employee.kind in rules.PPPK_KINDS:
        return ""
    try:
        return rules.pangkat_name(employee.grade)
    except (KeyError, ValueError):
        return ""


@member_required
@require_GET
def detail(request, pk):
    actor = _actor(request)
    employee = queries.get_employee_for_user(actor, pk)
    today = timezone.localdate()
    allowed = policy.editable_fields(actor, employee)
    supervisor = org_queries.supervisor_of(employee, on=today)
    context = {
        "employee": employee,
        "nip": _decoded_nip(employee),
        "is_pppk": employee.kind in {EmployeeKind.PPPK, EmployeeKind.PPPK_PARUH_WAKTU},
        "pangkat": _pangkat(employee),
        "trail": _unit_trail(employee.unit),
        "supervisor": supervisor,
        "supervisor_visible": supervisor is not None and policy.can_view_employee(actor, supervisor),
        "history": queries.history(employee),
        "personal": policy.can_view_personal_data(actor, employee),
        "can_edit": allowed is None or bool(allowed),
        "can_edit_all": allowed is None,
        "can_audit": policy.can_view_audit(actor, employee),
        "status_badge": STATUS_BADGES.get(employee.status, ""),
        "is_own": actor.owns(employee.pk),
        "more_sections": profile_sections.render_all(request, actor, employee),
    }
    return render(request, "people/detail.html", context)


@member_required
@require_GET
def photo(request, pk):
    """The photo is personal data: served only to those who may see the employee."""
    employee = queries.get_employee_for_user(_actor(request), pk)
    if not employee.photo:
        raise Http404
    try:
        handle = employee.photo.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    content_type = "image/png" if employee.photo.name.lower().endswith(".png") else "image/jpeg"
    response = FileResponse(handle, content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    return response


def _save_failed(request, form, error, template, context):
    form.add_service_error(error)
    return render(request, template, {**context, "form": form}, status=error.status)


def _warn(request, warnings):
    for warning in warnings:
        messages.warning(request, warning)


@member_required
@require_http_methods(["GET", "POST"])
def create(request):
    actor = _actor(request)
    if not _can_create(actor):
        raise PermissionDenied
    template = "people/form.html"
    context = {"creating": True}
    if request.method == "POST":
        form = EmployeeForm(request.POST, request.FILES, actor=actor)
        if not form.is_valid():
            return render(request, template, {**context, "form": form}, status=400)
        try:
            employee, warnings = services.create_employee(
                actor=actor, instansi_id=actor.instansi_id, values=form.values())
        except DomainError as error:
            return _save_failed(request, form, error, template, context)
        messages.success(request, _("Employee %(name)s added.") % {"name": employee.full_name})
        _warn(request, warnings)
        return redirect("people:detail", pk=employee.pk)
    initial = {"status": EmployeeStatus.AKTIF, "kind": EmployeeKind.PNS}
    form = EmployeeForm(actor=actor, initial=initial)
    return render(request, template, {**context, "form": form})


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    actor = _actor(request)
    employee = queries.get_employee_for_user(actor, pk)
    allowed = policy.editable_fields(actor, employee)
    if allowed is not None and not allowed:
        raise PermissionDenied
    template = "people/form.html"
    context = {"creating": False, "employee": employee, "self_service": allowed is not None}
    if request.method == "POST":
        form = EmployeeForm(request.POST, request.FILES, actor=actor, employee=employee,
                            allowed=allowed)
        if not form.is_valid():
            return render(request, template, {**context, "form": form}, status=400)
        try:
            employee, warnings = services.update_employee(
                actor=actor, employee=employee, expected_version=form.cleaned_data["version"],
                values=form.values())
        except DomainError as error:
            return _save_failed(request, form, error, template, context)
        messages.success(request, _("Changes saved."))
        _warn(request, warnings)
        return redirect("people:detail", pk=employee.pk)
    initial = {name: getattr(employee, name) for name in ("nip", "nip_lama", "kind", "name",
               "front_title", "back_title", "gender", "birth_place", "birth_date", "nik",
               "grade", "tmt_grade", "tmt_cpns", "unit", "position", "tmt_position", "status",
               "education_level", "education_major", "email", "phone", "address")}
    initial["unit"], initial["position"] = employee.unit_id, employee.position_id
    initial["version"] = employee.version
    form = EmployeeForm(actor=actor, employee=employee, allowed=allowed, initial=initial)
    return render(request, template, {**context, "form": form})


@member_required
@require_GET
def position_options(request):
    """The <option>s of a unit's positions, swapped in when the unit select changes."""
    actor = _actor(request)
    if not _can_create(actor):
        raise PermissionDenied
    positions = positions_of(manageable_units(actor), request.GET.get("unit"))
    return render(request, "people/_position_options.html", {"positions": positions})
