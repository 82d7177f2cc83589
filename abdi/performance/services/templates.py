"""SKP templates per jabatan: saved from a model SKP, fanned out as drafts to every holder of
the jabatan the actor is in charge of (each employee then links their results to their atasan's)."""

from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import build_entry, record
from abdi.core.errors import DomainError, Forbidden
from abdi.org.queries import supervisor_of

from .. import policy, queries
from ..models import Skp, SkpBehaviour, SkpIndicator, SkpResult, SkpTemplate
from ..rules import BERAKHLAK
from ..rules.skp import SkpKind

MAX_FAN_OUT = 2000


def _content_of(skp: Skp) -> dict:
    return {"results": [
        {"category": r.category, "text": r.text, "perspective": r.perspective,
         "indicators": [{"kind": i.kind, "aspect": i.aspect, "text": i.text,
                         "target_value": str(i.target_value), "target_unit": i.target_unit}
                        for i in r.indicators.all()]}
        for r in skp.results.prefetch_related("indicators").order_by("category", "order", "id")]}


@transaction.atomic
def save_as_template(*, actor, skp: Skp, name: str) -> SkpTemplate:
    if not policy.can_manage_templates(actor) or not policy.can_view_skp(actor, skp):
        raise Forbidden(_("You may not make SKP templates."))
    name = " ".join(str(name or "").split())
    if not name or len(name) > 200:
        raise DomainError(_("Give the template a name (at most 200 characters)."), field="name")
    content = _content_of(skp)
    if not content["results"]:
        raise DomainError(_("This SKP has no planned results to reuse."))
    template = SkpTemplate.objects.create(
        instansi_id=skp.instansi_id, name=name, position_name=skp.position_name or "-",
        agency_id=skp.employee.agency_id, content=content,
        created_by=actor.user if actor.user is not None else None)
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=template,
           after={"name": name, "position_name": template.position_name, "from_skp": skp.pk})
    return template


@transaction.atomic
def fan_out_template(*, actor, template: SkpTemplate, year: int) -> dict:
    """A draft SKP with the template's results for every target without a plan of that year;
    an empty draft is filled; a plan that has results already is left alone."""
    if not policy.can_manage_templates(actor) or actor.instansi_id != template.instansi_id:
        raise Forbidden(_("You may not use SKP templates."))
    today = timezone.localdate()
    try:
        year = int(year)
    except (TypeError, ValueError) as exc:
        raise DomainError(_("Enter a year."), field="year") from exc
    if not today.year - 1 <= year <= today.year + 1:
        raise DomainError(_("An SKP can be made for last year, this year or next year only."),
                          field="year")
    targets = list(queries.fan_out_targets(actor, template)
                   .select_related("position", "unit")[:MAX_FAN_OUT + 1])
    if len(targets) > MAX_FAN_OUT:
        raise DomainError(_("At most %(limit)s employees at once.") % {"limit": MAX_FAN_OUT})
    existing = {s.employee_id: s for s in Skp.objects.filter(employee__in=targets, year=year)}
    filled = set(SkpResult.objects.filter(skp__in=existing.values()).values_list("skp__employee_id",
                                                                                  flat=True))
    created, reused, skipped, audit = 0, 0, 0, []
    for employee in targets:
        skp = existing.get(employee.pk)
        if skp is not None and (skp.employee_id in filled or skp.status not in ("draft", "returned")):
            skipped += 1
            continue
        if skp is None:
            kind = SkpKind.JPT if employee.position and employee.position.kind == "JPT" else SkpKind.NON_JPT
            skp = Skp.objects.create(instansi_id=employee.instansi_id, employee=employee, year=year,
                                     kind=kind, position_name=employee.position.name,
                                     unit_id=employee.unit_id, appraiser=supervisor_of(employee, on=today))
            SkpBehaviour.objects.bulk_create(
                SkpBehaviour(instansi_id=skp.instansi_id, skp=skp, value_number=v.number) for v in BERAKHLAK)
            created += 1
        else:
            reused += 1
        _fill(skp, template)
        audit.append(build_entry(actor=actor, action=AuditEntry.Action.CREATE, obj=skp,
                                 after={"template": template.pk, "year": year},
                                 employee_id=employee.pk, unit_id=employee.unit_id,
                                 agency_id=employee.agency_id))
    AuditEntry.objects.bulk_create([entry for entry in audit if entry is not None])
    return {"created": created, "filled": reused, "skipped": skipped}


def _fill(skp: Skp, template: SkpTemplate) -> None:
    for order, result in enumerate(template.content.get("results", []), start=1):
        row = SkpResult.objects.create(
            instansi_id=skp.instansi_id, skp=skp, category=result.get("category", "UTAMA"),
            text=str(result.get("text", ""))[:500], order=order,
            perspective=result.get("perspective", "") if skp.kind == SkpKind.JPT else "")
        SkpIndicator.objects.bulk_create(
            SkpIndicator(instansi_id=skp.instansi_id, result=row, kind=i.get("kind", "output"),
                         aspect=i.get("aspect", "") if skp.kind == SkpKind.NON_JPT else "",
                         text=str(i.get("text", ""))[:500], target_value=Decimal(i.get("target_value", "0")),
                         target_unit=str(i.get("target_unit", ""))[:40], order=n)
            for n, i in enumerate(result.get("indicators", []), start=1))


@transaction.atomic
def delete_template(*, actor, template: SkpTemplate) -> None:
    if not policy.can_delete_template(actor, template):
        raise Forbidden(_("Only the author or the BKPSDM admin deletes a template."))
    record(actor=actor, action=AuditEntry.Action.DELETE, obj=template, before={"name": template.name})
    template.delete()
