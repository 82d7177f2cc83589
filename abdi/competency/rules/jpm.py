"""Default standards, gaps, Job Person Match and its categories (competency-and-talent.md §5.4-5.6)."""

from decimal import ROUND_HALF_UP, Decimal

from .kamus import STANDARD_CODES

# §5.4 default level for M1-M8 and SK1 by jabatan kind and level (UNCONFIRMED; editable per jabatan).
# Keys are abdi.people.choices JobKind / JobLevel values (rules import nothing of Django).
DEFAULT_BY_LEVEL = {
    ("JPT", "UTAMA"): 5, ("JPT", "MADYA"): 5, ("JPT", "PRATAMA"): 4,
    ("FUNGSIONAL", "AHLI_UTAMA"): 4, ("FUNGSIONAL", "AHLI_MADYA"): 3,
    ("FUNGSIONAL", "AHLI_MUDA"): 2, ("FUNGSIONAL", "AHLI_PERTAMA"): 1,
    # JF Keterampilan: 1 (Penyelia "possibly 2" is unconfirmed, so 1).
    ("FUNGSIONAL", "PENYELIA"): 1, ("FUNGSIONAL", "MAHIR"): 1,
    ("FUNGSIONAL", "TERAMPIL"): 1, ("FUNGSIONAL", "PEMULA"): 1,
}
# When the level is not recorded: a regional government's JPT is Pratama; a JF is assumed Pertama.
DEFAULT_BY_KIND = {"JPT": 4, "ADMINISTRATOR": 3, "PENGAWAS": 2, "PELAKSANA": 1, "FUNGSIONAL": 1}

V1, V2, V3, V4 = "V1", "V2", "V3", "V4"  # §5.5 variants; V1 is the default
PEMETAAN = (("optimal", Decimal("90")), ("cukup_optimal", Decimal("78")), ("kurang_optimal", None))
SELEKSI = (("MS", Decimal("80")), ("MMS", Decimal("68")), ("KMS", None))
CATEGORY_NAMES = {"optimal": "Optimal", "cukup_optimal": "Cukup Optimal",
                  "kurang_optimal": "Kurang Optimal", "MS": "Memenuhi Syarat",
                  "MMS": "Masih Memenuhi Syarat", "KMS": "Kurang Memenuhi Syarat"}
TWO = Decimal("0.01")
HUNDRED = Decimal(100)


def default_level(kind: str, level: str = "") -> int:
    """The default required level of the 9 standard competencies for a jabatan (§5.4)."""
    return DEFAULT_BY_LEVEL.get((kind, level)) or DEFAULT_BY_KIND.get(kind, 1)


def default_profile(kind: str, level: str = "") -> dict[str, int]:
    required = default_level(kind, level)
    return dict.fromkeys(STANDARD_CODES, required)


def gaps(actual: dict[str, int], required: dict[str, int]) -> dict[str, int]:
    """gap_c = actual_c - standard_c over the profile; a competency not assessed is not a gap."""
    return {c: actual[c] - r for c, r in required.items() if c in actual}


def jpm(actual: dict[str, int], required: dict[str, int], variant: str = V1) -> Decimal | None:
    """JPM in percent, rounded to 2 dp half-up (R-KOM-2, R-KOM-3); None without a profile."""
    codes = [c for c in required if c in actual and required[c] > 0]
    if not codes:
        return None
    total_std = sum(required[c] for c in codes)
    if variant == V3:
        ratios = sum(Decimal(actual[c] / required[c]).quantize(TWO, ROUND_HALF_UP) for c in codes)
        value = HUNDRED * ratios / len(codes)
    elif variant == V4:
        value = HUNDRED * sum(min(actual[c], required[c]) for c in codes) / Decimal(total_std)
    else:
        value = HUNDRED * sum(actual[c] for c in codes) / Decimal(total_std)
    value = value.quantize(TWO, ROUND_HALF_UP)
    if variant == V1:
        value = min(value, Decimal("100.00"))
    return value


def ikk(jpm_value: Decimal) -> Decimal:
    """Indeks kesenjangan kompetensi = 100 - JPM."""
    return (HUNDRED - jpm_value).quantize(TWO)


def _band(value: Decimal, bands) -> str:
    value = Decimal(value).quantize(TWO, ROUND_HALF_UP)
    for name, low in bands:
        if low is None or value >= low:  # a value on the boundary belongs to the higher band
            return name
    raise AssertionError("unreachable")


def pemetaan_category(value: Decimal) -> str:
    return _band(value, PEMETAAN)


def seleksi_category(value: Decimal) -> str:
    return _band(value, SELEKSI)
