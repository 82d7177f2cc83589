"""SKP planning pages: my plans, one plan, its cascading map, the subordinates' plans, and the
workflow moves. Thin: parse, ask policy/queries, call a service, render.

The views that fill a plan live in skp_items.py and are importable from here (urls.py names
them `skp.<view>`).
"""

from decimal import ROUND_HALF_UP, Decimal

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from abdi.core.errors import DomainError
from abdi.people import queries as people_queries
from abdi.tenancy.access import member_required

from .. import policy, queries, services
from ..forms_skp import (
    CreateSkpForm,
    ExpectationsForm,
    FeedbackForm,
    IndicatorForm,
    LampiranForm,
    MoveForm,
    OutcomeForm,
    ResultForm,
    YearForm,
)
from ..models import SkpIndicator
from ..rules import BERAKHLAK, realisation_percent
from ..rules.skp import LampiranKind, ResultCategory, SkpKind
from ..rules.workflow import SkpAction, next_skp_status
from .skp_common import actor_of, badge, failed, invalid, refused
from .skp_items import (  # noqa: F401 - urls.py reaches every SKP view through this module
    expectations,
    feedback,
    indicator_add,
    indicator_delete,
    indicator_edit,
    lampiran,
    outcome_report,
    result_add,
    result_delete,
    result_edit,
)

CASCADE_DEPTH = 4  # this plan's results and three levels of subordinates below

EVENT_LABELS = {
    SkpAction.SUBMIT: gettext_lazy("submitted"), SkpAction.APPROVE: gettext_lazy("approved"),
    SkpAction.RETURN: gettext_lazy("returned"), SkpAction.AMEND: gettext_lazy("reopened for amendment"),
}


def _move_buttons() -> dict:
    """Per action: its button, whether a note is asked for (and required), and the note's label."""
    return {
        SkpAction.SUBMIT: {"label": _("Submit to the atasan"), "note": False, "primary": True},
        SkpAction.APPROVE: {"label": _("Approve"), "note": False, "primary": True},
        SkpAction.RETURN: {"label": _("Return with a note"), "note": True,
                           "note_label": _("What must change")},
        SkpAction.AMEND: {"label": _("Amend the approved SKP"), "note": True,
                          "note_label": _("Reason for the amendment")},
    }


# --- My plans and making one ---------------------------------------------------------------


def _my_plans_page(request, actor, *, form=None, status=200):
    year = timezone.localdate().year
    plans = list(queries.skps_of(actor.employee_id)) if actor.employee_id else []
    for skp in plans:
        skp.badge = badge(skp)
    supervisor = actor.employee_id is not None and actor.is_supervisor
    context = {
        "plans": plans,
        "year": year,
        "has_this_year": any(skp.year == year for skp in plans),
        "form": form or CreateSkpForm(initial={"year": year}),
        "is_supervisor": supervisor,
        "awaiting": queries.awaiting_approval_count(actor, year) if supervisor else 0,
        "can_validate": policy.can_see_validation_queue(actor),
    }
    return render(request, "performance/skp/home.html", context, status=status)


@member_required
@require_GET
def my_plans(request):
    return _my_plans_page(request, actor_of(request))


@member_required
@require_POST
def create(request):
    actor = actor_of(request)
    form = CreateSkpForm(request.POST)
    if not form.is_valid():
        return _my_plans_page(request, actor, form=form, status=400)
    employee_id = form.cleaned_data["employee"] or actor.employee_id
    if employee_id is None:
        form.add_error(None, _("Your account is not linked to an employee."))
        return _my_plans_page(request, actor, form=form, status=400)
    employee = people_queries.get_employee_for_user(actor, employee_id)  # 404 if not visible
    try:
        skp = services.create_skp(actor=actor, employee=employee, year=form.cleaned_data["year"],
                                  approach=form.cleaned_data["approach"])
    except DomainError as exc:
        form.add_error(None, exc.message)
        return _my_plans_page(request, actor, form=form, status=exc.status)
    messages.success(request, _("The SKP %(year)s was made. Add its planned results.")
                     % {"year": skp.year})
    return redirect("performance:skp_detail", pk=skp.pk)


# --- One plan ------------------------------------------------------------------------------


def _percent(indicator) -> Decimal | None:
    try:
        found = realisation_percent(indicator.realised, indicator.target_value)
    except ValueError:
        return None
    if found is None:
        return None
    return (Decimal(found.numerator) / Decimal(found.denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP)


def _results(skp, notes, *, can_edit, can_feedback, can_report):
    """The results, grouped Utama/Tambahan, each with its indicators, feedback and forms."""
    groups = {ResultCategory.UTAMA: [], ResultCategory.TAMBAHAN: []}
    for result in queries.results_with_indicators(skp):
        result.feedback_entries = notes.get(("result", result.pk), [])
        result.rows = list(result.indicators.all())
        for indicator in result.rows:
            indicator.percent = _percent(indicator)
            indicator.is_outcome = indicator.kind == SkpIndicator.Kind.OUTCOME
            # A collaborative result's values come from its team, never from this form.
            if can_report and indicator.is_outcome and not result.is_collaborative:
                indicator.outcome_form = OutcomeForm(
                    auto_id=f"outcome-{indicator.pk}-%s",
                    initial={"value": indicator.realised, "evidence": indicator.realised_evidence})
        result.editable = can_edit and not result.is_collaborative
        if result.editable:
            result.indicator_form = IndicatorForm(kind=skp.kind, auto_id=f"new-ind-{result.pk}-%s")
        if can_feedback:
            result.feedback_form = FeedbackForm(
                auto_id=f"feedback-{result.pk}-%s", initial={"target": "result", "target_id": result.pk})
        groups.setdefault(ResultCategory(result.category), []).append(result)
    return [(_("Main results (utama)"), groups[ResultCategory.UTAMA]),
            (_("Additional results (tambahan)"), groups[ResultCategory.TAMBAHAN])]


def _behaviour_rows(skp, notes, *, can_feedback):
    by_number = {b.value_number: b for b in skp.behaviours.all()}
    rows = []
    for value in BERAKHLAK:
        row = by_number.get(value.number)
        rows.append({
            "value": value, "row": row,
            "feedback": notes.get(("behaviour", row.pk), []) if row else [],
            "feedback_form": FeedbackForm(auto_id=f"feedback-b{row.pk}-%s",
                                          initial={"target": "behaviour", "target_id": row.pk})
            if row and can_feedback else None,
        })
    return rows


def _lampiran_lists(items):
    by_kind = {kind: [] for kind in LampiranKind}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item.text)
    return [(kind.label, by_kind[kind]) for kind in LampiranKind]


def _moves(actor, skp):
    """The workflow buttons this actor may press now, each with its form."""
    buttons = _move_buttons()
    found = []
    for action in SkpAction:
        if next_skp_status(skp.status, action) and policy.can_move_skp(actor, skp, action):
            form = MoveForm(auto_id=f"move-{action.value}-%s",
                            initial={"action": action.value, "version": skp.version})
            found.append({"action": action.value, "form": form, **buttons[action]})
    return found


@member_required
@require_GET
def detail(request, pk):
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    can_edit = policy.can_edit_skp(actor, skp)
    can_feedback = policy.can_give_feedback(actor, skp)
    can_expect = policy.can_set_expectations(actor, skp)
    notes = queries.feedback_on(skp)  # umpan balik per result and per behaviour value
    lampiran_items = list(skp.lampiran.all())
    moves = _moves(actor, skp)
    can_submit = any(move["action"] == SkpAction.SUBMIT for move in moves)
    behaviours = _behaviour_rows(skp, notes, can_feedback=can_feedback)
    context = {
        "skp": skp,
        "badge": badge(skp),
        "is_jpt": skp.kind == SkpKind.JPT,
        "groups": _results(skp, notes, can_edit=can_edit, can_feedback=can_feedback,
                           can_report=policy.can_report_outcome(actor, skp)),
        "behaviours": behaviours,
        "lampiran": _lampiran_lists(lampiran_items),
        "events": [(event, EVENT_LABELS.get(event.action, event.action))
                   for event in skp.events.all()],
        "moves": moves,
        "problems": services.plan_problems(skp) if can_submit else [],
        "can_edit": can_edit,
        "can_expect": can_expect,
        "is_owner": actor.owns(skp.employee_id),
        "can_make_template": policy.can_manage_templates(actor),
    }
    if can_edit:
        context["result_form"] = ResultForm(kind=skp.kind, parents=queries.parent_result_choices(skp),
                                            auto_id="new-result-%s")
        context["lampiran_form"] = LampiranForm(initial=LampiranForm.initial_from(lampiran_items),
                                                auto_id="lampiran-%s")
    if can_expect:
        context["expectations_form"] = ExpectationsForm(
            initial=ExpectationsForm.initial_from(row["row"] for row in behaviours if row["row"]),
            auto_id="expect-%s")
    return render(request, "performance/skp/detail.html", context)


@member_required
@require_POST
def move(request, pk):
    """The workflow gate: submit, approve, return with a note, amend with a reason."""
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    action = request.POST.get("action", "")
    if action in SkpAction.__members__.values() and not policy.can_move_skp(actor, skp, action):
        return refused(request, skp, _("You may not do this to this SKP."))
    form = MoveForm(request.POST)
    page = {"title": _("Move the SKP"), "action": reverse("performance:skp_move", args=[skp.pk]),
            "submit": _("Send")}
    if not form.is_valid():
        return invalid(request, skp, form, **page)
    data = form.cleaned_data
    try:
        skp = services.move_skp(actor=actor, skp=skp, action=data["action"], note=data["note"],
                                expected_version=data["version"])
    except DomainError as exc:
        return failed(request, skp, form, exc, **page)
    messages.success(request, _("The SKP is now %(status)s.") % {"status": skp.status_label})
    return redirect("performance:skp_detail", pk=skp.pk)


# --- Cascading map and subordinates --------------------------------------------------------


@member_required
@require_GET
def cascade(request, pk):
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    roots = queries.cascade_tree(actor, skp, depth=CASCADE_DEPTH)
    return render(request, "performance/skp/cascade.html", {"skp": skp, "roots": roots})


@member_required
@require_GET
def subordinates(request):
    actor = actor_of(request)
    form = YearForm(request.GET or None)
    status = 200
    if request.GET and not form.is_valid():
        status = 400
        year = timezone.localdate().year
    else:
        year = form.chosen_year() if request.GET else timezone.localdate().year
    rows = queries.subordinate_skps(actor, year)
    for _employee, skp in rows:
        if skp is not None:
            skp.badge = badge(skp)
    context = {"rows": rows, "year": year, "form": form, "previous_year": year - 1,
               "next_year": year + 1, "is_supervisor": actor.is_supervisor}
    return render(request, "performance/skp/subordinates.html", context, status=status)
