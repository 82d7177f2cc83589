"""Collaborative results: rows of an SKP kept by someone else than the employee.

A cross-agency team (abdi.teams) mirrors its shared result into each active member's SKP as a
TAMBAHAN result whose `origin` names the team ("team:<id>"), with outcome indicators holding the
member's weighted share. The employee can not edit or delete these rows (skp services call
`refuse_if_collaborative`); only the keeper changes them, through the functions below.
Performance never imports the keeper: it only knows the origin string.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from abdi.core.errors import Forbidden

from ..models import Feedback, Skp, SkpIndicator, SkpResult
from ..rules.skp import Aspect, Perspective, ResultCategory, SkpKind

TEXT_LIMIT = SkpResult._meta.get_field("text").max_length


@dataclass(frozen=True)
class IndicatorValues:
    text: str
    target_value: Decimal
    target_unit: str
    realised: Decimal
    evidence: str = ""


def refuse_if_collaborative(result: SkpResult) -> None:
    """The employee's own edits stop at rows a team keeps."""
    if result.origin:
        raise Forbidden(_("This is a collaborative result of a team: only the team changes it."))


def skps_of(employee_ids, years) -> list[Skp]:
    """The SKPs of these employees in these years (one query)."""
    return list(Skp.objects.filter(employee_id__in=list(employee_ids), year__in=list(years)))


def add_collaborative_result(*, skp: Skp, origin: str, label: str, text: str) -> SkpResult:
    """A TAMBAHAN result kept by `origin` (shown as `label`), after the employee's own results."""
    return SkpResult.objects.create(
        instansi_id=skp.instansi_id, skp=skp, category=ResultCategory.TAMBAHAN,
        text=text[:TEXT_LIMIT], origin=origin[:40], origin_label=label[:200], order=999,
        # PermenPANRB 6/2022: a JPT result carries a perspektif; a shared result serves the public.
        perspective=Perspective.PL if skp.kind == SkpKind.JPT else "")


def add_collaborative_indicators(*, result: SkpResult, values: list[IndicatorValues],
                                 first_order: int = 1) -> list[SkpIndicator]:
    """Outcome indicators (a measured value) on a collaborative result, in one insert."""
    if not result.origin:
        raise Forbidden(_("Only a collaborative result takes mirrored indicators."))
    rows = [SkpIndicator(instansi_id=result.instansi_id, result=result,
                         kind=SkpIndicator.Kind.OUTCOME, aspect=Aspect.KUANTITAS,
                         text=v.text[:500], target_value=v.target_value,
                         target_unit=v.target_unit[:40], realised=v.realised,
                         realised_evidence=v.evidence[:500], order=first_order + number)
            for number, v in enumerate(values)]
    return SkpIndicator.objects.bulk_create(rows)


def set_collaborative_values(values: dict[int, IndicatorValues]) -> int:
    """New target/realisation of mirrored indicators (one UPDATE per batch); only indicators of
    collaborative results are touched, whatever ids were passed."""
    if not values:
        return 0
    rows = list(SkpIndicator.objects.filter(pk__in=list(values)).exclude(result__origin=""))
    for row in rows:
        v = values[row.pk]
        row.text, row.target_value, row.target_unit = v.text[:500], v.target_value, v.target_unit[:40]
        row.realised, row.realised_evidence = v.realised, v.evidence[:500]
    SkpIndicator.objects.bulk_update(
        rows, ["text", "target_value", "target_unit", "realised", "realised_evidence"], batch_size=500)
    return len(rows)


def rename_collaborative_results(*, origin: str, label: str, text: str) -> int:
    return SkpResult.objects.filter(origin=origin).update(text=text[:TEXT_LIMIT],
                                                          origin_label=label[:200])


def add_result_feedback(*, result: SkpResult, author_id: int, text: str) -> Feedback:
    """Feedback on a collaborative result by whoever keeps it (the team's lead): the atasan sees
    it wherever he sees his staff's feedback."""
    if not result.origin:
        raise Forbidden(_("Only a collaborative result takes feedback from its team."))
    return Feedback.objects.create(instansi_id=result.instansi_id, skp_id=result.skp_id,
                                   target=Feedback.Target.RESULT, target_id=result.pk,
                                   author_id=author_id, text=text)
