"""The SKP and the Dokumen Evaluasi Kinerja as PDF, and the public page their QR code opens.

The downloads are for those who may see the plan (the evaluation: its ratings); the
verification page is public, because whoever holds the paper scans the code.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries, queries_appraisal
from ..services import documents as document_services

REFUSED = "performance/documents/refused.html"
VERIFY = "performance/documents/verify.html"


def _verify_url(request):
    def url(code) -> str:
        return request.build_absolute_uri(reverse("performance:verify", args=[code]))
    return url


def _pdf(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _refused(request, error: DomainError, back: str):
    return render(request, REFUSED, {"message": error.message, "back": back}, status=error.status)


@member_required
@require_GET
def skp_pdf(request, pk):
    actor = Actor.from_request(request)
    skp = queries.get_skp_for_user(actor, pk)
    if not policy.can_view_skp(actor, skp):
        raise PermissionDenied
    try:
        _document, pdf = document_services.issue_skp_document(
            actor=actor, skp=skp, verify_url=_verify_url(request))
    except DomainError as error:
        return _refused(request, error, reverse("performance:skp_detail", args=[skp.pk]))
    return _pdf(pdf, f"SKP-{skp.year}-{skp.employee.nip}.pdf")


@member_required
@require_GET
def evaluation_pdf(request, pk):
    actor = Actor.from_request(request)
    appraisal = queries_appraisal.get_appraisal_for_user(actor, pk)
    if not policy.can_see_rating(actor, appraisal):
        raise PermissionDenied
    try:
        _document, pdf = document_services.issue_evaluation_document(
            actor=actor, appraisal=appraisal, verify_url=_verify_url(request))
    except DomainError as error:
        return _refused(request, error, reverse("performance:appraisal", args=[appraisal.pk]))
    period = f"{appraisal.year}-{appraisal.period_kind}-{appraisal.period_number}"
    return _pdf(pdf, f"Evaluasi-Kinerja-{period}-{appraisal.employee.nip}.pdf")


@require_GET
def verify(request, code):
    """Public: what the document with this code is, and whether its data is unchanged.

    Shows only what the paper itself shows (names, NIPs, title, date), never more.
    """
    result = document_services.verify_document(code)
    status = 404 if result.verdict == document_services.Verdict.UNKNOWN else 200
    response = render(request, VERIFY, {"result": result},
                      status=status)
    response["X-Robots-Tag"] = "noindex"
    return response
