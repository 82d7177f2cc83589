"""The team's shared results, their realisation, the members' weights and the lead's feedback
(issue 8 items 3, 4 and 6). Each change reaches the members' SKPs in bulk (services.mirror)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import snapshot
from abdi.core.errors import DomainError, Forbidden, NotFound
from abdi.performance.services.collaborative import add_result_feedback

from .. import policy
from ..models import Membership, RealisationUpdate, SkpMirror, Team, TeamIndicator, TeamResult
from ..rules.membership import MemberStatus
from ..rules.weights import parse_weight, weights_complete, weights_total
from . import mirror
from .common import (
    audit,
    check_version,
    clean_number,
    clean_text,
    in_house_language,
    tell,
)

MAX_RESULTS = 10
MAX_INDICATORS = 12


def _lock_team(team) -> Team:
    return Team.objects.select_for_update().get(pk=team.pk)


def _require_manage(actor, team, message) -> None:
    if not policy.can_manage(actor, team):
        raise Forbidden(message)


def _indicator_values(data) -> dict:
    return {"text": clean_text(data.get("indicator"), "indicator", high=500),
            "target_value": clean_number(data.get("target_value"), "target_value"),
            "target_unit": clean_text(data.get("target_unit"), "target_unit", high=40)}


@transaction.atomic
def add_result(*, actor, team, data: dict) -> TeamResult:
    """A shared result with its first indicator (a result without indicator measures nothing)."""
    team = _lock_team(team)
    _require_manage(actor, team, _("Only the lead adds the team's results."))
    if TeamResult.objects.filter(team=team).count() >= MAX_RESULTS:
        raise DomainError(_("A team holds at most %(n)d results.") % {"n": MAX_RESULTS})
    text = clean_text(data.get("text"), "text", high=500)
    values = _indicator_values(data)
    order = TeamResult.objects.filter(team=team).count() + 1
    result = TeamResult.objects.create(instansi_id=team.instansi_id, team=team, text=text,
                                       order=order)
    indicator = TeamIndicator.objects.create(instansi_id=team.instansi_id, team=team,
                                             result=result, order=1, **values)
    audit(actor, AuditEntry.Action.CREATE, result, after={"text": text, **{
        k: str(v) for k, v in values.items()}}, agency_id=team.coordinating_agency_id)
    mirror.rename(team)
    mirror.attach_all(team)
    return indicator.result


@transaction.atomic
def add_indicator(*, actor, team, result_id, data: dict) -> TeamIndicator:
    team = _lock_team(team)
    _require_manage(actor, team, _("Only the lead adds the team's indicators."))
    result = TeamResult.objects.filter(team=team, pk=result_id).first()
    if result is None:
        raise NotFound(_("No such result in this team."))
    count = TeamIndicator.objects.filter(result=result).count()
    if count >= MAX_INDICATORS:
        raise DomainError(_("A result holds at most %(n)d indicators.") % {"n": MAX_INDICATORS})
    indicator = TeamIndicator.objects.create(instansi_id=team.instansi_id, team=team,
                                             result=result, order=count + 1,
                                             **_indicator_values(data))
    audit(actor, AuditEntry.Action.CREATE, indicator,
          after=snapshot(indicator, ["text", "target_value", "target_unit"]),
          agency_id=team.coordinating_agency_id)
    mirror.attach_all(team)
    return indicator


@transaction.atomic
def update_realisation(*, actor, indicator, value, evidence, expected_version=None) -> TeamIndicator:
    """The lead reports the team's realisation; every active member's share follows."""
    locked = TeamIndicator.objects.select_for_update().select_related("team").get(pk=indicator.pk)
    team = locked.team
    _require_manage(actor, team, _("Only the lead updates the team's realisation."))
    check_version(locked, expected_version)
    number = clean_number(value, "value")
    evidence = clean_text(evidence, "evidence", low=3, high=500)
    before = locked.realised
    RealisationUpdate.objects.create(instansi_id=team.instansi_id, indicator=locked,
                                     author_id=actor.employee_id, author_label=actor.label,
                                     before=before, after=number, evidence=evidence)
    old = snapshot(locked, ["realised", "evidence"])
    locked.realised, locked.evidence = number, evidence
    locked.version += 1
    locked.save(update_fields=["realised", "evidence", "version"])
    audit(actor, AuditEntry.Action.UPDATE, locked, before=old,
          after=snapshot(locked, ["realised", "evidence"]), agency_id=team.coordinating_agency_id)
    mirror.refresh(team, indicator_ids=[locked.pk])
    members = [m for m in Membership.objects.filter(team=team, status=MemberStatus.ACTIVE)
               .values_list("employee_id", flat=True) if m != actor.employee_id]
    with in_house_language():
        tell(members, team=team, key=f"team-realised:{locked.pk}:{locked.version}",
             message=_("The realisation of the team %(team)s changed: %(indicator)s is now "
                       "%(value)s %(unit)s.") % {"team": team.name, "indicator": locked.text[:80],
                                                 "value": number.normalize(),
                                                 "unit": locked.target_unit})
    return locked


@transaction.atomic
def set_weights(*, actor, team, weights: dict, expected_version=None) -> list[Membership]:
    """All active members' weights in one go; they must add up to exactly 100 percent."""
    team = _lock_team(team)
    _require_manage(actor, team, _("Only the lead sets the contribution weights."))
    check_version(team, expected_version)
    active = list(Membership.objects.select_for_update().filter(team=team,
                                                                status=MemberStatus.ACTIVE))
    if not active:
        raise DomainError(_("The team has no active member yet."))
    parsed, errors = {}, {}
    for row in active:
        value = parse_weight(weights.get(row.pk, weights.get(str(row.pk))))
        if value is None:
            errors[f"weight_{row.pk}"] = _("Enter a percentage from 0 to 100 (at most two "
                                           "decimals).")
        parsed[row.pk] = value
    if errors:
        raise DomainError(_("Some weights are not valid percentages."), errors=errors)
    if not weights_complete(parsed.values()):
        raise DomainError(_("The weights of the active members must add up to exactly 100%% "
                            "(now %(total)s%%).") % {"total": weights_total(parsed.values())})
    from ..models import WeightChange

    changes = []
    for row in active:
        if row.weight != parsed[row.pk]:
            changes.append(WeightChange(instansi_id=team.instansi_id, membership=row,
                                        before=row.weight, after=parsed[row.pk],
                                        author_label=actor.label))
            row.weight = parsed[row.pk]
            row.version += 1
    Membership.objects.bulk_update(active, ["weight", "version"])
    WeightChange.objects.bulk_create(changes)
    before = {"weights": {str(c.membership_id): str(c.before) for c in changes}}
    after = {"weights": {str(c.membership_id): str(c.after) for c in changes}}
    team.version += 1
    team.save(update_fields=["version", "updated_at"])
    audit(actor, AuditEntry.Action.UPDATE, team, before=before, after=after,
          agency_id=team.coordinating_agency_id)
    mirror.refresh(team)
    return active


@transaction.atomic
def give_feedback(*, actor, team, membership_id, text) -> int:
    """The lead's feedback on a member, stored on the member's collaborative SKP result(s) so
    the atasan reads it where he reads his staff's feedback."""
    _require_manage(actor, team, _("Only the lead gives feedback on the team's members."))
    row = Membership.objects.select_related("employee").filter(
        team=team, pk=membership_id).exclude(joined_at=None).first()
    if row is None:
        raise NotFound(_("Choose a member of this team."), field="membership")
    if row.employee_id == actor.employee_id:
        raise DomainError(_("Feedback is for the other members."), field="membership")
    text = clean_text(text, "text", low=3, high=2000, one_line=False)
    anchors = list(SkpMirror.objects.filter(membership=row, team_indicator__isnull=True)
                   .select_related("skp_result", "skp").order_by("-skp__year"))
    if not anchors:
        raise DomainError(_("%(name)s has no SKP for the team's years yet, so the feedback has "
                            "nowhere to go.") % {"name": row.employee.name}, field="membership")
    this_year = timezone.localdate().year
    anchor = next((a for a in anchors if a.skp.year == this_year), anchors[0])
    feedback = add_result_feedback(result=anchor.skp_result, author_id=actor.employee_id, text=text)
    audit(actor, AuditEntry.Action.CREATE, feedback, after={"text": text},
          employee_id=row.employee_id, agency_id=row.agency_id)
    with in_house_language():
        tell([row.employee_id], team=team,
             message=_("The lead of the team %(team)s gave you feedback.") % {"team": team.name})
    return feedback.pk
