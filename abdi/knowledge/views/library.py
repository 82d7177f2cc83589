"""The library of shared solutions: search and the index lists, a solution's page, writing and
editing, publishing, BKPSDM's withdrawal, "we reused this" and attachments. Thin: parse, ask
policy/queries, call services."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..rules.attachments import CONTENT_TYPES
from ..rules.search import MAX_QUERY_LENGTH
from ..rules.tags import normalise_tag
from ..services import reuse as reuse_services
from ..services import solutions as services

FIELDS = ("title", "problem", "solution", "results", "replication", "team_name", "tags",
          "co_authors")


def _year(value) -> int | None:
    raw = str(value or "").strip()
    return int(raw) if raw.isdigit() and len(raw) == 4 and 2000 <= int(raw) <= 2200 else None


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    query = str(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
    tag = normalise_tag(str(request.GET.get("tag", ""))[:200])
    agency_id = queries.positive_id(request.GET.get("agency"))
    year = _year(request.GET.get("year"))
    searching = bool(query.strip() or tag or agency_id or year)
    page = Paginator(queries.search(query, tag=tag, agency_id=agency_id, year=year),
                     queries.PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "knowledge/index.html", {
        "q": query, "tag": tag, "agency_id": agency_id, "year": year, "searching": searching,
        "page": page, "results": list(page.object_list),
        "most_reused": [] if searching else list(queries.most_reused()),
        "newest": [] if searching else list(queries.newest()),
        "mine": list(queries.drafts_of(actor.employee_id)[:20]),
        "tags": queries.popular_tags(), "agencies": list(queries.agencies_with_solutions()),
        "years": queries.years_with_solutions(),
        "may_write": policy.can_write_solution(actor)})


def _page(request, solution, *, error=None, field=None, status=200, note=""):
    actor = Actor.from_request(request)
    authors = queries.author_ids(solution)
    agency_id = queries.employee_agency_id(actor.employee_id)
    mine = queries.reuse_of_agency(solution, agency_id) if agency_id else None
    return render(request, "knowledge/solution.html", {
        "solution": solution, "error": error, "error_field": field,
        "authors": list(queries.authors_of(solution)),
        "tags": list(solution.tags.order_by("name")),
        "reuses": list(queries.reuses_of(solution)),
        "attachments": list(queries.attachments_of(solution)),
        "may_edit": policy.can_edit_solution(actor, solution, authors),
        "may_publish": policy.can_publish(actor, solution, authors),
        "may_unpublish": policy.can_unpublish(actor, solution),
        "may_reuse": policy.can_record_reuse(actor, solution, agency_id),
        "own_reuse": mine, "note": note or (mine.note if mine else ""),
        "history": list(queries.history_of(solution))
        if policy.can_see_history(actor, solution, authors) else None}, status=status)


@member_required
@require_GET
def solution(request, solution_id):
    actor = Actor.from_request(request)
    return _page(request, queries.get_solution_for_user(actor, solution_id))


def _form(request, solution, values, *, error=None, field=None, status=200):
    return render(request, "knowledge/solution_form.html", {
        "solution": solution, "values": values, "error": error, "error_field": field,
        "suggested_tags": queries.popular_tags()}, status=status)


def _posted(request) -> dict:
    return {name: str(request.POST.get(name, "")) for name in FIELDS}


@member_required
@require_http_methods(["GET", "POST"])
def create(request):
    actor = Actor.from_request(request)
    if not policy.can_write_solution(actor):
        raise Http404
    if request.method == "POST":
        values = _posted(request)
        try:
            made = services.create_solution(actor=actor, data=values)
        except DomainError as error:
            return _form(request, None, values, error=error.message, field=error.field,
                         status=error.status)
        messages.success(request, _("Saved as a draft; publish it when it is ready."))
        return redirect("knowledge:solution", made.pk)
    return _form(request, None, {})


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, solution_id):
    actor = Actor.from_request(request)
    found = queries.get_solution_for_user(actor, solution_id)
    if not policy.can_edit_solution(actor, found, queries.author_ids(found)):
        return render(request, "knowledge/refused.html", {
            "error": _("Only the authors edit this solution."), "solution": found}, status=403)
    if request.method == "POST":
        values = _posted(request)
        try:
            services.update_solution(actor=actor, solution=found,
                                     version=request.POST.get("version"), data=values)
        except DomainError as error:
            return _form(request, found, values, error=error.message, field=error.field,
                         status=error.status)
        messages.success(request, _("The solution is saved."))
        return redirect("knowledge:solution", found.pk)
    values = {name: getattr(found, name) for name in FIELDS[:6]}
    values["tags"] = ", ".join(found.tags.order_by("name").values_list("name", flat=True))
    values["co_authors"] = ", ".join(
        found.authors.exclude(pk=actor.employee_id).values_list("nip", flat=True))
    return _form(request, found, values)


def _act(request, solution_id, call, done):
    actor = Actor.from_request(request)
    found = queries.get_solution_for_user(actor, solution_id)
    try:
        call(actor, found)
    except DomainError as error:
        return _page(request, found, error=error.message, field=error.field, status=error.status,
                     note=str(request.POST.get("note", ""))[:2000])
    messages.success(request, done() if callable(done) else done)
    return redirect("knowledge:solution", found.pk)


@member_required
@require_POST
def publish(request, solution_id):
    return _act(request, solution_id, lambda actor, found: services.publish(
        actor=actor, solution=found, version=request.POST.get("version")),
        _("The solution is published; every employee of the government can find it."))


@member_required
@require_POST
def unpublish(request, solution_id):
    return _act(request, solution_id, lambda actor, found: services.unpublish(
        actor=actor, solution=found, version=request.POST.get("version"),
        reason=request.POST.get("reason", "")), _("The solution is withdrawn."))


@member_required
@require_POST
def reuse(request, solution_id):
    outcome = {}

    def call(actor, found):
        outcome["new"] = reuse_services.record_reuse(actor=actor, solution=found,
                                                     note=request.POST.get("note", ""))[1]

    return _act(request, solution_id, call, lambda: _(
        "Recorded: your perangkat daerah applied this solution. The authors are told.")
        if outcome.get("new") else _("Your perangkat daerah had recorded this already; its "
                                     "note is updated."))


@member_required
@require_POST
def attach(request, solution_id):
    return _act(request, solution_id, lambda actor, found: services.add_attachment(
        actor=actor, solution=found, upload=request.FILES.get("file")),
        _("The file is attached."))


@member_required
@require_POST
def detach(request, attachment_id):
    actor = Actor.from_request(request)
    attachment = queries.get_attachment_for_user(actor, attachment_id)
    return _act(request, attachment.solution_id, lambda actor, found: services.remove_attachment(
        actor=actor, attachment=attachment), _("The file is removed."))


@member_required
@require_GET
def download(request, attachment_id):
    attachment = queries.get_attachment_for_user(Actor.from_request(request), attachment_id)
    try:
        handle = attachment.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=attachment.original_name,
                            content_type=CONTENT_TYPES.get(attachment.kind,
                                                           "application/octet-stream"))
    response["X-Content-Type-Options"] = "nosniff"
    return response
