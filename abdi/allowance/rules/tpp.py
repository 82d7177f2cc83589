"""The monthly TPP of one employee, line by line (allowance-and-discipline.md §4.1).

    D = pagu x w_disiplin           D_paid = D x (100 - min(cap, Σ rates)) / 100
    P = pagu x w_produktivitas      P_paid = P x min(100, capaian) / 100 (x its own deductions)
    earned = D_paid + P_paid + TB/KK/KP/PK/PO   → status factor → hukuman disiplin → rounding

Every money line is kept in ``TppResult.lines`` with the rule that caused it, so a page can answer
"why is my TPP this amount". A line's ``amount`` is signed: what it adds to or takes from the running
amount of its section (PAGU, SHARE, SHARE_PAID, COMPONENT, EARNED, TPP and NET lines carry the
running amount itself).
The order D/P → components → total-share deductions → status → penalty → rounding → payroll
deductions is a design decision: §4.1 says no national order exists (UNCONFIRMED).
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from .schedules import HUNDRED, LeaveMeasure, Share, TppCriterion, TppSchedule
from .tpp_facts import LeaveFact, MonthFacts, leave_facts, tally_events

ZERO = Decimal(0)
Money = Callable[[Decimal], Decimal]


class Step(StrEnum):
    PAGU = "pagu"  # the TPP beban kerja for the jabatan/kelas (Perkada)
    SHARE = "share"  # D or P taken out of the pagu (§2)
    DEDUCTION = "deduction"  # one rule x count, as a percentage of a share
    CAP = "cap"  # what a cap gives back (pot_pct ≤ 100) or holds back (capaian ≤ 100)
    ACHIEVEMENT = "achievement"  # P x capaian produktivitas
    SHARE_PAID = "share_paid"
    COMPONENT = "component"  # TB/KK/KP/PK/PO as the Perkada pays it
    COMPONENT_ADJUSTMENT = "component_adjustment"  # attendance or performance applied to a component
    EARNED = "earned"  # tpp_earned
    STATUS = "status"  # status factor (CPNS 80% in Seruyan)
    PENALTY = "penalty"  # hukuman disiplin cut
    ROUNDING = "rounding"
    TPP = "tpp"  # the TPP owed, in whole Rupiah
    PAYROLL_DEDUCTION = "payroll_deduction"  # BPJS, IWP, PPh 21 … taken from the TPP paid out
    NET = "net"


@dataclass(frozen=True)
class BreakdownLine:
    step: Step
    amount: Decimal
    share: Share | None = None
    code: str = ""  # rule code (TL1, TK, S1, BPJS), component code or employee kind
    kind: str = ""  # DeductionKind, "leave" or "" for the computed lines
    label: str = ""  # the Perkada's wording, from the schedule
    count: int | None = None
    percent: Decimal | None = None  # rate per occurrence, share weight, capaian, cap or factor
    source: str = ""  # the regulation or implementation the rule comes from

    @property
    def total_percent(self) -> Decimal | None:
        if self.percent is None:
            return None
        return self.percent * (self.count if self.count is not None else 1)


@dataclass(frozen=True)
class TppResult:
    schedule: str
    pagu: Decimal
    disiplin: Decimal  # D
    disiplin_deduction_percent: Decimal  # pot_pct after the cap
    disiplin_paid: Decimal
    produktivitas: Decimal  # P
    achievement_percent: Decimal  # cap_prod
    produktivitas_paid: Decimal
    components_paid: Decimal
    earned: Decimal
    total_deduction_percent: Decimal  # Share.TOTAL deductions (leave) after the cap
    status_percent: Decimal
    penalty_percent: Decimal
    rounding: Decimal  # what the final rounding added (negative: took away)
    tpp: Decimal
    net: Decimal
    lines: tuple[BreakdownLine, ...]

    def lines_of(self, step: Step, share: Share | None = None) -> tuple[BreakdownLine, ...]:
        return tuple(ln for ln in self.lines if ln.step == step and (share is None or ln.share == share))


def _exact(amount: Decimal) -> Decimal:
    return amount


def _pct(amount: Decimal, percent: Decimal, money: Money) -> Decimal:
    return money(amount * percent / HUNDRED)


def _event_lines(schedule: TppSchedule, events: Mapping[str, int]) -> list[BreakdownLine]:
    unknown = set(events) - {rule.code for rule in schedule.deductions}
    if unknown or any(count < 0 for count in events.values()):
        raise ValueError(f"Events {sorted(unknown)} unknown to {schedule.name}, or a negative count.")
    return [BreakdownLine(Step.DEDUCTION, ZERO, rule.share, rule.code, rule.kind, rule.label,
                          events[rule.code], rule.percent, rule.source)
            for rule in schedule.deductions if events.get(rule.code)]


def _leave_lines(schedule: TppSchedule, leaves: Iterable[LeaveFact]) -> list[BreakdownLine]:
    lines = []
    for fact in leaves:
        rule = schedule.leave_rule(fact.kind)
        if rule is None:
            continue  # the Perkada does not cut the TPP for this leave
        value = fact.days if rule.measure == LeaveMeasure.DAYS else fact.month_of_leave
        tier = rule.tier_for(value)
        if tier is None:
            raise ValueError(f"{schedule.name} has no {fact.kind} leave tier for {rule.measure} {value}.")
        if tier.paid_percent < HUNDRED:
            lines.append(BreakdownLine(Step.DEDUCTION, ZERO, rule.share, fact.kind, "leave", rule.label, 1,
                                       HUNDRED - tier.paid_percent, rule.source))
    return lines


def _deduct(base: Decimal, share: Share, charges: Sequence[BreakdownLine], cap: Decimal,
            money: Money) -> tuple[list[BreakdownLine], Decimal, Decimal]:
    """Deduction lines of one share, the share still paid and the percentage applied."""
    lines = [replace(c, amount=-_pct(base, c.total_percent or ZERO, money))
             for c in charges if c.share == share]
    total = sum((ln.total_percent or ZERO for ln in lines), ZERO)
    taken = sum((ln.amount for ln in lines), ZERO)
    if total <= cap:
        return lines, base + taken, total
    paid = _pct(base, HUNDRED - cap, money)
    return [*lines, BreakdownLine(Step.CAP, paid - base - taken, share, percent=cap)], paid, cap


def _achieve(base: Decimal, achievement: Decimal, cap: Decimal,
             money: Money) -> tuple[list[BreakdownLine], Decimal, Decimal]:
    share = Share.PRODUKTIVITAS
    raw = _pct(base, achievement, money)
    lines = [BreakdownLine(Step.ACHIEVEMENT, raw - base, share, percent=achievement)]
    if achievement <= cap:
        return lines, raw, achievement
    achieved = _pct(base, cap, money)
    return [*lines, BreakdownLine(Step.CAP, achieved - raw, share, percent=cap)], achieved, cap


def _components(schedule: TppSchedule, amounts: Mapping[TppCriterion, Decimal], disiplin_percent: Decimal,
                achievement: Decimal, money: Money) -> tuple[list[BreakdownLine], Decimal]:
    lines, paid_total = [], ZERO
    for criterion, amount in amounts.items():
        if criterion == TppCriterion.BEBAN_KERJA:
            raise ValueError("Beban kerja is the pagu, not an extra component.")
        rule = schedule.component(criterion)
        lines.append(BreakdownLine(Step.COMPONENT, amount, code=criterion))
        paid = amount
        if rule.attendance_applies and disiplin_percent:
            cut = _pct(amount, disiplin_percent, money)
            lines.append(BreakdownLine(Step.COMPONENT_ADJUSTMENT, -cut, Share.DISIPLIN, criterion,
                                       percent=disiplin_percent))
            paid -= cut
        if rule.performance_applies and achievement != HUNDRED:
            achieved = _pct(paid, achievement, money)
            lines.append(BreakdownLine(Step.COMPONENT_ADJUSTMENT, achieved - paid, Share.PRODUKTIVITAS,
                                       criterion, percent=achievement))
            paid = achieved
        paid_total += paid
    return lines, paid_total


def _status(schedule: TppSchedule, amount: Decimal, employee_kind: str,
            money: Money) -> tuple[list[BreakdownLine], Decimal, Decimal]:
    # §4.1: tpp_status = tpp_earned x status_factor (CPNS 80% in Kab. Seruyan, SECONDARY).
    status = schedule.status_factor(employee_kind)
    if status == HUNDRED:
        return [], amount, status
    after = _pct(amount, status, money)
    return [BreakdownLine(Step.STATUS, after - amount, code=employee_kind, percent=status)], after, status


def _penalty(schedule: TppSchedule, amount: Decimal, code: str | None,
             money: Money) -> tuple[list[BreakdownLine], Decimal, Decimal]:
    # §4.1: tpp_after_hukdis = tpp_status x (100 - hukdis_pct) / 100, while the penalty runs.
    if code is None:
        return [], amount, ZERO
    rule = schedule.penalty(code)
    cut = _pct(amount, rule.percent, money)
    line = BreakdownLine(Step.PENALTY, -cut, code=rule.code, kind="penalty", label=rule.label,
                         percent=rule.percent, source=rule.source)
    return [line], amount - cut, rule.percent


def _payroll(schedule: TppSchedule, tpp: Decimal,
             other_deductions: Mapping[str, Decimal]) -> tuple[list[BreakdownLine], Decimal]:
    # §4.1 / §8 doubt 7: BPJS, PPh 21, zakat … per pemda, on the TPP owed, each in whole rupiah.
    lines = [BreakdownLine(Step.PAYROLL_DEDUCTION, -schedule.rounding.apply(tpp * d.percent / HUNDRED),
                           code=d.code, label=d.label, percent=d.percent)
             for d in schedule.payroll_deductions]
    lines += [BreakdownLine(Step.PAYROLL_DEDUCTION, -cut, code=code)
              for code, cut in other_deductions.items()]
    net = tpp + sum((line.amount for line in lines), ZERO)
    return [*lines, BreakdownLine(Step.NET, net)], net


def compute_tpp(schedule: TppSchedule, *, pagu: Decimal, achievement_percent: Decimal,
                events: Mapping[str, int] | None = None, leaves: Iterable[LeaveFact] = (),
                penalty: str | None = None, employee_kind: str = "PNS",
                components: Mapping[TppCriterion, Decimal] | None = None,
                other_deductions: Mapping[str, Decimal] | None = None) -> TppResult:
    """The month's TPP from counted events (rule code → count) and the capaian produktivitas (%).

    ``penalty`` is the code of a hukuman disiplin running this month (see ``penalty_running``);
    ``other_deductions`` are amounts computed elsewhere (PPh 21, zakat) taken after rounding.
    """
    if pagu < 0 or achievement_percent < 0:
        raise ValueError("Pagu and capaian cannot be negative.")
    money: Money = schedule.rounding.apply if schedule.rounding.each_line else _exact
    charges = _event_lines(schedule, events or {}) + _leave_lines(schedule, leaves)
    split = schedule.split
    lines = [BreakdownLine(Step.PAGU, pagu, code=TppCriterion.BEBAN_KERJA)]

    # §4.1: D = pagu x w_disiplin; pot_pct = min(cap, Σ rates); D_paid = D x (100 - pot_pct) / 100.
    disiplin = _pct(pagu, split.disiplin, money)
    d_lines, d_paid, d_pct = _deduct(disiplin, Share.DISIPLIN, charges, schedule.cap(Share.DISIPLIN), money)
    lines += [BreakdownLine(Step.SHARE, disiplin, Share.DISIPLIN, percent=split.disiplin), *d_lines,
              BreakdownLine(Step.SHARE_PAID, d_paid, Share.DISIPLIN, percent=HUNDRED - d_pct)]

    # §4.1: P = pagu x w_produktivitas; P_paid = P x min(100, capaian) / 100.
    produktivitas = _pct(pagu, split.produktivitas, money)
    a_lines, achieved, a_pct = _achieve(produktivitas, achievement_percent, schedule.achievement_cap, money)
    p_lines, p_paid, _ = _deduct(achieved, Share.PRODUKTIVITAS, charges,
                                 schedule.cap(Share.PRODUKTIVITAS), money)
    lines += [BreakdownLine(Step.SHARE, produktivitas, Share.PRODUKTIVITAS, percent=split.produktivitas),
              *a_lines, *p_lines, BreakdownLine(Step.SHARE_PAID, p_paid, Share.PRODUKTIVITAS)]

    c_lines, c_paid = _components(schedule, components or {}, d_pct, a_pct, money)
    earned = d_paid + p_paid + c_paid
    lines += [*c_lines, BreakdownLine(Step.EARNED, earned)]

    t_lines, amount, t_pct = _deduct(earned, Share.TOTAL, charges, schedule.cap(Share.TOTAL), money)
    s_lines, amount, status = _status(schedule, amount, employee_kind, money)
    h_lines, amount, penalty_pct = _penalty(schedule, amount, penalty, money)
    lines += [*t_lines, *s_lines, *h_lines]
    # §4.1: rounded half-up to the rupiah at the end by default (UNCONFIRMED: Rounding settings).
    tpp = schedule.rounding.apply(amount)
    if tpp != amount:
        lines.append(BreakdownLine(Step.ROUNDING, tpp - amount))
    lines.append(BreakdownLine(Step.TPP, tpp))
    n_lines, net = _payroll(schedule, tpp, other_deductions or {})
    lines += n_lines
    return TppResult(schedule.name, pagu, disiplin, d_pct, d_paid, produktivitas, a_pct, p_paid, c_paid,
                     earned, t_pct, status, penalty_pct, tpp - amount, tpp, net, tuple(lines))


def compute_month_tpp(schedule: TppSchedule, month: MonthFacts, *, pagu: Decimal,
                      achievement_percent: Decimal, employee_kind: str = "PNS",
                      components: Mapping[TppCriterion, Decimal] | None = None,
                      other_deductions: Mapping[str, Decimal] | None = None) -> TppResult:
    """``compute_tpp`` from the month's day facts, counted into the schedule's categories."""
    return compute_tpp(schedule, pagu=pagu, achievement_percent=achievement_percent,
                       events=tally_events(schedule, month), leaves=leave_facts(month),
                       penalty=month.penalty, employee_kind=employee_kind, components=components,
                       other_deductions=other_deductions)
