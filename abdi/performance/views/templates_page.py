"""SKP templates per jabatan: the list with fan-out, saving an SKP as a template, deleting."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..models import SkpTemplate
from ..services import templates as template_services
from .skp_common import actor_of


def _template_or_404(actor, template_id) -> SkpTemplate:
    template = SkpTemplate.objects.filter(pk=template_id).first()
    if template is None:
        raise Http404
    if not policy.can_manage_templates(actor):
        raise PermissionDenied
    return template


@member_required
def index(request):
    actor = actor_of(request)
    if not policy.can_manage_templates(actor):
        raise PermissionDenied
    templates = list(SkpTemplate.objects.select_related("agency").order_by("position_name", "name")[:200])
    counts = queries.template_target_counts(actor, templates)
    rows = [{"template": t, "targets": counts.get(t.pk, 0),
             "can_delete": policy.can_delete_template(actor, t)} for t in templates]
    return render(request, "performance/templates/index.html",
                  {"rows": rows, "year": timezone.localdate().year})


@member_required
@require_POST
def save(request, pk):
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    try:
        template = template_services.save_as_template(actor=actor, skp=skp, name=request.POST.get("name", ""))
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("performance:skp_detail", pk=skp.pk)
    messages.success(request, _("Template “%(name)s” saved.") % {"name": template.name})
    return redirect("performance:templates")


@member_required
@require_POST
def fan_out(request, template_id):
    actor = actor_of(request)
    template = _template_or_404(actor, template_id)
    try:
        result = template_services.fan_out_template(actor=actor, template=template,
                                                    year=request.POST.get("year", ""))
    except DomainError as exc:
        messages.error(request, exc.message)
        response = index(request)
        response.status_code = exc.status
        return response
    messages.success(request, _("%(created)s new SKP drafts made, %(filled)s empty drafts filled, "
                                "%(skipped)s plans left as they were.") % result)
    return redirect("performance:templates")


@member_required
@require_POST
def delete(request, template_id):
    actor = actor_of(request)
    template = _template_or_404(actor, template_id)
    try:
        template_services.delete_template(actor=actor, template=template)
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("performance:templates")
    messages.success(request, _("Template deleted."))
    return redirect("performance:templates")
