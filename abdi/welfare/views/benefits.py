"""Records of other benefits: the programme's managers record them, the employee reads his own."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import page_size, paginate

from .. import policy, queries
from ..forms import BenefitForm, BenefitStatusForm, first_error
from ..models import BenefitRecord
from ..services import benefits as benefit_services

BENEFITS = "welfare/benefits.html"


def _page(request, programme, *, form=None, status=200, error=None):
    page = paginate(queries.benefits_of_programme(programme), request.GET.get("page"),
                    page_size(request.GET.get("size")))
    return render(request, BENEFITS, {"programme": programme, "page_obj": page,
                                      "form": form or BenefitForm(), "error": error,
                                      "statuses": BenefitRecord.Status.choices}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def benefits(request, programme_id):
    actor = Actor.from_request(request)
    found, access = queries.get_programme(actor, programme_id)
    if not access.manage:
        raise PermissionDenied
    if request.method == "GET":
        return _page(request, found)
    form = BenefitForm(request.POST)
    if not form.is_valid():
        return _page(request, found, form=form, status=400, error=first_error(form))
    values = form.cleaned_data
    try:
        benefit_services.record_benefit(actor=actor, programme=found,
                                        employee=queries.find_employee_by_nip(values["nip"]),
                                        values=values)
    except DomainError as refused:
        return _page(request, found, form=form, status=refused.status, error=refused.message)
    messages.success(request, _("The benefit is recorded."))
    return redirect("welfare:benefits", found.pk)


@member_required
@require_POST
def benefit_status(request, benefit_id):
    actor = Actor.from_request(request)
    record = queries.get_benefit(actor, benefit_id)
    if not policy.can_update_benefit(actor, record):
        raise PermissionDenied
    form = BenefitStatusForm(request.POST)
    try:
        if not form.is_valid():
            raise DomainError(first_error(form))
        benefit_services.set_benefit_status(actor=actor, benefit=record, **form.cleaned_data)
    except DomainError as refused:
        return _page(request, record.programme, status=refused.status, error=refused.message)
    messages.success(request, _("The benefit record is updated."))
    return redirect("welfare:benefits", record.programme_id)
