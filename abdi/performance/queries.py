"""Reading SKPs and activities for a user: every getter answers 404 for what is not theirs."""

import datetime

from django.db.models import F, Prefetch, Q
from django.http import Http404
from django.utils import timezone

from abdi.core.compiled import CompiledQuery
from abdi.core.generations import Generation
from abdi.org.queries import direct_subordinates
from abdi.people.queries import visible_employees

from . import policy
from .models import Activity, Feedback, PerformanceSettings, Skp, SkpIndicator, SkpResult
from .rules import activity as activity_rules
from .rules.workflow import ActivityStatus, SkpStatus


def _settings_generation(instansi_id: int) -> Generation:
    return Generation(f"performance:settings-generation:{instansi_id}")


def backdate_days(instansi_id: int | None = None) -> int:
    """The government's window for writing activities (the scope names the government).

    Read on every entry a phone sends: kept near (core.generations), replaced when the setting
    changes."""
    if instansi_id is None:
        return _read_backdate_days()
    return _settings_generation(instansi_id).remember("backdate", _read_backdate_days, 300)


def _read_backdate_days() -> int:
    found = PerformanceSettings.objects.values_list("backdate_days", flat=True).first()
    return activity_rules.DEFAULT_BACKDATE_DAYS if found is None else found


def forget_backdate_days(instansi_id: int) -> None:
    """Call inside the transaction that changes the setting."""
    _settings_generation(instansi_id).bump()


def _skps():
    return Skp.objects.select_related("employee", "employee__unit", "unit", "appraiser")


def get_skp_for_user(actor, pk) -> Skp:
    skp = _skps().filter(pk=pk).first()
    if skp is None or not policy.can_view_skp(actor, skp):
        raise Http404
    return skp


def skp_of(employee_id: int, year: int) -> Skp | None:
    return _skps().filter(employee_id=employee_id, year=year).first()


def skps_of(employee_id: int):
    return _skps().filter(employee_id=employee_id).order_by("-year")


def results_with_indicators(skp: Skp) -> list[SkpResult]:
    """The plan's results, each with its indicators and its atasan's result, in two queries."""
    return list(
        skp.results.select_related("parent")
        .prefetch_related(Prefetch("indicators", queryset=SkpIndicator.objects.order_by("order", "id")))
        .order_by("category", "order", "id")
    )


def parent_result_choices(skp: Skp) -> list[SkpResult]:
    """Results of the current atasan's SKP of the same year, which this plan may support."""
    atasan_id = policy.current_atasan_id(skp.employee)
    if atasan_id is None:
        return []
    return list(SkpResult.objects.filter(skp__employee_id=atasan_id, skp__year=skp.year)
                .order_by("category", "order", "id"))


def get_result_for_user(actor, skp: Skp, pk) -> SkpResult:
    result = SkpResult.objects.filter(pk=pk, skp=skp).first()
    if result is None:
        raise Http404
    return result


def get_indicator_for_user(actor, pk) -> SkpIndicator:
    indicator = SkpIndicator.objects.select_related("result__skp__employee__unit").filter(pk=pk).first()
    if indicator is None or not policy.can_view_skp(actor, indicator.result.skp):
        raise Http404
    return indicator


def reportable_indicators(employee_id: int, years) -> list[SkpIndicator]:
    """Output indicators of the employee's approved plans of those years (a year or several),
    newest year first, for the activity form; each carries `skp_year`."""
    years = [years] if isinstance(years, int) else list(years)
    return list(
        SkpIndicator.objects.select_related("result")
        .annotate(skp_year=F("result__skp__year"))
        .filter(result__skp__employee_id=employee_id, result__skp__year__in=years,
                result__skp__approved_at__isnull=False, kind=SkpIndicator.Kind.OUTPUT)
        .order_by("-result__skp__year", "result__category", "result__order", "result_id",
                  "order", "id")
    )


def _activities():
    return Activity.objects.select_related("indicator", "employee")


def get_activity_for_user(actor, pk) -> Activity:
    activity = _activities().select_related("skp", "employee__unit").filter(pk=pk).first()
    if activity is None or not policy.can_view_activity(actor, activity):
        raise Http404
    return activity


def recent_activities(employee_id: int, *, limit: int = 30):
    return _activities().filter(employee_id=employee_id).order_by("-date", "-id")[:limit]


def subordinates_today(actor):
    if not actor.employee_id:
        return []
    # The units the actor leads today are known already (Actor.led_unit_paths ends in their id).
    led = [int(path.strip("/").rsplit("/", 1)[-1]) for path in actor.led_unit_paths]
    return direct_subordinates(actor.employee_id, on=timezone.localdate(), led_unit_ids=led)


def validation_queue(actor):
    """Entries of the actor's direct subordinates waiting for validation, oldest first."""
    subordinate_ids = list(subordinates_today(actor).values_list("pk", flat=True)) \
        if actor.employee_id else []
    return (_activities().filter(employee_id__in=subordinate_ids, status=ActivityStatus.SUBMITTED)
            .order_by("date", "id"))


def subordinate_skps(actor, year: int):
    """Each direct subordinate with their SKP of the year (None where they have none)."""
    subordinates = list(subordinates_today(actor).select_related("unit").order_by("name")) \
        if actor.employee_id else []
    plans = {s.employee_id: s for s in Skp.objects.filter(
        employee_id__in=[e.pk for e in subordinates], year=year)}
    return [(employee, plans.get(employee.pk)) for employee in subordinates]


def awaiting_approval_count(actor, year: int) -> int:
    return sum(1 for _e, skp in subordinate_skps(actor, year)
               if skp is not None and skp.status == SkpStatus.SUBMITTED)


def feedback_on(skp: Skp) -> dict[tuple[str, int], list[Feedback]]:
    grouped: dict[tuple[str, int], list[Feedback]] = {}
    for entry in skp.feedback.select_related("author").order_by("created_at", "id"):
        grouped.setdefault((entry.target, entry.target_id), []).append(entry)
    return grouped


def activity_in_government(pk) -> Activity:
    """An activity of the scoped government, for acts whose service checks the actor itself.

    Another government's entry is 404 (the scope hides it); within the government a refused
    act answers 403, as bulk approval of the same ids does.
    """
    activity = _activities().filter(pk=pk).first()
    if activity is None:
        raise Http404
    return activity


def activity_feedback(activity: Activity) -> list[Feedback]:
    """The atasan's umpan balik on one activity, oldest first."""
    return list(Feedback.objects.select_related("author")
                .filter(skp_id=activity.skp_id, target=Feedback.Target.ACTIVITY,
                        target_id=activity.pk).order_by("created_at", "id"))


# ---------------------------------------------------------------- the JSON API's reads


def visible_skps(actor):
    """Plans the actor may see: of employees under their sight, or that they appraise
    (the same rule as policy.can_view_skp, as a filter)."""
    condition = Q(employee__in=visible_employees(actor))
    if actor.employee_id:
        condition |= Q(appraiser_id=actor.employee_id)
    return Skp.objects.filter(condition)


def skp_list(actor, *, employee_id=None, year=None, status=None):
    """The actor's own plans, or those of `employee_id` if the actor may see them; one query
    with the columns a list row shows."""
    if employee_id is not None:
        rows = visible_skps(actor).filter(employee_id=employee_id)
    elif actor.employee_id:
        rows = Skp.objects.filter(employee_id=actor.employee_id)
    else:
        rows = Skp.objects.none()
    if year is not None:
        rows = rows.filter(year=year)
    if status:
        rows = rows.filter(status=status)
    return (rows.select_related("employee", "unit")
            .only("id", "ekinerja_id", "year", "kind", "approach", "status", "revision", "version",
                  "position_name", "appraiser_id", "submitted_at", "approved_at", "created_at",
                  "employee__id", "employee__nip", "employee__name", "unit__id", "unit__name")
            .order_by("-year", "employee_id", "id"))


def get_indicator_of_skp(skp: Skp, pk) -> SkpIndicator:
    """An indicator of this plan (404 for any other), with its result and plan attached."""
    indicator = SkpIndicator.objects.select_related("result").filter(pk=pk, result__skp=skp).first()
    if indicator is None:
        raise Http404
    indicator.result.skp = skp
    return indicator


def own_indicator(actor, pk) -> SkpIndicator | None:
    """The actor's own indicator with its plan and employee, as recording an activity reads
    them (a hot path: one query instead of two; call inside the writing transaction). Only the
    columns the write and its answer read: compiling the whole rows cost more than the rest of
    the request."""
    if not actor.employee_id:
        return None
    return _OWN_INDICATOR.first(pk=int(pk), employee_id=actor.employee_id)


OWN_INDICATOR_COLUMNS = (
    "id", "instansi_id", "kind", "result_id", "result__skp_id",
    "result__skp__instansi_id", "result__skp__employee_id", "result__skp__year",
    "result__skp__approved_at", "result__skp__appraiser_id",
    "result__skp__employee__instansi_id", "result__skp__employee__nip",
    "result__skp__employee__name", "result__skp__employee__unit_id",
    "result__skp__employee__agency_id",
)

_OWN_INDICATOR = CompiledQuery(
    lambda pk, employee_id: SkpIndicator.objects.select_related("result__skp__employee")
    .only(*OWN_INDICATOR_COLUMNS).filter(pk=pk, result__skp__employee_id=employee_id)
    .order_by()[:1],
    SkpIndicator, pk=int, employee_id=int)


_REPEAT = CompiledQuery(
    lambda employee_id, fingerprint, since, day: Activity.objects.filter(
        employee_id=employee_id, fingerprint=fingerprint, date__gte=since, date__lt=day),
    Activity, employee_id=int, fingerprint=str, since=datetime.date, day=datetime.date)


def _repeat_since(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=activity_rules.REPEAT_LOOKBACK_DAYS)


def repeated_recently(employee_id: int, fingerprint: str, day: datetime.date) -> bool:
    """Whether the employee reported the same work (its fingerprint) in the days before `day`
    (performance.md: entries copied day after day are flagged)."""
    return _REPEAT.exists(employee_id=employee_id, fingerprint=fingerprint,
                          since=_repeat_since(day), day=day)


def _column(name: str) -> str:
    return f'"{Activity._meta.get_field(name).column}"'


# The same check as the one-row source of the entry's own INSERT on PostgreSQL (core.insert_chain):
# no round trip of its own. Typed parameters: the statement is prepared (core.prepared).
REPEAT_SOURCE = (
    f'SELECT EXISTS (SELECT 1 FROM "{Activity._meta.db_table}" '  # noqa: S608 - names from the model
    f"WHERE {_column('instansi')} = %s::bigint AND {_column('employee')} = %s::bigint "
    f"AND {_column('fingerprint')} = %s::text AND {_column('date')} >= %s::date "
    f"AND {_column('date')} < %s::date) AS is_repeat")


def repeat_source_params(activity: Activity) -> tuple:
    """REPEAT_SOURCE's parameters for a new entry (its government, employee, words and day)."""
    return (activity.instansi_id, activity.employee_id, activity.fingerprint,
            _repeat_since(activity.date), activity.date)


def skp_version(pk) -> int | None:
    return Skp.objects.filter(pk=pk).values_list("version", flat=True).first()


def activities_of(employee_id: int | None, *, date_from=None, date_to=None, status=None):
    """An employee's diary, newest first, filtered by day and status."""
    rows = _activities().filter(employee_id=employee_id) if employee_id else Activity.objects.none()
    if date_from is not None:
        rows = rows.filter(date__gte=date_from)
    if date_to is not None:
        rows = rows.filter(date__lte=date_to)
    if status:
        rows = rows.filter(status=status)
    return rows.select_related("indicator", "employee").order_by("-date", "-id")


# ---------------------------------------------------------------- the cascading map


def cascade_tree(actor, skp: Skp, *, depth: int = 4) -> list[dict]:
    """This plan's results and, below each, the subordinates' results that support it
    (intervensi), `depth` levels in all: one query per level. Rows of plans the actor may not
    see are counted in `hidden`, not shown."""
    level = [{"result": r, "skp": skp, "children": [], "hidden": 0}
             for r in skp.results.order_by("category", "order", "id")]
    roots, frontier = level, {node["result"].pk: node for node in level}
    for _level in range(depth - 1):
        if not frontier:
            break
        below = {}
        children = (SkpResult.objects.filter(parent_id__in=list(frontier))
                    .select_related("skp__employee__unit")
                    .order_by("skp__employee__name", "skp_id", "category", "order", "id"))
        for child in children:
            parent = frontier[child.parent_id]
            if not policy.can_view_skp(actor, child.skp):
                parent["hidden"] += 1
                continue
            node = {"result": child, "skp": child.skp, "children": [], "hidden": 0}
            parent["children"].append(node)
            below[child.pk] = node
        frontier = below
    return roots


def activity_by_client_key(employee_id: int, client_key) -> Activity | None:
    """The entry a phone already sent under this key (a resend is answered with it)."""
    return Activity.objects.filter(employee_id=employee_id, client_key=client_key).first()


# ---------------------------------------------------------------- templates


def fan_out_targets(actor, template):
    """Serving holders of the template's jabatan whom the actor may see (a unit head: those they
    lead), in the template's perangkat daerah; never the actor themself."""
    from abdi.people import policy as people_policy
    from abdi.people.choices import EmployeeStatus
    from abdi.people.models import Employee

    targets = Employee.objects.filter(position__name=template.position_name,
                                      status__in=EmployeeStatus.serving())
    if template.agency_id:
        targets = targets.filter(agency_id=template.agency_id)
    visible = people_policy.visibility_filter(actor)
    if visible is not None:
        targets = targets.filter(visible)
    return targets.exclude(pk=actor.employee_id) if actor.employee_id else targets


def template_target_counts(actor, templates) -> dict[int, int]:
    """How many holders each template reaches: one grouped query for the whole list."""
    from django.db.models import Count

    from abdi.people import policy as people_policy
    from abdi.people.choices import EmployeeStatus
    from abdi.people.models import Employee

    if not templates:
        return {}
    rows = Employee.objects.filter(position__name__in={t.position_name for t in templates},
                                   status__in=EmployeeStatus.serving())
    visible = people_policy.visibility_filter(actor)
    if visible is not None:
        rows = rows.filter(visible)
    if actor.employee_id:
        rows = rows.exclude(pk=actor.employee_id)
    counted = {(r["position__name"], r["agency_id"]): r["n"]
               for r in rows.values("position__name", "agency_id").annotate(n=Count("id"))}
    return {t.pk: sum(n for (name, agency), n in counted.items()
                      if name == t.position_name and (t.agency_id is None or agency == t.agency_id))
            for t in templates}
