"""An applicant who forgot the password: a signed link by e-mail, valid one hour and only until
the password changes (the token carries a fingerprint of the current hash)."""

import hashlib

from django.contrib.auth.hashers import make_password
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext as _
from django_scopes import scope

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import DomainError, NotFound

from ..models import Applicant
from .applicants import applicant_actor

RESET_SALT = "abdi.recruitment.reset"
RESET_MAX_AGE = 3600


def _fingerprint(applicant) -> str:
    return hashlib.sha256(applicant.password.encode()).hexdigest()[:16]


def request_password_reset(*, email: str, reset_url) -> None:
    """Send the link if a confirmed account of the current government has this e-mail; say
    nothing either way (the view answers the same to everyone)."""
    found = Applicant.objects.filter(email__iexact=(email or "").strip(),
                                     email_confirmed_at__isnull=False).first()
    if found is None:
        return
    token = signing.dumps({"i": found.instansi_id, "a": found.pk, "f": _fingerprint(found)},
                          salt=RESET_SALT)
    send_mail(subject=_("Set a new password for the recruitment of %(gov)s") % {
                  "gov": found.instansi.name},
              message=_("Open this link within an hour to set a new password:\n%(link)s\n\n"
                        "If you did not ask for it, ignore this message.") % {
                  "link": reset_url(token)},
              from_email=None, recipient_list=[found.email])


def reset_password(*, token: str, password: str, ip: str = "") -> Applicant:
    invalid = _("This link is invalid or has expired. Ask for a new one.")
    try:
        data = signing.loads(token, salt=RESET_SALT, max_age=RESET_MAX_AGE)
    except signing.BadSignature as bad:
        raise NotFound(invalid) from bad
    if len(password or "") < 8:
        raise DomainError(_("The password needs at least 8 characters."), field="password")
    with scope(instansi=data["i"]), transaction.atomic():
        found = Applicant.objects.select_for_update().filter(pk=data["a"]).first()
        if found is None or _fingerprint(found) != data["f"]:
            raise NotFound(invalid)  # used already: the password changed since
        found.password = make_password(password)
        found.save(update_fields=["password"])
        record(actor=applicant_actor(found, ip), action=AuditEntry.Action.UPDATE, obj=found,
               before={"password": "old"}, after={"password": "new"})
        return found
