"""One employee's attendance day from facts, and a month of days in counts (§3, §5).

Minutes late and early are returned as whole numbers; sorting them into TL1..TL4 / PSW1..PSW4 bands
is the job of the government's deduction schedule, not of this module.

Punches are local wall-clock times (WIB/WITA/WIT) and must be naive: the caller converts from UTC.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from .workhours import ExpectedHours

MINUTE = timedelta(minutes=1)


class DayKind(StrEnum):
    PRESENT = "present"
    LATE = "late"  # TL, terlambat masuk
    EARLY_LEAVE = "early_leave"  # PSW, pulang sebelum waktunya
    LATE_AND_EARLY_LEAVE = "late_and_early_leave"
    ABSENT = "absent"  # TK, tidak masuk kerja tanpa keterangan
    ON_LEAVE = "on_leave"  # cuti
    ON_DUTY = "on_duty"  # dinas luar
    NON_WORKING_DAY = "non_working_day"


PRESENT_KINDS = frozenset({DayKind.PRESENT, DayKind.LATE, DayKind.EARLY_LEAVE, DayKind.LATE_AND_EARLY_LEAVE})


class LeaveKind(StrEnum):
    # PP 11/2017 Pasal 310 (from memory, UNCONFIRMED); cuti bersama is a holiday input of workhours.
    TAHUNAN = "tahunan"
    BESAR = "besar"
    SAKIT = "sakit"
    MELAHIRKAN = "melahirkan"
    ALASAN_PENTING = "alasan_penting"
    CLTN = "cltn"  # cuti di luar tanggungan negara


def _check_range(first_day: date, last_day: date) -> None:
    if last_day < first_day:
        raise ValueError(f"The period ends ({last_day}) before it starts ({first_day}).")


@dataclass(frozen=True)
class Leave:
    """Approved cuti, first and last day included."""

    kind: LeaveKind
    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        _check_range(self.first_day, self.last_day)

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class OfficialDuty:
    """Approved dinas luar for whole days, first and last day included."""

    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        _check_range(self.first_day, self.last_day)

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


class MissingPunchRule(StrEnum):
    """What a missing clock-in (or clock-out) counts as when the other punch exists."""

    # Default. §3.1 (Tulang Bawang TL4 "≥ 91 min, or no attendance record") and §3.3 (PMK 221/2021
    # "≥ 10.01 or no check-in") charge a missing record like the heaviest band, so the missing punch
    # counts as late (early) by the whole span of the day, start to end, which lands in any top band.
    FULL_SPAN = "full_span"
    # Zero minutes; only the missing_in / missing_out flag tells, for schedules charging it apart (§3.2).
    # The day's kind then follows the punch that exists (an on-time clock-in alone reads as present).
    NO_MINUTES = "no_minutes"


@dataclass(frozen=True)
class AttendancePolicy:
    """How punches are read; a per-government setting (the document fixes neither rule)."""

    missing_punch: MissingPunchRule = MissingPunchRule.FULL_SPAN
    # Punches before the split are clock-ins, those at or after it clock-outs (the "absen masuk" and
    # "absen pulang" windows of presence apps); None means halfway between expected start and end.
    split: time | None = None


DEFAULT_POLICY = AttendancePolicy()


@dataclass(frozen=True)
class DayStatus:
    day: date
    kind: DayKind
    minutes_late: int = 0
    minutes_early: int = 0
    first_punch: datetime | None = None  # the clock-in used
    last_punch: datetime | None = None  # the clock-out used
    missing_in: bool = False
    missing_out: bool = False
    leave_kind: LeaveKind | None = None

    @property
    def is_present(self) -> bool:
        return self.kind in PRESENT_KINDS


def _punches_of(day: date, punches: Iterable[datetime | time]) -> list[datetime]:
    """The punches of ``day``, sorted, duplicates dropped; punches of other dates are ignored."""
    moments = set()
    for punch in punches:
        if punch.tzinfo is not None:
            raise ValueError(f"Punch {punch} carries a time zone; pass local wall-clock times.")
        if isinstance(punch, datetime):
            if punch.date() == day:
                moments.add(punch)
        else:
            moments.add(datetime.combine(day, punch))
    return sorted(moments)


def _split(expected: ExpectedHours, policy: AttendancePolicy) -> datetime:
    if policy.split is not None:
        return datetime.combine(expected.day, policy.split)
    return expected.start + (expected.end - expected.start) / 2


def _kind(minutes_late: int, minutes_early: int) -> DayKind:
    if minutes_late and minutes_early:
        return DayKind.LATE_AND_EARLY_LEAVE
    if minutes_late:
        return DayKind.LATE
    if minutes_early:
        return DayKind.EARLY_LEAVE
    return DayKind.PRESENT


def day_status(day: date, expected: ExpectedHours | None, punches: Iterable[datetime | time] = (), *,
               leaves: Iterable[Leave] = (), duties: Iterable[OfficialDuty] = (),
               policy: AttendancePolicy = DEFAULT_POLICY) -> DayStatus:
    """The status of ``day``; ``expected`` is None on a non-working day (workhours.expected_hours).

    A non-working day stays one whatever the punches or leave; approved leave or dinas luar covering a
    working day wins over the punches; two of them covering the same day is a data error.
    """
    moments = _punches_of(day, punches)
    if expected is None:
        return DayStatus(day, DayKind.NON_WORKING_DAY, first_punch=moments[0] if moments else None,
                         last_punch=moments[-1] if len(moments) > 1 else None)
    if expected.day != day:
        raise ValueError(f"The expected hours are those of {expected.day}, not of {day}.")

    split = _split(expected, policy)
    ins = [moment for moment in moments if moment < split]
    outs = [moment for moment in moments if moment >= split]
    first = ins[0] if ins else None
    last = outs[-1] if outs else None

    excuses = [leave for leave in leaves if leave.covers(day)] + [d for d in duties if d.covers(day)]
    if len(excuses) > 1:
        raise ValueError(f"{len(excuses)} leave or duty periods cover {day}; see overlapping_periods.")
    if excuses:
        excuse = excuses[0]
        if isinstance(excuse, Leave):
            return DayStatus(day, DayKind.ON_LEAVE, first_punch=first, last_punch=last,
                             leave_kind=excuse.kind)
        return DayStatus(day, DayKind.ON_DUTY, first_punch=first, last_punch=last)

    if not moments:
        return DayStatus(day, DayKind.ABSENT)

    full_span = MissingPunchRule(policy.missing_punch) is MissingPunchRule.FULL_SPAN
    missing = expected.span_minutes if full_span else 0
    # §3 convention (Peraturan ANRI 18/2016): whole minutes, floored; 07:30:59 is not late, 07:31:00 is.
    late = max(0, (first - expected.start) // MINUTE) if first is not None else missing
    # Same convention mirrored for leaving early (design decision): 15:59:01 is not early, 15:59:00 is.
    early = max(0, (expected.end - last) // MINUTE) if last is not None else missing
    return DayStatus(day, _kind(late, early), late, early, first, last,
                     missing_in=first is None, missing_out=last is None)


def overlapping_periods(periods: Sequence[tuple[date, date]]) -> tuple[tuple[int, int], ...]:
    """Index pairs (i < j) of periods sharing at least one day; first and last days are included."""
    for first_day, last_day in periods:
        _check_range(first_day, last_day)
    return tuple((i, j) for i, (start_i, end_i) in enumerate(periods)
                 for j, (start_j, end_j) in enumerate(periods)
                 if i < j and start_i <= end_j and start_j <= end_i)


@dataclass(frozen=True)
class MonthSummary:
    """A month of day statuses in counts; late/early days include the days that are both."""

    year: int
    month: int
    working_days: int
    present_days: int
    late_days: int
    early_leave_days: int
    absent_days: int
    leave_days: int
    leave_days_by_kind: tuple[tuple[LeaveKind, int], ...]
    duty_days: int
    non_working_days: int
    minutes_late: int
    minutes_early: int
    missing_in_days: int
    missing_out_days: int

    def leave_days_of(self, kind: LeaveKind | str) -> int:
        return dict(self.leave_days_by_kind).get(LeaveKind(kind), 0)


def summarise_month(year: int, month: int, statuses: Iterable[DayStatus]) -> MonthSummary:
    """Counts for the TPP computation; a day outside the month or given twice is an error."""
    statuses = list(statuses)
    days = Counter(status.day for status in statuses)
    for day, times in days.items():
        if (day.year, day.month) != (year, month):
            raise ValueError(f"{day} is not in {year}-{month:02d}.")
        if times > 1:
            raise ValueError(f"{day} has {times} statuses.")
    kinds = Counter(status.kind for status in statuses)
    leave_kinds = Counter(s.leave_kind for s in statuses if s.kind is DayKind.ON_LEAVE)
    both = kinds[DayKind.LATE_AND_EARLY_LEAVE]
    return MonthSummary(
        year=year,
        month=month,
        working_days=len(statuses) - kinds[DayKind.NON_WORKING_DAY],
        present_days=sum(kinds[kind] for kind in PRESENT_KINDS),
        late_days=kinds[DayKind.LATE] + both,
        early_leave_days=kinds[DayKind.EARLY_LEAVE] + both,
        absent_days=kinds[DayKind.ABSENT],
        leave_days=kinds[DayKind.ON_LEAVE],
        leave_days_by_kind=tuple((kind, leave_kinds[kind]) for kind in LeaveKind if leave_kinds[kind]),
        duty_days=kinds[DayKind.ON_DUTY],
        non_working_days=kinds[DayKind.NON_WORKING_DAY],
        minutes_late=sum(s.minutes_late for s in statuses if s.is_present),
        minutes_early=sum(s.minutes_early for s in statuses if s.is_present),
        missing_in_days=sum(s.missing_in for s in statuses),
        missing_out_days=sum(s.missing_out for s in statuses),
    )


def longest_absence_run(statuses: Iterable[DayStatus]) -> int:
    """The most TK working days in a row (PP 94/2021: 10 in a row leads to PDHTAPS, §6.3).

    Pass every calendar day of the range: non-working days neither count nor break a run, while any
    other status, or a date missing from the input, breaks it.
    """
    longest = current = 0
    previous: date | None = None
    for status in sorted(statuses, key=lambda s: s.day):
        if previous is not None and status.day - previous != timedelta(days=1):
            current = 0
        previous = status.day
        if status.kind is DayKind.ABSENT:
            current += 1
            longest = max(longest, current)
        elif status.kind is not DayKind.NON_WORKING_DAY:
            current = 0
    return longest
