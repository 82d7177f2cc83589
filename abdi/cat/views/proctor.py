"""The proctor console of one session: who is online, progress, incidents, tokens after the
identity check, device resets and extra time (each with its reason in the attempt's log)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.cat import queries
from abdi.cat.forms import AddTimeForm, ReasonForm
from abdi.cat.services import exam, sessions
from abdi.cat.services.chainlog import verify_attempt
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required


@member_required
@require_GET
def console(request, session_id):
    actor = Actor.from_request(request)
    session = queries.get_session_for_proctor(actor, session_id)
    exam.finish_expired(session.pk)
    now = timezone.now()
    attempts = list(queries.console(session))
    rows = [{"attempt": a, "online": queries.is_online(a, now), "remaining": exam.remaining(a, now)
             if a.state == "active" else None, "total": session.question_count} for a in attempts]
    checked = None
    if request.GET.get("periksa") == "1":
        broken = [(a, check) for a in attempts for check in [verify_attempt(a)] if not check.ok]
        checked = {"count": len(attempts), "broken": broken}
    context = {"session": session, "rows": rows, "checked": checked,
               "online": sum(r["online"] for r in rows),
               "finished": sum(a.state == "finished" for a in attempts),
               "add_form": AddTimeForm(), "reason_form": ReasonForm()}
    template = "cat/_console_rows.html" if request.htmx else "cat/console.html"
    return render(request, template, context)


def _act(request, session_id, attempt_id, action):
    actor = Actor.from_request(request)
    session = queries.get_session_for_proctor(actor, session_id)
    try:
        message = action(actor, session)
        messages.success(request, message)
    except DomainError as exc:
        messages.error(request, exc.message)
        if exc.status == 404:
            return render(request, "cat/exam_error.html", {"message": exc.message}, status=404)
    return redirect("cat:console", session_id=session.pk)


@member_required
@require_POST
def release(request, session_id, attempt_id):
    def action(actor, session):
        token = sessions.release_token(actor=actor, session=session, attempt_id=attempt_id)
        return _("Token for seat %(seat)s: %(token)s (give it to the candidate only).") % {
            "seat": _seat(session, attempt_id), "token": token}
    return _act(request, session_id, attempt_id, action)


@member_required
@require_POST
def reset(request, session_id, attempt_id):
    def action(actor, session):
        form = ReasonForm(request.POST)
        token = sessions.reset_device(actor=actor, session=session, attempt_id=attempt_id,
                                      reason=form.data.get("reason", ""))
        return _("Device reset. New token for seat %(seat)s: %(token)s") % {
            "seat": _seat(session, attempt_id), "token": token}
    return _act(request, session_id, attempt_id, action)


@member_required
@require_POST
def add_time(request, session_id, attempt_id):
    def action(actor, session):
        form = AddTimeForm(request.POST)
        if not form.is_valid():
            raise DomainError(_("Give the minutes (1 to 60) and the reason."))
        sessions.add_time(actor=actor, session=session, attempt_id=attempt_id,
                          seconds=form.cleaned_data["minutes"] * 60, reason=form.cleaned_data["reason"])
        return _("%(minutes)s minutes added.") % {"minutes": form.cleaned_data["minutes"]}
    return _act(request, session_id, attempt_id, action)


def _seat(session, attempt_id):
    return session.attempts.filter(pk=attempt_id).values_list("seat", flat=True).first()
