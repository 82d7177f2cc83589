"""Counting JP (jam pelajaran) and the yearly minimum (competency-and-talent.md §5.8-5.9)."""

import datetime
from dataclasses import dataclass
from enum import StrEnum

MINUTES_PER_JP = 45  # 1 JP = 45 minutes (§5.8, S-KOM-6)
PNS_MINIMUM_JP = 20  # PP 11/2017 Pasal 203(4): at least 20 JP a year
PPPK_MAXIMUM_JP = 24  # PP 49/2018 Pasal 40(1): at most 24 JP a year of the contract
MAX_MINUTES_PER_DAY = 12 * 60  # a day of learning cannot hold more than this (R: sanity bound)
DEFAULT_REMINDER_FROM = (10, 1)  # month, day: remind those behind from 1 October (design rule)


class Kind(StrEnum):
    KLASIKAL = "klasikal"
    NONKLASIKAL = "nonklasikal"


class Form(StrEnum):
    # PP 11/2017 Pasal 210: klasikal forms
    STRUKTURAL = "struktural"
    MANAJERIAL = "manajerial"
    TEKNIS = "teknis"
    FUNGSIONAL = "fungsional"
    SOSIAL_KULTURAL = "sosial_kultural"
    SEMINAR = "seminar"
    WORKSHOP = "workshop"
    KURSUS = "kursus"
    PENATARAN = "penataran"
    BIMTEK = "bimtek"
    SOSIALISASI = "sosialisasi"
    PENDIDIKAN = "pendidikan"  # further study (tugas/izin belajar), recorded as klasikal
    KLASIKAL_LAIN = "klasikal_lain"
    # PP 11/2017 Pasal 211: nonklasikal forms
    E_LEARNING = "e_learning"
    COACHING = "coaching"
    MENTORING = "mentoring"
    JARAK_JAUH = "jarak_jauh"
    MAGANG = "magang"
    PERTUKARAN = "pertukaran"
    DETASERING = "detasering"
    BENCHMARKING = "benchmarking"
    BELAJAR_MANDIRI = "belajar_mandiri"
    KOMUNITAS_BELAJAR = "komunitas_belajar"
    JOB_SHADOWING = "job_shadowing"


KLASIKAL_FORMS = frozenset({
    Form.STRUKTURAL, Form.MANAJERIAL, Form.TEKNIS, Form.FUNGSIONAL, Form.SOSIAL_KULTURAL,
    Form.SEMINAR, Form.WORKSHOP, Form.KURSUS, Form.PENATARAN, Form.BIMTEK, Form.SOSIALISASI,
    Form.PENDIDIKAN, Form.KLASIKAL_LAIN})


def kind_of(form: Form | str) -> Kind:
    return Kind.KLASIKAL if Form(form) in KLASIKAL_FORMS else Kind.NONKLASIKAL


def jp_from_minutes(minutes: int) -> int:
    """R-KOM-5: JP = floor(minutes / 45); a partial JP is not counted."""
    if minutes < 0:
        raise ValueError("minutes cannot be negative")
    return minutes // MINUTES_PER_JP


def jp_of_activity(form: Form | str, *, minutes: int, stated_jp: int | None = None,
                   cap_per_form: dict | None = None) -> int:
    """JP credited for one activity (§5.8 R-KOM-5).

    A klasikal activity whose certificate states JP uses the stated JP; otherwise the verified
    minutes are converted. An optional cap per form (empty by default) limits the credit.
    """
    form = Form(form)
    if stated_jp is not None and stated_jp < 0:
        raise ValueError("stated JP cannot be negative")
    jp = stated_jp if stated_jp is not None and kind_of(form) is Kind.KLASIKAL else jp_from_minutes(minutes)
    cap = (cap_per_form or {}).get(form.value)
    return min(jp, cap) if cap is not None else jp


def exceeds_pppk_maximum(jp_this_year: int, adding: int, maximum: int = PPPK_MAXIMUM_JP) -> bool:
    """A PPPK's development of the year, counting what they are already registered for, may not
    pass the maximum (PP 49/2018 Pasal 40(1))."""
    return jp_this_year + adding > maximum


@dataclass(frozen=True)
class Standing:
    jp: int
    minimum: int

    @property
    def met(self) -> bool:
        return self.jp >= self.minimum

    @property
    def short_by(self) -> int:
        return max(0, self.minimum - self.jp)

    @property
    def percent(self) -> int:
        return 100 if self.minimum <= 0 else min(100, self.jp * 100 // self.minimum)


def standing(jps, minimum: int = PNS_MINIMUM_JP) -> Standing:
    """Sum of a year's credited JP against the minimum (calendar year, §5.8)."""
    return Standing(sum(jps), minimum)


def reminders_due(today: datetime.date, start: tuple[int, int] = DEFAULT_REMINDER_FROM) -> bool:
    """From the configured day until the year closes, those behind are reminded."""
    return today >= datetime.date(today.year, *start)


def check_schedule(starts_on: datetime.date, ends_on: datetime.date, minutes: int,
                   stated_jp: int | None = None) -> list[str]:
    """Reasons a schedule is impossible; empty when valid.

    A training cannot end before it starts; its hours must fit in its days; stated JP must not
    claim more time than the hours recorded (when both are given).
    """
    reasons = []
    if ends_on < starts_on:
        reasons.append("end_before_start")
        return reasons
    days = (ends_on - starts_on).days + 1
    if minutes <= 0 and stated_jp is None:
        reasons.append("no_hours")
    if minutes > days * MAX_MINUTES_PER_DAY:
        reasons.append("hours_exceed_days")
    if stated_jp is not None and stated_jp < 0:
        reasons.append("jp_negative")
    elif stated_jp is not None and minutes > 0 and stated_jp * MINUTES_PER_JP > minutes:
        reasons.append("jp_exceed_hours")
    elif stated_jp is not None and stated_jp * MINUTES_PER_JP > days * MAX_MINUTES_PER_DAY:
        reasons.append("jp_exceed_days")
    return reasons
