"""Preparing, computing, submitting and reviewing one ABK (PermenPANRB 1/2020).

Every write runs in one transaction, checks the policy, names the version it read (optimistic
lock, re-read under select_for_update) and leaves one audit entry. An approved ABK is frozen:
a change starts a new revision, which supersedes the old one when it is approved in turn.
"""

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, queries
from ..choices import AbkStatus, BezettingBasis, Period
from ..models import Abk, AbkEquipment, AbkLine, AbkTask, WorkforceSetting
from ..rules import abk as rules
from ..rules.efficiency import efficiency
from ..rules.projection import HORIZON_YEARS, departures_by_year, plan, totals

MAX_NAME, MAX_OUTPUT_UNIT, MAX_NOTE, MAX_EQUIPMENT_NAME = 300, 60, 2000, 200
MAX_TASKS_PER_LINE = 200
MAX_EQUIPMENT_PER_LINE = 50
MAX_FTE_PER_LINE = 1000  # more than a thousand people for one jabatan of one unit is a typo


def _decimal(value: Fraction, places: str) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal(places), rounding=ROUND_HALF_UP)


def _version(value) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        raise Conflict(_("This page is out of date; reload it and try again.")) from None


def _locked(model, pk, version):
    obj = model.objects.select_for_update().get(pk=pk)
    if obj.version != _version(version):
        raise Conflict(_("Someone else changed this in the meantime. Reload the page: your "
                         "change was not saved."))
    return obj


def _bump(obj, **fields) -> None:
    for name, value in fields.items():
        setattr(obj, name, value)
    obj.version = F("version") + 1
    obj.save()
    obj.refresh_from_db()


def _reviewer(actor) -> tuple[str, str]:
    from abdi.people.models import Employee

    employee = Employee.objects.filter(pk=actor.employee_id).first() if actor.employee_id else None
    if employee is not None:
        return employee.full_name[:200], employee.nip
    return (actor.label or "")[:200], ""


# ---- settings ------------------------------------------------------------------------------


def set_wke(*, actor, wke_minutes, version=None) -> WorkforceSetting:
    if not policy.can_configure(actor):
        raise Forbidden(_("Only BKPSDM sets the effective working time."))
    try:
        minutes = rules.check_wke(int(str(wke_minutes).strip()))
    except ValueError:
        raise DomainError(_("The effective working time must be a whole number of minutes a "
                            "year from %(low)s to %(high)s.")
                          % {"low": rules.WKE_MIN, "high": rules.WKE_MAX},
                          field="wke_minutes") from None
    with transaction.atomic():
        setting = WorkforceSetting.objects.select_for_update().first()
        if setting is None:
            setting = WorkforceSetting.objects.create(instansi_id=actor.instansi_id,
                                                      wke_minutes=minutes)
            record(actor=actor, action=AuditEntry.Action.UPDATE, obj=setting,
                   after={"wke_minutes": minutes})
            return setting
        if version is not None and setting.version != _version(version):
            raise Conflict(_("Someone else changed this in the meantime. Reload the page: your "
                             "change was not saved."))
        before = setting.wke_minutes
        _bump(setting, wke_minutes=minutes)
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=setting,
               before={"wke_minutes": before}, after={"wke_minutes": minutes})
        return setting


# ---- starting and computing -----------------------------------------------------------------


def start_abk(*, actor, unit, year) -> Abk:
    """The ABK of a unit for a year, with one line per active jabatan of the unit."""
    if not policy.can_prepare_for(actor, instansi_id=unit.instansi_id, agency_id=unit.agency_id):
        raise Forbidden(_("You may not prepare the ABK of this unit."))
    try:
        year = int(str(year))
    except ValueError:
        year = 0
    this_year = timezone.localdate().year
    if not this_year - 1 <= year <= this_year + 2:
        raise DomainError(_("Choose a year from %(low)s to %(high)s.")
                          % {"low": this_year - 1, "high": this_year + 2}, field="year")
    with transaction.atomic():
        if Abk.objects.filter(unit=unit, year=year).exists():
            raise Conflict(_("This unit already has an ABK for that year; open it instead."))
        try:
            with transaction.atomic():
                abk = Abk.objects.create(instansi_id=unit.instansi_id, unit=unit,
                                         agency_id=unit.agency_id or unit.pk, year=year,
                                         wke_minutes=queries.wke_minutes())
        except IntegrityError:
            raise Conflict(_("This unit already has an ABK for that year; open it instead.")) \
                from None
        recompute(abk)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=abk,
               after={"unit": unit.name, "year": year}, unit_id=unit.pk, agency_id=abk.agency_id)
    return abk


def _sync_lines(abk: Abk) -> list[AbkLine]:
    """Lines for every active jabatan of the unit (a jabatan added later joins the draft)."""
    lines = {line.position_id: line for line in abk.lines.all()}
    missing = [p for p in queries.positions_of_unit(abk.unit_id) if p.pk not in lines]
    AbkLine.objects.bulk_create(
        AbkLine(instansi_id=abk.instansi_id, abk=abk, position=p, position_name=p.name,
                kelas_jabatan=p.kelas_jabatan) for p in missing)
    return list(abk.lines.prefetch_related("tasks", "equipment"))


def recompute(abk: Abk) -> Abk:
    """Needs, bezetting, EJ/PJ and the 5-year plan of every line, and the ABK's totals.
    Only a draft or returned ABK changes: a submitted or approved one keeps its figures."""
    lines = _sync_lines(abk)
    # Per BKN 9/2022: the ASN in post on 31 December of the year before the ABK's year.
    holders, from_current = queries.bezetting_on((line.position_id for line in lines), abk.year)
    rows = []
    for line in lines:
        need = rules.staff_needed(((t.annual_volume, t.norma_minutes) for t in line.tasks.all()),
                                  abk.wke_minutes,
                                  ((e.machines, Fraction(e.rpk), e.shifts)
                                   for e in line.equipment.all()))
        leaving = holders.get(line.position_id, [])
        bezetting = len(leaving)
        departures = departures_by_year(abk.year, [d for d in leaving if d], HORIZON_YEARS)
        projected = plan(need.needed, bezetting, departures)
        result = efficiency(need.fte, bezetting)
        line.total_minutes, line.fte, line.needed = need.minutes, _decimal(need.fte, "0.0001"), \
            need.needed
        line.low_load, line.bezetting = need.low_load, bezetting
        line.equipment_fte = _decimal(need.equipment_fte, "0.0001")
        line.bezetting_basis = (BezettingBasis.CURRENT if line.position_id in from_current
                                else BezettingBasis.HISTORY)
        line.ej = _decimal(result.ej_2dp, "0.01") if result.ej_2dp is not None else None
        line.pj = result.pj.value if result.pj else ""
        line.departures, line.additions = list(departures), list(projected.additions)
        line.departures_5y, line.proposed = projected.total_departures, projected.total_additions
        rows.append((need.needed, bezetting, projected.total_departures,
                     projected.total_additions))
    AbkLine.objects.bulk_update(lines, ["total_minutes", "fte", "needed", "low_load", "bezetting",
                                        "equipment_fte", "bezetting_basis", "ej", "pj",
                                        "departures", "additions", "departures_5y", "proposed"])
    summed = totals(rows)
    Abk.objects.filter(pk=abk.pk).update(
        total_fte=sum((line.fte for line in lines), Decimal(0)), total_needed=summed.needed,
        total_bezetting=summed.bezetting, shortage=summed.shortage, excess=summed.excess,
        departures_5y=summed.departures, proposed=summed.proposed, computed_at=timezone.now())
    abk.refresh_from_db()
    return abk


def refresh_abk(*, actor, abk, version) -> Abk:
    """Re-read the bezetting and retirements (people move) and recompute a draft."""
    _require_edit(actor, abk)
    with transaction.atomic():
        locked = _locked(Abk, abk.pk, version)
        _bump(locked)
        return recompute(locked)


def _require_edit(actor, abk) -> None:
    if not policy.can_edit_abk(actor, abk):
        if abk.status in (AbkStatus.DRAFT, AbkStatus.RETURNED):
            raise Forbidden(_("You may not change this ABK."))
        raise Conflict(_("This ABK was submitted or approved and is frozen; start a new "
                         "revision to change it."))


# ---- tasks ------------------------------------------------------------------------------------


def clean_task(*, name, output_unit, volume, norma_minutes, period="tahun") -> dict:
    """The fields of a task, or a DomainError naming the first wrong field."""
    name = " ".join(str(name or "").split())
    output_unit = " ".join(str(output_unit or "").split())
    if not 3 <= len(name) <= MAX_NAME:
        raise DomainError(_("Describe the task in 3 to %(max)s characters.") % {"max": MAX_NAME},
                          field="name")
    if not 1 <= len(output_unit) <= MAX_OUTPUT_UNIT:
        raise DomainError(_("Name the output unit (dokumen, laporan, berkas…) in at most "
                            "%(max)s characters.") % {"max": MAX_OUTPUT_UNIT}, field="output_unit")
    period = str(period or Period.TAHUN).strip().lower()
    if period not in Period.values:
        raise DomainError(_("The period must be per year, month, week or day."), field="period")
    volume = _whole(volume, field="volume", what=_("The volume"))
    norma = _whole(norma_minutes, field="norma_minutes", what=_("The norma waktu"))
    if norma < 1 or norma > rules.MAX_NORMA_MINUTES:
        raise DomainError(_("The norma waktu must be from 1 to %(max)s minutes per output.")
                          % {"max": rules.MAX_NORMA_MINUTES}, field="norma_minutes")
    annual = rules.annual_volume(volume, period)
    if volume < 1 or annual > rules.MAX_ANNUAL_VOLUME:
        raise DomainError(_("The volume must be at least 1 and at most %(max)s a year.")
                          % {"max": rules.MAX_ANNUAL_VOLUME}, field="volume")
    return {"name": name, "output_unit": output_unit, "volume": volume, "period": period,
            "annual_volume": annual, "norma_minutes": norma}


_GROUPED = re.compile(r"\d{1,3}([.,]\d{3})+")


def _whole(value, *, field, what) -> int:
    """A whole number: 900, "900", 900.0 or "20.000" (grouped); never a fraction or a sign."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = str(value if value is not None else "").strip()
    if _GROUPED.fullmatch(raw):
        raw = raw.replace(".", "").replace(",", "")
    if not raw.isdigit() or len(raw) > 12:
        if raw.startswith("-") and raw[1:].isdigit():
            raise DomainError(_("%(what)s cannot be negative.") % {"what": what}, field=field)
        raise DomainError(_("%(what)s must be a whole number.") % {"what": what}, field=field)
    return int(raw)


def _check_line_load(line: AbkLine, wke: int, *, field="volume") -> None:
    need = rules.staff_needed(((t.annual_volume, t.norma_minutes) for t in line.tasks.all()), wke,
                              ((e.machines, Fraction(e.rpk), e.shifts)
                               for e in line.equipment.all()))
    if need.fte > MAX_FTE_PER_LINE:
        if field != "volume":
            raise DomainError(_("This equipment would need more than %(max)s people for one "
                                "jabatan: check the machines, the RPK and the shifts.")
                              % {"max": MAX_FTE_PER_LINE}, field=field)
        raise DomainError(_("These tasks would need more than %(max)s people for one jabatan: "
                            "check the volume and the norma waktu.") % {"max": MAX_FTE_PER_LINE},
                          field="volume")


def add_task(*, actor, abk, line, version, **fields) -> AbkTask:
    _require_edit(actor, abk)
    values = clean_task(**fields)
    with transaction.atomic():
        locked = _locked(Abk, abk.pk, version)
        if line.tasks.count() >= MAX_TASKS_PER_LINE:
            raise DomainError(_("A jabatan can have at most %(max)s tasks.")
                              % {"max": MAX_TASKS_PER_LINE})
        task = AbkTask.objects.create(instansi_id=abk.instansi_id, line=line, **values)
        _check_line_load(line, locked.wke_minutes)
        _bump(locked)
        recompute(locked)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=task, after=values,
               unit_id=abk.unit_id, agency_id=abk.agency_id)
    return task


def update_task(*, actor, abk, task, version, **fields) -> AbkTask:
    """`version` is the task's version: two people editing the same task never lose a change."""
    _require_edit(actor, abk)
    values = clean_task(**fields)
    with transaction.atomic():
        locked_task = _locked(AbkTask, task.pk, version)
        before = {k: getattr(locked_task, k) for k in values}
        _bump(locked_task, **values)
        locked = Abk.objects.select_for_update().get(pk=abk.pk)
        _check_line_load(locked_task.line, locked.wke_minutes)
        _bump(locked)
        recompute(locked)
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked_task, before=before,
               after=values, unit_id=abk.unit_id, agency_id=abk.agency_id)
    return locked_task


def delete_task(*, actor, abk, task, version) -> None:
    _require_edit(actor, abk)
    with transaction.atomic():
        locked_task = _locked(AbkTask, task.pk, version)
        before = {"name": locked_task.name, "annual_volume": locked_task.annual_volume,
                  "norma_minutes": locked_task.norma_minutes}
        record(actor=actor, action=AuditEntry.Action.DELETE, obj=locked_task, before=before,
               unit_id=abk.unit_id, agency_id=abk.agency_id)
        locked_task.delete()
        locked = Abk.objects.select_for_update().get(pk=abk.pk)
        _bump(locked)
        recompute(locked)


# ---- equipment (peralatan kerja method) -------------------------------------------------------


def clean_equipment(*, name, machines, rpk, shifts) -> dict:
    """The fields of an equipment entry, or a DomainError naming the first wrong field."""
    name = " ".join(str(name or "").split())
    if not 1 <= len(name) <= MAX_EQUIPMENT_NAME:
        raise DomainError(_("Name the equipment in at most %(max)s characters.")
                          % {"max": MAX_EQUIPMENT_NAME}, field="name")
    machines = _whole(machines, field="machines", what=_("The number of machines"))
    if not 1 <= machines <= rules.MAX_EQUIPMENT:
        raise DomainError(_("The number of machines must be from 1 to %(max)s.")
                          % {"max": rules.MAX_EQUIPMENT}, field="machines")
    rpk = _ratio(rpk)
    shifts = _whole(shifts, field="shifts", what=_("The number of shifts"))
    if not 1 <= shifts <= rules.MAX_SHIFTS:
        raise DomainError(_("The number of shifts must be from 1 to %(max)s.")
                          % {"max": rules.MAX_SHIFTS}, field="shifts")
    return {"name": name, "machines": machines, "rpk": rpk, "shifts": shifts}


_RATIO = re.compile(r"\d{1,2}([.,]\d{1,4})?")


def _ratio(value) -> Decimal:
    """RPK: staff per machine per shift, above 0 and at most 10, up to 4 decimals ("0,5" too)."""
    raw = str(value if value is not None and not isinstance(value, bool) else "").strip()
    if not _RATIO.fullmatch(raw):
        raise DomainError(_("The RPK must be a number above 0 and at most %(max)s, with at most "
                            "4 decimals (e.g. 0.5).") % {"max": rules.MAX_RPK}, field="rpk")
    rpk = Decimal(raw.replace(",", "."))
    if not 0 < rpk <= rules.MAX_RPK:
        raise DomainError(_("The RPK must be a number above 0 and at most %(max)s, with at most "
                            "4 decimals (e.g. 0.5).") % {"max": rules.MAX_RPK}, field="rpk")
    return rpk


def _logged(values: dict) -> dict:
    """Equipment fields for the audit log: the RPK as plain text, 0.5 whether read or typed."""
    return values | {"rpk": format(Decimal(values["rpk"]).normalize(), "f")}


def add_equipment(*, actor, abk, line, version, **fields) -> AbkEquipment:
    _require_edit(actor, abk)
    values = clean_equipment(**fields)
    with transaction.atomic():
        locked = _locked(Abk, abk.pk, version)
        if line.equipment.count() >= MAX_EQUIPMENT_PER_LINE:
            raise DomainError(_("A jabatan can have at most %(max)s equipment entries.")
                              % {"max": MAX_EQUIPMENT_PER_LINE})
        item = AbkEquipment.objects.create(instansi_id=abk.instansi_id, line=line, **values)
        _check_line_load(line, locked.wke_minutes, field="machines")
        _bump(locked)
        recompute(locked)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=item, after=_logged(values),
               unit_id=abk.unit_id, agency_id=abk.agency_id)
    return item


def update_equipment(*, actor, abk, equipment, version, **fields) -> AbkEquipment:
    """`version` is the equipment entry's version, as for tasks."""
    _require_edit(actor, abk)
    values = clean_equipment(**fields)
    with transaction.atomic():
        locked_item = _locked(AbkEquipment, equipment.pk, version)
        before = _logged({k: getattr(locked_item, k) for k in values})
        _bump(locked_item, **values)
        locked = Abk.objects.select_for_update().get(pk=abk.pk)
        _check_line_load(locked_item.line, locked.wke_minutes, field="machines")
        _bump(locked)
        recompute(locked)
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked_item, before=before,
               after=_logged(values), unit_id=abk.unit_id,
               agency_id=abk.agency_id)
    return locked_item


def delete_equipment(*, actor, abk, equipment, version) -> None:
    _require_edit(actor, abk)
    with transaction.atomic():
        locked_item = _locked(AbkEquipment, equipment.pk, version)
        before = _logged({"name": locked_item.name, "machines": locked_item.machines,
                          "rpk": locked_item.rpk, "shifts": locked_item.shifts})
        record(actor=actor, action=AuditEntry.Action.DELETE, obj=locked_item, before=before,
               unit_id=abk.unit_id, agency_id=abk.agency_id)
        locked_item.delete()
        locked = Abk.objects.select_for_update().get(pk=abk.pk)
        _bump(locked)
        recompute(locked)


# ---- the workflow -------------------------------------------------------------------------------


def submit_abk(*, actor, abk, version) -> Abk:
    if not policy.can_submit_abk(actor, abk):
        _require_edit(actor, abk)
    with transaction.atomic():
        locked = _locked(Abk, abk.pk, version)
        recompute(locked)
        if not (AbkTask.objects.filter(line__abk=locked).exists()
                or AbkEquipment.objects.filter(line__abk=locked).exists()):
            raise DomainError(_("Enter or import the tasks of at least one jabatan before "
                                "submitting."))
        before = locked.status
        _bump(locked, status=AbkStatus.SUBMITTED, submitted_by=actor.user,
              submitted_at=timezone.now())
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked,
               before={"status": before}, after={"status": locked.status},
               unit_id=abk.unit_id, agency_id=abk.agency_id)
    return locked


def review_abk(*, actor, abk, version, approve: bool, note="") -> Abk:
    """BKPSDM approves (frozen, supersedes the earlier approved revision) or returns with a note."""
    if not policy.can_review_abk(actor, abk):
        if abk.status != AbkStatus.SUBMITTED and actor.is_hr_admin:
            raise Conflict(_("Only a submitted ABK can be approved or returned."))
        raise Forbidden(_("Only BKPSDM approves or returns an ABK."))
    note = " ".join(str(note or "").split())[:MAX_NOTE]
    if not approve and len(note) < 5:
        raise DomainError(_("Say what must be corrected (at least 5 characters)."), field="note")
    name, nip = _reviewer(actor)
    with transaction.atomic():
        locked = _locked(Abk, abk.pk, version)
        if approve:
            Abk.objects.filter(unit_id=locked.unit_id, year=locked.year,
                               status=AbkStatus.APPROVED).exclude(pk=locked.pk).update(
                status=AbkStatus.SUPERSEDED, version=F("version") + 1)
        status = AbkStatus.APPROVED if approve else AbkStatus.RETURNED
        _bump(locked, status=status, review_note=note, reviewed_by_name=name,
              reviewed_by_nip=nip, reviewed_at=timezone.now())
        record(actor=actor, action=AuditEntry.Action.UPDATE,
               obj=locked, before={"status": AbkStatus.SUBMITTED},
               after={"status": status, "note": note}, unit_id=abk.unit_id,
               agency_id=abk.agency_id)
    return locked


def revise_abk(*, actor, abk, version) -> Abk:
    """A change to an approved ABK: a new draft revision with a copy of its tasks."""
    if not policy.can_revise_abk(actor, abk):
        raise Forbidden(_("Only an approved ABK can be revised, by its unit's admin or BKPSDM."))
    with transaction.atomic():
        locked = _locked(Abk, abk.pk, version)
        if Abk.objects.filter(unit_id=locked.unit_id, year=locked.year,
                              revision__gt=locked.revision).exists():
            raise Conflict(_("A newer revision of this ABK already exists."))
        new = Abk.objects.create(instansi_id=locked.instansi_id, unit_id=locked.unit_id,
                                 agency_id=locked.agency_id, year=locked.year,
                                 revision=locked.revision + 1, wke_minutes=queries.wke_minutes())
        for line in locked.lines.prefetch_related("tasks", "equipment"):
            copy = AbkLine.objects.create(instansi_id=new.instansi_id, abk=new,
                                          position_id=line.position_id,
                                          position_name=line.position_name,
                                          kelas_jabatan=line.kelas_jabatan)
            AbkTask.objects.bulk_create(
                AbkTask(instansi_id=new.instansi_id, line=copy, name=t.name,
                        output_unit=t.output_unit, volume=t.volume, period=t.period,
                        annual_volume=t.annual_volume, norma_minutes=t.norma_minutes)
                for t in line.tasks.all())
            AbkEquipment.objects.bulk_create(
                AbkEquipment(instansi_id=new.instansi_id, line=copy, name=e.name,
                             machines=e.machines, rpk=e.rpk, shifts=e.shifts)
                for e in line.equipment.all())
        recompute(new)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=new,
               after={"revision": new.revision, "from": locked.pk}, unit_id=new.unit_id,
               agency_id=new.agency_id)
    return new
