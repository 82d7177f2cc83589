"""The home page, health check and the pages that belong to no domain."""

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import Count
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor
from abdi.people import queries as people_queries
from abdi.people.choices import EmployeeStatus


@require_GET
@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        database = "ok"
    except Exception:  # any failure means unhealthy: reported, not raised
        database = "unreachable"
    status = 200 if database == "ok" else 503
    return JsonResponse({"status": "ok" if status == 200 else "error", "database": database},
                        status=status)


@login_required
@require_GET
def home(request):
    """A short landing page: own profile for an employee, head counts for admins and leaders."""
    actor = Actor.from_request(request)
    context = {"own": None, "counts": None}
    if actor.employee_id and actor.instansi_id:
        try:
            context["own"] = people_queries.get_employee_for_user(actor, actor.employee_id)
        except Http404:
            context["own"] = None
    if actor.is_admin or actor.sees_whole_government or actor.is_supervisor:
        context["counts"] = _status_counts(actor)
    return render(request, "web/home.html", context)


def _status_counts(actor) -> dict:
    """Employees the actor may see, per status: one grouped query."""
    labels = dict(EmployeeStatus.choices)
    grouped = (people_queries.visible_employees(actor).order_by().values("status")
               .annotate(n=Count("id")))
    per_status = sorted(((labels.get(row["status"], row["status"]), row["status"], row["n"])
                         for row in grouped), key=lambda item: -item[2])
    return {"total": sum(n for _label, _status, n in per_status), "per_status": per_status}
