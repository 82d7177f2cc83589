"""Reads of recruitment: the public portal, the applicant's own data, the staff queues."""

from datetime import timedelta

from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from abdi.org.models import Position
from abdi.tenancy.models import Instansi

from . import policy
from .models import Applicant, ApplicantDocument, Application, Objection, Opening, Selection
from .models.selection import DOCUMENT_KINDS
from .rules import eligibility
from .rules.documents import DocumentKind

APPLICANT_SESSION_KEY = "recruitment_applicant"
PORTAL_SESSION_KEY = "recruitment_portal"  # the slug of the last portal used, for "log in again"


# --- public -----------------------------------------------------------------------------------

def public_instansi(slug: str) -> Instansi:
    instansi = Instansi.objects.filter(slug=slug, is_active=True).first()
    if instansi is None:
        raise Http404
    return instansi


PUBLIC_DAYS_AFTER_CLOSING = 180  # a closed selection stays listed while its stages run


def public_selections(today):
    """Published selections with their openings (two queries, whatever their number)."""
    openings = Opening.objects.select_related("unit").order_by("title", "id")
    since = today - timedelta(days=PUBLIC_DAYS_AFTER_CLOSING)
    return list(Selection.objects.filter(published_at__isnull=False, registration_closes__gte=since)
                .prefetch_related(Prefetch("openings", queryset=openings))
                .order_by("-registration_opens", "id"))


def open_opening(opening_id) -> Opening | None:
    return (Opening.objects.select_related("selection", "unit")
            .filter(pk=opening_id, selection__published_at__isnull=False).first())


def card_by_code(code: str):
    """(application, instansi) for a public card check, or None. The code carries no government,
    so the lookup crosses them on purpose and returns only what the card itself shows."""
    with scopes_disabled():
        found = (Application.objects.select_related("instansi", "opening", "selection", "applicant")
                 .filter(card_code=code, status=Application.Status.MS).first())
    return found


# --- the applicant ----------------------------------------------------------------------------

def applicant_of_request(request) -> Applicant | None:
    """The applicant logged into this browser (our own session key, not Django's auth)."""
    pair = request.session.get(APPLICANT_SESSION_KEY)
    if not pair:
        return None
    instansi_id, applicant_id = pair
    with scope(instansi=instansi_id):
        return (Applicant.objects.select_related("instansi")
                .filter(pk=applicant_id, email_confirmed_at__isnull=False).first())


def applicant_by_email(email: str) -> Applicant | None:
    return Applicant.objects.filter(email__iexact=email.strip()).first()


def documents_of(applicant) -> dict[str, ApplicantDocument]:
    return {d.kind: d for d in ApplicantDocument.objects.filter(applicant=applicant)}


def applications_of(applicant) -> list[Application]:
    return list(Application.objects.filter(applicant=applicant)
                .select_related("opening", "opening__unit", "selection", "objection")
                .order_by("-submitted_at"))


def own_application(applicant, application_id) -> Application:
    found = (Application.objects.select_related("opening", "selection", "applicant", "objection")
             .filter(pk=application_id).first())
    if found is None or not policy.applicant_owns(applicant, found):
        raise Http404
    return found


def requirements_of(opening: Opening) -> eligibility.Requirements:
    return eligibility.Requirements(
        reference_date=opening.selection.reference_date, min_age=opening.min_age,
        max_age=opening.max_age, levels=tuple(opening.education_levels or ()),
        majors=tuple(opening.major_list))


# --- staff ------------------------------------------------------------------------------------

def _viewer(actor):
    if not policy.can_view_recruitment(actor, actor.instansi_id):
        raise Http404


def selections_for(actor):
    _viewer(actor)
    return list(Selection.objects.annotate(
        n_openings=Count("openings", distinct=True),
        n_applications=Count("applications", distinct=True)).order_by("-year", "-id"))


def get_selection_for(actor, selection_id) -> Selection:
    _viewer(actor)
    found = Selection.objects.filter(pk=selection_id).first()
    if found is None:
        raise Http404
    return found


def openings_of(selection):
    return list(Opening.objects.filter(selection=selection).select_related("unit", "position")
                .annotate(n_applications=Count("applications"),
                          n_ms=Count("applications", filter=Q(applications__status="ms"))))


def get_opening_for(actor, opening_id) -> Opening:
    _viewer(actor)
    found = Opening.objects.select_related("selection", "unit", "position").filter(
        pk=opening_id).first()
    if found is None:
        raise Http404
    return found


def positions():
    return list(Position.objects.filter(is_active=True).select_related("unit")
                .order_by("unit__name", "name"))


def applications_queue(selection, *, status: str = "", opening_id=None):
    rows = (Application.objects.filter(selection=selection)
            .select_related("applicant", "opening", "objection").order_by("registration_number"))
    if status:
        rows = rows.filter(status=status)
    if opening_id:
        rows = rows.filter(opening_id=opening_id)
    return rows


def status_counts(selection) -> dict[str, int]:
    counts = dict(Application.objects.filter(selection=selection).values_list("status")
                  .annotate(n=Count("id")).order_by())
    return {value: counts.get(value, 0) for value, _label in Application.Status.choices}


def get_application_for(actor, application_id) -> Application:
    _viewer(actor)
    found = (Application.objects.select_related("applicant", "opening", "opening__unit",
                                                "selection", "objection", "verified_by")
             .filter(pk=application_id).first())
    if found is None:
        raise Http404
    return found


def objections_of(selection):
    return list(Objection.objects.filter(application__selection=selection)
                .select_related("application", "application__applicant", "application__opening")
                .order_by("status", "filed_at"))


def get_objection_for(actor, objection_id) -> Objection:
    _viewer(actor)
    found = (Objection.objects.select_related("application", "application__applicant",
                                              "application__opening", "application__selection")
             .filter(pk=objection_id).first())
    if found is None:
        raise Http404
    return found


def get_document(document_id) -> ApplicantDocument | None:
    return ApplicantDocument.objects.filter(pk=document_id).first()


def requirement_items(application) -> list[tuple[str, str]]:
    """What the verifier checks, as (code, label): identity, age, education, each document,
    each certificate the opening requires."""
    items = [("identity", _("NIK and name match the KTP")),
             ("age", _("Age within the limits on the reference date")),
             ("education", _("Education level and major match the opening"))]
    labels = dict(DOCUMENT_KINDS)
    for kind in (DocumentKind.KTP, DocumentKind.IJAZAH, DocumentKind.TRANSCRIPT,
                 DocumentKind.PHOTO):
        items.append((f"doc_{kind}", _("Document: %(name)s") % {"name": labels[kind]}))
    for n, name in enumerate(application.opening.certificate_list, start=1):
        items.append((f"cert_{n}", _("Certificate: %(name)s") % {"name": name}))
    return items


# --- for other apps -----------------------------------------------------------------------------

def verified_applications(instansi_id: int, selection_id: int) -> list[dict]:
    """MS applications of a selection, for the CAT app to enrol as candidates."""
    with scope(instansi=instansi_id):
        rows = (Application.objects.filter(selection_id=selection_id,
                                           status=Application.Status.MS)
                .select_related("applicant", "opening").order_by("registration_number"))
        return [{"application_id": a.pk, "registration_number": a.registration_number,
                 "applicant_name": a.applicant.name, "opening_id": a.opening_id,
                 "opening_title": a.opening.title} for a in rows]


def exam_sessions() -> list:
    """The government's CAT sessions, newest first (inside its scope), for enrolment."""
    from abdi.cat.models import ExamSession

    return list(ExamSession.objects.order_by("-starts_at")[:50])


def exam_session(pk: int):
    from abdi.cat.models import ExamSession

    return ExamSession.objects.filter(pk=pk).first()
