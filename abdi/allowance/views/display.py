"""How a TPP schedule and a computed breakdown read on a page: labels, Rupiah, percentages.

Only presentation: the numbers come from rules.schedules and rules.tpp unchanged.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..forms import PRESET_NAMES
from ..rules.schedules import (
    DeductionKind,
    DeductionRule,
    LeaveKind,
    LeaveMeasure,
    RoundingMode,
    Share,
    TppCriterion,
    TppSchedule,
    percent_of_total,
)
from ..rules.tpp import BreakdownLine, Step, TppResult

KINDS = {
    DeductionKind.LATE: gettext_lazy("Late arrival"),
    DeductionKind.EARLY_LEAVE: gettext_lazy("Early leave"),
    DeductionKind.BREAK_LATE: gettext_lazy("Late back from the break"),
    DeductionKind.NO_CHECK_IN: gettext_lazy("No clock-in record"),
    DeductionKind.NO_CHECK_OUT: gettext_lazy("No clock-out record"),
    DeductionKind.NO_BREAK_RECORD: gettext_lazy("No record after the break"),
    DeductionKind.ABSENT_WITHOUT_REASON: gettext_lazy("Absent without reason (TK)"),
    DeductionKind.ASSEMBLY_ABSENT: gettext_lazy("Absent from apel or ceremony"),
    DeductionKind.SPOT_CHECK_ABSENT: gettext_lazy("Absent at a spot check (sidak)"),
    DeductionKind.REQUEST_REJECTED: gettext_lazy("Request rejected automatically"),
    DeductionKind.MISSING_DAILY_REPORT: gettext_lazy("Daily report missing"),
    DeductionKind.LATE_SKP: gettext_lazy("SKP submitted late"),
    DeductionKind.ACCUMULATED_LATE: gettext_lazy("Lateness added up over the month"),
}
PER = {
    DeductionKind.NO_CHECK_IN: gettext_lazy("per day"),
    DeductionKind.NO_CHECK_OUT: gettext_lazy("per day"),
    DeductionKind.NO_BREAK_RECORD: gettext_lazy("per day"),
    DeductionKind.ABSENT_WITHOUT_REASON: gettext_lazy("per day"),
    DeductionKind.MISSING_DAILY_REPORT: gettext_lazy("per day"),
    DeductionKind.ASSEMBLY_ABSENT: gettext_lazy("per event"),
    DeductionKind.SPOT_CHECK_ABSENT: gettext_lazy("per event"),
    DeductionKind.REQUEST_REJECTED: gettext_lazy("per request"),
    DeductionKind.LATE_SKP: gettext_lazy("per month"),
}
SHARES = {Share.DISIPLIN: gettext_lazy("disiplin"), Share.PRODUKTIVITAS: gettext_lazy("produktivitas"),
          Share.TOTAL: gettext_lazy("whole TPP")}
LEAVES = {
    LeaveKind.TAHUNAN: gettext_lazy("Annual leave"), LeaveKind.BESAR: gettext_lazy("Long leave"),
    LeaveKind.SAKIT: gettext_lazy("Sick leave"), LeaveKind.MELAHIRKAN: gettext_lazy("Maternity leave"),
    LeaveKind.MELAHIRKAN_ANAK_KETIGA: gettext_lazy("Maternity leave, third child on"),
    LeaveKind.ALASAN_PENTING: gettext_lazy("Leave for important reasons"),
    LeaveKind.CLTN: gettext_lazy("Unpaid leave (CLTN)"),
}
MEASURES = {LeaveMeasure.DAYS: gettext_lazy("days of leave"),
            LeaveMeasure.MONTH: gettext_lazy("month of the leave")}
CRITERIA = {
    TppCriterion.BEBAN_KERJA: gettext_lazy("Workload (beban kerja)"),
    TppCriterion.PRESTASI_KERJA: gettext_lazy("Work achievement (prestasi kerja)"),
    TppCriterion.TEMPAT_BERTUGAS: gettext_lazy("Place of duty (tempat bertugas)"),
    TppCriterion.KONDISI_KERJA: gettext_lazy("Working conditions (kondisi kerja)"),
    TppCriterion.KELANGKAAN_PROFESI: gettext_lazy("Scarce profession (kelangkaan profesi)"),
    TppCriterion.PERTIMBANGAN_OBJEKTIF: gettext_lazy("Other objective grounds (pertimbangan objektif)"),
}
DASH, MINUS, TIMES = "\u2013", "\u2212", "\u00d7"  # en dash, minus sign, multiplication sign
ROUNDING = {RoundingMode.HALF_UP: gettext_lazy("half up"), RoundingMode.DOWN: gettext_lazy("down"),
            RoundingMode.UP: gettext_lazy("up")}


def rupiah(amount: Decimal, *, signed: bool = False) -> str:
    """Rp with dots between thousands, as in Indonesia, whatever the page's language; `signed`
    marks a change that adds with "+"."""
    sign = MINUS if amount < 0 else "+" if signed and amount > 0 else ""
    whole = abs(amount).quantize(Decimal(1)) == abs(amount)
    text = f"{abs(amount):,.0f}" if whole else f"{abs(amount):,.2f}"
    return f"{sign}Rp {text.replace(',', ' ').replace('.', ',').replace(' ', '.')}"


def percent(value: Decimal | None) -> str:
    """A percentage without trailing zeros, in the page's number format (0,5% / 0.5%)."""
    if value is None:
        return ""
    value = value.normalize()
    if value == value.to_integral():
        value = value.quantize(Decimal(1))
    return f"{number_format(value)}%"


def preset_name(key: str) -> str:
    return str(PRESET_NAMES.get(key, key or DASH))


def rule_range(rule: DeductionRule) -> str:
    if rule.kind.banded:
        if rule.last_minute is None:
            return _("%(first)s minutes or more") % {"first": rule.first_minute}
        return _("%(first)s to %(last)s minutes") % {"first": rule.first_minute, "last": rule.last_minute}
    if rule.kind == DeductionKind.ACCUMULATED_LATE:
        return _("per %(minutes)s late minutes in the month") % {"minutes": rule.per_minutes}
    return str(PER.get(rule.kind, ""))


def count_label(rule: DeductionRule) -> str:
    """What the simulator asks for one code: code, label and range."""
    return f"{rule.code} {DASH} {rule.label or KINDS[rule.kind]} ({rule_range(rule)})"


def deduction_rows(schedule: TppSchedule) -> list[dict]:
    return [{"code": r.code, "kind": KINDS[r.kind], "label": r.label, "range": rule_range(r),
             "percent": percent(r.percent), "share": SHARES[r.share],
             "of_total": percent(percent_of_total(schedule, r)), "source": r.source}
            for r in schedule.deductions]


def _tier_range(first: int, last: int | None) -> str:
    if last is None:
        return _("%(first)s or more") % {"first": first}
    return str(first) if first == last else f"{first}{DASH}{last}"


def leave_rows(schedule: TppSchedule) -> list[dict]:
    return [{"kind": LEAVES.get(rule.kind, rule.kind), "label": rule.label,
             "measure": MEASURES[rule.measure], "share": SHARES[rule.share], "source": rule.source,
             "tiers": [{"range": _tier_range(t.first, t.last), "paid": percent(t.paid_percent)}
                       for t in rule.tiers]}
            for rule in schedule.leave_rules]


def schedule_tables(schedule: TppSchedule) -> dict:
    """Everything the detail page shows of one schedule, ready to print."""
    return {
        "split": {"disiplin": percent(schedule.split.disiplin),
                  "produktivitas": percent(schedule.split.produktivitas)},
        "deductions": deduction_rows(schedule),
        "leaves": leave_rows(schedule),
        "penalties": [{"code": p.code, "label": p.label, "percent": percent(p.percent),
                       "months": p.months, "source": p.source} for p in schedule.penalties],
        "components": [{"code": c.criterion.value, "name": CRITERIA[c.criterion],
                        "attendance": c.attendance_applies, "performance": c.performance_applies}
                       for c in schedule.components],
        "caps": [{"share": SHARES[c.share], "percent": percent(c.percent)} for c in schedule.caps],
        "achievement_cap": percent(schedule.achievement_cap),
        "status_factors": [{"kind": f.employee_kind, "percent": percent(f.percent)}
                           for f in schedule.status_factors],
        "payroll": [{"code": d.code, "label": d.label, "percent": percent(d.percent)}
                    for d in schedule.payroll_deductions],
        "predikat_factors": [{"predikat": f.predikat, "percent": percent(f.percent)}
                             for f in schedule.predikat_factors],
        "rounding": {"unit": rupiah(schedule.rounding.unit), "mode": ROUNDING[schedule.rounding.mode],
                     "each_line": schedule.rounding.each_line},
    }


def amounts_table(amounts) -> dict:
    """Base amounts as rows per kelas jabatan and a column per criterion that has any."""
    codes = [c for c in TppCriterion if any(a.component == c.value for a in amounts)]
    by_kelas: dict[int, dict[str, str]] = {}
    for a in amounts:
        by_kelas.setdefault(a.kelas_jabatan, {})[a.component] = rupiah(Decimal(a.amount))
    return {"columns": [{"code": c.value, "name": CRITERIA[c]} for c in codes],
            "rows": [{"kelas": kelas, "cells": [found.get(c.value, DASH) for c in codes]}
                     for kelas, found in sorted(by_kelas.items())]}


@dataclass(frozen=True)
class Line:
    what: str
    count: int | None
    percent: str
    amount: str
    total: bool = False  # a running amount (subtotal), not a change


def _what(line: BreakdownLine) -> str:
    share = str(SHARES.get(line.share, "")) if line.share else ""
    texts = {
        Step.PAGU: lambda: _("Pagu TPP (beban kerja)"),
        Step.SHARE: lambda: capfirst(_("%(share)s share of the pagu") % {"share": share}),
        Step.DEDUCTION: lambda: f"{line.code} {DASH} {line.label or line.code}",
        Step.CAP: lambda: _("Cap on deductions from the %(share)s share") % {"share": share},
        Step.ACHIEVEMENT: lambda: _("Capaian produktivitas"),
        Step.SHARE_PAID: lambda: capfirst(_("%(share)s share paid") % {"share": share}),
        Step.COMPONENT: lambda: str(CRITERIA.get(line.code, line.code)),
        Step.COMPONENT_ADJUSTMENT: lambda: _("%(code)s after %(share)s") % {"code": line.code,
                                                                            "share": share},
        Step.EARNED: lambda: _("TPP earned"),
        Step.STATUS: lambda: _("Status factor %(kind)s") % {"kind": line.code},
        Step.PENALTY: lambda: _("Hukuman disiplin %(code)s: %(label)s") % {"code": line.code,
                                                                             "label": line.label},
        Step.ROUNDING: lambda: _("Rounding"),
        Step.TPP: lambda: _("TPP for the month"),
        Step.PAYROLL_DEDUCTION: lambda: line.label or line.code,
        Step.NET: lambda: _("Paid out after payroll deductions"),
    }
    return texts[line.step]()


RUNNING = {Step.PAGU, Step.SHARE, Step.SHARE_PAID, Step.COMPONENT, Step.EARNED, Step.TPP, Step.NET}


def _deductions_total(share, charges: list[BreakdownLine]) -> Line:
    """The sum of one share's deductions (pot_pct and potongan of §4.2), after its cap."""
    rate = sum((c.total_percent or Decimal(0) for c in charges if c.step == Step.DEDUCTION), Decimal(0))
    caps = [c.percent for c in charges if c.step == Step.CAP and c.percent is not None]
    amount = sum((c.amount for c in charges), Decimal(0))
    return Line(_("Deductions from the %(share)s share in total") % {"share": SHARES[share]}, None,
                percent(min([rate, *caps])), rupiah(amount, signed=True))


def breakdown(result: TppResult) -> list[Line]:
    lines, charges, previous = [], [], None
    for line in result.lines:
        achievement_cap = line.step == Step.CAP and previous is not None \
            and previous.step == Step.ACHIEVEMENT
        previous = line
        if achievement_cap:
            lines.append(Line(_("Capaian counted up to"), None, percent(line.percent),
                              rupiah(line.amount, signed=True)))
            continue
        if line.step in (Step.DEDUCTION, Step.CAP) and line.share != Share.TOTAL:
            charges.append(line)
        elif line.step == Step.SHARE_PAID and charges:
            lines.append(_deductions_total(line.share, charges))
            charges = []
        shown = line.total_percent if line.step == Step.DEDUCTION else line.percent
        rate = percent(shown)
        if line.step == Step.DEDUCTION and line.count and line.count > 1:
            rate = f"{line.count} {TIMES} {percent(line.percent)} = {rate}"
        if line.step == Step.NET and not any(ln.step == Step.PAYROLL_DEDUCTION for ln in result.lines):
            continue  # nothing taken after the TPP: the net repeats it
        running = line.step in RUNNING
        lines.append(Line(_what(line), line.count, rate, rupiah(line.amount, signed=not running),
                          total=running))
    return lines
