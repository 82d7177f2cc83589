"""A jabatan of an ABK with its tasks: add, edit, delete (plain forms; htmx only swaps the row
list when present), and the import of task lists from XLSX/CSV."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..choices import PJ_LABELS, Period
from ..services import abk as services
from ..services import importing

LINE = "workforce/line.html"
TASK_FIELDS = ("name", "output_unit", "volume", "period", "norma_minutes")
EQUIPMENT_FIELDS = ("name", "machines", "rpk", "shifts")


def _values(post) -> dict:
    return {name: post.get(name, "")[:400] for name in TASK_FIELDS}


def _line_page(request, actor, abk, line, *, error=None, field=None, values=None,
               editing=None, status=200, equipment_values=None, equipment_editing=None,
               equipment_field=None):
    """The jabatan's page; `field`/`equipment_field` mark the wrong input of either form."""
    if values is None:
        values = ({name: getattr(editing, name) for name in TASK_FIELDS} if editing
                  else {"period": "tahun"})
    if equipment_values is None:
        equipment_values = ({name: getattr(equipment_editing, name) for name in EQUIPMENT_FIELDS}
                            if equipment_editing else {"shifts": 1})
    return render(request, LINE, {
        "abk": abk, "line": line, "tasks": queries.tasks_of(line),
        "equipment": queries.equipment_of(line),
        "holders": queries.holder_list(line.position_id), "pj_labels": PJ_LABELS,
        "years": [abk.year + i for i in range(5)], "periods": Period.choices,
        "may_edit": policy.can_edit_abk(actor, abk), "error": error, "error_field": field,
        "values": values, "editing": editing, "equipment_values": equipment_values,
        "equipment_editing": equipment_editing, "equipment_field": equipment_field},
        status=status)


@member_required
@require_http_methods(["GET", "POST"])
def line(request, abk_id, line_id):
    actor = Actor.from_request(request)
    abk = queries.get_abk_for_user(actor, abk_id)
    line = queries.get_line(abk, line_id)
    if request.method == "POST":
        values = _values(request.POST)
        try:
            services.add_task(actor=actor, abk=abk, line=line,
                              version=request.POST.get("version"), **values)
        except DomainError as error:
            abk.refresh_from_db()
            return _line_page(request, actor, abk, line, error=error.message, field=error.field,
                              values=values, status=error.status)
        messages.success(request, _("The task is added."))
        return redirect("workforce:line", abk.pk, line.pk)
    return _line_page(request, actor, abk, line)


@member_required
@require_http_methods(["GET", "POST"])
def task(request, abk_id, task_id):
    actor = Actor.from_request(request)
    abk = queries.get_abk_for_user(actor, abk_id)
    task = queries.get_task(abk, task_id)
    line = queries.get_line(abk, task.line_id)
    if request.method == "GET":
        return _line_page(request, actor, abk, line, editing=task)
    values = _values(request.POST)
    try:
        if request.POST.get("delete"):
            services.delete_task(actor=actor, abk=abk, task=task,
                                 version=request.POST.get("version"))
            messages.success(request, _("The task is deleted."))
        else:
            services.update_task(actor=actor, abk=abk, task=task,
                                 version=request.POST.get("version"), **values)
            messages.success(request, _("The task is saved."))
    except DomainError as error:
        abk.refresh_from_db()
        task.refresh_from_db()
        return _line_page(request, actor, abk, line, error=error.message, field=error.field,
                          editing=task, values=values, status=error.status)
    return redirect("workforce:line", abk.pk, line.pk)


@member_required
@require_http_methods(["GET", "POST"])
def import_tasks(request, abk_id):
    actor = Actor.from_request(request)
    abk = queries.get_abk_for_user(actor, abk_id)
    if not policy.can_edit_abk(actor, abk):
        return render(request, "workforce/error.html", {
            "message": _("This ABK cannot be changed now.")}, status=403)
    context = {"abk": abk, "max_mb": importing.MAX_BYTES // (1024 * 1024)}
    if request.method == "GET":
        return render(request, "workforce/import.html", context)
    upload = request.FILES.get("file")
    if upload is None:
        return render(request, "workforce/import.html",
                      context | {"error": _("Choose a file to import.")}, status=400)
    if upload.size > importing.MAX_BYTES:
        return render(request, "workforce/import.html",
                      context | {"error": _("The file is larger than 2 MB.")}, status=413)
    commit = request.POST.get("commit") == "1"
    try:
        result = importing.import_tasks(actor=actor, abk=abk, data=upload.read(),
                                        filename=upload.name or "", commit=commit,
                                        version=request.POST.get("version"))
    except DomainError as error:
        return render(request, "workforce/import.html", context | {"error": error.message},
                      status=error.status)
    if result.committed:
        messages.success(request, _("%(tasks)s tasks of %(positions)s jabatan are imported.")
                         % {"tasks": len(result.rows), "positions": result.positions})
        return redirect("workforce:abk", abk.pk)
    return render(request, "workforce/import.html", context | {
        "result": result, "checked": True}, status=400 if result.errors else 200)


@member_required
@require_GET
def template_csv(request, abk_id):
    """An example file with the jabatan of this ABK, to fill in."""
    import csv
    import io

    from django.http import HttpResponse

    actor = Actor.from_request(request)
    abk = queries.get_abk_for_user(actor, abk_id)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["Jabatan", "Uraian tugas", "Satuan hasil", "Volume", "Periode",
                     "Norma waktu (menit)"])
    for item in queries.lines_of(abk):
        name = item.position_name
        writer.writerow(["'" + name if name.startswith(("=", "+", "-", "@")) else name,
                         "", "", "", "tahun", ""])
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="abk-{abk.pk}-tugas.csv"'
    return response



