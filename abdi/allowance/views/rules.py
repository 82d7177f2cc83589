"""The government's TPP rule versions: the list (and, for BKPSDM, a new version from a preset)
and one version as readable tables. Thin: parse, ask policy/queries, call the service, render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..forms import RuleSetForm
from ..rules import codec
from ..services import rule_sets as rule_set_services
from . import display

LIST = "allowance/rules.html"
DETAIL = "allowance/rule_set.html"


def viewer(request) -> Actor:
    """The acting member, who may read the rules of their own government."""
    actor = Actor.from_request(request)
    if not policy.can_view_rules(actor, actor.instansi_id):
        raise Http404
    return actor


def period(rule_set) -> str:
    start = date_format(rule_set.effective_from, "j M Y")
    if rule_set.effective_to is None:
        return _("from %(start)s until further notice") % {"start": start}
    return _("%(start)s to %(end)s") % {"start": start,
                                        "end": date_format(rule_set.effective_to, "j M Y")}


def state(rule_set, today) -> tuple[str, str]:
    """(label, badge class) of a version on `today`."""
    if rule_set.effective_from > today:
        return _("Upcoming"), "badge-warn"
    if rule_set.effective_to is not None and rule_set.effective_to < today:
        return _("Ended"), ""
    return _("In force"), "badge-ok"


def _rows(versions, today) -> list[dict]:
    current = queries.in_force_among(versions, today)
    rows = []
    for version in versions:
        label, badge = state(version, today)
        rows.append({"version": version, "period": period(version),
                     "preset": display.preset_name(version.preset), "state": label, "badge": badge,
                     "current": current is not None and version.pk == current.pk})
    return rows


def _list_page(request, actor, *, form=None, status=200):
    can_manage = policy.can_manage_rules(actor, actor.instansi_id)
    if can_manage and form is None:
        form = RuleSetForm()
    context = {"rows": _rows(queries.rule_sets(), timezone.localdate()),
               "form": form if can_manage else None}
    return render(request, LIST, context, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def index(request):
    actor = viewer(request)
    if request.method == "GET":
        return _list_page(request, actor)
    if not policy.can_manage_rules(actor, actor.instansi_id):
        raise PermissionDenied
    form = RuleSetForm(request.POST)
    if not form.is_valid():
        return _list_page(request, actor, form=form, status=400)
    try:
        rule_set = rule_set_services.add_rule_set(actor=actor, instansi_id=actor.instansi_id,
                                                  values=form.values())
    except DomainError as error:
        form.add_service_error(error)
        return _list_page(request, actor, form=form, status=error.status)
    messages.success(request, _("The TPP rules “%(name)s” were added, %(period)s.") % {
        "name": rule_set.name, "period": period(rule_set)})
    return redirect("allowance:rule_set", pk=rule_set.pk)


@member_required
@require_GET
def detail(request, pk):
    actor = viewer(request)
    rule_set = queries.get_rule_set_for_user(actor, pk)
    today = timezone.localdate()
    schedule, problems = codec.schedule_from_data(rule_set.schedule)
    label, badge = state(rule_set, today)
    context = {
        "rule_set": rule_set, "period": period(rule_set), "state": label, "badge": badge,
        "preset": display.preset_name(rule_set.preset), "schedule": schedule,
        "problems": [rule_set_services.problem_text(p) for p in problems],
        "tables": display.schedule_tables(schedule) if schedule is not None else None,
        "amounts": display.amounts_table(queries.base_amounts(rule_set)),
        "can_manage": policy.can_manage_rules(actor, actor.instansi_id),
    }
    return render(request, DETAIL, context)
