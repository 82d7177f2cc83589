"""Example TPP schedules (allowance-and-discipline.md §3) and the central comparator tables.

Schedule A (Tulang Bawang) and Schedule B (Timor Tengah Utara) reproduce the rates found in the
two pemda's own presence apps; the Perbup behind each was not found (§8 doubt 2), so neither has an
``effective_from`` and both must be checked against the Perbup text before real use.

``NATIONAL_DEFAULT`` is the starting point offered to a new pemda, not a national rule: no national
deduction table exists (§1: every number is the pemda's own Perkada). What it holds and how sure:

- split 40/60: CONFIRMED as common practice (§2); its attribution to Kepmendagri 900-4700/2020 is
  UNCONFIRMED (§8 doubt 1).
- TL1-TL4 = 1-30 / 31-60 / 61-90 / >= 91 minutes at 0.5 / 1 / 1.25 / 1.5% of the disiplin share:
  Schedule A's table (from app code), end points also reported for Kab. Tebo (SECONDARY); the
  PermenPANRB 63/2011 ancestry is UNCONFIRMED.
- PSW1-PSW4 on the same minute bands (the bands of §5 example H2): PSW1-PSW3 at 0.5 / 1 / 1.25% follow
  PMK 221/PMK.01/2021 (SECONDARY); PSW4 1.5% mirrors TL4 because the longer band was not captured
  (UNCONFIRMED).
- no clock-in 1.5% (Schedule A charges it as TL4), no clock-out 1.5% (mirrors PSW4: UNCONFIRMED).
- TK 12% per day and apel 2% per event: Schedule B's and Schedule A's values, UNCONFIRMED as a default.
- no rate for missing daily reports, late SKP, leave or hukuman disiplin: the document gives none for
  a pemda, so the default charges nothing; ``PP94_SEDANG_PENALTIES`` waits for the PP on gaji and
  tunjangan (§6.2) and the Permentan / Permen PDT tables below are central models to copy from.
- status factor 100% for every kind (§4.1; CPNS 80% is Kab. Seruyan's rule, SECONDARY).
- components: PK follows the performance achievement, TB/KK/KP/PO are paid untouched (§1.1 flags,
  UNCONFIRMED); caps 100% per share; half-up rounding to the rupiah at the end (§4.1, UNCONFIRMED).
"""

from decimal import Decimal

from .schedules import (
    ComponentRule,
    DeductionKind,
    DeductionRule,
    LeaveKind,
    LeaveMeasure,
    LeaveRule,
    LeaveTier,
    PayrollDeduction,
    PenaltyRule,
    Share,
    ShareSplit,
    TppCriterion,
    TppSchedule,
)

LATE = DeductionKind.LATE
EARLY = DeductionKind.EARLY_LEAVE
BREAK = DeductionKind.BREAK_LATE


def _band(code: str, kind: DeductionKind, first: int, last: int | None, percent: str, label: str,
          source: str) -> DeductionRule:
    return DeductionRule(code, kind, Decimal(percent), label, first_minute=first, last_minute=last,
                         source=source)


def _per_event(code: str, kind: DeductionKind, percent: str, label: str, source: str) -> DeductionRule:
    return DeductionRule(code, kind, Decimal(percent), label, source=source)


_SIAPTUBA = "SIAPTUBA _modal_rumus_tpp.blade.php, Helper.php (Perbup Tulang Bawang, number UNCONFIRMED)"
_SIAPTUBA_CRON = "SIAPTUBA Cronjob/Cuti.php: 0.6% of total TPP = 1.5% of disiplin"

# Perbup Tulang Bawang tentang TPP (number/year UNCONFIRMED, §3.1); rates in % of disiplin (40% of TPP).
TULANG_BAWANG = TppSchedule(
    name="Kabupaten Tulang Bawang (Schedule A)",
    source="Perbup Kab. Tulang Bawang tentang TPP (number/year UNCONFIRMED); rates of the SIAPTUBA app",
    split=ShareSplit(Decimal(40), Decimal(60)),
    deductions=(
        _band("TL1", LATE, 1, 30, "0.5", "Terlambat 1-30 menit", _SIAPTUBA),
        _band("TL2", LATE, 31, 60, "1", "Terlambat 31-60 menit", _SIAPTUBA),
        _band("TL3", LATE, 61, 90, "1.25", "Terlambat 61-90 menit", _SIAPTUBA),
        _band("TL4", LATE, 91, None, "1.5", "Terlambat 91 menit atau lebih", _SIAPTUBA),
        # §3.1: TL4 also covers "no attendance record"; a line of its own so the payslip says why.
        _per_event("TL4-TMK", DeductionKind.NO_CHECK_IN, "1.5", "Tidak ada presensi (TL4)", _SIAPTUBA),
        # §3.1: 2% derived from the 0.8%-of-TPP reading; not coded in the app.
        _per_event("APEL", DeductionKind.ASSEMBLY_ABSENT, "2", "Tidak mengikuti apel/upacara",
                   "§3.1 Schedule A (derived, not coded in SIAPTUBA)"),
        _per_event("IZIN_DITOLAK", DeductionKind.REQUEST_REJECTED, "1.5",
                   "Izin tidak diproses 3 hari (ditolak otomatis)", _SIAPTUBA_CRON),
    ),
    # PSW rates of Tulang Bawang were not published in the app (§8 doubt 3): no PSW bands.
    components=(ComponentRule(TppCriterion.PRESTASI_KERJA, performance_applies=True),),
)

_TTU = "presensi-ttukab models/Pegawai.php (Perbup TTU, number UNCONFIRMED)"

# Perbup Timor Tengah Utara tentang TPP (number UNCONFIRMED, §3.2); % of absensi (40% of pokok tunjangan).
TIMOR_TENGAH_UTARA = TppSchedule(
    name="Kabupaten Timor Tengah Utara (Schedule B)",
    source="Perbup Kab. Timor Tengah Utara tentang TPP (number UNCONFIRMED); rates of presensi-ttukab",
    split=ShareSplit(Decimal(40), Decimal(60)),
    deductions=(
        _band("TL1", LATE, 1, 15, "1", "Terlambat masuk 1-15 menit", f"{_TTU} getPersenPotonganInterval"),
        _band("TL2", LATE, 16, 30, "2", "Terlambat masuk 16-30 menit", f"{_TTU} getPersenPotonganInterval"),
        _band("TL3", LATE, 31, None, "2.5", "Terlambat masuk 31 menit atau lebih",
              f"{_TTU} getPersenPotonganInterval"),
        _per_event("TMK", DeductionKind.NO_CHECK_IN, "4", "Tidak presensi masuk",
                   f"{_TTU} getPersenPotonganPresensi"),
        _band("TLI1", BREAK, 1, 15, "1", "Terlambat masuk istirahat 1-15 menit",
              f"{_TTU} getPersenPotonganInterval"),
        _band("TLI2", BREAK, 16, 30, "2", "Terlambat masuk istirahat 16-30 menit",
              f"{_TTU} getPersenPotonganInterval"),
        _band("TLI3", BREAK, 31, None, "2.5", "Terlambat masuk istirahat 31 menit atau lebih",
              f"{_TTU} getPersenPotonganInterval"),
        _per_event("TMI", DeductionKind.NO_BREAK_RECORD, "4", "Tidak presensi masuk istirahat",
                   f"{_TTU} getPersenPotonganPresensi"),
        # §3.2: 1% for any interval; the app's quirk (only the 1-15 and 16-30 buckets counted) is not copied.
        _band("PSW", EARLY, 1, None, "1", "Pulang sebelum waktunya", f"{_TTU} getPersenPotonganInterval"),
        _per_event("TPP", DeductionKind.NO_CHECK_OUT, "4", "Tidak presensi pulang",
                   f"{_TTU} getPersenPotonganPresensi"),
        _per_event("APEL", DeductionKind.ASSEMBLY_ABSENT, "4", "Tidak hadir apel pagi/sore, upacara, senam",
                   f"{_TTU} getPersenPotonganKetidakhadiranKegiatan"),
        _per_event("SIDAK", DeductionKind.SPOT_CHECK_ABSENT, "4", "Tidak hadir saat sidak",
                   f"{_TTU} getPersenPotonganKetidakhadiranKegiatan"),
        _per_event("TK", DeductionKind.ABSENT_WITHOUT_REASON, "12", "Tidak masuk tanpa keterangan",
                   f"{_TTU} getPersenPotonganTidakHadirTanpaKeterangan"),
    ),
)

_DEFAULT = "Abdi default (allowance-and-discipline.md §3, see presets docstring)"
_PMK_221 = "PMK 221/PMK.01/2021 PSW bands (SECONDARY)"

# No national Perkada exists: a default for a new pemda, every figure to be replaced by its Perbup/Perwal.
NATIONAL_DEFAULT = TppSchedule(
    name="Default (replace with the Perkada)",
    source=_DEFAULT,
    split=ShareSplit(Decimal(40), Decimal(60)),
    deductions=(
        _band("TL1", LATE, 1, 30, "0.5", "Terlambat 1-30 menit", _DEFAULT),
        _band("TL2", LATE, 31, 60, "1", "Terlambat 31-60 menit", _DEFAULT),
        _band("TL3", LATE, 61, 90, "1.25", "Terlambat 61-90 menit", _DEFAULT),
        _band("TL4", LATE, 91, None, "1.5", "Terlambat 91 menit atau lebih", _DEFAULT),
        _band("PSW1", EARLY, 1, 30, "0.5", "Pulang sebelum waktunya 1-30 menit", _PMK_221),
        _band("PSW2", EARLY, 31, 60, "1", "Pulang sebelum waktunya 31-60 menit", _PMK_221),
        _band("PSW3", EARLY, 61, 90, "1.25", "Pulang sebelum waktunya 61-90 menit", _PMK_221),
        _band("PSW4", EARLY, 91, None, "1.5", "Pulang sebelum waktunya 91 menit atau lebih",
              f"{_DEFAULT} (UNCONFIRMED)"),
        _per_event("TMK", DeductionKind.NO_CHECK_IN, "1.5", "Tidak presensi masuk", _DEFAULT),
        _per_event("TPM", DeductionKind.NO_CHECK_OUT, "1.5", "Tidak presensi pulang",
                   f"{_DEFAULT} (UNCONFIRMED)"),
        _per_event("TK", DeductionKind.ABSENT_WITHOUT_REASON, "12", "Tidak masuk tanpa keterangan",
                   f"{_DEFAULT} (UNCONFIRMED)"),
        _per_event("APEL", DeductionKind.ASSEMBLY_ABSENT, "2", "Tidak mengikuti apel/upacara",
                   f"{_DEFAULT} (UNCONFIRMED)"),
    ),
    components=(
        ComponentRule(TppCriterion.PRESTASI_KERJA, performance_applies=True),
        ComponentRule(TppCriterion.TEMPAT_BERTUGAS),
        ComponentRule(TppCriterion.KONDISI_KERJA),
        ComponentRule(TppCriterion.KELANGKAAN_PROFESI),
        ComponentRule(TppCriterion.PERTIMBANGAN_OBJEKTIF),
    ),
)

PRESETS: tuple[TppSchedule, ...] = (TULANG_BAWANG, TIMOR_TENGAH_UTARA, NATIONAL_DEFAULT)
# The key a stored rule set remembers it started from.
PRESETS_BY_KEY: dict[str, TppSchedule] = {
    "national": NATIONAL_DEFAULT, "tulang_bawang": TULANG_BAWANG,
    "timor_tengah_utara": TIMOR_TENGAH_UTARA,
}

# §4.2 T1 / §8 doubt 7: employee BPJS 1% of TPP where a pemda deducts it (a per-pemda flag).
BPJS_EMPLOYEE_SHARE = PayrollDeduction("BPJS", "Iuran BPJS Kesehatan (1%)", Decimal(1))

_PP94 = "PP 94/2021 Pasal 8 (applies to TPP once the PP on gaji and tunjangan exists, §6.2)"

# PP 94/2021 Pasal 8: sedang = pemotongan tunjangan kinerja 25% for 6, 9 or 12 months.
PP94_SEDANG_PENALTIES: tuple[PenaltyRule, ...] = (
    PenaltyRule("S1", "Pemotongan tunjangan kinerja 25% selama 6 bulan", Decimal(25), 6, _PP94),
    PenaltyRule("S2", "Pemotongan tunjangan kinerja 25% selama 9 bulan", Decimal(25), 9, _PP94),
    PenaltyRule("S3", "Pemotongan tunjangan kinerja 25% selama 12 bulan", Decimal(25), 12, _PP94),
)

_PERMENTAN = "Permentan 68/2012 (central tukin model, §3.3)"

# Permentan 68/2012: tukin cut per hukuman disiplin of PP 53/2010 (a central model; pemda tables differ).
PERMENTAN_68_2012_PENALTIES: tuple[PenaltyRule, ...] = (
    PenaltyRule("R1", "Teguran lisan", Decimal(20), 1, _PERMENTAN),
    PenaltyRule("R2", "Teguran tertulis", Decimal(30), 2, _PERMENTAN),
    PenaltyRule("R3", "Pernyataan tidak puas secara tertulis", Decimal(40), 3, _PERMENTAN),
    PenaltyRule("S1", "Hukuman sedang (PP 53/2010), jenis 1", Decimal(40), 6, _PERMENTAN),
    PenaltyRule("S2", "Hukuman sedang (PP 53/2010), jenis 2", Decimal(50), 8, _PERMENTAN),
    PenaltyRule("S3", "Hukuman sedang (PP 53/2010), jenis 3", Decimal(60), 10, _PERMENTAN),
    PenaltyRule("B1", "Hukuman berat (PP 53/2010), jenis 1", Decimal(60), 12, _PERMENTAN),
    PenaltyRule("B2", "Hukuman berat (PP 53/2010), jenis 2", Decimal(70), 12, _PERMENTAN),
    PenaltyRule("B3", "Hukuman berat (PP 53/2010), jenis 3", Decimal(80), 12, _PERMENTAN),
    PenaltyRule("B4", "Pemberhentian, sedang mengajukan banding", Decimal(100), None, _PERMENTAN),
)


def _leave(kind: LeaveKind, label: str, source: str, measure: LeaveMeasure,
           *tiers: tuple[int, int | None, int]) -> LeaveRule:
    paid = tuple(LeaveTier(first, last, Decimal(percent)) for first, last, percent in tiers)
    return LeaveRule(kind, measure, paid, label, Share.TOTAL, source)


DAYS, MONTH = LeaveMeasure.DAYS, LeaveMeasure.MONTH

# Permentan 68/2012: share of tukin still paid during cuti; months of sick leave taken as 30 days each
# (the conversion is UNCONFIRMED) and the last tier left open so that no leave goes unpriced.
PERMENTAN_68_2012_LEAVE: tuple[LeaveRule, ...] = (
    _leave(LeaveKind.TAHUNAN, "Cuti tahunan", _PERMENTAN, DAYS, (1, None, 100)),
    _leave(LeaveKind.BESAR, "Cuti besar", _PERMENTAN, MONTH, (1, 1, 50), (2, 2, 25), (3, None, 10)),
    _leave(LeaveKind.ALASAN_PENTING, "Cuti karena alasan penting", _PERMENTAN,
           MONTH, (1, 1, 50), (2, None, 25)),
    _leave(LeaveKind.MELAHIRKAN, "Cuti melahirkan anak ke-1/2", _PERMENTAN, MONTH, (1, None, 100)),
    _leave(LeaveKind.MELAHIRKAN_ANAK_KETIGA, "Cuti melahirkan anak ke-3", _PERMENTAN,
           MONTH, (1, 1, 60), (2, 2, 30), (3, None, 20)),
    _leave(LeaveKind.SAKIT, "Cuti sakit", _PERMENTAN,
           DAYS, (1, 2, 100), (3, 14, 75), (15, 30, 50), (31, 60, 30), (61, 180, 20), (181, None, 10)),
)

_PDT = "Permen PDT 5/2013 (central tukin model, §3.3)"

# Permen PDT 5/2013: share of tukin paid during cuti; 1 sick day is not stated and taken as 100%.
PERMEN_PDT_5_2013_LEAVE: tuple[LeaveRule, ...] = (
    _leave(LeaveKind.BESAR, "Cuti besar", _PDT, MONTH, (1, 1, 80), (2, 2, 60), (3, None, 40)),
    _leave(LeaveKind.SAKIT, "Cuti sakit", _PDT,
           DAYS, (1, 5, 100), (6, 14, 80), (15, 30, 60), (31, None, 40)),
)
