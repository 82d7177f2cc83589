"""Recording, examining, deciding and cancelling a disciplinary case (PP 94/2021, §6).

Every write names the version it read (optimistic lock, re-read under select_for_update), runs in
one transaction and leaves one audit entry in it.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.allowance.rules.discipline import (
    EXAMINER_BY_LEVEL,
    DismissalCategory,
    Examiner,
    Penalty,
    decision_delivery_due,
    imposed_penalty,
    penalty_effective_date,
    penalty_last_day,
)
from abdi.allowance.rules.discipline_authority import (
    OffenderPosition,
    Official,
    Superior,
    offender_position,
    who_may_impose,
)
from abdi.allowance.services.attendance import holidays_between, is_working_day
from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.people.choices import EmployeeStatus

from .. import policy, queries
from ..models import DisciplineCase
from ..rules import CANCELLED, DECIDED, EXAMINATION, may_move

MIN_TEXT, MAX_TEXT = 10, 4000
MAX_EXAMINERS = 10
AUDITED = ["status", "violation", "incident_from", "incident_to", "expected_level",
           "first_summons_on", "second_summons_on", "examined_on", "penalty", "level", "imposed_by",
           "imposed_as", "sk_number", "sk_date", "received_on", "effective_on", "ends_on", "interim",
           "dismissal_category", "cancel_reason"]
PPK = "ppk"  # the imposing official is the Bupati/Wali Kota, who has no employee record


def _text(value, field, what, *, required=True, limit=MAX_TEXT) -> str:
    text = " ".join(str(value or "").split())
    if not text and not required:
        return ""
    if not MIN_TEXT <= len(text) <= limit:
        raise DomainError(_("Write the %(what)s in %(low)d to %(high)d characters.")
                          % {"what": what, "low": MIN_TEXT, "high": limit}, field=field)
    return text


def _date(value, field, *, required=True) -> datetime.date | None:
    if value in (None, ""):
        if required:
            raise DomainError(_("Enter this date."), field=field)
        return None
    if isinstance(value, datetime.date):
        day = value
    else:
        try:
            day = datetime.date.fromisoformat(str(value).strip())
        except ValueError:
            raise DomainError(_("Enter the date as YYYY-MM-DD."), field=field) from None
    if day > timezone.localdate():
        raise DomainError(_("This date lies in the future."), field=field)
    if day.year < 1950:
        raise DomainError(_("This date is too far in the past."), field=field)
    return day


def _locked(case: DisciplineCase, version) -> DisciplineCase:
    """The case re-read under lock, refused when someone changed it since ``version`` was read."""
    try:
        version = int(version)
    except (TypeError, ValueError):
        raise Conflict(_("The form is out of date; reload the page.")) from None
    current = (DisciplineCase.objects.select_for_update(of=("self",))
               .select_related("employee", "employee__unit", "employee__position").get(pk=case.pk))
    if current.version != version:
        raise Conflict(_("Someone else changed this case in the meantime; reload it and redo "
                         "your change."))
    return current


def _move(case: DisciplineCase, target: str) -> None:
    if not may_move(case.status, target):
        raise Conflict(_("A case that is %(status)s cannot be changed this way.")
                       % {"status": case.get_status_display().lower()})
    case.status = target


def _save(actor, case, before, action=AuditEntry.Action.UPDATE) -> DisciplineCase:
    case.version += 1
    case.save()
    record(actor=actor, action=action, obj=case, before=before,
           after=snapshot(case, AUDITED), employee_id=case.employee_id, agency_id=case.agency_id)
    return case


def _incident(incident_from, incident_to) -> tuple[datetime.date, datetime.date | None]:
    first = _date(incident_from, "incident_from")
    last = _date(incident_to, "incident_to", required=False)
    if last is not None and last < first:
        raise DomainError(_("The incident cannot end before it began."), field="incident_to")
    return first, last


@transaction.atomic
def report_case(*, actor, employee, violation: str, incident_from, incident_to=None,
                expected_level: str = "", absence_year: int | None = None) -> DisciplineCase:
    if not policy.can_manage(actor, instansi_id=employee.instansi_id, agency_id=employee.agency_id):
        raise Forbidden(_("Only BKPSDM or the admin of the employee's agency records cases."))
    if employee.status not in EmployeeStatus.serving():
        raise DomainError(_("This employee is no longer serving."), field="employee")
    text = _text(violation, "violation", _("violation"))
    first, last = _incident(incident_from, incident_to)
    if expected_level and expected_level not in DisciplineCase.Level.values:
        raise DomainError(_("Choose a level from the list."), field="expected_level")
    if DisciplineCase.objects.filter(employee=employee, incident_from=first, violation=text) \
            .exclude(status=CANCELLED).exists():
        raise Conflict(_("This case has been recorded already."))
    try:
        with transaction.atomic():
            case = DisciplineCase.objects.create(
                instansi_id=employee.instansi_id, employee=employee, agency_id=employee.agency_id,
                violation=text, incident_from=first, incident_to=last,
                expected_level=expected_level, absence_year=absence_year, created_by=actor.user)
    except IntegrityError:  # the same absence case sent twice at once
        raise Conflict(_("A case for this year's absences is open already.")) from None
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=case,
           after=snapshot(case, AUDITED), employee_id=employee.pk, agency_id=case.agency_id)
    return case


@transaction.atomic
def update_case(*, actor, case: DisciplineCase, version, violation: str, incident_from,
                incident_to=None, expected_level: str = "", first_summons_on=None,
                second_summons_on=None, examined_on=None, examiner_nips=(),
                examination_minutes: str = "") -> DisciplineCase:
    """The facts and the examination (summons, Tim Pemeriksa, Berita Acara) of an open case."""
    if not policy.can_edit(actor, case):
        raise Forbidden(_("Only BKPSDM or the admin of the employee's agency edits cases."))
    case = _locked(case, version)
    before = snapshot(case, AUDITED)
    if not case.is_open:
        raise Conflict(_("Only a case not yet decided can be edited."))
    case.violation = _text(violation, "violation", _("violation"))
    case.incident_from, case.incident_to = _incident(incident_from, incident_to)
    if expected_level and expected_level not in DisciplineCase.Level.values:
        raise DomainError(_("Choose a level from the list."), field="expected_level")
    case.expected_level = expected_level
    case.first_summons_on = _date(first_summons_on, "first_summons_on", required=False)
    case.second_summons_on = _date(second_summons_on, "second_summons_on", required=False)
    case.examined_on = _date(examined_on, "examined_on", required=False)
    for field in ("first_summons_on", "second_summons_on", "examined_on"):
        if getattr(case, field) and getattr(case, field) < case.incident_from:
            raise DomainError(_("This date lies before the incident."), field=field)
    if case.second_summons_on and case.first_summons_on and \
            case.second_summons_on < case.first_summons_on:
        raise DomainError(_("The second summons cannot precede the first."),
                          field="second_summons_on")
    case.examination_minutes = str(examination_minutes or "").strip()[:MAX_TEXT * 5]
    examiners = _examiners(case, examiner_nips)
    if case.first_summons_on or case.examined_on or examiners:
        _move(case, EXAMINATION)
    _save(actor, case, before)
    case.examiners.set(examiners)
    return case


def _examiners(case, nips) -> list:
    wanted = list(dict.fromkeys(n for n in ("".join(str(x).split()) for x in nips) if n))
    if len(wanted) > MAX_EXAMINERS:
        raise DomainError(_("A Tim Pemeriksa has at most %(n)d members.") % {"n": MAX_EXAMINERS},
                          field="examiners")
    found = queries.employees_by_nips(wanted)
    unknown = [nip for nip in wanted if nip not in found]
    if unknown:
        raise DomainError(_("No employee has the NIP %(nips)s.") % {"nips": ", ".join(unknown)},
                          field="examiners")
    if case.employee.nip in found:
        raise DomainError(_("The employee cannot examine himself."), field="examiners")
    return [found[nip] for nip in wanted]


# --- the decision --------------------------------------------------------------------------------


def imposers_for(case: DisciplineCase, penalty: Penalty, *, on: datetime.date) -> list[tuple]:
    """Who may impose ``penalty`` on the case's employee (§6.4), nearest first: (Official, Employee|None)."""
    employee = case.employee
    offender = _offender(employee)
    chain = queries.chain_of(employee, on=on)
    # Posts without power (a pelaksana head, a JF not designated) are passed over.
    links = [link for link in chain if link.post is not None]
    superiors = [Superior(link.post, vacant=link.holder is None) for link in links]
    result = []
    for imposer in who_may_impose(penalty, offender, superiors):
        holder = links[imposer.chain_index].holder if imposer.chain_index is not None else None
        result.append((imposer.official, holder))
    return result


def _offender(employee) -> OffenderPosition:
    position = employee.position
    kind = employee.job_kind or (position.kind if position else "") or "PELAKSANA"
    try:
        return offender_position(kind, position.level if position else None)
    except ValueError as error:
        raise DomainError(_("The employee's position cannot be read: %(e)s") % {"e": error}) \
            from None


def _check_official(case, penalty: Penalty, official, *, on) -> str:
    """The post the official imposes as; refused with who may when he may not."""
    allowed = imposers_for(case, penalty, on=on)
    if official == PPK:
        if any(post is Official.PPK for post, _holder in allowed):
            return Official.PPK.value
    else:
        for post, holder in allowed:
            if holder is not None and holder.pk == official.pk:
                return post.value
    names = []
    for post, holder in allowed:
        if post is Official.PPK:
            names.append(_("the PPK (Bupati/Wali Kota)"))
        elif post is Official.PRESIDEN:
            names.append(_("the President, on the PPK's proposal"))
        else:
            names.append(f"{holder.name} ({post.value})" if holder else post.value)
    raise DomainError(
        _("This official may not impose %(penalty)s on this employee (PP 94/2021, authority to "
          "impose). Who may: %(who)s.") % {"penalty": penalty.value, "who": ", ".join(names)},
        field="official")


def _working_day_test(instansi, start: datetime.date):
    holidays = holidays_between(instansi, start, start + datetime.timedelta(days=120))
    return lambda day: is_working_day(day, holidays)


@transaction.atomic
def decide_case(*, actor, case: DisciplineCase, version, penalty: str, official, sk_number: str,
                sk_date, received_on=None, dismissal_category: str = "") -> DisciplineCase:
    """Record the SK: the penalty, who imposed it, its dates; the effective and last days follow.

    ``official`` is an Employee in the offender's chain, or PPK for the Bupati/Wali Kota.
    """
    if not policy.can_edit(actor, case):
        raise Forbidden(_("Only BKPSDM or the admin of the employee's agency records decisions."))
    case = _locked(case, version)
    if case.is_decided:  # one decision per case; a corrected SK is a new case after cancelling
        raise Conflict(_("The decision on this case is recorded already; it cannot be recorded "
                         "again."))
    before = snapshot(case, AUDITED)
    _move(case, DECIDED)
    try:
        code = Penalty(str(penalty or ""))
    except ValueError:
        raise DomainError(_("Choose a penalty from the list."), field="penalty") from None
    number = " ".join(str(sk_number or "").split())
    if not 3 <= len(number) <= 80:
        raise DomainError(_("Enter the decree number (3 to 80 characters)."), field="sk_number")
    signed = _date(sk_date, "sk_date")
    if signed < case.incident_from:
        raise DomainError(_("The decision cannot be dated before the incident."), field="sk_date")
    received = _date(received_on, "received_on", required=False)
    if received is not None and received < signed:
        raise DomainError(_("The decision cannot be received before it was signed."),
                          field="received_on")
    category = str(dismissal_category or "")
    if code is Penalty.B3:
        # §6.1: PDHTAPS (PP 94/2021) or PTDH (UU 20/2023 Pasal 52(4)) as the SK decides.
        if category not in DismissalCategory.__members__.values():
            raise DomainError(_("Choose the dismissal category the decree states."),
                              field="dismissal_category")
    elif category:
        raise DomainError(_("A dismissal category belongs only to a B3 penalty."),
                          field="dismissal_category")
    # PP 94/2021 Pasal 27: sedang and berat are examined by a Tim Pemeriksa.
    if EXAMINER_BY_LEVEL[code.level] is Examiner.TIM_PEMERIKSA and not case.examiners.exists():
        raise DomainError(_("A sedang or berat penalty needs the Tim Pemeriksa recorded first "
                            "(PP 94/2021 Pasal 27)."), field="penalty")
    if official is None:
        raise DomainError(_("Choose the imposing official."), field="official")
    case.imposed_as = _check_official(case, code, official, on=signed)
    case.imposed_by = None if official == PPK else official
    if number != case.sk_number and DisciplineCase.objects.filter(sk_number=number) \
            .exclude(pk=case.pk).exists():
        raise Conflict(_("Another case has this decree number."))
    imposed = imposed_penalty(code)
    case.penalty, case.level, case.sk_number, case.sk_date = code.value, code.level.value, number, signed
    case.received_on, case.dismissal_category = received, category
    case.interim = imposed.interim.value if imposed.interim else ""
    if received is not None:
        case.effective_on = penalty_effective_date(received, _working_day_test(case.instansi, received))
        case.ends_on = penalty_last_day(case.effective_on, code)
    else:
        case.effective_on = case.ends_on = None
    return _save(actor, case, before)


@transaction.atomic
def record_receipt(*, actor, case: DisciplineCase, version, received_on) -> DisciplineCase:
    """The day the employee received the SK of a decided case; the effective and last days follow."""
    if not policy.can_edit(actor, case):
        raise Forbidden(_("Only BKPSDM or the admin of the employee's agency records decisions."))
    case = _locked(case, version)
    if not case.is_decided:
        raise Conflict(_("Only a decided case has a decree to receive."))
    if case.received_on is not None:
        raise Conflict(_("The date of receipt is recorded already."))
    before = snapshot(case, AUDITED)
    received = _date(received_on, "received_on")
    if received < case.sk_date:
        raise DomainError(_("The decision cannot be received before it was signed."),
                          field="received_on")
    case.received_on = received
    # PerBKN 6/2022 Pasal 50(1): effective on the 15th working day after receipt.
    case.effective_on = penalty_effective_date(received, _working_day_test(case.instansi, received))
    case.ends_on = penalty_last_day(case.effective_on, case.penalty_code)
    return _save(actor, case, before)


def delivery_due(case: DisciplineCase) -> datetime.date | None:
    """PP 94/2021 Pasal 37(3): the SK is handed over within 14 working days of signing."""
    if case.sk_date is None:
        return None
    return decision_delivery_due(case.sk_date, _working_day_test(case.instansi, case.sk_date))


@transaction.atomic
def cancel_case(*, actor, case: DisciplineCase, version, reason: str) -> DisciplineCase:
    if not policy.can_edit(actor, case):
        raise Forbidden(_("Only BKPSDM or the admin of the employee's agency cancels cases."))
    case = _locked(case, version)
    before = snapshot(case, AUDITED)
    _move(case, CANCELLED)
    case.cancel_reason = _text(reason, "reason", _("reason"))
    return _save(actor, case, before)
