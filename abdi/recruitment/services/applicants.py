"""The applicant's own writes: registration, e-mail confirmation, login, profile, documents,
the application and the sanggah. The actor is the applicant (no government account); the audit
entry names them by id only, never by NIK."""

from datetime import date, timedelta

from django.contrib.auth.hashers import check_password, make_password
from django.core import signing
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_scopes import scope

from abdi.accounts.actor import Actor
from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, NotFound

from ..models import Applicant, ApplicantDocument, Application, Objection, Opening, Selection
from ..queries import requirements_of
from ..rules import documents, eligibility, numbers, windows, workflow
from ..rules.eligibility import Refusal

CONFIRM_SALT = "abdi.recruitment.confirm"
CONFIRM_MAX_AGE = 3 * 24 * 3600  # the link in the e-mail works for three days
PROFILE_FIELDS = ("education_level", "major", "address", "phone")

REFUSAL_TEXT = {
    Refusal.TOO_YOUNG: gettext_lazy("You are younger than the minimum age on the reference date."),
    Refusal.TOO_OLD: gettext_lazy("You are older than the maximum age on the reference date."),
    Refusal.NO_BIRTH_DATE: gettext_lazy("Your birth date is not recorded."),
    Refusal.EDUCATION_LEVEL: gettext_lazy("Your education level is not one this opening accepts."),
    Refusal.EDUCATION_MAJOR: gettext_lazy("Your major is not one this opening accepts."),
    Refusal.NO_EDUCATION: gettext_lazy("Complete your education in the profile first."),
}


def refusal_text(code) -> str:
    return str(REFUSAL_TEXT[code])


def applicant_actor(applicant, ip: str = "") -> Actor:
    return Actor(user=None, instansi_id=applicant.instansi_id, ip=ip,
                 label=f"applicant #{applicant.pk}")


# --- registration and login -------------------------------------------------------------------

def confirmation_token(applicant) -> str:
    return signing.dumps({"i": applicant.instansi_id, "a": applicant.pk}, salt=CONFIRM_SALT)


def register_applicant(*, instansi, email: str, password: str, nik: str, name: str,
                       birth_date: date, confirm_url, ip: str = "", today: date | None = None):
    """Create the account (unconfirmed) and send the confirmation link.
    `confirm_url(token)` builds the absolute link."""
    today = today or timezone.localdate()
    email = email.strip().lower()
    nik, problems = eligibility.check_nik(nik, birth_date=birth_date, today=today)
    if problems:
        template, params = problems[0]
        raise DomainError(_("The NIK is not valid: %(problem)s") % {
            "problem": _(template) % params}, field="nik")
    if birth_date >= today:
        raise DomainError(_("The birth date must be in the past."), field="birth_date")
    if len(password) < 8:
        raise DomainError(_("The password needs at least 8 characters."), field="password")
    # An account never confirmed within the link's validity holds nothing (it could not log in):
    # it gives way, so a typo in the e-mail does not lock the NIK forever.
    stale = timezone.now() - timedelta(seconds=CONFIRM_MAX_AGE)
    Applicant.objects.filter(Q(nik=nik) | Q(email__iexact=email), email_confirmed_at__isnull=True,
                             created_at__lt=stale).delete()
    # One NIK = one applicant account per government; the same for the e-mail.
    if Applicant.objects.filter(nik=nik).exists():
        raise Conflict(_("An account with this NIK already exists. Log in instead."), field="nik")
    if Applicant.objects.filter(email__iexact=email).exists():
        raise Conflict(_("An account with this e-mail already exists. Log in instead."),
                       field="email")
    try:
        with transaction.atomic():
            applicant = Applicant.objects.create(
                instansi_id=instansi.pk, email=email, password=make_password(password), nik=nik,
                name=name.strip(), birth_date=birth_date)
            record(actor=applicant_actor(applicant, ip), action=AuditEntry.Action.CREATE,
                   obj=applicant, after={"registered": True})
    except IntegrityError as clash:  # two tabs at once
        raise Conflict(_("An account with this NIK or e-mail already exists.")) from clash
    send_confirmation(applicant, confirm_url)
    return applicant


def send_confirmation(applicant, confirm_url) -> None:
    link = confirm_url(confirmation_token(applicant))
    send_mail(
        subject=_("Confirm your e-mail for the recruitment of %(gov)s") % {
            "gov": applicant.instansi.name},
        message=_("Open this link to confirm your e-mail address (valid for 3 days):\n%(link)s\n\n"
                  "If you did not register, ignore this message.") % {"link": link},
        from_email=None, recipient_list=[applicant.email])


def confirm_email(token: str):
    """The applicant the token names, confirmed now; NotFound for a bad or expired token."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature as bad:  # includes SignatureExpired
        raise NotFound(_("This confirmation link is invalid or has expired.")) from bad
    with scope(instansi=data["i"]), transaction.atomic():
        applicant = Applicant.objects.select_for_update().filter(pk=data["a"]).first()
        if applicant is None:
            raise NotFound(_("This confirmation link is invalid or has expired."))
        if applicant.email_confirmed_at is None:
            applicant.email_confirmed_at = timezone.now()
            applicant.save(update_fields=["email_confirmed_at"])
            record(actor=applicant_actor(applicant), action=AuditEntry.Action.UPDATE,
                   obj=applicant, before={"confirmed": False}, after={"confirmed": True})
        return applicant


class Unconfirmed(DomainError):
    """The password is right but the e-mail is not confirmed yet: the view sends the link again."""

    def __init__(self, applicant):
        super().__init__(_("Confirm your e-mail first: we sent the link again to %(email)s.")
                         % {"email": applicant.email})
        self.applicant = applicant


# A hash to compare against when the e-mail is unknown, so both misses cost the same.
_DUMMY_HASH = make_password("not-a-real-password")


def authenticate_applicant(*, email: str, password: str) -> Applicant:
    """The applicant of the current government scope with this e-mail and password."""
    found = Applicant.objects.filter(email__iexact=(email or "").strip()).first()
    ok = check_password(password or "", found.password if found else _DUMMY_HASH)
    if found is None or not ok:
        raise DomainError(_("The e-mail or password is wrong."))
    if found.email_confirmed_at is None:
        raise Unconfirmed(found)
    found.last_login_at = timezone.now()
    found.save(update_fields=["last_login_at"])
    return found


# --- profile and documents --------------------------------------------------------------------

def _has_submitted(applicant) -> bool:
    return Application.objects.filter(applicant=applicant).exists()


@transaction.atomic
def update_profile(*, applicant, values: dict, ip: str = "") -> Applicant:
    if _has_submitted(applicant):
        raise Conflict(_("Your application is submitted; the profile can no longer change."))
    level = (values.get("education_level") or "").upper()
    if level and level not in eligibility.EDUCATION_LEVELS:
        raise DomainError(_("Unknown education level."), field="education_level")
    before = {f: getattr(applicant, f) for f in PROFILE_FIELDS}
    applicant.education_level = level
    applicant.major = (values.get("major") or "").strip()
    applicant.address = (values.get("address") or "").strip()
    applicant.phone = (values.get("phone") or "").strip()
    applicant.save(update_fields=list(PROFILE_FIELDS))
    record(actor=applicant_actor(applicant, ip), action=AuditEntry.Action.UPDATE, obj=applicant,
           before=before, after={f: getattr(applicant, f) for f in PROFILE_FIELDS})
    return applicant


UPLOAD_PROBLEMS = {
    "empty": gettext_lazy("The file is empty."),
    "too_large": gettext_lazy("The file is larger than 2 MB."),
    "type": gettext_lazy("Only PDF, JPEG or PNG files are accepted."),
    "photo_type": gettext_lazy("The photo must be a JPEG or PNG image."),
}


@transaction.atomic
def upload_document(*, applicant, kind: str, upload, ip: str = "") -> ApplicantDocument:
    """Store or replace one document, until the applicant has submitted an application."""
    if kind not in {k.value for k in documents.DocumentKind}:
        raise DomainError(_("Unknown document kind."), field="kind")
    if _has_submitted(applicant):
        raise Conflict(_("Your application is submitted; documents can no longer change."))
    head = upload.read(8)
    upload.seek(0)
    sniffed = documents.sniff(head)
    problem = documents.upload_problem(kind, sniffed, upload.size or 0)
    if problem:
        raise DomainError(str(UPLOAD_PROBLEMS[problem]), field="file")
    content = upload.read(documents.MAX_DOCUMENT_BYTES + 1)
    existing = ApplicantDocument.objects.select_for_update().filter(
        applicant=applicant, kind=kind).first()
    document = existing or ApplicantDocument(instansi_id=applicant.instansi_id,
                                             applicant=applicant, kind=kind)
    if existing is not None and existing.file:
        existing.file.delete(save=False)
    document.file.save(f"{kind}{documents.EXTENSIONS[sniffed]}", ContentFile(content), save=False)
    document.content_type = documents.CONTENT_TYPES[sniffed]
    document.size = len(content)
    document.uploaded_at = timezone.now()
    document.save()
    record(actor=applicant_actor(applicant, ip),
           action=AuditEntry.Action.UPDATE if existing else AuditEntry.Action.CREATE,
           obj=document, after={"kind": kind, "size": document.size})
    return document


# --- the application --------------------------------------------------------------------------

def application_refusals(applicant, opening: Opening, *, today: date) -> list[str]:
    """Every reason the applicant cannot apply to this opening now (texts), empty if they can."""
    selection = opening.selection
    reasons = []
    if not selection.is_published:
        return [_("This opening is not published.")]
    window = windows.registration_window(today, selection.registration_opens,
                                         selection.registration_closes)
    if window == windows.Window.NOT_YET:
        reasons.append(_("Registration has not opened yet."))
    elif window == windows.Window.CLOSED:
        reasons.append(_("Registration is closed."))
    if Application.objects.filter(applicant=applicant, selection=selection).exists():
        reasons.append(_("You have already applied in this selection: one opening per selection."))
    if not applicant.profile_complete:
        reasons.append(_("Complete your profile first."))
    for code in eligibility.refusals(requirements_of(opening), birth_date=applicant.birth_date,
                                     level=applicant.education_level, major=applicant.major):
        if code != Refusal.NO_EDUCATION or applicant.profile_complete:
            reasons.append(refusal_text(code))
    have = set(ApplicantDocument.objects.filter(applicant=applicant).values_list("kind", flat=True))
    missing = documents.missing_kinds(have, needs_certificate=bool(opening.certificate_list))
    if missing:
        reasons.append(_("Upload these documents first: %(kinds)s") % {"kinds": ", ".join(missing)})
    return reasons


@transaction.atomic
def apply(*, applicant, opening: Opening, today: date | None = None, ip: str = "") -> Application:
    today = today or timezone.localdate()
    # Lock the selection: sequences and "one per selection" are decided one at a time.
    selection = Selection.objects.select_for_update().get(pk=opening.selection_id)
    opening.selection = selection
    reasons = application_refusals(applicant, opening, today=today)
    if reasons:
        raise DomainError(" ".join(str(r) for r in reasons))
    selection.last_sequence += 1
    selection.save(update_fields=["last_sequence"])
    sequence = selection.last_sequence
    application = Application.objects.create(
        instansi_id=applicant.instansi_id, selection=selection, opening=opening,
        applicant=applicant, submitted_at=timezone.now(), card_code=numbers.new_card_code(),
        registration_number=numbers.registration_number(selection.kind, selection.year, opening.pk,
                                                        sequence))
    record(actor=applicant_actor(applicant, ip), action=AuditEntry.Action.CREATE, obj=application,
           after={"opening": opening.pk, "status": application.status})
    return application


@transaction.atomic
def file_objection(*, applicant, application, text: str, upload=None, today: date | None = None,
                   ip: str = "") -> Objection:
    today = today or timezone.localdate()
    locked = (Application.objects.select_for_update().select_related("selection")
              .get(pk=application.pk))
    if locked.applicant_id != applicant.pk:
        raise NotFound(_("Not found."))
    selection = locked.selection
    window = windows.sanggah_window(today, selection.result_published_on, selection.sanggah_days)
    already = Objection.objects.filter(application=locked).exists()
    if not workflow.may_object(locked.status, published=selection.result_published,
                               window_open=window == windows.Window.OPEN, already=already):
        if already:
            raise Conflict(_("You have already filed a sanggah."))
        if window != windows.Window.OPEN:
            raise DomainError(_("The sanggah period is not open."))
        raise DomainError(_("Only a TMS result can be objected to."))
    text = (text or "").strip()
    if len(text) < 10:
        raise DomainError(_("Explain your objection (at least 10 characters)."), field="text")
    objection = Objection(instansi_id=locked.instansi_id, application=locked, text=text,
                          filed_at=timezone.now())
    if upload is not None:
        head = upload.read(8)
        upload.seek(0)
        sniffed = documents.sniff(head)
        problem = documents.upload_problem("sanggah", sniffed, upload.size or 0)
        if problem:
            raise DomainError(str(UPLOAD_PROBLEMS[problem]), field="file")
        objection.file.save(f"sanggah{documents.EXTENSIONS[sniffed]}",
                            ContentFile(upload.read(documents.MAX_DOCUMENT_BYTES + 1)), save=False)
        objection.content_type = documents.CONTENT_TYPES[sniffed]
    objection.save()
    record(actor=applicant_actor(applicant, ip), action=AuditEntry.Action.CREATE, obj=objection,
           after={"application": locked.pk})
    return objection
