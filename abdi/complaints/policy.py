"""Who may see and handle complaints, and who may see the reporter: the one place it is decided.

* Coordinators (BKPSDM's HR_ADMIN and designated complaint coordinators) see every case, verify,
  dispose, hold, archive, merge and re-route.
* An agency's handlers (its AGENCY_ADMIN, designated liaisons, the heads of the agency or of the
  unit it went to, the assigned employee) follow up and answer its cases, except cases
  berkadar pengawasan, which only designated Inspektorat officers handle (T-CMP-4).
* LEADER reads everything, changes nothing. Everyone else: 404.
* The reporter's identity (R-CMP-2): anonim -> nobody; rahasia or berkadar pengawasan -> the
  coordinators only; otherwise the coordinators and the handlers. Leaders never (need to know).
"""

from dataclasses import dataclass

from .rules.kinds import CaseClass
from .rules.workflow import AGENCY_STATUSES, COORDINATOR_STATUSES, TERMINAL


@dataclass(frozen=True)
class Desk:
    """An actor with his complaint duties (built by queries.desk_of)."""

    actor: object
    coordinator: bool = False
    liaison_agency_ids: frozenset = frozenset()
    inspektorat: bool = False

    @property
    def instansi_id(self):
        return self.actor.instansi_id

    @property
    def handled_agency_ids(self) -> frozenset:
        return frozenset(self.actor.agency_ids) | self.liaison_agency_ids


def _member(desk, case) -> bool:
    return bool(desk.actor.is_authenticated and desk.actor.instansi_id == case.instansi_id)


def can_use_back_office(desk) -> bool:
    actor = desk.actor
    return bool(actor.is_authenticated and actor.instansi_id and (
        desk.coordinator or actor.is_leader or desk.handled_agency_ids or desk.inspektorat
        or actor.is_supervisor))


def is_handler(desk, case) -> bool:
    # Before verification only the coordinators see a report: they may still upgrade it to
    # anonim/rahasia (R-CMP-1) or archive it as spam.
    if not _member(desk, case) or case.disposed_at is None:
        return False
    if case.assignee_id and desk.actor.owns(case.assignee_id):
        return True
    if case.case_class == CaseClass.PENGAWASAN:
        return desk.inspektorat
    if case.agency_id in desk.handled_agency_ids:
        return True
    paths = [case.agency.path] + ([case.unit.path] if case.unit_id else [])
    return any(desk.actor.leads_unit_path(p) for p in paths)


def can_view(desk, case) -> bool:
    if not _member(desk, case):
        return False
    return desk.coordinator or desk.actor.is_leader or is_handler(desk, case)


def can_coordinate(desk, case) -> bool:
    return _member(desk, case) and desk.coordinator


def can_coordinate_now(desk, case) -> bool:
    return can_coordinate(desk, case) and case.status in COORDINATOR_STATUSES


def can_handle_now(desk, case) -> bool:
    return is_handler(desk, case) and case.status in AGENCY_STATUSES


def can_note(desk, case) -> bool:
    return (can_coordinate(desk, case) or is_handler(desk, case)) and case.status not in TERMINAL


def can_see_identity(desk, case) -> bool:
    if case.is_anonymous or not _member(desk, case):
        return False
    if desk.coordinator:
        return True
    protected = case.is_confidential or case.case_class == CaseClass.PENGAWASAN
    return not protected and is_handler(desk, case)


def can_export(desk) -> bool:
    return can_use_back_office(desk)


def can_manage_setup(actor) -> bool:
    """Settings and officer designations: BKPSDM only."""
    return bool(actor.is_authenticated and actor.instansi_id and actor.is_hr_admin)


def identity_of(desk, case) -> dict | None:
    """The reporter's identity for this reader, or None (R-CMP-2: every page, export, API)."""
    if desk is None or not can_see_identity(desk, case):
        return None
    return {"name": case.reporter_name, "phone": case.reporter_phone, "email": case.reporter_email}
