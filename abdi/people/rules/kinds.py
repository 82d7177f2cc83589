"""The enumerations of personnel master data; their values are what the database stores."""

from enum import StrEnum


class EmployeeKind(StrEnum):
    # UU 20/2023 Pasal 5: pegawai ASN are PNS and PPPK (PPPK paruh waktu: 2025, article UNCONFIRMED).
    CPNS = "CPNS"
    PNS = "PNS"
    PPPK = "PPPK"
    PPPK_PARUH_WAKTU = "PPPK_PARUH_WAKTU"


PNS_KINDS = frozenset({EmployeeKind.CPNS, EmployeeKind.PNS})
PPPK_KINDS = frozenset({EmployeeKind.PPPK, EmployeeKind.PPPK_PARUH_WAKTU})


class Gender(StrEnum):
    L = "L"  # laki-laki
    P = "P"  # perempuan


class JobKind(StrEnum):
    JPT = "JPT"
    ADMINISTRATOR = "ADMINISTRATOR"
    PENGAWAS = "PENGAWAS"
    FUNGSIONAL = "FUNGSIONAL"
    PELAKSANA = "PELAKSANA"


class JobGroup(StrEnum):
    MANAJERIAL = "MANAJERIAL"
    NONMANAJERIAL = "NONMANAJERIAL"


class JptLevel(StrEnum):
    UTAMA = "UTAMA"
    MADYA = "MADYA"
    PRATAMA = "PRATAMA"


class JfLevel(StrEnum):
    AHLI_PERTAMA = "AHLI_PERTAMA"
    AHLI_MUDA = "AHLI_MUDA"
    AHLI_MADYA = "AHLI_MADYA"
    AHLI_UTAMA = "AHLI_UTAMA"
    PEMULA = "PEMULA"
    TERAMPIL = "TERAMPIL"
    MAHIR = "MAHIR"
    PENYELIA = "PENYELIA"
