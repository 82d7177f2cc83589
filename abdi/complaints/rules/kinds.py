"""Report kinds chosen by the citizen and classes set at verification (public-service.md §2.2)."""

from enum import StrEnum


class ReportKind(StrEnum):
    # LAPOR! FAQ (S-CMP-2): aspirasi, pengaduan, permintaan informasi.
    PENGADUAN = "pengaduan"
    ASPIRASI = "aspirasi"
    INFORMASI = "informasi"


class CaseClass(StrEnum):
    # §2.2: the sub-class of a pengaduan drives its SLA (S-CMP-16..18).
    PENGADUAN = "pengaduan"  # tidak berkadar pengawasan
    PENGAWASAN = "pengawasan"  # berkadar pengawasan: examined by the Inspektorat
    INFORMASI = "informasi"
    ASPIRASI = "aspirasi"


# §2.5 completion limits in hari kerja from disposition; aspirasi has none, 14 HK suggested.
COMPLETION_DAYS = {
    CaseClass.PENGADUAN: 14,
    CaseClass.PENGAWASAN: 60,
    CaseClass.INFORMASI: 5,
    CaseClass.ASPIRASI: 14,
}

DEFAULT_CLASS = {
    ReportKind.PENGADUAN: CaseClass.PENGADUAN,
    ReportKind.ASPIRASI: CaseClass.ASPIRASI,
    ReportKind.INFORMASI: CaseClass.INFORMASI,
}


def identity_protected_by_class(case_class: str) -> bool:
    """T-CMP-4: a pengaduan berkadar pengawasan protects the reporter's identity by default."""
    return CaseClass(case_class) is CaseClass.PENGAWASAN
