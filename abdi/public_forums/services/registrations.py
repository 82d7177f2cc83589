"""Citizens register for a forum (no account); the organisers mark who attended."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, rules
from ..models import Forum, Registration
from ._common import text

REFUSAL_TEXT = {
    rules.Registration.NOT_ANNOUNCED: gettext_lazy("This forum has not been announced."),
    rules.Registration.CANCELLED: gettext_lazy("This forum has been cancelled."),
    rules.Registration.CLOSED: gettext_lazy("Registration for this forum is closed."),
    rules.Registration.FULL: gettext_lazy("Sorry, this forum is full: all places are taken."),
}


def refusal_text(state) -> str:
    return str(REFUSAL_TEXT.get(state, ""))


def _duplicate():
    return Conflict(_("This phone number or e-mail is already registered for this forum."),
                    field="contact")


@transaction.atomic
def register(*, actor, forum: Forum, values: dict) -> tuple[Registration, rules.Contact]:
    """One citizen's registration. The forum row is locked so two last places cannot both be
    taken; the same phone/e-mail twice is refused (also by the unique constraint)."""
    name = text(values.get("name"), "name", _("name"), maximum=120)
    try:
        contact = rules.normalise_contact(values.get("contact"))
    except ValueError:
        raise DomainError(_("Enter a mobile phone number (e.g. 0812…) or an e-mail address."),
                          field="contact") from None
    organisation = text(values.get("organisation"), "organisation", _("organisation"),
                        maximum=160, required=False)
    locked = Forum.objects.select_for_update().get(pk=forum.pk)
    registered = Registration.objects.filter(forum=locked).count()
    state = locked.registration(registered)
    if state != rules.Registration.OPEN:
        raise DomainError(refusal_text(state), field="forum")
    if Registration.objects.filter(forum=locked, contact=contact.value).exists():
        raise _duplicate()
    try:
        with transaction.atomic():
            registration = Registration.objects.create(
                instansi_id=locked.instansi_id, forum=locked, name=name,
                contact_kind=contact.kind, contact=contact.value, organisation=organisation)
    except IntegrityError:
        raise _duplicate() from None
    # The audit names the forum only: a registrant's contact stays in the registration row.
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=registration,
           after={"forum": locked.pk, "contact_kind": contact.kind}, agency_id=locked.agency_id)
    return registration, contact


@transaction.atomic
def set_attendance(*, actor, registration: Registration, attended: bool) -> Registration:
    locked = Registration.objects.select_for_update().select_related("forum").get(
        pk=registration.pk)
    if not policy.can_manage_forum(actor, locked.forum):
        raise Forbidden(_("You may not change this forum."))
    if not locked.forum.has_started:
        raise DomainError(_("Attendance can be marked once the forum has started."))
    if locked.forum.status == Forum.Status.CANCELLED:
        raise DomainError(_("This forum has been cancelled."))
    before = {"attended": locked.attended}
    locked.attended = bool(attended)
    locked.save(update_fields=["attended"])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
           after={"attended": locked.attended}, agency_id=locked.forum.agency_id)
    return locked
