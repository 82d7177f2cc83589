"""Pure tests of PP 94/2021 discipline (rules/discipline.py, rules/discipline_authority.py), §6."""

from datetime import date, timedelta

import pytest

from abdi.allowance.rules.discipline import (
    ABSENCE_THRESHOLDS,
    EXAMINER_BY_LEVEL,
    MINUTES_PER_ABSENCE_DAY,
    PENALTIES,
    DisciplineLevel,
    DismissalCategory,
    Examiner,
    InterimMeasure,
    Penalty,
    absence_penalty,
    absent_days_by_year,
    blocks_kgb_and_promotion,
    decision_delivery_due,
    decision_mailing_due,
    heaviest_penalty,
    imposed_penalty,
    latest_first_summons,
    penalties_of,
    penalty_effective_date,
    penalty_last_day,
    salary_stops_from,
    second_summons_due,
    shift_working_days,
)
from abdi.allowance.rules.discipline_authority import (
    Imposer,
    OffenderPosition,
    Official,
    Superior,
    offender_position,
    who_may_impose,
)
from abdi.allowance.rules.workhours import WorkScheme, is_working_day

R, S, B = DisciplineLevel.RINGAN, DisciplineLevel.SEDANG, DisciplineLevel.BERAT

# --- §6.1 levels and penalties ----------------------------------------------------------------


@pytest.mark.parametrize(("penalty", "level", "label", "months", "cut"), [
    (Penalty.R1, R, "Teguran lisan", None, 0),
    (Penalty.R2, R, "Teguran tertulis", None, 0),
    (Penalty.R3, R, "Pernyataan tidak puas secara tertulis", None, 0),
    (Penalty.S1, S, "Pemotongan tunjangan kinerja 25%", 6, 25),
    (Penalty.S2, S, "Pemotongan tunjangan kinerja 25%", 9, 25),
    (Penalty.S3, S, "Pemotongan tunjangan kinerja 25%", 12, 25),
    (Penalty.B1, B, "Penurunan jabatan setingkat lebih rendah", 12, 0),
    (Penalty.B2, B, "Pembebasan dari jabatannya menjadi jabatan pelaksana", 12, 0),
    (Penalty.B3, B, "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS", None, 0),
])
def test_pasal_8_table(penalty, level, label, months, cut):
    assert (penalty.level, penalty.label, penalty.months) == (level, label, months)
    assert PENALTIES[penalty].tukin_cut_percent == cut


def test_penalties_of_each_level():
    assert penalties_of("ringan") == {Penalty.R1, Penalty.R2, Penalty.R3}
    assert penalties_of(S) == {Penalty.S1, Penalty.S2, Penalty.S3}
    assert penalties_of(B) == {Penalty.B1, Penalty.B2, Penalty.B3}


def test_heaviest_penalty_of_one_examination():
    assert [p.severity for p in Penalty] == list(range(1, 10))
    assert heaviest_penalty([Penalty.R2, Penalty.S1, Penalty.R3]) is Penalty.S1
    assert heaviest_penalty(["S3", "B1", "R1"]) is Penalty.B1
    assert heaviest_penalty([Penalty.R1]) is Penalty.R1


def test_dismissal_category_is_recorded_not_derived():
    assert {c.value for c in DismissalCategory} == {"PDHTAPS", "PTDH"}
    # B3 is PDHTAPS in PP 94/2021, yet UU 20/2023 Pasal 52(4) calls it PTDH: the SK's category is stored.
    assert Penalty.B3.level is B
    assert Penalty.B3.months is None


# --- §6.2 transitional rule ------------------------------------------------------------------


@pytest.mark.parametrize(("penalty", "interim"), [
    (Penalty.S1, InterimMeasure.PENUNDAAN_KGB),
    (Penalty.S2, InterimMeasure.PENUNDAAN_KENAIKAN_PANGKAT),
    (Penalty.S3, InterimMeasure.PENURUNAN_PANGKAT),
])
def test_sedang_penalties_before_the_pp_on_gaji_and_tunjangan(penalty, interim):
    imposed = imposed_penalty(penalty)
    assert (imposed.interim, imposed.months, imposed.tukin_cut_percent) == (interim, 12, 0)


@pytest.mark.parametrize(("penalty", "months"), [(Penalty.S1, 6), (Penalty.S2, 9), (Penalty.S3, 12)])
def test_sedang_penalties_once_the_pp_exists(penalty, months):
    imposed = imposed_penalty(penalty, tunjangan_pp_in_force=True)
    assert (imposed.interim, imposed.months, imposed.tukin_cut_percent) == (None, months, 25)


@pytest.mark.parametrize("penalty", [Penalty.R1, Penalty.R3, Penalty.B1, Penalty.B3])
def test_ringan_and_berat_are_not_transitional(penalty):
    assert imposed_penalty(penalty) == imposed_penalty(penalty, tunjangan_pp_in_force=True)
    assert imposed_penalty(penalty).interim is None


@pytest.mark.parametrize(("penalty", "in_force", "effective", "last_day"), [
    pytest.param(Penalty.S1, True, date(2025, 3, 10), date(2025, 9, 9), id="s1-six-months"),
    pytest.param(Penalty.S1, False, date(2025, 3, 10), date(2026, 3, 9), id="s1-transitional-year"),
    pytest.param(Penalty.S2, True, date(2025, 3, 1), date(2025, 11, 30), id="s2-nine-months"),
    pytest.param(Penalty.B1, False, date(2025, 1, 1), date(2025, 12, 31), id="b1-twelve-months"),
    pytest.param(Penalty.S1, True, date(2025, 8, 31), date(2026, 2, 28), id="no-31-february"),
    pytest.param(Penalty.S1, True, date(2023, 8, 30), date(2024, 2, 29), id="leap-february"),
    pytest.param(Penalty.R2, False, date(2025, 3, 10), None, id="teguran-has-no-duration"),
    pytest.param(Penalty.B3, False, date(2025, 3, 10), None, id="pdhtaps-has-no-duration"),
])
def test_penalty_last_day(penalty, in_force, effective, last_day):
    assert penalty_last_day(effective, penalty, tunjangan_pp_in_force=in_force) == last_day


@pytest.mark.parametrize(("penalty", "blocks"), [
    (Penalty.R1, False), (Penalty.R3, False), (Penalty.S1, True), (Penalty.S3, True),
    (Penalty.B1, True), (Penalty.B3, True),
])
def test_kgb_and_promotion_withheld_while_serving_sedang_or_berat(penalty, blocks):
    assert blocks_kgb_and_promotion(penalty) is blocks


# --- §6.3 absence without valid reason ---------------------------------------------------------


@pytest.mark.parametrize(("days", "penalty"), [
    (0, None), (1, None), (2, None),
    (3, Penalty.R1),
    (4, Penalty.R2), (6, Penalty.R2),
    (7, Penalty.R3), (10, Penalty.R3),
    (11, Penalty.S1), (13, Penalty.S1),
    (14, Penalty.S2), (16, Penalty.S2),
    (17, Penalty.S3), (20, Penalty.S3),
    (21, Penalty.B1), (24, Penalty.B1),
    (25, Penalty.B2), (27, Penalty.B2),
    (28, Penalty.B3), (60, Penalty.B3),
])
def test_absence_table_at_every_boundary(days, penalty):
    finding = absence_penalty(days)
    assert (finding.counted_days, finding.penalty, finding.stops_salary) == (days, penalty, False)


def test_threshold_table_is_ordered_and_reaches_every_penalty():
    days = [d for d, _ in ABSENCE_THRESHOLDS]
    assert days == sorted(days)
    assert [p for _, p in ABSENCE_THRESHOLDS] == list(Penalty)


@pytest.mark.parametrize(("case", "days", "penalty"), [
    ("K1", 2, None),
    ("K2", 5, Penalty.R2),
    ("K3", 12, Penalty.S1),
    ("K4", 21, Penalty.B1),
    ("K5", 28, Penalty.B3),
])
def test_worked_examples_k1_to_k5(case, days, penalty):
    assert absence_penalty(days).penalty is penalty, case


def test_k2_k3_labels():
    assert absence_penalty(5).penalty.label == "Teguran tertulis"
    assert imposed_penalty(absence_penalty(12).penalty).interim is InterimMeasure.PENUNDAAN_KGB
    assert absence_penalty(21).penalty.months == 12


def test_k6_ten_consecutive_working_days():
    finding = absence_penalty(10, consecutive_days=10)
    assert (finding.penalty, finding.stops_salary) == (Penalty.B3, True)
    nine = absence_penalty(9, consecutive_days=9)
    assert (nine.penalty, nine.stops_salary) == (Penalty.R3, False)
    assert salary_stops_from(date(2025, 3, 14)) == date(2025, 4, 1)
    assert salary_stops_from(date(2025, 12, 31)) == date(2026, 1, 1)


def test_k7_no_carry_over_between_years():
    tk = ([date(2024, 11, d) for d in (4, 5, 6, 7, 8, 11)]
          + [date(2025, 1, d) for d in (6, 7, 8, 9, 10, 13)])
    by_year = absent_days_by_year(tk + tk[:2])  # a date reported twice counts once
    assert by_year == {2024: 6, 2025: 6}
    assert {year: absence_penalty(n).penalty for year, n in by_year.items()} == {
        2024: Penalty.R2, 2025: Penalty.R2}
    assert absence_penalty(12).penalty is Penalty.S1  # what carrying over would wrongly give


def test_k8_late_minutes_convert_only_when_enabled():
    assert MINUTES_PER_ABSENCE_DAY == 450
    enabled = absence_penalty(2, late_early_minutes=900, minutes_per_absence_day=MINUTES_PER_ABSENCE_DAY)
    assert (enabled.counted_days, enabled.penalty) == (4, Penalty.R2)
    disabled = absence_penalty(2, late_early_minutes=900)
    assert (disabled.counted_days, disabled.penalty) == (2, None)
    below = absence_penalty(2, late_early_minutes=899, minutes_per_absence_day=450)
    assert (below.counted_days, below.penalty) == (3, Penalty.R1)


def test_negative_counts_are_refused():
    with pytest.raises(ValueError, match="negative"):
        absence_penalty(-1)
    with pytest.raises(ValueError, match="negative"):
        absence_penalty(3, late_early_minutes=-5)


# --- §6.4 who may impose -------------------------------------------------------------------------

W1_CHAIN = (Official.PENGAWAS, Official.ADMINISTRATOR, Official.JPT_PRATAMA)
PPK = Imposer(Official.PPK)


@pytest.mark.parametrize(("penalty", "imposers"), [
    *[(p, (Imposer(Official.PENGAWAS, 0),)) for p in (Penalty.R1, Penalty.R2, Penalty.R3)],
    *[(p, (Imposer(Official.ADMINISTRATOR, 1), PPK)) for p in (Penalty.S1, Penalty.S2, Penalty.S3)],
    *[(p, (PPK,)) for p in (Penalty.B1, Penalty.B2, Penalty.B3)],
])
def test_example_w1_pelaksana(penalty, imposers):
    assert who_may_impose(penalty, OffenderPosition.PELAKSANA, W1_CHAIN) == imposers


@pytest.mark.parametrize("penalty", list(Penalty))
def test_ppk_alone_punishes_a_jpt_pratama(penalty):
    assert who_may_impose(penalty, OffenderPosition.JPT_PRATAMA, [Official.JPT_PRATAMA]) == (PPK,)


@pytest.mark.parametrize(("penalty", "official"), [
    *[(p, Official.PPK) for p in (Penalty.R1, Penalty.R2, Penalty.R3, Penalty.S1, Penalty.S2, Penalty.S3,
                                  Penalty.B1, Penalty.B2)],
    (Penalty.B3, Official.PRESIDEN),
])
def test_jf_ahli_utama(penalty, official):
    assert who_may_impose(penalty, "jf_ahli_utama", [Official.JPT_PRATAMA]) == (Imposer(official),)


@pytest.mark.parametrize(("penalty", "imposers"), [
    (Penalty.R2, (Imposer(Official.JPT_PRATAMA, 0),)),
    (Penalty.S2, (PPK,)),
    (Penalty.B2, (PPK,)),
])
def test_administrator_under_a_jpt_pratama(penalty, imposers):
    assert who_may_impose(penalty, OffenderPosition.ADMINISTRATOR, [Official.JPT_PRATAMA]) == imposers


@pytest.mark.parametrize(("penalty", "imposers"), [
    (Penalty.R1, (Imposer(Official.ADMINISTRATOR, 0),)),
    (Penalty.S3, (Imposer(Official.JPT_PRATAMA, 1), PPK)),
    (Penalty.B1, (PPK,)),
])
def test_pengawas_two_levels_below_a_jpt_pratama(penalty, imposers):
    chain = [Official.ADMINISTRATOR, Official.JPT_PRATAMA]
    assert who_may_impose(penalty, OffenderPosition.PENGAWAS, chain) == imposers


@pytest.mark.parametrize(("penalty", "imposers"), [
    (Penalty.R1, (Imposer(Official.ADMINISTRATOR, 0), Imposer(Official.JPT_PRATAMA, 1))),
    (Penalty.S1, (Imposer(Official.ADMINISTRATOR, 0), Imposer(Official.JPT_PRATAMA, 1))),
    (Penalty.B2, (PPK,)),
])
def test_jf_of_a_unit(penalty, imposers):
    chain = [Official.ADMINISTRATOR, Official.JPT_PRATAMA]
    assert who_may_impose(penalty, OffenderPosition.JF, chain) == imposers


def test_designated_jf_coordinators_impose_ringan_one_level_below():
    madya = [Official.JF_AHLI_MADYA, Official.JPT_PRATAMA]
    assert who_may_impose(Penalty.R1, "pelaksana", madya) == (Imposer(Official.JF_AHLI_MADYA, 0),)
    assert who_may_impose(Penalty.S1, "pelaksana", madya) == (Imposer(Official.JPT_PRATAMA, 1), PPK)
    muda = ["jf_ahli_muda", "administrator"]
    assert who_may_impose(Penalty.R3, "pelaksana", muda) == (Imposer(Official.JF_AHLI_MUDA, 0),)
    assert who_may_impose(Penalty.S1, "pelaksana", muda) == (Imposer(Official.ADMINISTRATOR, 1), PPK)


def test_a_vacant_post_passes_to_the_next_higher_official():
    chain = [Superior(Official.PENGAWAS, vacant=True), Superior(Official.ADMINISTRATOR), Official.JPT_PRATAMA]
    assert who_may_impose(Penalty.R1, "pelaksana", chain) == (Imposer(Official.ADMINISTRATOR, 1),)
    all_vacant = [Superior(Official.PENGAWAS, vacant=True)]
    assert who_may_impose(Penalty.R1, "pelaksana", all_vacant) == (PPK,)


def test_nobody_competent_falls_to_the_ppk():
    assert who_may_impose(Penalty.R1, OffenderPosition.PELAKSANA, []) == (PPK,)


@pytest.mark.parametrize(("job_kind", "level", "position"), [
    ("JPT", "PRATAMA", OffenderPosition.JPT_PRATAMA),
    ("ADMINISTRATOR", None, OffenderPosition.ADMINISTRATOR),
    ("PENGAWAS", None, OffenderPosition.PENGAWAS),
    ("PELAKSANA", None, OffenderPosition.PELAKSANA),
    ("FUNGSIONAL", "AHLI_UTAMA", OffenderPosition.JF_AHLI_UTAMA),
    ("FUNGSIONAL", "AHLI_MUDA", OffenderPosition.JF),
    ("FUNGSIONAL", "PENYELIA", OffenderPosition.JF),
])
def test_offender_position_from_stored_jabatan(job_kind, level, position):
    assert offender_position(job_kind, level) is position


def test_no_jpt_madya_at_a_kabupaten():
    with pytest.raises(ValueError, match="no JPT MADYA"):
        offender_position("JPT", "MADYA")


# --- §6.5 procedure and deadlines ------------------------------------------------------------

IDUL_ADHA_2025 = frozenset({date(2025, 6, 6), date(2025, 6, 9)})  # libur nasional + cuti bersama


def working(holidays=frozenset()):
    return lambda day: is_working_day(day, WorkScheme.FIVE_DAY, holidays)


@pytest.mark.parametrize(("level", "examiner"), [
    (R, Examiner.ATASAN_LANGSUNG), (S, Examiner.TIM_PEMERIKSA), (B, Examiner.TIM_PEMERIKSA),
])
def test_examiner_by_level(level, examiner):
    assert EXAMINER_BY_LEVEL[level] is examiner


def test_shift_working_days_skips_weekends_and_holidays_and_not_the_day_itself():
    friday = date(2025, 6, 13)
    assert shift_working_days(friday, 0, working()) == friday
    assert shift_working_days(friday, 1, working()) == date(2025, 6, 16)
    assert shift_working_days(date(2025, 6, 16), -1, working()) == friday
    assert shift_working_days(date(2025, 6, 5), 1, working(IDUL_ADHA_2025)) == date(2025, 6, 10)


def test_first_summons_at_least_seven_working_days_before():
    examination = date(2025, 6, 16)  # Monday
    latest = latest_first_summons(examination, working())
    assert latest == date(2025, 6, 5)
    assert shift_working_days(latest, 7, working()) == examination
    assert latest_first_summons(examination, working(IDUL_ADHA_2025)) == date(2025, 6, 3)


def test_second_summons_within_seven_working_days():
    assert second_summons_due(date(2025, 6, 16), working()) == date(2025, 6, 25)


def test_decision_delivered_within_fourteen_working_days_of_signing():
    signed = date(2025, 6, 2)
    assert decision_delivery_due(signed, working()) == date(2025, 6, 20)
    assert decision_delivery_due(signed, working(IDUL_ADHA_2025)) == date(2025, 6, 24)


def test_decision_mailed_within_three_working_days():
    assert decision_mailing_due(date(2025, 6, 11), working()) == date(2025, 6, 16)


def test_penalty_effective_on_the_fifteenth_working_day_after_receipt():
    received = date(2025, 6, 13)  # Friday; the day of receipt is not counted
    assert penalty_effective_date(received, working()) == date(2025, 7, 4)
    saturday = date(2025, 6, 14)
    assert penalty_effective_date(saturday, working()) == date(2025, 7, 4)
    assert penalty_effective_date(received - timedelta(days=1), working()) == date(2025, 7, 3)
