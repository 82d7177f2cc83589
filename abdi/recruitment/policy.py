"""Who may do what in recruitment: the one place these decisions are made.

Staff: BKPSDM (HR_ADMIN) runs selections, verifies and answers sanggah, exports, and alone sees
an applicant's full NIK (on the verification page). A leader reads selections and queues with
the NIK masked. Every other member of the government is told nothing exists (404).
Applicants have no government account: they act on their own record only, identified by the
applicant session (see queries.applicant_of_request); another applicant's data does not exist.
"""


def _member(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id is not None
                and actor.instansi_id == instansi_id)


def can_view_recruitment(actor, instansi_id) -> bool:
    return _member(actor, instansi_id) and (actor.is_hr_admin or actor.is_leader)


def can_manage_recruitment(actor, instansi_id) -> bool:
    return _member(actor, instansi_id) and actor.is_hr_admin


def can_see_full_nik(actor, instansi_id) -> bool:
    return can_manage_recruitment(actor, instansi_id)


def can_export(actor, instansi_id) -> bool:
    return can_manage_recruitment(actor, instansi_id)


def applicant_owns(applicant, obj) -> bool:
    """An application or document belongs to this applicant (same government, same person)."""
    if applicant is None:
        return False
    owner_id = getattr(obj, "applicant_id", None)
    return obj.instansi_id == applicant.instansi_id and owner_id == applicant.pk


def can_read_document(actor, applicant, document) -> bool:
    """Documents: their owner and BKPSDM of the government; nobody else."""
    return applicant_owns(applicant, document) or can_manage_recruitment(actor, document.instansi_id)
