"""Table tests of the TPP rules: the worked examples of shared/domain/allowance-and-discipline.md §3-§4."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from abdi.allowance.rules.presets import (
    BPJS_EMPLOYEE_SHARE,
    NATIONAL_DEFAULT,
    PERMEN_PDT_5_2013_LEAVE,
    PERMENTAN_68_2012_LEAVE,
    PERMENTAN_68_2012_PENALTIES,
    PP94_SEDANG_PENALTIES,
    PRESETS,
    TIMOR_TENGAH_UTARA,
    TULANG_BAWANG,
)
from abdi.allowance.rules.schedule_checks import validate_schedule
from abdi.allowance.rules.schedules import (
    ComponentRule,
    DeductionCap,
    DeductionKind,
    DeductionRule,
    LeaveKind,
    LeaveMeasure,
    LeaveRule,
    LeaveTier,
    PredikatFactor,
    Rounding,
    RoundingMode,
    Share,
    ShareSplit,
    StatusFactor,
    TppCriterion,
    TppSchedule,
    classify_minutes,
    early_leave_category,
    late_category,
    percent_of_total,
    schedule_in_force,
)
from abdi.allowance.rules.tpp import Step, TppResult, compute_month_tpp, compute_tpp
from abdi.allowance.rules.tpp_facts import (
    DayFacts,
    LeaveFact,
    MonthFacts,
    achievement_for_predikat,
    activity_achievement_percent,
    leave_facts,
    penalty_running,
    tally_events,
)

T1_EVENTS = {"TL1": 2, "TL2": 1, "TL3": 1, "TL4": 1, "APEL": 1}
T2_EVENTS = {"TL1": 3, "TL2": 1, "TL3": 1, "TMK": 1, "TK": 1, "APEL": 2}


def t1(schedule: TppSchedule = TULANG_BAWANG, **changes) -> TppResult:
    """§4.2: pagu Rp 5.000.000, 40/60, TL1 x2, TL2, TL3, TL4, APEL, capaian 92,50%, PNS."""
    arguments = {"pagu": Decimal(5_000_000), "achievement_percent": Decimal("92.50"), "events": T1_EVENTS}
    return compute_tpp(schedule, **(arguments | changes))


def t2(**changes) -> TppResult:
    """§4.3: pokok tunjangan Rp 4.000.000, 40/60, capaian kinerja 90%."""
    arguments = {"pagu": Decimal(4_000_000), "achievement_percent": Decimal(90), "events": T2_EVENTS}
    return compute_tpp(TIMOR_TENGAH_UTARA, **(arguments | changes))


def amounts(result: TppResult, step: Step, share: Share | None = None) -> dict[str, Decimal]:
    return {line.code: line.amount for line in result.lines_of(step, share)}


def assert_lines_reconcile(result: TppResult) -> None:
    """Each section's deltas add up to the running amount the next subtotal line shows."""
    paid_shares = ((Share.DISIPLIN, result.disiplin_paid), (Share.PRODUKTIVITAS, result.produktivitas_paid))
    for share, paid in paid_shares:
        deltas = [ln.amount for ln in result.lines if ln.share == share
                  and ln.step in {Step.DEDUCTION, Step.CAP, Step.ACHIEVEMENT}]
        (base,) = result.lines_of(Step.SHARE, share)
        (subtotal,) = result.lines_of(Step.SHARE_PAID, share)
        assert base.amount + sum(deltas) == subtotal.amount == paid
    after_earned = [ln.amount for ln in result.lines if ln.share == Share.TOTAL
                    or ln.step in {Step.STATUS, Step.PENALTY, Step.ROUNDING}]
    assert result.earned + sum(after_earned) == result.tpp
    payroll = sum(ln.amount for ln in result.lines_of(Step.PAYROLL_DEDUCTION))
    assert result.tpp + payroll == result.net == result.lines[-1].amount


# §4.2 Example T1 -------------------------------------------------------------------------------


def test_t1_every_line_of_the_breakdown():
    result = t1()
    assert result.pagu == Decimal(5_000_000)
    assert result.disiplin == Decimal(2_000_000)
    assert result.produktivitas == Decimal(3_000_000)
    assert amounts(result, Step.DEDUCTION, Share.DISIPLIN) == {
        "TL1": Decimal(-20_000), "TL2": Decimal(-20_000), "TL3": Decimal(-25_000),
        "TL4": Decimal(-30_000), "APEL": Decimal(-40_000),
    }
    assert result.disiplin_deduction_percent == Decimal("6.75")
    assert result.disiplin_paid == Decimal(1_865_000)
    assert result.achievement_percent == Decimal("92.5")
    assert result.produktivitas_paid == Decimal(2_775_000)
    assert result.earned == result.tpp == result.net == Decimal(4_640_000)
    assert_lines_reconcile(result)


def test_t1_deduction_lines_name_the_rule_count_and_rate():
    (tl1,) = [ln for ln in t1().lines_of(Step.DEDUCTION) if ln.code == "TL1"]
    assert (tl1.kind, tl1.count, tl1.percent, tl1.total_percent) == (DeductionKind.LATE, 2, Decimal("0.5"),
                                                                      Decimal("1.0"))
    assert "SIAPTUBA" in tl1.source
    assert tl1.label == "Terlambat 1-30 menit"


def test_t1_siaptuba_cross_check_in_percent_of_total_tpp():
    rates = {code: percent_of_total(TULANG_BAWANG, TULANG_BAWANG.rule(code))
             for code in ("TL1", "TL2", "TL3", "TL4", "APEL", "IZIN_DITOLAK")}
    assert rates == {"TL1": Decimal("0.2"), "TL2": Decimal("0.4"), "TL3": Decimal("0.5"),
                     "TL4": Decimal("0.6"), "APEL": Decimal("0.8"), "IZIN_DITOLAK": Decimal("0.6")}
    of_total = sum(rates[code] * count * Decimal(5_000_000) / 100 for code, count in T1_EVENTS.items())
    assert of_total == Decimal(135_000) == -sum(amounts(t1(), Step.DEDUCTION).values())


def test_t1_with_the_bpjs_flag():
    result = t1(replace(TULANG_BAWANG, payroll_deductions=(BPJS_EMPLOYEE_SHARE,)))
    assert amounts(result, Step.PAYROLL_DEDUCTION) == {"BPJS": Decimal(-46_400)}
    assert result.tpp == Decimal(4_640_000)
    assert result.net == Decimal(4_593_600)
    assert_lines_reconcile(result)


def test_t1_other_deductions_come_after_rounding():
    result = t1(other_deductions={"PPH21": Decimal(100_000)})
    assert result.net == Decimal(4_540_000)
    assert amounts(result, Step.PAYROLL_DEDUCTION) == {"PPH21": Decimal(-100_000)}


def test_t1b_cpns_status_factor_80_percent():
    seruyan = replace(TULANG_BAWANG, status_factors=(StatusFactor("CPNS", Decimal(80)),))
    result = t1(seruyan, employee_kind="CPNS")
    assert result.tpp == Decimal(3_712_000)
    assert result.status_percent == Decimal(80)
    assert amounts(result, Step.STATUS) == {"CPNS": Decimal(-928_000)}
    assert t1(seruyan, employee_kind="PNS").tpp == Decimal(4_640_000)
    assert_lines_reconcile(result)


def test_t1c_hukuman_disiplin_cut_of_25_percent():
    schedule = replace(TULANG_BAWANG, penalties=PP94_SEDANG_PENALTIES)
    result = t1(schedule, penalty="S1")
    assert result.tpp == Decimal(3_480_000)
    assert result.penalty_percent == Decimal(25)
    (line,) = result.lines_of(Step.PENALTY)
    assert (line.code, line.amount) == ("S1", Decimal(-1_160_000))
    assert "PP 94/2021" in line.source
    assert_lines_reconcile(result)


def test_t1d_capaian_above_100_is_capped():
    result = t1(achievement_percent=Decimal(105))
    assert result.achievement_percent == Decimal(100)
    assert result.produktivitas_paid == Decimal(3_000_000)
    assert result.tpp == Decimal(4_865_000)
    (cap,) = result.lines_of(Step.CAP, Share.PRODUKTIVITAS)
    assert (cap.percent, cap.amount) == (Decimal(100), Decimal(-150_000))
    assert_lines_reconcile(result)


def test_t1_from_day_facts():
    days = (DayFacts(late_minutes=1), DayFacts(late_minutes=30), DayFacts(late_minutes=31),
            DayFacts(late_minutes=90), DayFacts(late_minutes=91, assemblies_missed=1), DayFacts())
    month = MonthFacts(days)
    assert tally_events(TULANG_BAWANG, month) == T1_EVENTS
    result = compute_month_tpp(TULANG_BAWANG, month, pagu=Decimal(5_000_000),
                               achievement_percent=Decimal("92.50"))
    assert result.tpp == Decimal(4_640_000)


# §4.3 Example T2 and §4.4 Example T3 ------------------------------------------------------------


def test_t2_timor_tengah_utara():
    result = t2()
    assert result.disiplin_deduction_percent == Decimal("31.5")
    assert result.lines_of(Step.SHARE_PAID, Share.DISIPLIN)[0].percent == Decimal("68.5")
    assert result.disiplin_paid == Decimal(1_096_000)
    assert result.produktivitas_paid == Decimal(2_160_000)
    assert result.tpp == Decimal(3_256_000)
    assert_lines_reconcile(result)


def test_t2_from_day_facts():
    days = (DayFacts(late_minutes=10), DayFacts(late_minutes=5), DayFacts(late_minutes=15),
            DayFacts(late_minutes=16), DayFacts(late_minutes=45), DayFacts(checked_in=False),
            DayFacts(absent_without_reason=True), DayFacts(assemblies_missed=2))
    month = MonthFacts(days)
    assert tally_events(TIMOR_TENGAH_UTARA, month) == T2_EVENTS
    result = compute_month_tpp(TIMOR_TENGAH_UTARA, month, pagu=Decimal(4_000_000),
                               achievement_percent=Decimal(90))
    assert result.tpp == Decimal(3_256_000)


def test_t3_deductions_capped_at_100_percent():
    result = t2(events={"TK": 8, "APEL": 2})
    assert sum(ln.total_percent for ln in result.lines_of(Step.DEDUCTION)) == Decimal(104)
    assert result.disiplin_deduction_percent == Decimal(100)
    assert result.disiplin_paid == Decimal(0)
    (cap,) = result.lines_of(Step.CAP, Share.DISIPLIN)
    assert (cap.percent, cap.amount) == (Decimal(100), Decimal(64_000))
    assert result.produktivitas_paid == Decimal(2_160_000)
    assert result.tpp == Decimal(2_160_000)
    assert_lines_reconcile(result)


def test_a_lower_cap_from_the_perkada():
    half = replace(TIMOR_TENGAH_UTARA, caps=(DeductionCap(Share.DISIPLIN, Decimal(50)),))
    result = compute_tpp(half, pagu=Decimal(4_000_000), achievement_percent=Decimal(90),
                         events={"TK": 8, "APEL": 2})
    assert result.disiplin_deduction_percent == Decimal(50)
    assert result.disiplin_paid == Decimal(800_000)
    assert result.tpp == Decimal(2_960_000)
    assert_lines_reconcile(result)


def test_no_cap_line_at_exactly_100_percent():
    result = t2(events={"TK": 8, "APEL": 1})
    assert result.disiplin_deduction_percent == Decimal(100)
    assert result.disiplin_paid == Decimal(0)
    assert result.lines_of(Step.CAP) == ()


# Minute boundaries ------------------------------------------------------------------------------


@pytest.mark.parametrize(("schedule", "minutes", "code"), [
    (TULANG_BAWANG, -5, None), (TULANG_BAWANG, 0, None), (TULANG_BAWANG, 1, "TL1"),
    (TULANG_BAWANG, 15, "TL1"), (TULANG_BAWANG, 30, "TL1"), (TULANG_BAWANG, 31, "TL2"),
    (TULANG_BAWANG, 60, "TL2"), (TULANG_BAWANG, 61, "TL3"), (TULANG_BAWANG, 90, "TL3"),
    (TULANG_BAWANG, 91, "TL4"), (TULANG_BAWANG, 480, "TL4"),
    (TIMOR_TENGAH_UTARA, 0, None), (TIMOR_TENGAH_UTARA, 1, "TL1"), (TIMOR_TENGAH_UTARA, 15, "TL1"),
    (TIMOR_TENGAH_UTARA, 16, "TL2"), (TIMOR_TENGAH_UTARA, 30, "TL2"), (TIMOR_TENGAH_UTARA, 31, "TL3"),
    (TIMOR_TENGAH_UTARA, 300, "TL3"),
    (NATIONAL_DEFAULT, 0, None), (NATIONAL_DEFAULT, 1, "TL1"), (NATIONAL_DEFAULT, 30, "TL1"),
    (NATIONAL_DEFAULT, 31, "TL2"), (NATIONAL_DEFAULT, 60, "TL2"), (NATIONAL_DEFAULT, 61, "TL3"),
    (NATIONAL_DEFAULT, 90, "TL3"), (NATIONAL_DEFAULT, 91, "TL4"),
])
def test_late_category_at_the_exact_minute(schedule, minutes, code):
    rule = late_category(schedule, minutes)
    assert (rule.code if rule else None) == code


@pytest.mark.parametrize(("schedule", "minutes", "code"), [
    (NATIONAL_DEFAULT, 0, None), (NATIONAL_DEFAULT, 1, "PSW1"), (NATIONAL_DEFAULT, 30, "PSW1"),
    (NATIONAL_DEFAULT, 31, "PSW2"), (NATIONAL_DEFAULT, 60, "PSW2"), (NATIONAL_DEFAULT, 61, "PSW3"),
    (NATIONAL_DEFAULT, 90, "PSW3"), (NATIONAL_DEFAULT, 91, "PSW4"), (NATIONAL_DEFAULT, 240, "PSW4"),
    (TIMOR_TENGAH_UTARA, 0, None), (TIMOR_TENGAH_UTARA, 1, "PSW"), (TIMOR_TENGAH_UTARA, 31, "PSW"),
    (TIMOR_TENGAH_UTARA, 200, "PSW"),
    (TULANG_BAWANG, 1, None), (TULANG_BAWANG, 100, None),  # §8 doubt 3: no PSW table published
])
def test_early_leave_category_at_the_exact_minute(schedule, minutes, code):
    rule = early_leave_category(schedule, minutes)
    assert (rule.code if rule else None) == code


@pytest.mark.parametrize(("minutes", "code"), [(0, None), (1, "TLI1"), (15, "TLI1"), (16, "TLI2"),
                                               (30, "TLI2"), (31, "TLI3")])
def test_timor_tengah_utara_break_return_bands(minutes, code):
    rule = classify_minutes(TIMOR_TENGAH_UTARA, DeductionKind.BREAK_LATE, minutes)
    assert (rule.code if rule else None) == code


def test_examples_h1_and_h2():
    assert late_category(TULANG_BAWANG, 15).code == "TL1"  # H1: 07:45:30 against 07:30
    assert early_leave_category(NATIONAL_DEFAULT, 80).code == "PSW3"  # H2: 15:10 against 16:30


def test_classifying_an_unbanded_kind_is_refused():
    with pytest.raises(ValueError, match="not counted in minutes"):
        classify_minutes(TULANG_BAWANG, DeductionKind.ABSENT_WITHOUT_REASON, 5)


# Schedule validation ----------------------------------------------------------------------------


def codes(schedule: TppSchedule) -> list[str]:
    return [problem.code for problem in validate_schedule(schedule)]


def with_late_bands(*bands: tuple[str, int, int | None]) -> TppSchedule:
    rules = tuple(DeductionRule(code, DeductionKind.LATE, Decimal(1), first_minute=first, last_minute=last)
                  for code, first, last in bands)
    return replace(NATIONAL_DEFAULT, deductions=rules)


def test_presets_and_comparator_tables_are_valid():
    for schedule in PRESETS:
        assert schedule.validate() == []
    central = replace(NATIONAL_DEFAULT, leave_rules=PERMENTAN_68_2012_LEAVE,
                      penalties=PERMENTAN_68_2012_PENALTIES)
    assert central.validate() == []
    assert replace(NATIONAL_DEFAULT, leave_rules=PERMEN_PDT_5_2013_LEAVE).validate() == []


def test_overlapping_bands_are_reported():
    (problem,) = validate_schedule(with_late_bands(("TL1", 1, 30), ("TL2", 30, 60)))
    assert problem.code == "bands_overlap"
    assert problem.params == {"code": "TL1", "other": "TL2", "first": "30"}
    assert problem.message == "TL1 and TL2 overlap at 30."


def test_an_open_band_before_another_is_an_overlap():
    assert codes(with_late_bands(("TL1", 1, None), ("TL2", 31, None))) == ["bands_overlap"]


def test_gapped_bands_are_reported():
    (problem,) = validate_schedule(with_late_bands(("TL1", 1, 30), ("TL2", 32, None)))
    assert problem.code == "bands_gap"
    assert (problem.params["first"], problem.params["last"]) == ("31", "31")


def test_invalid_bands_are_reported():
    assert codes(with_late_bands(("TL1", 0, 30), ("TL2", 31, None))) == ["band_invalid"]
    assert codes(with_late_bands(("TL1", 30, 1))) == ["band_invalid"]


def test_shares_not_summing_to_100():
    (problem,) = validate_schedule(replace(TULANG_BAWANG, split=ShareSplit(Decimal(40), Decimal(50))))
    assert problem.code == "shares_not_100"
    assert problem.message == "Disiplin 40% and produktivitas 50% must add up to 100%."


def test_percentages_out_of_range():
    rules = (DeductionRule("TK", DeductionKind.ABSENT_WITHOUT_REASON, Decimal(101)),
             DeductionRule("APEL", DeductionKind.ASSEMBLY_ABSENT, Decimal(-1)))
    schedule = replace(NATIONAL_DEFAULT, deductions=rules,
                       status_factors=(StatusFactor("CPNS", Decimal(120)),))
    problems = validate_schedule(schedule)
    assert [(p.code, p.params["what"]) for p in problems] == [
        ("percent_out_of_range", "TK"), ("percent_out_of_range", "APEL"), ("percent_out_of_range", "CPNS")]


def test_duplicates_are_reported():
    twice = (*TULANG_BAWANG.deductions, TULANG_BAWANG.rule("APEL"))
    assert codes(replace(TULANG_BAWANG, deductions=twice)) == ["duplicate_code", "duplicate_code"]


def test_leave_tier_gap_and_missing_block_size():
    sakit = LeaveRule(LeaveKind.SAKIT, LeaveMeasure.DAYS,
                      (LeaveTier(1, 2, Decimal(100)), LeaveTier(4, None, Decimal(50))))
    accumulated = DeductionRule("AKM", DeductionKind.ACCUMULATED_LATE, Decimal(1))
    schedule = replace(NATIONAL_DEFAULT, leave_rules=(sakit,),
                       deductions=(*NATIONAL_DEFAULT.deductions, accumulated))
    assert codes(schedule) == ["bands_gap", "per_minutes_missing"]


# Rounding ---------------------------------------------------------------------------------------


def test_rounding_half_up_at_the_end_by_default():
    result = compute_tpp(NATIONAL_DEFAULT, pagu=Decimal(1_015), achievement_percent=Decimal(50))
    assert result.earned == Decimal("710.5")
    assert result.tpp == Decimal(711)  # half-up, not banker's rounding (710)
    assert result.rounding == Decimal("0.5")
    assert amounts(result, Step.ROUNDING) == {"": Decimal("0.5")}


def test_rounding_down_and_to_hundreds():
    down = replace(NATIONAL_DEFAULT, rounding=Rounding(mode=RoundingMode.DOWN))
    assert compute_tpp(down, pagu=Decimal(1_015), achievement_percent=Decimal(50)).tpp == Decimal(710)
    hundreds = replace(NATIONAL_DEFAULT, rounding=Rounding(unit=Decimal(100)))
    result = compute_tpp(hundreds, pagu=Decimal(1_000_003), achievement_percent=Decimal("92.5"))
    assert result.earned == Decimal("955002.865")
    assert result.tpp == Decimal(955_000)


def test_rounding_every_line_differs_from_rounding_at_the_end():
    events = {"TL1": 1, "TL3": 1}
    at_end = compute_tpp(TULANG_BAWANG, pagu=Decimal(1_007), achievement_percent=Decimal("87.5"),
                         events=events)
    assert at_end.earned == Decimal("924.426")
    assert at_end.tpp == Decimal(924)
    each = replace(TULANG_BAWANG, rounding=Rounding(each_line=True))
    result = compute_tpp(each, pagu=Decimal(1_007), achievement_percent=Decimal("87.5"), events=events)
    assert (result.disiplin, result.produktivitas) == (Decimal(403), Decimal(604))
    assert amounts(result, Step.DEDUCTION) == {"TL1": Decimal(-2), "TL3": Decimal(-5)}
    assert result.produktivitas_paid == Decimal(529)  # 528.5 rounded half-up
    assert result.tpp == Decimal(925)
    assert result.rounding == Decimal(0)
    assert_lines_reconcile(result)


def test_payroll_deductions_are_rounded_to_the_rupiah():
    schedule = replace(NATIONAL_DEFAULT, payroll_deductions=(BPJS_EMPLOYEE_SHARE,))
    result = compute_tpp(schedule, pagu=Decimal(1_234_550), achievement_percent=Decimal(100))
    assert amounts(result, Step.PAYROLL_DEDUCTION) == {"BPJS": Decimal(-12_346)}  # 12.345,50 half-up
    assert result.net == Decimal(1_222_204)


# Components, leave, penalties and the other deduction kinds ----------------------------------------


def test_components_follow_their_flags():
    schedule = replace(TULANG_BAWANG, components=(
        ComponentRule(TppCriterion.TEMPAT_BERTUGAS, attendance_applies=True),
        ComponentRule(TppCriterion.KONDISI_KERJA),
        ComponentRule(TppCriterion.PRESTASI_KERJA, performance_applies=True),
    ))
    result = t1(schedule, components={TppCriterion.TEMPAT_BERTUGAS: Decimal(1_000_000),
                                      TppCriterion.KONDISI_KERJA: Decimal(500_000),
                                      TppCriterion.PRESTASI_KERJA: Decimal(800_000)})
    assert amounts(result, Step.COMPONENT_ADJUSTMENT) == {"TB": Decimal(-67_500), "PK": Decimal(-60_000)}
    assert result.components_paid == Decimal(932_500 + 500_000 + 740_000)
    assert result.tpp == Decimal(4_640_000 + 2_172_500)


def test_components_must_be_paid_by_the_schedule():
    with pytest.raises(ValueError, match="pays no TPP component"):
        t1(components={TppCriterion.TEMPAT_BERTUGAS: Decimal(1)})
    with pytest.raises(ValueError, match="Beban kerja is the pagu"):
        t1(components={TppCriterion.BEBAN_KERJA: Decimal(1)})


def test_sick_leave_cut_of_the_central_model():
    schedule = replace(NATIONAL_DEFAULT, leave_rules=PERMENTAN_68_2012_LEAVE)
    days = (*(DayFacts(leave=LeaveKind.SAKIT, late_minutes=50) for _ in range(5)), DayFacts())
    result = compute_month_tpp(schedule, MonthFacts(days), pagu=Decimal(5_000_000),
                               achievement_percent=Decimal(100))
    (line,) = result.lines_of(Step.DEDUCTION, Share.TOTAL)
    assert (line.code, line.kind, line.percent, line.amount) == ("sakit", "leave", Decimal(25),
                                                                 Decimal(-1_250_000))
    assert result.disiplin_deduction_percent == Decimal(0)  # late minutes of a leave day are not charged
    assert result.tpp == Decimal(3_750_000)
    assert_lines_reconcile(result)


def test_leave_by_month_of_leave_and_annual_leave_without_cut():
    schedule = replace(NATIONAL_DEFAULT, leave_rules=PERMENTAN_68_2012_LEAVE)
    month = MonthFacts((DayFacts(leave=LeaveKind.TAHUNAN),),
                       leaves=(LeaveFact(LeaveKind.BESAR, days=20, month_of_leave=2),))
    assert set(leave_facts(month)) == {LeaveFact(LeaveKind.BESAR, 20, 2), LeaveFact(LeaveKind.TAHUNAN, 1)}
    result = compute_month_tpp(schedule, month, pagu=Decimal(5_000_000), achievement_percent=Decimal(100))
    assert amounts(result, Step.DEDUCTION) == {"besar": Decimal(-3_750_000)}
    assert result.tpp == Decimal(1_250_000)


def test_total_share_deductions_are_capped():
    schedule = replace(NATIONAL_DEFAULT, leave_rules=PERMENTAN_68_2012_LEAVE)
    leaves = (LeaveFact(LeaveKind.SAKIT, days=200), LeaveFact(LeaveKind.BESAR, month_of_leave=3))
    result = compute_tpp(schedule, pagu=Decimal(5_000_000), achievement_percent=Decimal(100), leaves=leaves)
    assert result.total_deduction_percent == Decimal(100)
    assert result.tpp == Decimal(0)
    assert_lines_reconcile(result)


def test_leave_outside_every_tier_is_refused():
    sakit = LeaveRule(LeaveKind.SAKIT, LeaveMeasure.DAYS, (LeaveTier(1, 14, Decimal(100)),))
    with pytest.raises(ValueError, match="no sakit leave tier"):
        compute_tpp(replace(NATIONAL_DEFAULT, leave_rules=(sakit,)), pagu=Decimal(1),
                    achievement_percent=Decimal(100), leaves=(LeaveFact(LeaveKind.SAKIT, days=15),))


@pytest.mark.parametrize(("month", "running"), [
    (date(2025, 2, 1), False), (date(2025, 3, 1), True), (date(2025, 8, 1), True), (date(2025, 9, 1), False),
])
def test_penalty_runs_for_its_months(month, running):
    s1 = PP94_SEDANG_PENALTIES[0]
    assert penalty_running(s1, first_month=date(2025, 3, 1), month=month) is running


def test_penalty_without_end_keeps_running():
    dismissal = PERMENTAN_68_2012_PENALTIES[-1]
    assert dismissal.months is None
    assert penalty_running(dismissal, first_month=date(2024, 1, 1), month=date(2030, 1, 1))


def test_tk_day_and_missing_clock_in_are_charged_once():
    days = (DayFacts(absent_without_reason=True, late_minutes=40, assemblies_missed=1),
            DayFacts(checked_in=False, late_minutes=40, checked_out=False))
    assert tally_events(TIMOR_TENGAH_UTARA, MonthFacts(days)) == {"TK": 1, "TMK": 1, "TPP": 1}


def test_daily_report_and_late_skp_taken_from_produktivitas():
    rules = (DeductionRule("LKH", DeductionKind.MISSING_DAILY_REPORT, Decimal(1), share=Share.PRODUKTIVITAS),
             DeductionRule("SKP", DeductionKind.LATE_SKP, Decimal(5), share=Share.PRODUKTIVITAS))
    schedule = replace(TULANG_BAWANG, deductions=(*TULANG_BAWANG.deductions, *rules))
    no_report = DayFacts(daily_report_missing=True)
    month = MonthFacts((no_report, no_report), skp_late=True)
    assert tally_events(schedule, month) == {"LKH": 2, "SKP": 1}
    result = compute_month_tpp(schedule, month, pagu=Decimal(5_000_000), achievement_percent=Decimal("92.5"))
    assert amounts(result, Step.DEDUCTION, Share.PRODUKTIVITAS) == {"LKH": Decimal(-55_500),
                                                                    "SKP": Decimal(-138_750)}
    assert result.produktivitas_paid == Decimal(2_580_750)
    assert_lines_reconcile(result)


def test_accumulated_late_minutes_charge_per_block():
    block = DeductionRule("AKM", DeductionKind.ACCUMULATED_LATE, Decimal("0.5"), per_minutes=15)
    schedule = replace(TULANG_BAWANG, deductions=(block,))
    days = (DayFacts(late_minutes=10), DayFacts(late_minutes=10), DayFacts(late_minutes=12))
    assert tally_events(schedule, MonthFacts(days)) == {"AKM": 2}


def test_unknown_events_and_negative_inputs_are_refused():
    with pytest.raises(ValueError, match="unknown"):
        t1(events={"PSW1": 1})
    with pytest.raises(ValueError, match="negative"):
        t1(pagu=Decimal(-1))


# Achievement inputs and schedule versions ---------------------------------------------------------


def test_achievement_from_predikat_factor():
    schedule = replace(NATIONAL_DEFAULT, predikat_factors=(PredikatFactor("B", Decimal(100)),
                                                           PredikatFactor("BP", Decimal(80))))
    assert achievement_for_predikat(schedule, "BP") == Decimal(80)
    with pytest.raises(ValueError, match="no factor"):
        achievement_for_predikat(schedule, "SK")


def test_dki_activity_achievement():
    # 20 working days x 300 = 6.000 effective minutes; 600 minutes absent lower the ceiling to 5.400.
    assert activity_achievement_percent(working_days=20, activity_minutes=5_700,
                                        absence_minutes=600) == Decimal(90)
    assert activity_achievement_percent(working_days=20, activity_minutes=4_800) == Decimal(80)


def test_the_schedule_in_force_is_the_latest_started():
    old = replace(TULANG_BAWANG, name="2024", effective_from=date(2024, 1, 1))
    new = replace(TULANG_BAWANG, name="2025", effective_from=date(2025, 1, 1))
    assert schedule_in_force([new, old], date(2024, 12, 31)).name == "2024"
    assert schedule_in_force([old, new], date(2025, 1, 1)).name == "2025"
    assert schedule_in_force([new], date(2024, 6, 1)) is None
