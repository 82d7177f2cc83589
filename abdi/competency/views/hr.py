"""BKPSDM's pages: import results, enter one by hand, technical competencies, jabatan standards."""

import datetime

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..rules.kamus import STANDARD
from ..services import assessments as services
from ..services import importing

IMPORT = "competency/import.html"


@member_required
@require_http_methods(["GET", "POST"])
def import_results(request):
    actor = Actor.from_request(request)
    if not policy.can_import(actor):
        raise Http404
    context = {"max_mb": importing.MAX_BYTES // (1024 * 1024),
               "codes": [c for c, _n in queries.competency_choices(actor.instansi_id)]}
    if request.method == "GET":
        return render(request, IMPORT, context)
    upload = request.FILES.get("file")
    if upload is None:
        return render(request, IMPORT, context | {"error": _("Choose a file to import.")},
                      status=400)
    if upload.size > importing.MAX_BYTES:
        return render(request, IMPORT, context | {"error": _("The file is larger than 2 MB.")},
                      status=413)
    commit = request.POST.get("commit") == "1"
    try:
        result = importing.import_assessments(actor=actor, data=upload.read(),
                                              filename=upload.name or "", commit=commit)
    except DomainError as error:
        return render(request, IMPORT, context | {"error": error.message}, status=error.status)
    if result.committed:
        messages.success(request, _("%(count)s assessments are imported.")
                         % {"count": len(result.rows)})
        return redirect("competency:gap_map")
    return render(request, IMPORT, context | {"result": result, "checked": True},
                  status=400 if result.errors else 200)


def _date(raw):
    try:
        return datetime.date.fromisoformat(str(raw or "")[:10])
    except ValueError:
        return None


@member_required
@require_http_methods(["GET", "POST"])
def record(request):
    actor = Actor.from_request(request)
    if not policy.can_import(actor) and not actor.is_agency_admin:
        raise Http404
    choices = queries.competency_choices(actor.instansi_id)
    source = request.POST if request.method == "POST" else request.GET
    values = {k: source.get(k, "")[:160] for k in ("nip", "date", "assessor", "institution",
                                                    "potential_score")}
    context = {"choices": choices, "values": values,
               "levels": {c: source.get(f"level_{c}", "")[:3] for c, _n in choices}}
    if request.method == "GET":
        return render(request, "competency/record.html", context)
    employee = queries.employee_by_nip(values["nip"]) if values["nip"] else None
    if employee is None or not policy.can_record_assessment(actor, employee):
        return render(request, "competency/record.html",
                      context | {"error": _("No employee you administer has this NIP.")},
                      status=400)
    levels = {k.removeprefix("level_"): v[:3] for k, v in request.POST.items()
              if k.startswith("level_") and v}
    try:
        services.record_assessment(
            actor=actor, employee=employee, date=_date(values["date"]),
            assessor=values["assessor"], institution=values["institution"], levels=levels,
            potential_score=values["potential_score"])
    except DomainError as error:
        return render(request, "competency/record.html", context | {"error": error.message},
                      status=error.status)
    messages.success(request, _("The assessment is recorded."))
    return redirect("competency:employee", employee.pk)


@member_required
@require_http_methods(["GET", "POST"])
def technical(request):
    actor = Actor.from_request(request)
    if not policy.can_define_competencies(actor):
        raise Http404
    status, error, values = 200, None, {}
    if request.method == "POST":
        values = {k: request.POST.get(k, "")[:2000] for k in ("code", "name", "description")}
        try:
            services.add_technical_competency(actor=actor, **values)
        except DomainError as exc:
            status, error = exc.status, exc.message
        else:
            messages.success(request, _("The technical competency is added."))
            return redirect("competency:technical")
    return render(request, "competency/technical.html", {
        "items": queries.technical_competencies(), "standard": STANDARD, "error": error,
        "values": values}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def standard(request, position_id):
    actor = Actor.from_request(request)
    if not policy.can_define_competencies(actor):
        raise Http404
    position = queries.get_position(position_id)
    status, error = 200, None
    if request.method == "POST":
        levels = {c: request.POST.get(f"level_{c}", "")[:3]
                  for c, _n in queries.competency_choices(actor.instansi_id)}
        try:
            services.set_position_standard(actor=actor, position=position, levels=levels)
        except DomainError as exc:
            status, error = exc.status, exc.message
        else:
            messages.success(request, _("The standard of this jabatan is saved."))
            return redirect("competency:standard", position.pk)
    defaults, overrides = queries.position_standard(position)
    rows = [(c, n, defaults.get(c), overrides.get(c))
            for c, n in queries.competency_choices(actor.instansi_id)]
    return render(request, "competency/standard.html", {
        "position": position, "rows": rows, "error": error}, status=status)
