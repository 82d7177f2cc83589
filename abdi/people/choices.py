"""Translated labels for the personnel enumerations whose values live in rules.py."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EmployeeKind(models.TextChoices):
    CPNS = "CPNS", _("CPNS")
    PNS = "PNS", _("PNS")
    PPPK = "PPPK", _("PPPK")
    PPPK_PARUH_WAKTU = "PPPK_PARUH_WAKTU", _("PPPK paruh waktu")


class Gender(models.TextChoices):
    L = "L", _("Male")
    P = "P", _("Female")


class JobKind(models.TextChoices):
    JPT = "JPT", _("Jabatan Pimpinan Tinggi")
    ADMINISTRATOR = "ADMINISTRATOR", _("Administrator")
    PENGAWAS = "PENGAWAS", _("Pengawas")
    FUNGSIONAL = "FUNGSIONAL", _("Fungsional")
    PELAKSANA = "PELAKSANA", _("Pelaksana")


class JobLevel(models.TextChoices):
    UTAMA = "UTAMA", _("JPT Utama")
    MADYA = "MADYA", _("JPT Madya")
    PRATAMA = "PRATAMA", _("JPT Pratama")
    AHLI_PERTAMA = "AHLI_PERTAMA", _("Ahli Pertama")
    AHLI_MUDA = "AHLI_MUDA", _("Ahli Muda")
    AHLI_MADYA = "AHLI_MADYA", _("Ahli Madya")
    AHLI_UTAMA = "AHLI_UTAMA", _("Ahli Utama")
    PEMULA = "PEMULA", _("Pemula")
    TERAMPIL = "TERAMPIL", _("Terampil")
    MAHIR = "MAHIR", _("Mahir")
    PENYELIA = "PENYELIA", _("Penyelia")


class EmployeeStatus(models.TextChoices):
    AKTIF = "aktif", _("Active")
    CUTI = "cuti", _("On leave")
    TUGAS_BELAJAR = "tugas_belajar", _("Study assignment")
    DIBERHENTIKAN_SEMENTARA = "diberhentikan_sementara", _("Temporarily discharged")
    PENSIUN = "pensiun", _("Retired")
    BERHENTI = "berhenti", _("Discharged")
    MENINGGAL = "meninggal", _("Deceased")
    PINDAH = "pindah", _("Transferred out")

    @classmethod
    def serving(cls) -> list[str]:
        """Statuses of people still on the government's roll."""
        return [cls.AKTIF, cls.CUTI, cls.TUGAS_BELAJAR, cls.DIBERHENTIKAN_SEMENTARA]


class EducationLevel(models.TextChoices):
    SD = "SD", "SD"
    SMP = "SMP", "SMP"
    SMA = "SMA", "SMA/SMK"
    D1 = "D1", "D1"
    D2 = "D2", "D2"
    D3 = "D3", "D3"
    D4 = "D4", "D4"
    S1 = "S1", "S1"
    S2 = "S2", "S2"
    S3 = "S3", "S3"
