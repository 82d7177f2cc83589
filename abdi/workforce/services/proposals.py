"""The formation proposal (usul kebutuhan ASN, Per BKN 9/2022): the approved ABKs of a year for
one agency or the whole government, frozen into lines when BKPSDM approves it."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, queries
from ..choices import ProposalStatus
from ..models import FormationLine, FormationProposal
from ..rules.projection import totals
from .abk import _bump, _locked, _reviewer

MAX_NOTE = 2000


def create_proposal(*, actor, agency=None, year) -> FormationProposal:
    if not policy.can_manage_proposals(actor):
        raise Forbidden(_("Only BKPSDM draws up the formation proposal."))
    try:
        year = int(str(year))
    except ValueError:
        year = 0
    this_year = timezone.localdate().year
    if not this_year - 1 <= year <= this_year + 2:
        raise DomainError(_("Choose a year from %(low)s to %(high)s.")
                          % {"low": this_year - 1, "high": this_year + 2}, field="year")
    if agency is not None and (agency.instansi_id != actor.instansi_id or agency.parent_id):
        raise DomainError(_("Choose a perangkat daerah."), field="agency")
    name, nip = _reviewer(actor)
    exists = FormationProposal.objects.filter(year=year, agency=agency).exists()
    if exists:
        raise Conflict(_("A proposal for this year already exists; open it instead."))
    try:
        with transaction.atomic():
            proposal = FormationProposal.objects.create(
                instansi_id=actor.instansi_id, agency=agency, year=year, prepared_by_name=name,
                prepared_by_nip=nip, wke_minutes=queries.wke_minutes())
            record(actor=actor, action=AuditEntry.Action.CREATE, obj=proposal,
                   after={"year": year, "agency": agency.name if agency else ""},
                   agency_id=agency.pk if agency else None)
    except IntegrityError:
        raise Conflict(_("A proposal for this year already exists; open it instead.")) from None
    return proposal


def draft_rows(proposal: FormationProposal) -> list[dict]:
    """What the proposal holds: its frozen lines when approved, else the approved ABKs now."""
    if proposal.status == ProposalStatus.APPROVED:
        return [_row_of_line(line) for line in queries.proposal_lines(proposal)]
    return [_row_of_abk_line(line)
            for line in queries.approved_abk_lines(year=proposal.year,
                                                   agency_id=proposal.agency_id)]


def _row_of_abk_line(line) -> dict:
    abk = line.abk
    return {"abk_line": line, "position_id": line.position_id, "position_name": line.position_name,
            "kelas_jabatan": line.kelas_jabatan, "unit_id": abk.unit_id,
            "unit_name": abk.unit.name, "agency_id": abk.agency_id, "agency_name": abk.agency.name,
            "fte": line.fte, "needed": line.needed, "bezetting": line.bezetting,
            "departures_5y": line.departures_5y, "additions": list(line.additions),
            "proposed": line.proposed}


def _row_of_line(line: FormationLine) -> dict:
    return {"abk_line": None, "position_id": line.position_id,
            "position_name": line.position_name, "kelas_jabatan": line.kelas_jabatan,
            "unit_id": line.unit_id, "unit_name": line.unit_name, "agency_id": line.agency_id,
            "agency_name": line.agency_name, "fte": line.fte, "needed": line.needed,
            "bezetting": line.bezetting, "departures_5y": line.departures_5y,
            "additions": list(line.additions), "proposed": line.proposed}


def summary(rows: list[dict]):
    return totals((r["needed"], r["bezetting"], r["departures_5y"], r["proposed"]) for r in rows)


def approve_proposal(*, actor, proposal, version, note="") -> FormationProposal:
    if not policy.can_approve_proposal(actor, proposal):
        if actor.is_hr_admin and proposal.status != ProposalStatus.DRAFT:
            raise Conflict(_("This proposal is already approved."))
        raise Forbidden(_("Only BKPSDM approves the formation proposal."))
    name, nip = _reviewer(actor)
    note = " ".join(str(note or "").split())[:MAX_NOTE]
    with transaction.atomic():
        locked = _locked(FormationProposal, proposal.pk, version)
        rows = draft_rows(locked)
        if not rows:
            raise DomainError(_("No ABK of this year is approved yet: approve the units' ABK "
                                "first."))
        FormationLine.objects.bulk_create(
            FormationLine(instansi_id=locked.instansi_id, proposal=locked,
                          **row) for row in rows)
        _bump(locked, status=ProposalStatus.APPROVED, approved_by_name=name, approved_by_nip=nip,
              approved_at=timezone.now(), note=note)
        total = summary(rows)
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked,
               before={"status": ProposalStatus.DRAFT},
               after={"status": locked.status, "lines": len(rows), "proposed": total.proposed},
               agency_id=locked.agency_id)
    return locked
