"""The applicant's own pages, found from the applicant session (no ids of other people in the
URL): status, profile, documents, application, sanggah, exam card. Files are served only to
their owner and to BKPSDM."""

from functools import wraps

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.core.public_guard import limit, refuse_spam, remember_device
from abdi.core.request_context import client_ip
from abdi.tenancy.scoping import within

from .. import policy, queries
from ..forms import ApplyForm, DocumentForm, ObjectionForm, ProfileForm, first_error
from ..rules import documents, windows
from ..services import applicants, card

T = "recruitment/account/"


def applicant_required(view):
    """The logged-in applicant, inside their government's scope; else the portal's login."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        applicant = queries.applicant_of_request(request)
        if applicant is None:
            slug = request.session.get(queries.PORTAL_SESSION_KEY)
            return redirect(reverse("recruitment:login", args=[slug]) if slug else "/")
        with within(applicant.instansi):
            return view(request, applicant, *args, **kwargs)

    return wrapped


def account_page(request, applicant, *, status=200, error=None, profile_form=None,
                 objection_form=None):
    today = timezone.localdate()
    apps = queries.applications_of(applicant)
    for application in apps:
        selection = application.selection
        application.sanggah_window = windows.sanggah_window(
            today, selection.result_published_on, selection.sanggah_days)
        application.sanggah_last_day = (windows.sanggah_last_day(
            selection.result_published_on, selection.sanggah_days)
            if selection.result_published_on else None)
        application.own_objection = getattr(application, "objection", None)
        application.may_object = (
            selection.result_published and application.status == "tms"
            and application.sanggah_window == windows.Window.OPEN
            and application.own_objection is None)
    have = queries.documents_of(applicant)
    context = {
        "applicant": applicant, "gov": applicant.instansi, "applications": apps,
        "documents": [(kind, label, have.get(kind)) for kind, label in DocumentForm.base_fields[
            "kind"].choices],
        "submitted": bool(apps), "error": error,
        "profile_form": profile_form or ProfileForm(initial={
            f: getattr(applicant, f) for f in applicants.PROFILE_FIELDS}),
        "document_form": DocumentForm(),
        "objection_form": objection_form or ObjectionForm(),
        "max_mb": documents.MAX_DOCUMENT_BYTES // (1024 * 1024),
    }
    return remember_device(request, render(request, T + "home.html", context, status=status))


def _too_large(request, limit: int) -> bool:
    """Refused before Django reads the body into memory or a temporary file."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > limit
    except ValueError:
        return True


@require_GET
@applicant_required
def home(request, applicant):
    return account_page(request, applicant)


def _post(request, applicant, action, done, bucket="recruitment-account"):
    """Count the POST, run `action()`, answer with the page and the reason if it is refused."""
    try:
        limit(request, bucket, per_address=(120, 3600), per_device=(60, 3600))
        action()
    except DomainError as refused:
        return account_page(request, applicant, status=refused.status, error=refused.message)
    messages.success(request, done)
    return remember_device(request, redirect("recruitment:account"))


@require_POST
@applicant_required
def profile(request, applicant):
    form = ProfileForm(request.POST)

    def save():
        if not form.is_valid():
            raise DomainError(first_error(form))
        applicants.update_profile(applicant=applicant, values=form.cleaned_data,
                                  ip=client_ip(request))
    return _post(request, applicant, save, _("Your profile is saved."))


@require_POST
@applicant_required
def upload(request, applicant):
    if _too_large(request, documents.MAX_REQUEST_BYTES):
        return account_page(request, applicant, status=413,
                            error=_("The file is larger than 2 MB."))
    form = DocumentForm(request.POST, request.FILES)

    def save():
        if not form.is_valid():
            raise DomainError(first_error(form))
        applicants.upload_document(applicant=applicant, kind=form.cleaned_data["kind"],
                                   upload=form.cleaned_data["file"], ip=client_ip(request))
    return _post(request, applicant, save, _("The document is uploaded."))


@require_POST
@applicant_required
def apply(request, applicant):
    form = ApplyForm(request.POST)

    def save():
        if not form.is_valid():
            raise DomainError(first_error(form))
        opening = queries.open_opening(form.cleaned_data["opening"])
        if opening is None:
            raise DomainError(_("This opening does not exist."))
        applicants.apply(applicant=applicant, opening=opening, ip=client_ip(request))
    return _post(request, applicant, save, _("Your application is submitted."))


@require_POST
@applicant_required
def objection(request, applicant):
    if _too_large(request, documents.MAX_REQUEST_BYTES + 8192):
        return account_page(request, applicant, status=413,
                            error=_("The file is larger than 2 MB."))
    form = ObjectionForm(request.POST, request.FILES)

    def save():
        refuse_spam(form)
        if not form.is_valid():
            raise DomainError(first_error(form))
        application = queries.own_application(applicant, form.cleaned_data["application"])
        applicants.file_objection(applicant=applicant, application=application,
                                  text=form.cleaned_data["text"], upload=form.cleaned_data["file"],
                                  ip=client_ip(request))
    return _post(request, applicant, save, _("Your sanggah is filed."))


@require_GET
@applicant_required
def exam_card(request, applicant):
    try:
        application = queries.own_application(applicant, int(request.GET.get("lamaran", "0")))
    except ValueError as bad:
        raise Http404 from bad
    photo = queries.documents_of(applicant).get(documents.DocumentKind.PHOTO)
    verify_url = request.build_absolute_uri(reverse("recruitment:card_check",
                                                    args=[application.card_code]))
    try:
        body = card.exam_card_pdf(application, verify_url=verify_url,
                                  photo=photo.file.open("rb") if photo else None)
    except DomainError as refused:
        return account_page(request, applicant, status=refused.status, error=refused.message)
    finally:
        if photo:
            photo.file.close()
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="kartu-{application.registration_number}.pdf"')
    return response


@require_GET
def document(request, applicant_document_id):
    """A document, to its owner (applicant session) or to BKPSDM of the government."""
    applicant = queries.applicant_of_request(request)
    actor = Actor.from_request(request)
    instansi_id = applicant.instansi_id if applicant else actor.instansi_id
    if instansi_id is None:
        raise Http404
    with within(instansi_id):
        found = queries.get_document(applicant_document_id)
        if found is None or not policy.can_read_document(actor, applicant, found):
            raise Http404
        response = FileResponse(found.file.open("rb"), content_type=found.content_type)
    response["Content-Disposition"] = f'inline; filename="{found.kind}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
