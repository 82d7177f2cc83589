"""Who may impose a hukuman disiplin at a Kabupaten/Kota (pejabat yang berwenang menghukum, §6.4).

PP 94/2021 as summarised article by article in a public rules repository; the structure is CONFIRMED,
the article numbers (about Pasal 18-24) still need checking against the JDIH text.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from .discipline import DisciplineLevel, Penalty, penalties_of


class Official(StrEnum):
    PRESIDEN = "presiden"
    PPK = "ppk"  # Bupati/Wali Kota
    JPT_PRATAMA = "jpt_pratama"  # Sekda, kepala dinas/badan
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    JF_AHLI_MADYA = "jf_ahli_madya"  # designated to lead a unit that has no Administrator
    JF_AHLI_MUDA = "jf_ahli_muda"  # designated to lead a unit that has no Pengawas


class OffenderPosition(StrEnum):
    JPT_PRATAMA = "jpt_pratama"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    PELAKSANA = "pelaksana"
    JF_AHLI_UTAMA = "jf_ahli_utama"
    JF = "jf"  # a jabatan fungsional other than Ahli Utama


def offender_position(job_kind: str, level: str | None = None) -> OffenderPosition:
    """The position kind from the stored jabatan kind and level (abdi.people JobKind/JptLevel/JfLevel)."""
    job_kind, level = job_kind.upper(), (level or "").upper()
    if job_kind == "JPT":
        if level != "PRATAMA":
            raise ValueError(f"A Kabupaten/Kota has no JPT {level or 'without level'}.")
        return OffenderPosition.JPT_PRATAMA
    if job_kind == "FUNGSIONAL":
        return OffenderPosition.JF_AHLI_UTAMA if level == "AHLI_UTAMA" else OffenderPosition.JF
    return OffenderPosition(job_kind.lower())


_RINGAN = penalties_of(DisciplineLevel.RINGAN)
_SEDANG = penalties_of(DisciplineLevel.SEDANG)
_BERAT = penalties_of(DisciplineLevel.BERAT)

# PP 94/2021 (≈ Pasal 18-24, kab/kota): what the President and the PPK may impose, by offender.
TOP_AUTHORITY: dict[OffenderPosition, dict[Official, frozenset[Penalty]]] = {
    OffenderPosition.JPT_PRATAMA: {Official.PPK: _RINGAN | _SEDANG | _BERAT},
    OffenderPosition.JF_AHLI_UTAMA: {
        Official.PRESIDEN: frozenset({Penalty.B3}),  # on the PPK's proposal
        Official.PPK: _RINGAN | _SEDANG | {Penalty.B1, Penalty.B2},
    },
    OffenderPosition.ADMINISTRATOR: {Official.PPK: _SEDANG | _BERAT},
    OffenderPosition.PENGAWAS: {Official.PPK: _SEDANG | _BERAT},
    OffenderPosition.PELAKSANA: {Official.PPK: _SEDANG | _BERAT},
    OffenderPosition.JF: {Official.PPK: _BERAT},
}

# PP 94/2021 (≈ Pasal 18-24): what a superior may impose on a PNS 1 or 2 levels below him.
BY_DISTANCE: dict[Official, dict[int, frozenset[Penalty]]] = {
    Official.JPT_PRATAMA: {1: _RINGAN, 2: _SEDANG},
    Official.ADMINISTRATOR: {1: _RINGAN, 2: _SEDANG},
    Official.PENGAWAS: {1: _RINGAN},
    Official.JF_AHLI_MADYA: {1: _RINGAN},
    Official.JF_AHLI_MUDA: {1: _RINGAN},
}

# PP 94/2021 (≈ Pasal 18-24): a JPT Pratama or Administrator may impose ringan and sedang on a JF of his unit.
OVER_JF_OF_UNIT: dict[Official, frozenset[Penalty]] = {
    Official.JPT_PRATAMA: _RINGAN | _SEDANG,
    Official.ADMINISTRATOR: _RINGAN | _SEDANG,
}

# Superiors only count for these offenders; a JPT Pratama and a JF Ahli Utama answer to the PPK.
_CHAIN_OFFENDERS = frozenset({OffenderPosition.ADMINISTRATOR, OffenderPosition.PENGAWAS,
                              OffenderPosition.PELAKSANA, OffenderPosition.JF})


@dataclass(frozen=True)
class Superior:
    post: Official
    vacant: bool = False


@dataclass(frozen=True)
class Imposer:
    official: Official
    chain_index: int | None = None  # position in the offender's chain of superiors; None for PPK, President


def _holder(chain: Sequence[Superior], index: int) -> Imposer:
    """Whoever acts for the post at ``index``: itself, else the next higher official in post."""
    for above in range(index, len(chain)):
        if not chain[above].vacant:
            return Imposer(chain[above].post, above)
    return Imposer(Official.PPK)


def _may(post: Official, distance: int, offender: OffenderPosition, penalty: Penalty) -> bool:
    if penalty in BY_DISTANCE.get(post, {}).get(distance, frozenset()):
        return True
    return offender is OffenderPosition.JF and penalty in OVER_JF_OF_UNIT.get(post, frozenset())


def who_may_impose(penalty: Penalty | str, offender: OffenderPosition | str,
                   chain: Sequence[Superior | Official | str] = ()) -> tuple[Imposer, ...]:
    """The officials who may impose ``penalty``, nearest first.

    ``chain`` holds the offender's superiors below the PPK, the direct superior first (e.g. Kepala
    Seksi, Kepala Bidang, Kepala Dinas). A vacant post's power passes to the next higher official;
    when nobody is competent, the next higher official is the PPK.
    """
    penalty, offender = Penalty(penalty), OffenderPosition(offender)
    superiors = [s if isinstance(s, Superior) else Superior(Official(s)) for s in chain]
    imposers: list[Imposer] = []
    if offender in _CHAIN_OFFENDERS:
        for index, superior in enumerate(superiors):
            if _may(superior.post, index + 1, offender, penalty):
                imposers.append(_holder(superiors, index))
    for official, penalties in TOP_AUTHORITY[offender].items():
        if penalty in penalties:
            imposers.append(Imposer(official))
    return tuple(dict.fromkeys(imposers)) or (Imposer(Official.PPK),)
