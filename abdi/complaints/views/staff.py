"""The back office: queues with deadline badges, the case page and its actions."""

from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.org.models import Unit
from abdi.tenancy.access import member_required
from abdi.web.paging import page_size, paginate

from .. import policy, queries
from ..forms import DisposeForm, TextActionForm, first_error
from ..models import ComplaintAttachment
from ..models.case import STATUS_LABELS
from ..rules.workflow import Status
from ..services import handling


def _desk(request):
    desk = queries.desk_of(Actor.from_request(request))
    if not policy.can_use_back_office(desk):
        raise Http404
    return desk


def _flagged(rows, instansi, conf):
    today = queries.today_of(instansi)
    weekdays, holidays = queries.calendar(instansi, today)
    return [(case, queries.flag_of(case, today, weekdays, holidays, conf)) for case in rows]


@member_required
@require_GET
def queue(request):
    desk = _desk(request)
    instansi = request.user.instansi
    conf = queries.settings_for(instansi.pk)
    context = {"desk": desk, "statuses": [(s.value, STATUS_LABELS[s]) for s in Status],
               "can_setup": policy.can_manage_setup(desk.actor)}
    if desk.coordinator:
        context["coordinator_rows"] = _flagged(queries.coordinator_queue(desk)[:100], instansi, conf)
    context["agency_rows"] = _flagged(queries.agency_queue(desk)[:100], instansi, conf)
    rows = queries.visible_cases(desk)
    status = request.GET.get("status", "")
    if status in Status._value2member_map_:
        rows = rows.filter(status=status)
    page = paginate(rows, request.GET.get("page"), page_size(request.GET.get("size")))
    context.update(page_obj=page, all_rows=_flagged(page.object_list, instansi, conf),
                   status=status)
    return render(request, "complaints/staff/queue.html", context)


def _case_page(request, desk, case, *, error=None, status=200):
    agencies = list(queries.agencies())
    conf = queries.settings_for(case.instansi_id)
    (_case, flag), = _flagged([case], case.instansi, conf)
    context = {
        "case": case, "flag": flag, "desk": desk, "error": error,
        "identity": policy.identity_of(desk, case),
        "events": queries.timeline(case, public_only=False),
        "attachments": list(case.attachments.all()),
        "coordinate": policy.can_coordinate_now(desk, case),
        "handle": policy.can_handle_now(desk, case),
        "note": policy.can_note(desk, case),
        "dispose_form": DisposeForm(agencies=agencies, initial={
            "version": case.version, "agency": case.agency_id, "case_class": case.case_class}),
        "may_answer": case.status in (Status.TERDISPOSISI, Status.DITINDAKLANJUTI,
                                      Status.DIBUKA_KEMBALI),
        "may_follow_up": case.status == Status.TERDISPOSISI,
        "may_reject": case.status == Status.TERDISPOSISI,
        "may_hold": case.status == Status.DITERIMA,
    }
    return render(request, "complaints/staff/case.html", context, status=status)


@member_required
@require_GET
def case_detail(request, complaint_id):
    desk = _desk(request)
    return _case_page(request, desk, queries.get_case(desk, complaint_id))


def _dispose(actor, case, post, agencies):
    form = DisposeForm(post, agencies=agencies)
    if not form.is_valid():
        raise DomainError(first_error(form))
    data = form.cleaned_data
    agency = next((a for a in agencies if a.pk == data["agency"]), None)
    unit = Unit.objects.filter(pk=data["unit"]).first() if data["unit"] else None
    assignee = None
    if data["assignee_nip"]:
        assignee = queries.employee_by_nip(data["assignee_nip"])
        if assignee is None:
            raise DomainError(_("No employee has this NIP."), field="assignee_nip")
    return handling.dispose_case(
        actor=actor, case=case, version=data["version"], agency=agency, unit=unit,
        assignee=assignee, case_class=data["case_class"], make_anonymous=data["make_anonymous"],
        make_confidential=data["make_confidential"], note=data["note"])


TEXT_ACTIONS = {
    "hold": lambda a, c, v, t: handling.hold_case(actor=a, case=c, version=v, request_text=t),
    "archive": lambda a, c, v, t: handling.archive_case(actor=a, case=c, version=v, reason=t),
    "merge": lambda a, c, v, t: handling.merge_case(actor=a, case=c, version=v, into_tracking=t),
    "reject": lambda a, c, v, t: handling.reject_competence(actor=a, case=c, version=v, reason=t),
    "follow_up": lambda a, c, v, t: handling.follow_up_case(actor=a, case=c, version=v, text=t),
    "answer": lambda a, c, v, t: handling.answer_case(actor=a, case=c, version=v, text=t),
    "note": lambda a, c, v, t: handling.add_note(actor=a, case=c, text=t),
}


@member_required
@require_POST
def act(request, complaint_id):
    desk = _desk(request)
    case = queries.get_case(desk, complaint_id)
    action = request.POST.get("action", "")
    try:
        if action == "dispose":
            _dispose(desk.actor, case, request.POST, list(queries.agencies()))
        elif action in TEXT_ACTIONS:
            form = TextActionForm(request.POST)
            if not form.is_valid():
                raise DomainError(first_error(form))
            TEXT_ACTIONS[action](desk.actor, case, form.cleaned_data["version"],
                                 form.cleaned_data["text"])
        else:
            raise DomainError(_("Unknown action."))
    except DomainError as refused:
        case = queries.get_case(desk, complaint_id)
        return _case_page(request, desk, case, error=refused.message, status=refused.status)
    return redirect("complaints:case", case.pk)


@member_required
@require_GET
def attachment(request, complaint_file_id):
    desk = _desk(request)
    found = ComplaintAttachment.objects.filter(pk=complaint_file_id).first()
    if found is None:
        raise Http404
    queries.get_case(desk, found.complaint_id)
    response = FileResponse(found.file.open("rb"), content_type=found.content_type)
    response["Content-Disposition"] = f'attachment; filename="lampiran-{found.pk}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
