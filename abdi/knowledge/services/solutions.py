"""Writing shared solutions: create and edit (optimistic version), publish, BKPSDM's withdrawal
with a reason, and attachments. Every write is one transaction with one audit entry, which is
the solution's edit history."""

import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.audit.services import snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, queries
from ..models import Attachment, Solution, Tag
from ..rules.attachments import MAX_ATTACHMENTS
from ..rules.search import search_document
from ..rules.tags import MAX_TAGS, normalise_tags, too_many
from .common import check_attachment, file_label, line, optional_paragraphs, paragraphs

AUDITED = ["title", "problem", "solution", "results", "replication", "team_name", "status",
           "unpublish_reason"]
MAX_CO_AUTHORS = 20


def _state(solution) -> dict:
    data = snapshot(solution, AUDITED)
    data["tags"] = sorted(solution.tags.values_list("name", flat=True))
    data["authors"] = sorted(queries.author_ids(solution))
    return data


def _clean(data: dict) -> dict:
    return {
        "title": line(data.get("title"), "title", low=5, high=200),
        "problem": paragraphs(data.get("problem"), "problem", low=20, high=10_000),
        "solution": paragraphs(data.get("solution"), "solution", low=20, high=20_000),
        "results": optional_paragraphs(data.get("results"), "results"),
        "replication": optional_paragraphs(data.get("replication"), "replication"),
        "team_name": line(data.get("team_name"), "team_name", low=0, high=120),
    }


def _tags(raw) -> list[str]:
    tags = normalise_tags(str(raw or "")[:2000])
    if too_many(tags):
        raise DomainError(_("Give at most %(n)d tags.") % {"n": MAX_TAGS}, field="tags")
    return tags


def _co_authors(raw, actor) -> list[int]:
    """Employees of the government named by NIP, comma- or space-separated."""
    from abdi.people.models import Employee

    nips = list(dict.fromkeys(str(raw or "").replace(",", " ").replace(";", " ").split()))
    if len(nips) > MAX_CO_AUTHORS:
        raise DomainError(_("Name at most %(n)d co-authors.") % {"n": MAX_CO_AUTHORS},
                          field="co_authors")
    if any(not nip.isdigit() or len(nip) > 18 for nip in nips):
        raise DomainError(_("Write the co-authors' NIPs, digits only, separated by commas."),
                          field="co_authors")
    found = dict(Employee.objects.filter(nip__in=nips).values_list("nip", "pk"))
    missing = [nip for nip in nips if nip not in found]
    if missing:
        raise DomainError(_("No employee of this government has the NIP %(nip)s.")
                          % {"nip": missing[0]}, field="co_authors")
    return list(dict.fromkeys([actor.employee_id, *found.values()]))


def _apply(solution, fields, tags, authors) -> None:
    for name, value in fields.items():
        setattr(solution, name, value)
    solution.search_text = search_document(
        "", [fields["problem"], fields["solution"], fields["results"], fields["team_name"]], tags)
    solution.save()
    tag_objects = [Tag.objects.get_or_create(instansi_id=solution.instansi_id, name=name)[0]
                   for name in tags]
    solution.tags.set(tag_objects)
    solution.authors.set(authors)
    solution._author_ids = list(authors)


@transaction.atomic
def create_solution(*, actor, data: dict) -> Solution:
    from abdi.people.models import Employee

    if not policy.can_write_solution(actor):
        raise Forbidden(_("Only an employee of this government writes a solution."))
    fields, tags = _clean(data), _tags(data.get("tags"))
    authors = _co_authors(data.get("co_authors"), actor)
    employee = Employee.objects.get(pk=actor.employee_id)
    solution = Solution(instansi_id=employee.instansi_id, agency_id=employee.agency_id,
                        created_by=actor.user)
    _apply(solution, fields, tags, authors)
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=solution, after=_state(solution),
          agency_id=solution.agency_id)
    return solution


def _locked(solution, version) -> Solution:
    current = Solution.objects.select_for_update(of=("self",)).get(pk=solution.pk)
    if str(current.version) != str(version):
        raise Conflict(_("Someone else changed this solution in the meantime; reload it and "
                         "redo your change."))
    return current


def _save(actor, solution, before) -> Solution:
    solution.version += 1
    solution.save()
    audit(actor=actor, action=AuditEntry.Action.UPDATE, obj=solution, before=before,
          after=_state(solution), agency_id=solution.agency_id)
    return solution


@transaction.atomic
def update_solution(*, actor, solution, version, data: dict) -> Solution:
    if not policy.can_edit_solution(actor, solution, queries.author_ids(solution)):
        raise Forbidden(_("Only the authors edit this solution."))
    fields, tags = _clean(data), _tags(data.get("tags"))
    authors = _co_authors(data.get("co_authors"), actor)
    solution = _locked(solution, version)
    before = _state(solution)
    _apply(solution, fields, tags, authors)
    return _save(actor, solution, before)


@transaction.atomic
def publish(*, actor, solution, version) -> Solution:
    if not policy.can_publish(actor, solution, queries.author_ids(solution)):
        raise Forbidden(_("Only an author publishes a solution that is not published yet."))
    solution = _locked(solution, version)
    before = _state(solution)
    solution.status = Solution.Status.PUBLISHED
    solution.unpublish_reason = ""
    solution.published_at = solution.published_at or timezone.now()
    return _save(actor, solution, before)


@transaction.atomic
def unpublish(*, actor, solution, version, reason: str) -> Solution:
    if not policy.can_unpublish(actor, solution):
        raise Forbidden(_("Only BKPSDM withdraws a published solution."))
    reason = line(reason, "reason", low=5, high=500)
    solution = _locked(solution, version)
    before = _state(solution)
    solution.status = Solution.Status.UNPUBLISHED
    solution.unpublish_reason = reason
    return _save(actor, solution, before)


@transaction.atomic
def add_attachment(*, actor, solution, upload) -> Attachment:
    if not policy.can_edit_solution(actor, solution, queries.author_ids(solution)):
        raise Forbidden(_("Only the authors attach files to this solution."))
    upload, kind = check_attachment(upload)
    Solution.objects.select_for_update(of=("self",)).get(pk=solution.pk)  # count one at a time
    if solution.attachments.count() >= MAX_ATTACHMENTS:
        raise Conflict(_("A solution has at most %(n)d attachments; remove one first.")
                       % {"n": MAX_ATTACHMENTS})
    attachment = Attachment(instansi_id=solution.instansi_id, solution=solution, kind=kind,
                            original_name=file_label(getattr(upload, "name", "")),
                            size=upload.size, uploaded_by=actor.user)
    attachment.file.save(f"{solution.pk}-{uuid.uuid4().hex[:12]}.{kind}", upload, save=False)
    attachment.save()
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=attachment,
          after={"solution": solution.pk, "file": attachment.original_name, "kind": kind},
          agency_id=solution.agency_id)
    return attachment


@transaction.atomic
def remove_attachment(*, actor, attachment) -> None:
    solution = attachment.solution
    if not policy.can_edit_solution(actor, solution, queries.author_ids(solution)):
        raise Forbidden(_("Only the authors remove files of this solution."))
    audit(actor=actor, action=AuditEntry.Action.DELETE, obj=attachment,
          before={"solution": solution.pk, "file": attachment.original_name},
          agency_id=solution.agency_id)
    stored = attachment.file.name
    attachment.delete()
    transaction.on_commit(lambda: attachment.file.storage.delete(stored))
