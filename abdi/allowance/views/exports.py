"""The payroll sheet of a monthly TPP run for one perangkat daerah, as XLSX and as PDF.

For the BKPSDM admin, and for an agency admin their own agency's sheet. Thin: the service reads
the run and lays the file out; this maps its refusals to 404/403/400 and names the download.
"""

from django.core.exceptions import BadRequest, PermissionDenied
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError, Forbidden, NotFound
from abdi.tenancy.access import member_required

from ..services import payroll_export
from .payroll import PENDING


def _remark(code: str) -> str:
    return str(PENDING.get(code, code))


def _sheet(request, pk: int, agency_id: int) -> payroll_export.PayrollSheet:
    actor = Actor.from_request(request)
    try:
        return payroll_export.payroll_sheet(actor=actor, run_id=pk, agency_id=agency_id,
                                            remark=_remark)
    except NotFound:
        raise Http404 from None
    except Forbidden:
        raise PermissionDenied from None
    except DomainError as refused:
        raise BadRequest(refused.message) from None


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"  # salaries: never kept by a shared cache
    return response


@member_required
@require_GET
def run_xlsx(request, pk, agency_id):
    sheet = _sheet(request, pk, agency_id)
    return _download(payroll_export.sheet_xlsx(sheet), payroll_export.XLSX_CONTENT_TYPE,
                     payroll_export.file_name(sheet, "xlsx"))


@member_required
@require_GET
def run_pdf(request, pk, agency_id):
    sheet = _sheet(request, pk, agency_id)
    return _download(payroll_export.sheet_pdf(sheet), "application/pdf",
                     payroll_export.file_name(sheet, "pdf"))
