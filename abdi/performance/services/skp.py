"""Writing SKP plans: make, fill, and move them through the workflow. One transaction each,
with its audit entry; every refusal raises before anything is written."""

from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.org.queries import supervisor_of
from abdi.people.choices import EmployeeStatus

from .. import policy
from ..models import Skp, SkpBehaviour, SkpEvent, SkpIndicator, SkpLampiran, SkpResult
from ..rules import BERAKHLAK, MESSAGES
from ..rules.skp import (
    Approach,
    Aspect,
    LampiranKind,
    Perspective,
    ResultCategory,
    SkpKind,
    validate_skp,
)
from ..rules.skp import SkpIndicator as IndicatorRule
from ..rules.skp import SkpResult as ResultRule
from ..rules.workflow import SkpAction, next_skp_status
from . import notify
from .collaborative import refuse_if_collaborative
from .inputs import clean_text

MAX_TEXT = 500
MAX_RESULTS = 60
MAX_INDICATORS = 12
MAX_LAMPIRAN_LINES = 20
MAX_TARGET = Decimal("999999999999")


def _audit(actor, action, obj, skp, before=None, after=None):
    record(actor=actor, action=action, obj=obj, before=before, after=after,
           employee_id=skp.employee_id, unit_id=skp.unit_id, agency_id=skp.employee.agency_id)


def _text(value, label, *, required=True, limit=MAX_TEXT) -> str:
    return clean_text(value, label, required=required, limit=limit, one_line=True)


def _lock(skp: Skp, expected_version: int | None = None) -> Skp:
    locked = Skp.objects.select_for_update().select_related("employee").get(pk=skp.pk)
    if expected_version is not None and locked.version != expected_version:
        raise Conflict(_("Someone else changed this SKP meanwhile. Reload and try again."))
    return locked


def _touch(skp: Skp) -> None:
    Skp.objects.filter(pk=skp.pk).update(version=skp.version + 1)
    skp.version += 1


def _require_edit(actor, skp: Skp) -> None:
    if not policy.can_edit_skp(actor, skp):
        if actor.owns(skp.employee_id):
            raise Forbidden(_("This SKP is %(status)s and can no longer be changed.")
                            % {"status": skp.status_label})
        raise Forbidden(_("Only the employee may change their own SKP."))


@transaction.atomic
def create_skp(*, actor, employee, year: int, approach: str = Approach.KUANTITATIF) -> Skp:
    """A new draft plan with the seven BerAKHLAK values; one per employee and year."""
    if not policy.can_create_skp(actor, employee):
        raise Forbidden(_("You may not make an SKP for this employee."))
    today = timezone.localdate()
    if not (today.year - 1 <= int(year) <= today.year + 1):
        raise DomainError(_("An SKP can be made for last year, this year or next year only."),
                          field="year")
    if approach not in Approach.__members__.values():
        raise DomainError(_("Unknown approach."), field="approach")
    if employee.unit_id is None or employee.status not in EmployeeStatus.serving():
        raise DomainError(_("This employee is not in active service."))
    if Skp.objects.filter(employee=employee, year=year).exists():
        raise Conflict(_("This employee already has an SKP for %(year)s.") % {"year": year})
    position = employee.position
    appraiser = supervisor_of(employee, on=today)
    skp = Skp(instansi_id=employee.instansi_id, employee=employee, year=year,
              kind=SkpKind.JPT if position is not None and position.kind == "JPT" else SkpKind.NON_JPT,
              approach=approach, position_name=position.name if position else "",
              unit_id=employee.unit_id, appraiser=appraiser)
    try:
        with transaction.atomic():
            skp.save()
    except IntegrityError as exc:
        raise Conflict(_("This employee already has an SKP for %(year)s.") % {"year": year}) from exc
    SkpBehaviour.objects.bulk_create(
        SkpBehaviour(instansi_id=skp.instansi_id, skp=skp, value_number=value.number)
        for value in BERAKHLAK)
    _audit(actor, AuditEntry.Action.CREATE, skp, skp,
           after=snapshot(skp, ["employee", "year", "kind", "approach", "appraiser"]))
    return skp


def _parent_for(skp: Skp, parent_id) -> SkpResult | None:
    if parent_id in (None, ""):
        return None
    try:
        parent_id = int(parent_id)
    except (TypeError, ValueError) as exc:
        raise DomainError(_("Choose a result of the atasan's SKP."), field="parent") from exc
    atasan_id = policy.current_atasan_id(skp.employee)
    parent = SkpResult.objects.filter(pk=parent_id, skp__employee_id=atasan_id,
                                      skp__year=skp.year).first() if atasan_id else None
    if parent is None:
        raise DomainError(_("The linked result must belong to your atasan's SKP of the same year."),
                          field="parent")
    return parent


def _result_values(skp: Skp, values: dict) -> dict:
    category = values.get("category") or ResultCategory.UTAMA
    if category not in ResultCategory.__members__.values():
        raise DomainError(_("Unknown category."), field="category")
    perspective = values.get("perspective") or ""
    if perspective and perspective not in Perspective.__members__.values():
        raise DomainError(_("Unknown perspektif."), field="perspective")
    return {"category": category, "text": _text(values.get("text"), _("Planned result")),
            "perspective": perspective, "parent": _parent_for(skp, values.get("parent"))}


RESULT_FIELDS = ["category", "text", "parent", "perspective"]


@transaction.atomic
def add_result(*, actor, skp: Skp, values: dict) -> SkpResult:
    skp = _lock(skp)
    _require_edit(actor, skp)
    if skp.results.count() >= MAX_RESULTS:
        raise DomainError(_("An SKP holds at most %(limit)s results.") % {"limit": MAX_RESULTS})
    clean = _result_values(skp, values)
    result = SkpResult.objects.create(instansi_id=skp.instansi_id, skp=skp,
                                      order=skp.results.count() + 1, **clean)
    _touch(skp)
    _audit(actor, AuditEntry.Action.CREATE, result, skp, after=snapshot(result, RESULT_FIELDS))
    return result


@transaction.atomic
def update_result(*, actor, result: SkpResult, values: dict,
                  expected_version: int | None = None) -> SkpResult:
    skp = _lock(result.skp, expected_version)
    _require_edit(actor, skp)
    refuse_if_collaborative(result)
    before = snapshot(result, RESULT_FIELDS)
    for name, value in _result_values(skp, values).items():
        setattr(result, name, value)
    result.save()
    _touch(skp)
    _audit(actor, AuditEntry.Action.UPDATE, result, skp, before, snapshot(result, RESULT_FIELDS))
    return result


@transaction.atomic
def delete_result(*, actor, result: SkpResult) -> None:
    skp = _lock(result.skp)
    _require_edit(actor, skp)
    refuse_if_collaborative(result)
    if SkpIndicator.objects.filter(result=result, activities__isnull=False).exists():
        raise Conflict(_("Activities were reported on this result; it cannot be deleted."))
    before = snapshot(result, RESULT_FIELDS)
    _audit(actor, AuditEntry.Action.DELETE, result, skp, before=before)
    result.delete()
    _touch(skp)


INDICATOR_FIELDS = ["kind", "aspect", "text", "target_value", "target_unit"]


def _indicator_values(skp: Skp, values: dict) -> dict:
    kind = values.get("kind") or SkpIndicator.Kind.OUTPUT
    if kind not in SkpIndicator.Kind.values:
        raise DomainError(_("Unknown indicator kind."), field="kind")
    aspect = values.get("aspect") or ""
    if aspect and aspect not in Aspect.__members__.values():
        raise DomainError(_("Unknown aspek."), field="aspect")
    try:
        target = Decimal(str(values.get("target_value", "")).strip().replace(",", "."))
    except (InvalidOperation, ValueError) as exc:
        raise DomainError(_("The target must be a number."), field="target_value") from exc
    if not target.is_finite() or target < 0 or target > MAX_TARGET:
        raise DomainError(_("The target must be a number from 0 up."), field="target_value")
    return {"kind": kind, "aspect": aspect, "text": _text(values.get("text"), _("Indicator")),
            "target_value": target.quantize(Decimal("0.01")),
            "target_unit": _text(values.get("target_unit"), _("Unit of the target"), limit=40)}


@transaction.atomic
def add_indicator(*, actor, result: SkpResult, values: dict) -> SkpIndicator:
    skp = _lock(result.skp)
    _require_edit(actor, skp)
    refuse_if_collaborative(result)
    if result.indicators.count() >= MAX_INDICATORS:
        raise DomainError(_("A result holds at most %(limit)s indicators.") % {"limit": MAX_INDICATORS})
    indicator = SkpIndicator.objects.create(instansi_id=skp.instansi_id, result=result,
                                            order=result.indicators.count() + 1,
                                            **_indicator_values(skp, values))
    _touch(skp)
    _audit(actor, AuditEntry.Action.CREATE, indicator, skp, after=snapshot(indicator, INDICATOR_FIELDS))
    return indicator


@transaction.atomic
def update_indicator(*, actor, indicator: SkpIndicator, values: dict,
                     expected_version: int | None = None) -> SkpIndicator:
    skp = _lock(indicator.result.skp, expected_version)
    _require_edit(actor, skp)
    refuse_if_collaborative(indicator.result)
    before = snapshot(indicator, INDICATOR_FIELDS)
    for name, value in _indicator_values(skp, values).items():
        setattr(indicator, name, value)
    indicator.save()
    _touch(skp)
    _audit(actor, AuditEntry.Action.UPDATE, indicator, skp, before, snapshot(indicator, INDICATOR_FIELDS))
    return indicator


@transaction.atomic
def delete_indicator(*, actor, indicator: SkpIndicator) -> None:
    skp = _lock(indicator.result.skp)
    _require_edit(actor, skp)
    refuse_if_collaborative(indicator.result)
    if indicator.activities.exists():
        raise Conflict(_("Activities were reported on this indicator; it cannot be deleted."))
    _audit(actor, AuditEntry.Action.DELETE, indicator, skp, before=snapshot(indicator, INDICATOR_FIELDS))
    indicator.delete()
    _touch(skp)


@transaction.atomic
def set_lampiran(*, actor, skp: Skp, kind: str, lines: list[str]) -> None:
    """Replace one list of the lampiran (resources, accountability, consequences)."""
    skp = _lock(skp)
    _require_edit(actor, skp)
    if kind not in LampiranKind.__members__.values():
        raise DomainError(_("Unknown part of the lampiran."), field="kind")
    texts = [t for t in (_text(line, _("Text"), required=False) for line in lines) if t]
    if len(texts) > MAX_LAMPIRAN_LINES:
        raise DomainError(_("At most %(limit)s lines.") % {"limit": MAX_LAMPIRAN_LINES})
    before = {"lines": list(skp.lampiran.filter(kind=kind).values_list("text", flat=True))}
    skp.lampiran.filter(kind=kind).delete()
    SkpLampiran.objects.bulk_create(
        SkpLampiran(instansi_id=skp.instansi_id, skp=skp, kind=kind, text=text, order=i)
        for i, text in enumerate(texts, start=1))
    _touch(skp)
    _audit(actor, AuditEntry.Action.UPDATE, skp, skp, before, {"lines": texts})


@transaction.atomic
def set_expectation(*, actor, skp: Skp, value_number: int, text: str) -> SkpBehaviour:
    """The atasan's ekspektasi khusus pimpinan for one BerAKHLAK value."""
    skp = _lock(skp)
    if not policy.can_set_expectations(actor, skp):
        raise Forbidden(_("Only the employee's atasan sets the expected behaviour, before approval."))
    behaviour = SkpBehaviour.objects.filter(skp=skp, value_number=value_number).first()
    if behaviour is None:
        raise DomainError(_("Unknown BerAKHLAK value."), field="value_number")
    before = snapshot(behaviour, ["expectation"])
    behaviour.expectation = _text(text, _("Expectation"), required=False, limit=1000)
    behaviour.save(update_fields=["expectation"])
    _touch(skp)
    _audit(actor, AuditEntry.Action.UPDATE, behaviour, skp, before, snapshot(behaviour, ["expectation"]))
    return behaviour


def plan_problems(skp: Skp) -> list[str]:
    """What keeps the plan from being submitted, as translated sentences."""
    results = list(skp.results.prefetch_related("indicators").order_by("category", "order", "id"))
    if not results:
        return [_("Add at least one planned result.")]
    rules_view = [
        ResultRule(category=ResultCategory(r.category), text=r.text, parent_result=r.parent_id,
                   perspective=Perspective(r.perspective) if r.perspective else None,
                   indicators=tuple(IndicatorRule(text=i.text, target_value=i.target_value,
                                                  target_unit=i.target_unit,
                                                  aspect=Aspect(i.aspect) if i.aspect else None)
                                    for i in r.indicators.all()))
        for r in results
    ]
    return [_(MESSAGES[p.code]) % p.params for p in validate_skp(skp.kind, rules_view)]


def content_snapshot(skp: Skp) -> dict:
    """The plan as it stands, kept with every workflow move (a versioned amendment's base)."""
    return {
        "revision": skp.revision,
        "results": [
            {"id": r.pk, "category": r.category, "text": r.text, "parent": r.parent_id,
             "perspective": r.perspective,
             "indicators": [{"id": i.pk, "kind": i.kind, "aspect": i.aspect, "text": i.text,
                             "target": str(i.target_value), "unit": i.target_unit}
                            for i in r.indicators.all()]}
            for r in skp.results.prefetch_related("indicators").order_by("category", "order", "id")
        ],
        "behaviours": {str(b.value_number): b.expectation for b in skp.behaviours.all()},
        "lampiran": [[item.kind, item.text] for item in skp.lampiran.all()],
    }


@transaction.atomic
def move_skp(*, actor, skp: Skp, action: str, note: str = "",
             expected_version: int | None = None) -> Skp:
    """The one gate of the SKP workflow: checks the move and the actor, records the event."""
    try:
        action = SkpAction(action)
    except ValueError as exc:
        raise DomainError(_("Unknown action.")) from exc
    skp = _lock(skp, expected_version)
    if not policy.can_move_skp(actor, skp, action):
        raise Forbidden(_("You may not do this to this SKP."))
    target = next_skp_status(skp.status, action)
    if target is None:
        raise Conflict(_("An SKP that is %(status)s cannot be moved this way.")
                       % {"status": skp.status_label})
    note = _text(note, _("Note"), required=action in (SkpAction.RETURN, SkpAction.AMEND), limit=2000)
    if action is SkpAction.SUBMIT:
        problems = plan_problems(skp)
        if problems:
            raise DomainError(problems[0], errors={"__all__": problems})
    now = timezone.now()
    before = snapshot(skp, ["status", "revision"])
    from_status = skp.status
    if action is SkpAction.SUBMIT:
        skp.submitted_at = now
        skp.appraiser_id = policy.current_atasan_id(skp.employee)
        skp.return_note = ""
    elif action is SkpAction.APPROVE:
        skp.approved_at = now
    elif action is SkpAction.RETURN:
        skp.return_note = note
    elif action is SkpAction.AMEND:
        skp.revision += 1
    skp.status = target
    skp.version += 1
    skp.save()
    SkpEvent.objects.create(
        instansi_id=skp.instansi_id, skp=skp, action=action, from_status=from_status,
        to_status=target, revision=skp.revision, actor_id=actor.employee_id,
        actor_label=actor.label or "system", note=note,
        snapshot=content_snapshot(skp) if action in (SkpAction.APPROVE, SkpAction.AMEND) else {})
    _audit(actor, AuditEntry.Action.UPDATE, skp, skp, before, snapshot(skp, ["status", "revision"]))
    notify.notify_skp_moved(skp=skp, action=action)
    return skp


@transaction.atomic
def report_outcome(*, actor, indicator: SkpIndicator, value, evidence: str) -> SkpIndicator:
    """An outcome indicator (e.g. a school participation rate) takes a measured value with evidence."""
    skp = Skp.objects.select_related("employee").get(pk=indicator.result.skp_id)  # fresh status
    if not policy.can_report_outcome(actor, skp):
        raise Forbidden(_("Only the employee reports realisation on their approved SKP."))
    refuse_if_collaborative(indicator.result)
    if indicator.kind != SkpIndicator.Kind.OUTCOME:
        raise DomainError(_("This indicator is counted from validated activities."))
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError) as exc:
        raise DomainError(_("The realisation must be a number."), field="value") from exc
    if not number.is_finite() or number < 0 or number > MAX_TARGET:
        raise DomainError(_("The realisation must be a number from 0 up."), field="value")
    evidence = _text(evidence, _("Evidence"))
    locked = SkpIndicator.objects.select_for_update().get(pk=indicator.pk)
    before = snapshot(locked, ["realised", "realised_evidence"])
    locked.realised, locked.realised_evidence = number.quantize(Decimal("0.01")), evidence
    locked.save(update_fields=["realised", "realised_evidence"])
    _audit(actor, AuditEntry.Action.UPDATE, locked, skp, before,
           snapshot(locked, ["realised", "realised_evidence"]))
    return locked
