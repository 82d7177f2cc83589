"""The citizen's pages: no account, a 360 px phone, no JavaScript needed (public-service.md §2.5).

Every POST is counted in the cache before anything else happens (a flood costs the staff pages
nothing), carries a honeypot, and all citizen text is auto-escaped by the templates.
"""

from django.core.signing import BadSignature
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from abdi.core.errors import DomainError
from abdi.core.public_guard import limit, refuse_spam, remember_device
from abdi.core.request_context import client_ip
from abdi.service_ratings.services.contacts import issue_case_contact
from abdi.tenancy.scoping import within

from .. import queries
from ..forms import (
    CitizenTextForm,
    OmbudsmanForm,
    RatingForm,
    SubmitForm,
    TrackForm,
    first_error,
)
from ..models import ComplaintRating
from ..rules.attachments import MAX_REQUEST_BYTES
from ..rules.ombudsman import past_ombudsman_time_bar, time_bar_warning
from ..rules.workflow import Status
from ..services import intake, ombudsman

RECEIPT_COOKIE, RECEIPT_SALT, RECEIPT_SECONDS = "abdi_tanda_terima", "abdi.complaints.receipt", 600
TRACKED_KEY = "complaints_tracked"
NEUTRAL_MISS = gettext_lazy(
    "No report matches this tracking number and secret code. Check both and try again.")


def _render(request, template, context, status=200):
    return remember_device(request, render(request, template, context, status=status))


def _too_large(request) -> bool:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES
    except ValueError:
        return True


def _checked(value) -> bool:
    # What a checkbox sends, read as Django's BooleanField reads it.
    return str(value or "").strip().lower() not in ("", "false", "0", "off")


def _filing(post, agencies) -> dict:
    """The report as typed (bounded); intake.submit_complaint decides what is acceptable."""
    agency_id = post.get("agency", "").strip()
    text = {name: post.get(name, "")[:5000] for name in
            ("kind", "category", "description", "location", "name", "phone", "email")}
    return {**text, "agency": next((a for a in agencies if str(a.pk) == agency_id), None),
            "anonymous": _checked(post.get("anonymous")),
            "confidential": _checked(post.get("confidential"))}


@require_http_methods(["GET", "POST"])
def submit(request, gov_slug):
    instansi, agencies = queries.public_portal(gov_slug)
    with within(instansi):
        context = {"gov": instansi, "agencies": agencies}
        if request.method == "GET":
            context["form"] = SubmitForm(agencies=agencies)
            return _render(request, "complaints/public/submit.html", context)
        if _too_large(request):
            context.update(form=SubmitForm(agencies=agencies),
                           error=_("The attachments are too large: at most 5 MB each."))
            return _render(request, "complaints/public/submit.html", context, 413)
        try:
            limit(request, "complaints-submit", per_address=(20, 3600), per_device=(5, 3600))
            refuse_spam(request.POST)
            # The service checks every value; the form is built only to show the page again.
            case, secret = intake.submit_complaint(
                instansi=instansi, files=request.FILES.getlist("attachments"),
                ip=client_ip(request), **_filing(request.POST, agencies))
        except DomainError as refused:
            context.update(form=SubmitForm(request.POST, agencies=agencies), error=refused.message)
            return _render(request, "complaints/public/submit.html", context, refused.status)
        # The number and secret travel to the receipt page in a short-lived signed cookie of the
        # citizen's own browser (not the session: filing a report then writes no session row).
        response = redirect("complaints:receipt", instansi.slug)
        response.set_signed_cookie(RECEIPT_COOKIE, f"{case.tracking} {secret}", salt=RECEIPT_SALT,
                                   max_age=RECEIPT_SECONDS, httponly=True, samesite="Lax",
                                   secure=request.is_secure())
        return remember_device(request, response)


def receipt(request, gov_slug):
    """The number and secret, shown once: reloading the page shows them no more."""
    instansi = queries.public_instansi(gov_slug)
    try:
        value = request.get_signed_cookie(RECEIPT_COOKIE, salt=RECEIPT_SALT,
                                          max_age=RECEIPT_SECONDS)
    except (KeyError, BadSignature):
        value = ""
    tracking, _space, secret = value.partition(" ")
    shown = {"tracking": tracking, "secret": secret} if tracking and secret else None
    response = render(request, "complaints/public/receipt.html", {"gov": instansi, "shown": shown})
    response.delete_cookie(RECEIPT_COOKIE, samesite="Lax")
    return response


def feed(request, gov_slug):
    """Reports the public may read: never rahasia (T-CMP-2), never who reported (T-CMP-3)."""
    instansi = queries.public_instansi(gov_slug)
    with within(instansi):
        rows = list(queries.public_feed())
    return render(request, "complaints/public/feed.html", {"gov": instansi, "rows": rows})


def _tracked_case(request):
    pair = request.session.get(TRACKED_KEY)
    if not pair:
        return None
    return queries.case_for_citizen(pair[0], pair[1])


def _officer_rating_url(case) -> str:
    """Once closed, the reporter may rate the officer who answered (one rating per case: the
    link is the same however often the page is shown)."""
    if case.status != Status.SELESAI or case.handler_id is None:
        return ""
    return issue_case_contact(instansi=case.instansi, employee_id=case.handler_id,
                              reference=f"complaint:{case.pk}")


def _track_page(request, *, form=None, error=None, status=200):
    case = _tracked_case(request)
    context = {"form": form or TrackForm(), "error": error, "case": case}
    if case is not None:
        with within(case.instansi):
            conf = queries.settings_for(case.instansi_id)
            today = queries.today_of(case.instansi)
            weekdays, holidays = queries.calendar(case.instansi, today)
            rating = ComplaintRating.objects.filter(complaint_id=case.pk).first()
            context.update(
                events=queries.timeline(case, public_only=True),
                flag=queries.flag_of(case, today, weekdays, holidays, conf),
                may_respond=case.status == Status.DITANGGAPI and case.stage_due
                and today <= case.stage_due,
                may_reply=case.status not in (Status.SELESAI, Status.DITOLAK_ARSIP),
                rating=rating,
                may_rate=case.status == Status.SELESAI and rating is None,
                may_escalate=ombudsman.is_eligible(case, today),
                officer_rating_url=_officer_rating_url(case),
                text_form=CitizenTextForm(), rating_form=RatingForm())
    return _render(request, "complaints/public/track.html", context, status)


@require_http_methods(["GET", "POST"])
def track(request):
    if request.method == "GET":
        return _track_page(request)
    form = TrackForm(request.POST)
    try:
        limit(request, "complaints-track", per_address=(30, 600), per_device=(10, 600))
    except DomainError as refused:
        return _track_page(request, form=form, error=refused.message, status=refused.status)
    case = None
    if form.is_valid():
        case = queries.find_by_tracking(form.cleaned_data["tracking"], form.cleaned_data["secret"])
    if case is None:
        request.session.pop(TRACKED_KEY, None)
        return _track_page(request, form=TrackForm(), error=NEUTRAL_MISS, status=404)
    request.session.cycle_key()
    request.session[TRACKED_KEY] = [case.instansi_id, case.pk]
    return remember_device(request, redirect("complaints:track"))


@require_POST
def track_action(request):
    """Reply, accept, object or rate: only for the case opened with its number and secret."""
    case = _tracked_case(request)
    action = request.POST.get("action", "")
    if case is None:
        raise Http404
    if action == "forget":
        request.session.pop(TRACKED_KEY, None)
        return redirect("complaints:track")
    form = RatingForm(request.POST) if action == "rate" else CitizenTextForm(request.POST)
    ip = client_ip(request)
    try:
        limit(request, "complaints-respond", per_address=(30, 3600), per_device=(15, 3600))
        refuse_spam(form)
        with within(case.instansi):
            if action == "accept":
                intake.accept_answer(case=case, ip=ip)
            elif action == "rate":
                if not form.is_valid():
                    raise DomainError(first_error(form))
                intake.rate_handling(case=case, score=form.cleaned_data["score"],
                                     comment=form.cleaned_data["comment"], ip=ip)
            elif action in ("reply", "object"):
                if not form.is_valid():
                    raise DomainError(first_error(form))
                if action == "reply":
                    intake.citizen_reply(case=case, text=form.cleaned_data["text"], ip=ip)
                else:
                    intake.object_to_answer(case=case, reason=form.cleaned_data["text"], ip=ip)
            else:
                raise DomainError(_("Unknown action."))
    except DomainError as refused:
        return _track_page(request, error=refused.message, status=refused.status)
    return remember_device(request, redirect("complaints:track"))


def _ombudsman_page(request, case, form, *, error=None, warning="", status=200):
    return _render(request, "complaints/public/ombudsman.html",
                   {"case": case, "form": form, "error": error, "warning": warning}, status)


@require_http_methods(["GET", "POST"])
def ombudsman_report(request):
    """R-CMP-5: the reporter prepares a summary for the Ombudsman RI, for the case opened with its
    number and secret. The identity typed here goes into the PDF only (never saved)."""
    case = _tracked_case(request)
    if case is None:
        return _track_page(request, error=NEUTRAL_MISS, status=404)
    with within(case.instansi):
        today = queries.today_of(case.instansi)
        try:
            ombudsman.check_eligible(case, today)
        except DomainError as refused:
            return _track_page(request, error=refused.message, status=refused.status)
        if request.method == "GET":
            form = OmbudsmanForm(today=today, initial={"description": case.description})
            return _ombudsman_page(request, case, form)
        form = OmbudsmanForm(request.POST, today=today)
        try:
            limit(request, "complaints-ombudsman", per_address=(20, 3600), per_device=(5, 3600))
            refuse_spam(form)
            if not form.is_valid():
                raise DomainError(first_error(form))
        except DomainError as refused:
            return _ombudsman_page(request, case, form, error=refused.message,
                                   status=refused.status)
        data = form.cleaned_data
        if past_ombudsman_time_bar(data["event_date"], today) and not data["time_bar_seen"]:
            # T-CMP-8: still allowed, but the reporter sees the warning before the download.
            form = OmbudsmanForm({**form.data.dict(), "time_bar_seen": "True"}, today=today)
            return _ombudsman_page(request, case, form, warning=time_bar_warning(get_language()))
        identity = ombudsman.Identity(**{k: data[k] for k in (
            "full_name", "birth_place", "birth_date", "occupation", "address")},
            marital_status=data["marital_status"])
        try:
            pdf = ombudsman.prepare_ombudsman_report(
                case=case, identity=identity, event_date=data["event_date"],
                description=data["description"], ip=client_ip(request))
        except DomainError as refused:
            return _ombudsman_page(request, case, form, error=refused.message,
                                   status=refused.status)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="ombudsman-{case.tracking}.pdf"'
    response["Cache-Control"] = "no-store"  # it holds the identity: no shared cache keeps it
    return remember_device(request, response)
