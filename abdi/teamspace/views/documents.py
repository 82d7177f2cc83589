"""Team documents: the list, one document with all its versions, uploads, and the download of
any version — always through this view, which checks the reader on every request."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import queries
from ..rules.files import CONTENT_TYPES
from ..services import documents as services
from .common import page, refused, workspace


def _list(request, team, *, status=200, **extra):
    return page(request, "teamspace/documents.html", team=team, section="documents",
                status=status, documents=queries.documents_of(team), **extra)


@member_required
@require_GET
def document_list(request, team_id):
    _actor, team = workspace(request, team_id)
    return _list(request, team, values={})


@member_required
@require_POST
def document_create(request, team_id):
    actor, team = workspace(request, team_id)
    values = {"title": request.POST.get("title", ""), "note": request.POST.get("note", "")}
    try:
        document = services.create_document(actor=actor, team=team,
                                            upload=request.FILES.get("file"), **values)
    except DomainError as error:
        return _list(request, team, status=error.status, values=values, **refused(error))
    messages.success(request, _("The document is uploaded as version 1."))
    return redirect("teamspace:document", team.pk, document.pk)


def _detail(request, team, document, *, status=200, **extra):
    return page(request, "teamspace/document.html", team=team, section="documents",
                status=status, document=document, versions=queries.versions_of(document), **extra)


@member_required
@require_GET
def document_detail(request, team_id, document_id):
    _actor, team = workspace(request, team_id)
    return _detail(request, team, queries.get_document(team, document_id))


@member_required
@require_POST
def version_create(request, team_id, document_id):
    actor, team = workspace(request, team_id)
    document = queries.get_document(team, document_id)
    try:
        version = services.add_version(actor=actor, team=team, document=document,
                                       upload=request.FILES.get("file"),
                                       based_on=request.POST.get("based_on"),
                                       note=request.POST.get("note", ""))
    except DomainError as error:
        document.refresh_from_db()
        return _detail(request, team, document, status=error.status, **refused(error))
    messages.success(request, _("Version %(number)d is uploaded.") % {"number": version.number})
    return redirect("teamspace:document", team.pk, document.pk)


@member_required
@require_GET
def download(request, team_id, document_id, version_id):
    _actor, team = workspace(request, team_id)
    document = queries.get_document(team, document_id)
    version = queries.get_version(document, version_id)
    try:
        handle = version.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=version.filename,
                            content_type=CONTENT_TYPES.get(version.kind, "application/octet-stream"))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
