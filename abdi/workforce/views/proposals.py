"""Formation proposal pages: the list, one proposal with its lines, approval, PDF and XLSX."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..services import documents
from ..services import proposals as services


def _int(raw) -> int | None:
    raw = str(raw or "")
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    if not policy.can_see_proposals(actor):
        raise Http404
    return _index(request, actor)


def _index(request, actor, *, error=None, status=200):
    this_year = timezone.localdate().year
    return render(request, "workforce/proposals.html", {
        "proposals": queries.proposal_list(actor), "error": error,
        "may_manage": policy.can_manage_proposals(actor),
        "agencies": queries.agencies_visible(actor),
        "years": range(this_year - 1, this_year + 3), "this_year": this_year}, status=status)


@member_required
@require_POST
def create(request):
    actor = Actor.from_request(request)
    if not policy.can_manage_proposals(actor):
        raise Http404
    agency = None
    agency_id = _int(request.POST.get("agency"))
    if agency_id:
        agency = next((a for a in queries.agencies_visible(actor) if a.pk == agency_id), None)
        if agency is None:
            return _index(request, actor, error=_("Choose a perangkat daerah."), status=400)
    try:
        proposal = services.create_proposal(actor=actor, agency=agency,
                                            year=request.POST.get("year"))
    except DomainError as error:
        return _index(request, actor, error=error.message, status=error.status)
    return redirect("workforce:proposal", proposal.pk)


def _detail(request, actor, proposal, *, error=None, status=200):
    rows = [row | {"shortage": max(0, row["needed"] - row["bezetting"]),
                   "excess": max(0, row["bezetting"] - row["needed"])}
            for row in services.draft_rows(proposal)]
    return render(request, "workforce/proposal.html", {
        "proposal": proposal, "rows": rows, "totals": services.summary(rows), "error": error,
        "years": [proposal.year + i for i in range(5)],
        "may_approve": policy.can_approve_proposal(actor, proposal)}, status=status)


@member_required
@require_GET
def detail(request, proposal_id):
    actor = Actor.from_request(request)
    return _detail(request, actor, queries.get_proposal_for_user(actor, proposal_id))


@member_required
@require_POST
def approve(request, proposal_id):
    actor = Actor.from_request(request)
    proposal = queries.get_proposal_for_user(actor, proposal_id)
    try:
        services.approve_proposal(actor=actor, proposal=proposal,
                                  version=request.POST.get("version"),
                                  note=request.POST.get("note", "")[:4000])
    except DomainError as error:
        proposal.refresh_from_db()
        return _detail(request, actor, proposal, error=error.message, status=error.status)
    messages.success(request, _("The formation proposal is approved."))
    return redirect("workforce:proposal", proposal.pk)


def _filename(proposal, extension) -> str:
    scope = f"opd-{proposal.agency_id}" if proposal.agency_id else "pemda"
    return f"usul-kebutuhan-{proposal.year}-{scope}.{extension}"


@member_required
@require_GET
def pdf(request, proposal_id):
    actor = Actor.from_request(request)
    proposal = queries.get_proposal_for_user(actor, proposal_id)
    response = HttpResponse(documents.proposal_pdf(proposal), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(proposal, "pdf")}"'
    return response


@member_required
@require_GET
def xlsx(request, proposal_id):
    actor = Actor.from_request(request)
    proposal = queries.get_proposal_for_user(actor, proposal_id)
    response = HttpResponse(documents.proposal_xlsx(proposal),
                            content_type=documents.XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename(proposal, "xlsx")}"'
    return response
