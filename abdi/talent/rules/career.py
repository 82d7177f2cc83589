"""Career path: the next jabatan level and what an employee lacks for it.

Pelatihan kepemimpinan as prerequisite (PP 11/2017 as amended by PP 17/2020, Pasal 107-108 and
Peraturan LAN 15/2019 on PKN/PKA/PKP): PKP for Pengawas, PKA for Administrator, PKN II for JPT.
"""

LEADERSHIP_REQUIRED = {"PENGAWAS": "PKP", "ADMINISTRATOR": "PKA", "JPT": "PKN"}
# A higher programme satisfies a lower requirement.
LEADERSHIP_ORDER = ("PKP", "PKA", "PKN")

# Structural ladder (UU 20/2023 / PP 11/2017 jabatan manajerial).
LADDER = ("PELAKSANA", "PENGAWAS", "ADMINISTRATOR", "JPT")
POOL_LEVELS = ("JPT", "ADMINISTRATOR", "PENGAWAS")


def next_kinds(job_kind: str) -> tuple[str, ...]:
    """The structural level one step up; a fungsional may move into Pengawas or Administrator."""
    if job_kind == "FUNGSIONAL":
        return ("PENGAWAS", "ADMINISTRATOR")
    if job_kind in LADDER and job_kind != "JPT":
        return (LADDER[LADDER.index(job_kind) + 1],)
    return ()


def holds_training(held, required: str) -> bool:
    if not required:
        return True
    rank = LEADERSHIP_ORDER.index(required)
    return any(t in LEADERSHIP_ORDER and LEADERSHIP_ORDER.index(t) >= rank for t in held)


def missing_for(target_kind: str, *, held_trainings, box: int | None,
                grade_ordinal: int = 0, min_grade_ordinal: int = 0) -> list[str]:
    """What stands between the employee and a post of `target_kind` (English msgids)."""
    missing = []
    required = LEADERSHIP_REQUIRED.get(target_kind, "")
    if required and not holds_training(held_trainings, required):
        missing.append(f"leadership training {required}")
    if min_grade_ordinal and grade_ordinal < min_grade_ordinal:
        missing.append("rank (golongan)")
    if box is None:
        missing.append("talent box (no placement)")
    elif box not in (7, 8, 9):
        missing.append("talent box 7, 8 or 9")
    return missing
