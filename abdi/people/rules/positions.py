"""Kinds of jabatan, their levels and groups, JF jenjang golongan ranges, kelas jabatan."""

from .grades import PNS_GRADE_BY_CODE, normalise_pns_grade
from .kinds import JfLevel, JobGroup, JobKind, JptLevel

# UU 20/2023 Pasal 55 structure: JPT, administrator, pengawas are manajerial; JF, pelaksana not.
JOB_GROUPS: dict[JobKind, JobGroup] = {
    JobKind.JPT: JobGroup.MANAJERIAL,
    JobKind.ADMINISTRATOR: JobGroup.MANAJERIAL,
    JobKind.PENGAWAS: JobGroup.MANAJERIAL,
    JobKind.FUNGSIONAL: JobGroup.NONMANAJERIAL,
    JobKind.PELAKSANA: JobGroup.NONMANAJERIAL,
}

# UU 5/2014 Pasal 18: JF keahlian and keterampilan jenjang.
JF_KEAHLIAN = frozenset(
    {JfLevel.AHLI_PERTAMA, JfLevel.AHLI_MUDA, JfLevel.AHLI_MADYA, JfLevel.AHLI_UTAMA}
)
JF_KETERAMPILAN = frozenset({JfLevel.PEMULA, JfLevel.TERAMPIL, JfLevel.MAHIR, JfLevel.PENYELIA})

# PermenPANRB 1/2023: golongan range of each JF jenjang (lowest, highest).
JF_GRADE_RANGES: dict[JfLevel, tuple[str, str]] = {
    JfLevel.AHLI_PERTAMA: ("III/a", "III/b"),
    JfLevel.AHLI_MUDA: ("III/c", "III/d"),
    JfLevel.AHLI_MADYA: ("IV/a", "IV/c"),
    JfLevel.AHLI_UTAMA: ("IV/d", "IV/e"),
    # Pemula, Terampil, Mahir are reconstructed from a BKN slide: verify in PermenPANRB 1/2023.
    JfLevel.PEMULA: ("II/a", "II/a"),
    JfLevel.TERAMPIL: ("II/b", "II/d"),
    JfLevel.MAHIR: ("III/a", "III/b"),
    JfLevel.PENYELIA: ("III/c", "III/d"),
}

# Evaluasi jabatan (PermenPANRB 34/2011, UNCONFIRMED): kelas jabatan run from 1 to 17.
KELAS_JABATAN_RANGE = (1, 17)


def job_group(kind: JobKind | str) -> JobGroup:
    return JOB_GROUPS[JobKind(kind)]


def normalise_job_level(kind: JobKind | str, level: str | None) -> JptLevel | JfLevel | None:
    """The level that fits the kind: a JF jenjang (required), a JPT level (optional), else none."""
    kind = JobKind(kind)
    level = level or None
    if kind is JobKind.FUNGSIONAL:
        if level is None:
            raise ValueError("A jabatan fungsional needs its jenjang (e.g. AHLI_MUDA).")
        return _member(JfLevel, level, "JF jenjang")
    if kind is JobKind.JPT:
        return None if level is None else _member(JptLevel, level, "JPT level")
    if level is not None:
        raise ValueError(f"A jabatan {kind.lower()} has no level; got {level!r}.")
    return None


def _member(enum, value, label):
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(enum)
        raise ValueError(f"Unknown {label} {value!r}; expected one of {known}.") from None


def jf_grade_range(level: JfLevel | str) -> tuple[str, str]:
    return JF_GRADE_RANGES[_member(JfLevel, level, "JF jenjang")]


def grade_fits_jf_level(grade: str, level: JfLevel | str) -> bool:
    """Whether a PNS golongan lies in the range of a JF jenjang."""
    low, high = jf_grade_range(level)
    ordinal = PNS_GRADE_BY_CODE[normalise_pns_grade(grade)].ordinal
    return PNS_GRADE_BY_CODE[low].ordinal <= ordinal <= PNS_GRADE_BY_CODE[high].ordinal


def validate_kelas_jabatan(kelas: int | str) -> int:
    """The kelas jabatan as an int, or ValueError when it is not a whole number 1 to 17."""
    low, high = KELAS_JABATAN_RANGE
    if isinstance(kelas, str) and kelas.strip().isascii() and kelas.strip().isdigit():
        kelas = int(kelas.strip())
    if isinstance(kelas, bool) or not isinstance(kelas, int) or not low <= kelas <= high:
        raise ValueError(
            f"Kelas jabatan must be a whole number from {low} to {high}; got {kelas!r}."
        )
    return kelas
