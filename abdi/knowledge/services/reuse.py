""""We reused this" (kami menerapkan ini): one record per agency per solution; a second from the
same agency edits the first. The authors hear of the first."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.core.errors import Conflict, Forbidden

from .. import policy, queries
from ..models import Reuse, Solution
from . import notices
from .common import paragraphs


@transaction.atomic
def record_reuse(*, actor, solution, note: str) -> tuple[Reuse, bool]:
    """The agency's reuse record and whether it is new (False: its note was edited)."""
    from abdi.people.models import Employee

    employee = (Employee.objects.select_related("agency").filter(pk=actor.employee_id).first()
                if actor.employee_id else None)
    agency_id = employee.agency_id if employee else None
    if not policy.can_record_reuse(actor, solution, agency_id):
        if solution.status == Solution.Status.PUBLISHED and agency_id == solution.agency_id:
            raise Forbidden(_("This solution comes from your own perangkat daerah; only other "
                              "agencies record that they applied it."))
        raise Forbidden(_("Only an employee of another perangkat daerah records that his agency "
                          "applied a published solution."))
    note = paragraphs(note, "note", low=10, high=2000)
    locked = Solution.objects.select_for_update(of=("self",)).get(pk=solution.pk)
    existing = queries.reuse_of_agency(locked, agency_id)
    if existing is not None:
        before = {"note": existing.note}
        existing.note, existing.recorded_by_id = note, employee.pk
        existing.version += 1
        existing.save()
        audit(actor=actor, action=AuditEntry.Action.UPDATE, obj=existing, before=before,
              after={"note": note}, agency_id=agency_id)
        return existing, False
    try:
        with transaction.atomic():
            reuse = Reuse.objects.create(instansi_id=locked.instansi_id, solution=locked,
                                         agency_id=agency_id, recorded_by=employee, note=note)
    except IntegrityError:  # the same agency recorded it at the same moment
        raise Conflict(_("Your perangkat daerah has just recorded this; reload the page.")) from None
    locked.reuse_count = Reuse.objects.filter(solution=locked).count()
    locked.save(update_fields=["reuse_count"])
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=reuse,
          after={"solution": locked.pk, "agency": agency_id, "note": note}, agency_id=agency_id)
    notices.reuse_recorded(solution=locked, agency_name=employee.agency.name,
                           author_ids=queries.author_ids(solution))
    return reuse, True
