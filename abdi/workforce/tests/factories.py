"""Factories of workforce planning, beside their domain."""

import datetime

import factory

from abdi.org.tests.factories import PositionFactory
from abdi.people.tests.factories import EmployeeFactory


class AdminPositionFactory(PositionFactory):
    kind = "PELAKSANA"
    kelas_jabatan = 6


def holder(position, *, birth=datetime.date(1990, 1, 1), **kw):
    """An ASN holding the position, with a fixed birth date so retirements are known."""
    return EmployeeFactory(position=position, birth_date=birth,
                           tmt_cpns=datetime.date(max(birth.year + 22, 1990), 3, 1), **kw)


# T-ABK-1 of the spec: Pengadministrasi Perkantoran at a kecamatan office (§3.8).
T_ABK_1_TASKS = (
    {"name": "Memverifikasi berkas permohonan", "output_unit": "berkas", "volume": 900,
     "period": "tahun", "norma_minutes": 60},
    {"name": "Menginput data layanan", "output_unit": "data", "volume": 20, "period": "hari",
     "norma_minutes": 15},
    {"name": "Menyusun laporan bulanan", "output_unit": "laporan", "volume": 1, "period": "bulan",
     "norma_minutes": 300},
)

__all__ = ["T_ABK_1_TASKS", "AdminPositionFactory", "factory", "holder"]
