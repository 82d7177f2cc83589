"""The team's shared result in each active member's SKP (issue 8 item 6).

Each active member with an SKP of a year the team overlaps has one collaborative TAMBAHAN
result per team (origin "team:<id>") and, per team indicator, an outcome indicator holding the
member's share: target * weight / 100 and realised * weight / 100. Shares are refreshed in bulk
(one read, one UPDATE) whenever the realisation or the weights change. Members no longer active
keep their mirrored rows frozen: they are neither updated nor deleted.
"""

from abdi.performance.services.collaborative import (
    IndicatorValues,
    add_collaborative_indicators,
    add_collaborative_result,
    rename_collaborative_results,
    set_collaborative_values,
    skps_of,
)

from ..models import Membership, SkpMirror, TeamIndicator, TeamResult
from ..rules.dates import years_touched
from ..rules.membership import MemberStatus
from ..rules.weights import share
from .common import in_house_language


def origin_of(team) -> str:
    return f"team:{team.pk}"


def result_text(team) -> str:
    from django.utils.translation import gettext as _

    texts = list(TeamResult.objects.filter(team_id=team.pk).order_by("order", "id")
                 .values_list("text", flat=True))
    with in_house_language():
        head = _("Team result of %(team)s") % {"team": team.name}
    return f"{head}: {'; '.join(texts)}" if texts else head


def member_values(indicator: TeamIndicator, weight) -> IndicatorValues:
    return IndicatorValues(text=indicator.text, target_value=share(indicator.target_value, weight),
                           target_unit=indicator.target_unit,
                           realised=share(indicator.realised, weight), evidence=indicator.evidence)


def attach(team, memberships, *, skps=None) -> int:
    """Mirror the team into the SKPs of these (active) memberships that lack it; returns the
    number of SKP indicators made. `skps` narrows to given SKPs (a new SKP)."""
    memberships = [m for m in memberships if m.status == MemberStatus.ACTIVE]
    if not memberships:
        return 0
    by_employee = {m.employee_id: m for m in memberships}
    if skps is None:
        skps = skps_of(by_employee, years_touched(team.starts_on, team.ends_on))
    if not skps:
        return 0
    indicators = list(TeamIndicator.objects.filter(team_id=team.pk).order_by("result__order",
                                                                             "order", "id"))
    if not indicators:  # an SKP result without indicator could not be submitted
        return 0
    known = list(SkpMirror.objects.filter(membership__in=memberships)
                 .values_list("skp_id", "team_indicator_id", "skp_result_id"))
    anchors = {skp_id: result_id for skp_id, ind, result_id in known if ind is None}
    mirrored = {(skp_id, ind) for skp_id, ind, _result in known if ind is not None}
    text, made = result_text(team), 0
    for skp in skps:
        membership = by_employee.get(skp.employee_id)
        if membership is None:
            continue
        if skp.pk not in anchors:
            result = add_collaborative_result(skp=skp, origin=origin_of(team), label=team.name,
                                              text=text)
            SkpMirror.objects.create(instansi_id=team.instansi_id, membership=membership, skp=skp,
                                     skp_result=result)
            anchors[skp.pk] = result.pk
        missing = [i for i in indicators if (skp.pk, i.pk) not in mirrored]
        if not missing:
            continue
        result = _result(anchors[skp.pk])
        rows = add_collaborative_indicators(
            result=result, values=[member_values(i, membership.weight) for i in missing])
        SkpMirror.objects.bulk_create([
            SkpMirror(instansi_id=team.instansi_id, membership=membership, skp=skp,
                      skp_result_id=result.pk, team_indicator=i, skp_indicator=row)
            for i, row in zip(missing, rows, strict=True)])
        made += len(rows)
    return made


def _result(result_id):
    from abdi.performance.models import SkpResult

    return SkpResult.objects.get(pk=result_id)


def attach_all(team) -> int:
    return attach(team, list(Membership.objects.filter(team_id=team.pk,
                                                       status=MemberStatus.ACTIVE)))


def refresh(team, *, indicator_ids=None) -> int:
    """Recompute every active member's shares (of some indicators) in one read and one update."""
    mirrors = (SkpMirror.objects.filter(membership__team_id=team.pk,
                                        membership__status=MemberStatus.ACTIVE,
                                        team_indicator__isnull=False, skp_indicator__isnull=False)
               .select_related("membership", "team_indicator"))
    if indicator_ids is not None:
        mirrors = mirrors.filter(team_indicator_id__in=list(indicator_ids))
    values = {m.skp_indicator_id: member_values(m.team_indicator, m.membership.weight)
              for m in mirrors}
    return set_collaborative_values(values)


def rename(team) -> int:
    return rename_collaborative_results(origin=origin_of(team), label=team.name,
                                        text=result_text(team))


def attach_new_skp(skp) -> int:
    """An SKP made after the member joined: the teams he is active in that touch its year."""
    rows = list(Membership.objects.filter(
        employee_id=skp.employee_id, status=MemberStatus.ACTIVE,
        team__starts_on__year__lte=skp.year, team__ends_on__year__gte=skp.year)
        .select_related("team"))
    return sum(attach(row.team, [row], skps=[skp]) for row in rows)
