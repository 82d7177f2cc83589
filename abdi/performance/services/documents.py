"""Issuing the SKP and the Dokumen Evaluasi Kinerja as PDF, and checking an issued one.

An issue stores the document's fingerprint (sha256 of what it shows) under a random code;
the QR code on every page opens the public verification page for that code, which rebuilds
the fingerprint from today's data. Issuing the same content again hands out the same code,
so a copy printed twice verifies the same way. Request-free: the caller says how a code
becomes an absolute URL.
"""

import datetime
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, Forbidden
from abdi.people import rules as people_rules

from .. import policy, queries, queries_appraisal
from ..documents import (
    BehaviourRow,
    EvaluationDocument,
    IndicatorRow,
    Person,
    ResultRow,
    SkpDocument,
    angka,
    fingerprint,
    render_evaluation,
    render_skp,
    tanggal,
)
from ..models import Appraisal, Feedback, IssuedDocument, Skp, SkpIndicator
from ..rules import BERAKHLAK
from ..rules.cycle import PeriodKind
from ..rules.distribution import DISTRIBUTION_CURVES, Bound
from ..rules.ratings import OrgPredikat, Predikat, Rating
from ..rules.skp import LampiranKind, Perspective, ResultCategory, SkpKind
from ..rules.workflow import SkpStatus

VerifyUrl = Callable[[uuid.UUID], str]


class Verdict(StrEnum):
    VALID = "valid"  # genuine, and the data still says what it says
    REVISED = "revised"  # genuine, but a newer revision of the plan or appraisal exists
    CHANGED = "changed"  # genuine, but the data it shows changed (or is gone) since issue
    UNKNOWN = "unknown"  # no document was issued under this code


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    document: IssuedDocument | None = None
    issuer: str = ""
    issued_at: datetime.datetime | None = None  # in the government's time zone


# ---------------------------------------------------------------- what a document shows


def _pangkat(employee) -> str:
    """"Penata Muda, III/a" for a PNS; the golongan alone for a PPPK."""
    if not employee.grade:
        return ""
    if employee.kind in people_rules.PPPK_KINDS:
        return employee.grade
    try:
        return f"{people_rules.pangkat_name(employee.grade)}, {employee.grade}"
    except (KeyError, ValueError):
        return employee.grade


def _person(employee, *, position: str | None = None, unit=None) -> Person | None:
    if employee is None:
        return None
    if position is None:
        position = employee.position.name if employee.position_id else ""
    return Person(name=employee.full_name, nip=employee.nip, pangkat=_pangkat(employee),
                  position=position, unit=(unit or employee.unit).name)


def _local_date(moment, zone) -> datetime.date | None:
    return timezone.localtime(moment, zone).date() if moment else None


def _place(instansi) -> str:
    return instansi.seat or instansi.name


def _result_rows(skp: Skp, *, realised=None, feedback=None) -> tuple[ResultRow, ...]:
    rows = []
    for result in queries.results_with_indicators(skp):
        indicators = []
        for indicator in result.indicators.all():
            if skp.kind == SkpKind.JPT:
                aspect = Perspective(result.perspective).label if result.perspective else ""
            else:
                aspect = indicator.get_aspect_display() if indicator.aspect else ""
            value = (realised or {}).get(indicator.pk)
            indicators.append(IndicatorRow(
                aspect=aspect, text=indicator.text,
                target=f"{angka(indicator.target_value)} {indicator.target_unit}",
                realised=f"{angka(value)} {indicator.target_unit}" if value is not None else "",
                evidence=indicator.realised_evidence
                if realised is not None and indicator.kind == SkpIndicator.Kind.OUTCOME else ""))
        rows.append(ResultRow(
            category=ResultCategory(result.category).value.capitalize(), text=result.text,
            parent=result.parent.text if result.parent_id else "", indicators=tuple(indicators),
            feedback=tuple((feedback or {}).get((Feedback.Target.RESULT, result.pk), ()))))
    return tuple(rows)


def _behaviour_rows(skp: Skp, *, feedback=None) -> tuple[BehaviourRow, ...]:
    rows_of = {b.value_number: b for b in skp.behaviours.all()}
    rows = []
    for value in BERAKHLAK:
        row = rows_of.get(value.number)
        notes = (feedback or {}).get((Feedback.Target.BEHAVIOUR, row.pk), ()) if row else ()
        rows.append(BehaviourRow(number=value.number, name=value.name, indicators=value.indicators,
                                 expectation=row.expectation if row else "", feedback=tuple(notes)))
    return tuple(rows)


def _people(skp: Skp, appraiser) -> tuple[Person, Person | None]:
    employee = _person(skp.employee, position=skp.position_name or None, unit=skp.unit)
    return employee, _person(appraiser)


def skp_content(skp: Skp) -> SkpDocument:
    """What the SKP document shows, from today's data (the fingerprint is taken of this)."""
    instansi = skp.instansi
    employee, appraiser = _people(skp, skp.appraiser)
    lampiran = {kind: [] for kind in LampiranKind}
    for item in skp.lampiran.order_by("kind", "order", "id"):
        lampiran[LampiranKind(item.kind)].append(item.text)
    return SkpDocument(
        government=instansi.name, jpt=skp.kind == SkpKind.JPT, approach=skp.get_approach_display(),
        year=skp.year, period=f"1 Januari s.d. 31 Desember {skp.year}", revision=skp.revision,
        employee=employee, appraiser=appraiser, results=_result_rows(skp),
        behaviours=_behaviour_rows(skp),
        lampiran=tuple((kind.label, tuple(items)) for kind, items in lampiran.items()),
        place=_place(instansi), date=tanggal(_local_date(skp.approved_at, instansi.zone)),
    )


def _distribution(org_predikat: str | None) -> tuple[str, ...]:
    """The pola distribusi of the unit's predikat in words (SE MenPANRB 3/2023)."""
    if not org_predikat:
        return ()
    lines = []
    for limit in DISTRIBUTION_CURVES[OrgPredikat(org_predikat)]:
        bound = "paling banyak" if limit.bound is Bound.AT_MOST else "paling sedikit"
        amount = f"{limit.percent}%" if limit.percent is not None else f"{limit.count} orang"
        lines.append(f"{limit.label} {bound} {amount}")
    return tuple(lines)


def _period_label(appraisal: Appraisal) -> str:
    kind = PeriodKind(appraisal.period_kind)
    name = kind.label if kind is PeriodKind.ANNUAL else f"{kind.label} {appraisal.period_number}"
    return f"{name} {appraisal.year} ({tanggal(appraisal.start)} s.d. {tanggal(appraisal.end)})"


def _feedback_of(appraisal: Appraisal, zone) -> dict:
    """Umpan balik given from the period's start until the appraisal became final."""
    since = datetime.datetime.combine(appraisal.start, datetime.time.min, tzinfo=zone)
    rows = Feedback.objects.filter(skp_id=appraisal.skp_id, created_at__gte=since,
                                   target__in=[Feedback.Target.RESULT, Feedback.Target.BEHAVIOUR])
    if appraisal.finalised_at:
        rows = rows.filter(created_at__lte=appraisal.finalised_at)
    grouped: dict = {}
    for target, target_id, text in rows.order_by("created_at", "id").values_list(
            "target", "target_id", "text"):
        grouped.setdefault((target, target_id), []).append(text)
    return grouped


def _label(enum, value) -> str:
    return enum(value).label if value else ""


def evaluation_content(appraisal: Appraisal) -> EvaluationDocument:
    """What the Dokumen Evaluasi Kinerja shows, from today's data."""
    skp = appraisal.skp
    instansi = skp.instansi
    zone = instansi.zone
    employee, appraiser = _people(skp, appraisal.appraiser or skp.appraiser)
    unit_entry = queries_appraisal.unit_performance(appraisal.unit, appraisal.year,
                                                    appraisal.period_kind, appraisal.period_number)
    org_predikat = unit_entry.org_predikat if unit_entry else ""
    realised = {row["indicator"].pk: row["realised"]
                for row in queries_appraisal.period_realisation(appraisal)}
    feedback = _feedback_of(appraisal, zone)
    return EvaluationDocument(
        government=instansi.name, jpt=skp.kind == SkpKind.JPT, approach=skp.get_approach_display(),
        period=_period_label(appraisal), revision=skp.revision, employee=employee,
        appraiser=appraiser, org_predikat=_label(OrgPredikat, org_predikat),
        distribution=_distribution(org_predikat),
        results=_result_rows(skp, realised=realised, feedback=feedback),
        result_rating=_label(Rating, appraisal.result_rating),
        behaviours=_behaviour_rows(skp, feedback=feedback),
        behaviour_rating=_label(Rating, appraisal.behaviour_rating),
        predikat=_label(Predikat, appraisal.predikat),
        place=_place(instansi),
        date=tanggal(_local_date(appraisal.finalised_at or appraisal.rated_at, zone)),
    )


# ---------------------------------------------------------------- issuing


@transaction.atomic
def _issue(*, actor, kind, obj, revision: int, content, title: str, employee) -> IssuedDocument:
    """The document for this content: the one issued before, or a new one with its audit entry."""
    content_hash = fingerprint(content)
    found = IssuedDocument.objects.filter(kind=kind, object_id=obj.pk, content_hash=content_hash).first()
    if found is not None:
        return found
    appraiser = content.appraiser
    document = IssuedDocument.objects.create(
        instansi_id=obj.instansi_id, kind=kind, object_id=obj.pk, revision=revision,
        content_hash=content_hash, employee_name=content.employee.name[:200],
        employee_nip=content.employee.nip, appraiser_name=appraiser.name[:200] if appraiser else "",
        appraiser_nip=appraiser.nip if appraiser else "", title=title[:200])
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=document,
           after={"kind": kind, "object_id": obj.pk, "code": str(document.code),
                  "revision": revision, "content_hash": content_hash},
           employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)
    return document


def issue_skp_document(*, actor, skp: Skp, verify_url: VerifyUrl) -> tuple[IssuedDocument, bytes]:
    """The approved SKP as PDF with its QR code; a plan not approved (now) is not issued.
    The record and its audit entry are one transaction; the PDF is drawn after it."""
    if not policy.can_view_skp(actor, skp):
        raise Forbidden(_("You may not see this SKP."))
    if skp.status != SkpStatus.APPROVED:
        raise Conflict(_("Only an approved SKP can be printed; this one is %(status)s.")
                       % {"status": skp.status_label})
    content = skp_content(skp)
    document = _issue(actor=actor, kind=IssuedDocument.Kind.SKP, obj=skp, revision=skp.revision,
                      content=content, title=f"Sasaran Kinerja Pegawai {skp.year}",
                      employee=skp.employee)
    pdf = render_skp(content, code=str(document.code), verify_url=verify_url(document.code))
    return document, pdf


def issue_evaluation_document(*, actor, appraisal: Appraisal,
                              verify_url: VerifyUrl) -> tuple[IssuedDocument, bytes]:
    """The final appraisal as Dokumen Evaluasi Kinerja Pegawai; before final, nothing."""
    if not policy.can_see_rating(actor, appraisal):
        raise Forbidden(_("You may not see this appraisal yet."))
    if not appraisal.is_final:
        raise Conflict(_("Only a final appraisal can be printed; this one is %(status)s.")
                       % {"status": appraisal.get_status_display()})
    content = evaluation_content(appraisal)
    # An appraisal's revision is its version: a re-rating after an objection raises it.
    document = _issue(actor=actor, kind=IssuedDocument.Kind.EVALUATION, obj=appraisal,
                      revision=appraisal.version, content=content,
                      title=f"Evaluasi Kinerja Pegawai {content.period}", employee=appraisal.employee)
    pdf = render_evaluation(content, code=str(document.code), verify_url=verify_url(document.code))
    return document, pdf


# ---------------------------------------------------------------- checking


def _current(document: IssuedDocument) -> tuple[str | None, int | None]:
    """Today's fingerprint and revision of what the document shows (None: it is gone)."""
    if document.kind == IssuedDocument.Kind.SKP:
        skp = (Skp.objects.select_related("employee", "employee__unit", "employee__position", "unit",
                                          "appraiser", "appraiser__unit", "appraiser__position",
                                          "instansi")
               .filter(pk=document.object_id).first())
        return (fingerprint(skp_content(skp)), skp.revision) if skp else (None, None)
    appraisal = (Appraisal.objects.select_related(
        "skp", "skp__instansi", "skp__employee", "skp__employee__unit", "skp__employee__position",
        "skp__unit", "skp__appraiser", "unit", "appraiser", "appraiser__unit", "appraiser__position")
        .filter(pk=document.object_id).first())
    if appraisal is None:
        return None, None
    return fingerprint(evaluation_content(appraisal)), appraisal.version


def verify_document(code) -> Verification:
    """Is the document with this code genuine, and does its data still say the same?

    Anyone may ask (the QR code is on paper), so this works without a request's scope: the
    code is looked up across governments, then the check runs inside the issuer's scope.
    """
    with scopes_disabled():
        document = IssuedDocument.objects.select_related("instansi").filter(code=code).first()
    if document is None:
        return Verification(Verdict.UNKNOWN)
    instansi = document.instansi
    with scope(instansi=instansi.pk):
        content_hash, revision = _current(document)
    if content_hash == document.content_hash:
        verdict = Verdict.VALID
    elif revision is not None and revision > document.revision:
        verdict = Verdict.REVISED
    else:
        verdict = Verdict.CHANGED
    return Verification(verdict, document, issuer=instansi.name,
                        issued_at=timezone.localtime(document.issued_at, instansi.zone))
