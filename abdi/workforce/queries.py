"""Reads of workforce planning: scoped lists, objects for a user (404 otherwise), the holders of
positions, and the approved formation other domains (recruitment) build on."""

from collections import defaultdict
from datetime import date

from django.db.models import Q
from django.http import Http404

from abdi.org.models import Position, Unit
from abdi.people.choices import EmployeeKind, EmployeeStatus
from abdi.people.models import Employee, PositionHistory
from abdi.people.validation import retirement_date_for

from . import policy
from .choices import AbkStatus, ProposalStatus
from .models import (
    Abk,
    AbkEquipment,
    AbkLine,
    AbkTask,
    FormationLine,
    FormationProposal,
    WorkforceSetting,
)
from .rules.abk import WKE_MINUTES_PER_YEAR
from .rules.bezetting import in_service_for, leave_date, position_on, reference_date

MAX_ID = 2**63 - 1
# ASN counted in the bezetting (PNS + PPPK, CPNS on probation); PPPK paruh waktu hold no formation.
BEZETTING_KINDS = (EmployeeKind.CPNS, EmployeeKind.PNS, EmployeeKind.PPPK)


def _id(raw) -> int | None:
    raw = str(raw or "")
    return int(raw) if raw.isdigit() and int(raw) <= MAX_ID else None


def wke_minutes() -> int:
    setting = WorkforceSetting.objects.first()
    return setting.wke_minutes if setting else WKE_MINUTES_PER_YEAR


def setting() -> WorkforceSetting | None:
    return WorkforceSetting.objects.first()


def _visible_abks(actor):
    abks = Abk.objects.filter(instansi_id=actor.instansi_id)
    if actor.is_hr_admin or actor.is_leader:
        return abks
    clause = Q(pk__in=[])
    if actor.is_agency_admin:
        clause |= Q(agency_id__in=actor.agency_ids)
    for path in actor.led_unit_paths:
        clause |= Q(unit__path__startswith=path)
    return abks.filter(clause)


def abk_list(actor, *, year: int | None = None, agency_id: int | None = None,
             include_superseded: bool = False) -> list[Abk]:
    abks = _visible_abks(actor).select_related("unit", "agency")
    if year:
        abks = abks.filter(year=year)
    if agency_id:
        abks = abks.filter(agency_id=agency_id)
    if not include_superseded:
        abks = abks.exclude(status=AbkStatus.SUPERSEDED)
    return list(abks.order_by("-year", "unit__path", "-revision"))


def get_abk_for_user(actor, abk_id) -> Abk:
    pk = _id(abk_id)
    abk = (Abk.objects.select_related("unit", "agency").filter(pk=pk).first()
           if pk is not None else None)
    if abk is None or not policy.can_view_abk(actor, abk):
        raise Http404
    return abk


def lines_of(abk: Abk) -> list[AbkLine]:
    return list(abk.lines.select_related("position").order_by(
        "-kelas_jabatan", "position_name", "id"))


def get_line(abk: Abk, line_id) -> AbkLine:
    pk = _id(line_id)
    line = abk.lines.filter(pk=pk).select_related("position").first() if pk else None
    if line is None:
        raise Http404
    return line


def _line_item(model, abk: Abk, item_id):
    """A task or equipment entry of one of this ABK's lines, or 404."""
    pk = _id(item_id)
    item = model.objects.filter(pk=pk, line__abk=abk).select_related("line").first() if pk else None
    if item is None:
        raise Http404
    return item


def get_task(abk: Abk, task_id) -> AbkTask:
    return _line_item(AbkTask, abk, task_id)


def tasks_of(line: AbkLine) -> list[AbkTask]:
    return list(line.tasks.order_by("id"))


def equipment_of(line: AbkLine) -> list[AbkEquipment]:
    return list(line.equipment.order_by("id"))


def get_equipment(abk: Abk, equipment_id) -> AbkEquipment:
    return _line_item(AbkEquipment, abk, equipment_id)


def revisions_of(abk: Abk) -> list[Abk]:
    return list(Abk.objects.filter(unit_id=abk.unit_id, year=abk.year).order_by("-revision"))


def units_to_prepare(actor) -> list[Unit]:
    """Units whose ABK the actor may start."""
    if not policy.can_prepare_any(actor):
        return []
    units = Unit.objects.filter(instansi_id=actor.instansi_id, is_active=True)
    if not actor.is_hr_admin:
        units = units.filter(agency_id__in=actor.agency_ids)
    return list(units.order_by("path")[:2000])


def get_unit_to_prepare(actor, unit_id) -> Unit:
    pk = _id(unit_id)
    unit = Unit.objects.filter(pk=pk).first() if pk else None
    if unit is None or not policy.can_prepare_for(actor, instansi_id=unit.instansi_id,
                                                   agency_id=unit.agency_id):
        raise Http404
    return unit


def agencies_visible(actor) -> list[Unit]:
    agencies = Unit.objects.filter(instansi_id=actor.instansi_id, parent__isnull=True)
    if not (actor.is_hr_admin or actor.is_leader):
        agencies = agencies.filter(pk__in=actor.agency_ids)
    return list(agencies.order_by("path"))


def positions_of_unit(unit_id: int) -> list[Position]:
    return list(Position.objects.filter(unit_id=unit_id, is_active=True))


# Left the roll with a date we know: TMT pensiun, or a PPPK's contract end (R-ABK-5). Other
# exits (berhenti, meninggal, pindah) carry no date, so they cannot be placed on 31 December.
DATED_EXITS = (EmployeeStatus.PENSIUN, EmployeeStatus.BERHENTI)


def _leaves(employee: Employee):
    return leave_date(
        is_pppk=employee.kind == EmployeeKind.PPPK,
        retirement_tmt=employee.retirement_date or retirement_date_for(employee.birth_date,
                                                                       employee.position),
        contract_ends_on=employee.contract_ends_on)


def _left_roll_on(employee: Employee, leaves: date | None) -> date | None:
    """The known first day off the roll of someone no longer serving: a pensioner's TMT, or
    the day after a discharged PPPK's contract ended; None when the exit has no date."""
    if employee.status == EmployeeStatus.PENSIUN:
        return leaves
    if employee.kind == EmployeeKind.PPPK and employee.contract_ends_on:
        return leaves
    return None


def bezetting_on(position_ids, abk_year: int) -> tuple[dict[int, list[date | None]], set[int]]:
    """The bezetting of each position on 31 December before `abk_year` (Per BKN 9/2022), each
    holder as the date they leave (TMT pensiun or end of a PPPK contract, None if unknown), and
    the positions counted from today's holders: no riwayat jabatan names them, or one of their
    holders has none.

    With history: whoever's latest riwayat jabatan on that day names the position, still in
    service then. Without: today's holders. Either way only those still serving on 1 January of
    `abk_year` count (someone gone before the plan starts is neither available nor leaving)."""
    position_ids = set(position_ids)
    on = reference_date(abk_year)
    current = set(Employee.objects.filter(position_id__in=position_ids).values_list(
        "pk", flat=True))
    naming = list(PositionHistory.objects.filter(position_id__in=position_ids).values_list(
        "employee_id", "position_id"))
    named = {employee_id for employee_id, _position in naming}
    histories: dict[int, list] = defaultdict(list)
    for employee_id, tmt, pk, position_id in PositionHistory.objects.filter(
            employee_id__in=current | named).values_list("employee_id", "tmt", "pk",
                                                         "position_id"):
        histories[employee_id].append((tmt, pk, position_id))
    people = (Employee.objects.filter(pk__in=current | named, kind__in=BEZETTING_KINDS)
              .filter(Q(status__in=EmployeeStatus.serving()) | Q(status__in=DATED_EXITS))
              .select_related("position")
              .only("id", "birth_date", "retirement_date", "contract_ends_on", "position_id",
                    "kind", "status", "position__kind", "position__level",
                    "position__retirement_age_override"))
    found: dict[int, list[date | None]] = defaultdict(list)
    from_current: set[int] = set()
    for employee in people:
        leaves = _leaves(employee)
        if employee.pk in histories:
            held = position_on(histories[employee.pk], on)
            gone = _left_roll_on(employee, leaves)
            serving = employee.status in EmployeeStatus.serving() or (
                gone is not None and gone > on)
        else:  # no riwayat jabatan at all: today's position is all we know
            held = employee.position_id
            serving = employee.status in EmployeeStatus.serving()
            if held in position_ids:
                from_current.add(held)
        if held in position_ids and serving and in_service_for(leaves, abk_year):
            found[held].append(leaves)
    # A position no riwayat jabatan names cannot be answered from history either.
    return found, from_current | (position_ids - {position for _e, position in naming})


def holder_list(position_id: int) -> list[Employee]:
    return list(Employee.objects.filter(position_id=position_id,
                                        status__in=EmployeeStatus.serving(),
                                        kind__in=BEZETTING_KINDS).order_by("name"))


# ---- formation proposals -----------------------------------------------------------------


def proposal_list(actor) -> list[FormationProposal]:
    proposals = FormationProposal.objects.filter(instansi_id=actor.instansi_id).select_related(
        "agency")
    if not (actor.is_hr_admin or actor.is_leader):
        proposals = proposals.filter(agency_id__in=actor.agency_ids)
    return list(proposals)


def get_proposal_for_user(actor, proposal_id) -> FormationProposal:
    pk = _id(proposal_id)
    proposal = (FormationProposal.objects.select_related("agency").filter(pk=pk).first()
                if pk else None)
    if proposal is None or not policy.can_view_proposal(actor, proposal):
        raise Http404
    return proposal


def approved_abk_lines(*, year: int, agency_id: int | None) -> list[AbkLine]:
    """Lines of the approved ABKs of a year (of one agency, or of the whole government)."""
    lines = AbkLine.objects.filter(abk__year=year, abk__status=AbkStatus.APPROVED).select_related(
        "abk__unit", "abk__agency")
    if agency_id:
        lines = lines.filter(abk__agency_id=agency_id)
    return list(lines.order_by("abk__agency__path", "abk__unit__path", "-kelas_jabatan",
                               "position_name"))


def proposal_lines(proposal: FormationProposal) -> list[FormationLine]:
    return list(proposal.lines.all())


def approved_formation(instansi_id: int, year: int) -> list[dict]:
    """The approved formation of a year, for recruitment: the whole-government proposal when
    BKPSDM approved one, otherwise the approved proposals of the agencies. Call inside the
    government's scope (or it is entered here)."""
    from abdi.tenancy.scoping import within

    with within(instansi_id):
        approved = FormationProposal.objects.filter(instansi_id=instansi_id, year=year,
                                                    status=ProposalStatus.APPROVED)
        whole = approved.filter(agency__isnull=True).first()
        chosen = [whole] if whole else list(approved)
        lines = FormationLine.objects.filter(proposal__in=chosen).order_by(
            "agency_name", "unit_name", "-kelas_jabatan", "position_name", "id")
        return [{
            "position_id": line.position_id, "position_name": line.position_name,
            "kelas_jabatan": line.kelas_jabatan,
            "unit_id": line.unit_id, "unit_name": line.unit_name,
            "agency_id": line.agency_id, "agency_name": line.agency_name,
            "needed": line.needed, "bezetting": line.bezetting, "shortage": line.shortage,
            "departures_5y": line.departures_5y, "proposed": line.proposed,
            "proposal_id": line.proposal_id,
        } for line in lines]
