"""Team documents with versions: the first upload makes version 1, each new upload the next
number; old versions are kept. Two members uploading a new version of the same document at once
never lose one: the document row is locked, and a form that names an older version than the
newest is refused (409) so its author sees the other upload before replacing it."""

import uuid

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.core.errors import Conflict

from .. import policy, queries
from ..models import Document, DocumentVersion
from ..rules.files import safe_filename
from .common import check_upload, notify_members, require_post, text


def _store(*, actor, document, number, upload, kind, note) -> DocumentVersion:
    version = DocumentVersion(instansi_id=document.instansi_id, document=document, number=number,
                              filename=safe_filename(getattr(upload, "name", ""), kind),
                              kind=kind, size=upload.size, note=note,
                              uploaded_by_id=actor.employee_id)
    # A random stored name: the uploader's file name never becomes a path on the server.
    version.file.save(f"{document.pk}-{number}-{uuid.uuid4().hex[:12]}.{kind}", upload,
                      save=False)
    try:
        with transaction.atomic():
            version.save()
    except IntegrityError:  # belt and braces: the lock below makes this unreachable
        version.file.delete(save=False)
        raise Conflict(_("Another version was uploaded at the same moment; reload and try "
                         "again.")) from None
    return version


def _announce(team, document, version, actor) -> None:
    notify_members(team, recipients=queries.active_member_ids(team), actor=actor,
                   link=reverse("teamspace:document", args=[team.pk, document.pk]),
                   message_of=lambda: _("Team %(team)s: %(name)s uploaded version %(number)d of "
                                        "\"%(title)s\".")
                   % {"team": team.name, "name": actor.label, "number": version.number,
                      "title": document.title})


@transaction.atomic
def create_document(*, actor, team, title, upload, note="") -> Document:
    require_post(actor, team)
    title = text(title, "title", low=3, high=200)
    note = text(note, "note", low=0, high=300)
    upload, kind = check_upload(upload)
    document = Document.objects.create(instansi_id=team.instansi_id, team=team, title=title,
                                       created_by_id=actor.employee_id,
                                       updated_at=timezone.now(), latest_number=1)
    version = _store(actor=actor, document=document, number=1, upload=upload, kind=kind,
                     note=note)
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=document,
          after={"title": title, "version": 1, "file": version.filename})
    _announce(team, document, version, actor)
    return document


@transaction.atomic
def add_version(*, actor, team, document, upload, based_on, note="") -> DocumentVersion:
    """`based_on` is the newest version number the uploader saw; another upload since is 409."""
    require_post(actor, team, policy.can_add_version(actor, team, document))
    note = text(note, "note", low=0, high=300)
    upload, kind = check_upload(upload)
    document = Document.objects.select_for_update().get(pk=document.pk)
    if str(document.latest_number) != str(based_on):
        raise Conflict(_("Someone uploaded version %(number)d of this document in the meantime; "
                         "look at it, then upload yours again.")
                       % {"number": document.latest_number})
    number = document.latest_number + 1
    version = _store(actor=actor, document=document, number=number, upload=upload, kind=kind,
                     note=note)
    Document.objects.filter(pk=document.pk).update(latest_number=number,
                                                   updated_at=timezone.now())
    audit(actor=actor, action=AuditEntry.Action.UPDATE, obj=document,
          before={"version": number - 1}, after={"version": number, "file": version.filename})
    _announce(team, document, version, actor)
    return version
