"""The jabatan the demo governments use: kind, jenjang, kelas jabatan and who typically holds them.

Kelas jabatan follow the usual pemda pattern (personnel.md §7): JPT Pratama 14-15,
administrator 11-12, pengawas 8-9, JF by jenjang, pelaksana 3-7.
"""

from dataclasses import dataclass

from abdi.people.rules import JfLevel, JobKind

LEVEL_LABEL = {
    JfLevel.AHLI_PERTAMA: "Ahli Pertama",
    JfLevel.AHLI_MUDA: "Ahli Muda",
    JfLevel.AHLI_MADYA: "Ahli Madya",
    JfLevel.AHLI_UTAMA: "Ahli Utama",
    JfLevel.PEMULA: "Pemula",
    JfLevel.TERAMPIL: "Terampil",
    JfLevel.MAHIR: "Mahir",
    JfLevel.PENYELIA: "Penyelia",
}

# Typical ages (at the reference date) of the people holding a jabatan of each kind/jenjang.
_AGES = {
    JobKind.JPT: (46, 59),
    JobKind.ADMINISTRATOR: (40, 56),
    JobKind.PENGAWAS: (34, 55),
    JobKind.PELAKSANA: (23, 56),
    JfLevel.AHLI_PERTAMA: (24, 42),
    JfLevel.AHLI_MUDA: (31, 55),
    JfLevel.AHLI_MADYA: (41, 57),
    JfLevel.AHLI_UTAMA: (50, 60),
    JfLevel.PEMULA: (21, 30),
    JfLevel.TERAMPIL: (23, 45),
    JfLevel.MAHIR: (30, 52),
    JfLevel.PENYELIA: (38, 56),
}


@dataclass(frozen=True)
class Job:
    """A jabatan template: becomes one Position per unit that uses it."""

    name: str
    kind: str
    kelas: int
    level: str = ""
    group: str = ""  # pelaksana group: klerek / operator / teknisi
    eselon: str = ""
    law_age: int | None = None  # BUP set by a law (guru 60): PP 11/2017 Pasal 240
    education: tuple[str, ...] = ("S1",)  # levels drawn from, repeated entries weigh more
    majors: tuple[str, ...] = ("umum",)
    female_share: float = 0.5
    pppk_share: float = 0.0
    single: bool = False  # at most one holder per unit (e.g. Sekretaris Kelurahan)

    @property
    def ages(self) -> tuple[int, int]:
        if self.kind == JobKind.FUNGSIONAL:
            low, high = _AGES[JfLevel(self.level)]
            if self.law_age:
                high = min(self.law_age - 1, high + 2)
            return low, high
        return _AGES[JobKind(self.kind)]


def jpt(name, kelas=14, *, majors=("pemerintahan", "ekonomi", "hukum"), eselon="II.b"):
    return Job(
        name,
        JobKind.JPT,
        kelas,
        level="PRATAMA",
        eselon=eselon,
        education=("S2", "S2", "S2", "S3"),
        majors=majors,
        female_share=0.3,
    )


def administrator(name, kelas=11, *, majors=("pemerintahan", "ekonomi", "hukum"), eselon="III.b"):
    return Job(
        name,
        JobKind.ADMINISTRATOR,
        kelas,
        eselon=eselon,
        education=("S1", "S2", "S2"),
        majors=majors,
        female_share=0.4,
    )


def pengawas(name, kelas=9, *, majors=("pemerintahan", "ekonomi", "umum"), eselon="IV.a"):
    return Job(
        name,
        JobKind.PENGAWAS,
        kelas,
        eselon=eselon,
        education=("S1", "S1", "S1", "S2"),
        majors=majors,
        female_share=0.45,
    )


def jf(
    base, level, kelas, *, majors, education=None, female_share=0.5, pppk_share=0.0, law_age=None, name=None
):
    level = JfLevel(level)
    if education is None:
        if level in (JfLevel.PEMULA, JfLevel.TERAMPIL, JfLevel.MAHIR, JfLevel.PENYELIA):
            education = ("D3",)
        elif level in (JfLevel.AHLI_MADYA, JfLevel.AHLI_UTAMA):
            education = ("S1", "S2", "S2")
        elif level is JfLevel.AHLI_MUDA:
            education = ("S1", "S1", "S2")
        else:
            education = ("S1",)
    return Job(
        name or f"{base} {LEVEL_LABEL[level]}",
        JobKind.FUNGSIONAL,
        kelas,
        level=level,
        law_age=law_age,
        education=education,
        majors=majors,
        female_share=female_share,
        pppk_share=pppk_share,
    )


def pelaksana(
    name,
    kelas,
    group="klerek",
    *,
    education=("SMA", "SMA", "D3", "S1"),
    majors=("umum",),
    female_share=0.5,
    pppk_share=0.1,
):
    return Job(
        name,
        JobKind.PELAKSANA,
        kelas,
        group=group,
        education=education,
        majors=majors,
        female_share=female_share,
        pppk_share=pppk_share,
    )


# --- Pelaksana (KepmenPANRB on pelaksana nomenclature: klerek, operator, teknisi) -------------
PENGADMINISTRASI_UMUM = pelaksana("Pengadministrasi Umum", 5)
PENGADMINISTRASI_PERKANTORAN = pelaksana("Pengadministrasi Perkantoran", 6)
PENATA_LAYANAN = pelaksana(
    "Penata Layanan Operasional",
    7,
    education=("S1", "S1", "D4"),
    majors=("pemerintahan", "ekonomi", "komputer", "pendidikan"),
)
PENGELOLA_LAYANAN = pelaksana(
    "Pengelola Layanan Operasional",
    6,
    "operator",
    education=("D3", "D3", "SMA", "S1"),
    majors=("umum", "komputer"),
)
OPERATOR_LAYANAN = pelaksana(
    "Operator Layanan Operasional", 5, "operator", education=("SMA", "SMA", "D3"), majors=("umum", "komputer")
)
PENGELOLA_KEUANGAN = pelaksana(
    "Pengelola Keuangan", 7, education=("D3", "S1", "S1"), majors=("ekonomi",), female_share=0.6
)
BENDAHARA = pelaksana("Bendahara", 7, education=("D3", "S1"), majors=("ekonomi",), female_share=0.65)
PENGEMUDI = pelaksana("Pengemudi", 3, "operator", education=("SMA", "SMA", "SMP"), female_share=0.0)
TEKNISI_SARPRAS = pelaksana(
    "Teknisi Sarana dan Prasarana",
    6,
    "teknisi",
    education=("SMA", "D3"),
    majors=("umum", "teknik_sipil"),
    female_share=0.1,
)

# --- Jabatan fungsional (kelas jabatan per jenjang as commonly set by pemda) ------------------
GURU = {
    lvl: jf(
        "Guru",
        lvl,
        kelas,
        majors=("pendidikan",),
        female_share=0.68,
        law_age=60,
        pppk_share={JfLevel.AHLI_PERTAMA: 0.55, JfLevel.AHLI_MUDA: 0.1}.get(lvl, 0.0),
    )
    for lvl, kelas in ((JfLevel.AHLI_PERTAMA, 8), (JfLevel.AHLI_MUDA, 9), (JfLevel.AHLI_MADYA, 11))
}
KEPALA_SEKOLAH = Job(
    "Kepala Sekolah",
    JobKind.FUNGSIONAL,
    11,
    level=JfLevel.AHLI_MADYA,
    law_age=60,
    education=("S1", "S2"),
    majors=("pendidikan",),
    female_share=0.55,
)
ANALIS_KEPEGAWAIAN = {
    lvl: jf("Analis Kepegawaian", lvl, kelas, majors=("pemerintahan", "psikologi", "hukum"), female_share=0.6)
    for lvl, kelas in (
        (JfLevel.AHLI_PERTAMA, 8),
        (JfLevel.AHLI_MUDA, 9),
        (JfLevel.AHLI_MADYA, 10),
        (JfLevel.TERAMPIL, 6),
        (JfLevel.MAHIR, 7),
    )
}
PRANATA_KOMPUTER = {
    lvl: jf("Pranata Komputer", lvl, kelas, majors=("komputer",), female_share=0.35)
    for lvl, kelas in ((JfLevel.AHLI_PERTAMA, 8), (JfLevel.AHLI_MUDA, 9), (JfLevel.TERAMPIL, 6))
}
ASSESSOR_SDM = jf("Assessor SDM Aparatur", JfLevel.AHLI_PERTAMA, 8, majors=("psikologi",), female_share=0.6)
PERENCANA = {
    lvl: jf("Perencana", lvl, kelas, majors=("planologi", "ekonomi", "statistik"))
    for lvl, kelas in ((JfLevel.AHLI_PERTAMA, 8), (JfLevel.AHLI_MUDA, 10), (JfLevel.AHLI_MADYA, 12))
}
STATISTISI = jf("Statistisi", JfLevel.AHLI_PERTAMA, 8, majors=("statistik",))
AUDITOR = {
    lvl: jf("Auditor", lvl, kelas, majors=("ekonomi", "hukum"), female_share=0.45)
    for lvl, kelas in ((JfLevel.AHLI_PERTAMA, 8), (JfLevel.AHLI_MUDA, 10), (JfLevel.AHLI_MADYA, 12))
}
P2UPD = {
    lvl: jf(
        "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah",
        lvl,
        kelas,
        majors=("pemerintahan", "hukum", "ekonomi"),
    )
    for lvl, kelas in ((JfLevel.AHLI_PERTAMA, 8), (JfLevel.AHLI_MUDA, 9))
}
ANALIS_KEBIJAKAN = {
    lvl: jf("Analis Kebijakan", lvl, kelas, majors=("pemerintahan", "hukum", "ekonomi"))
    for lvl, kelas in ((JfLevel.AHLI_PERTAMA, 8), (JfLevel.AHLI_MUDA, 9), (JfLevel.AHLI_MADYA, 11))
}
ANALIS_HUKUM = jf("Analis Hukum", JfLevel.AHLI_MUDA, 9, majors=("hukum",))
PERANCANG_PERUNDANGAN = jf(
    "Perancang Peraturan Perundang-undangan", JfLevel.AHLI_PERTAMA, 8, majors=("hukum",)
)
PENGELOLA_PBJ = jf(
    "Pengelola Pengadaan Barang/Jasa", JfLevel.AHLI_PERTAMA, 8, majors=("ekonomi", "teknik_sipil")
)
ARSIPARIS = jf("Arsiparis", JfLevel.TERAMPIL, 6, majors=("kearsipan",), female_share=0.6)
PRANATA_HUMAS = jf("Pranata Hubungan Masyarakat", JfLevel.AHLI_PERTAMA, 8, majors=("komunikasi",))
ANALIS_KEUANGAN = jf(
    "Analis Keuangan Pusat dan Daerah", JfLevel.AHLI_PERTAMA, 8, majors=("ekonomi",), female_share=0.6
)
DOKTER = {
    lvl: jf("Dokter", lvl, kelas, majors=("kedokteran",), female_share=0.6, education=("S1",))
    for lvl, kelas in ((JfLevel.AHLI_PERTAMA, 9), (JfLevel.AHLI_MUDA, 10), (JfLevel.AHLI_MADYA, 11))
}
DOKTER_SPESIALIS = jf(
    "Dokter",
    JfLevel.AHLI_MADYA,
    12,
    majors=("spesialis",),
    female_share=0.45,
    education=("S2",),
    name="Dokter Spesialis Ahli Madya",
)
DOKTER_GIGI = jf("Dokter Gigi", JfLevel.AHLI_PERTAMA, 9, majors=("kedokteran_gigi",), female_share=0.7)
PERAWAT = {
    lvl: jf(
        "Perawat",
        lvl,
        kelas,
        majors=("keperawatan",),
        female_share=0.72,
        pppk_share=0.35 if lvl is JfLevel.TERAMPIL else 0.1,
    )
    for lvl, kelas in (
        (JfLevel.TERAMPIL, 6),
        (JfLevel.MAHIR, 7),
        (JfLevel.AHLI_PERTAMA, 8),
        (JfLevel.AHLI_MUDA, 9),
    )
}
BIDAN = {
    lvl: jf(
        "Bidan",
        lvl,
        kelas,
        majors=("kebidanan",),
        female_share=1.0,
        pppk_share=0.3 if lvl is JfLevel.TERAMPIL else 0.05,
    )
    for lvl, kelas in ((JfLevel.TERAMPIL, 6), (JfLevel.AHLI_PERTAMA, 8))
}
APOTEKER = jf("Apoteker", JfLevel.AHLI_PERTAMA, 8, majors=("farmasi",), female_share=0.75)
NUTRISIONIS = jf("Nutrisionis", JfLevel.TERAMPIL, 6, majors=("gizi",), female_share=0.8)
SANITASI = jf("Tenaga Sanitasi Lingkungan", JfLevel.TERAMPIL, 6, majors=("kesmas",))
PRANATA_LAB = jf(
    "Pranata Laboratorium Kesehatan", JfLevel.TERAMPIL, 6, majors=("analis_kesehatan",), female_share=0.7
)
RADIOGRAFER = jf("Radiografer", JfLevel.TERAMPIL, 6, majors=("radiologi",))
EPIDEMIOLOG = jf("Epidemiolog Kesehatan", JfLevel.AHLI_PERTAMA, 8, majors=("kesmas",))
PENYULUH_KESEHATAN = jf(
    "Penyuluh Kesehatan Masyarakat", JfLevel.AHLI_PERTAMA, 8, majors=("kesmas",), female_share=0.65
)
PEKERJA_SOSIAL = {
    lvl: jf("Pekerja Sosial", lvl, kelas, majors=("sosial",), female_share=0.55)
    for lvl, kelas in ((JfLevel.TERAMPIL, 6), (JfLevel.AHLI_PERTAMA, 8), (JfLevel.AHLI_MUDA, 9))
}
PENYULUH_SOSIAL = jf("Penyuluh Sosial", JfLevel.AHLI_PERTAMA, 8, majors=("sosial",))
ADMINDUK = {
    lvl: jf("Administrator Database Kependudukan", lvl, kelas, majors=("komputer",), female_share=0.45)
    for lvl, kelas in ((JfLevel.TERAMPIL, 6), (JfLevel.AHLI_PERTAMA, 8))
}
TEKNIK_JALAN = {
    lvl: jf("Teknik Jalan dan Jembatan", lvl, kelas, majors=("teknik_sipil",), female_share=0.15)
    for lvl, kelas in ((JfLevel.AHLI_PERTAMA, 8), (JfLevel.AHLI_MUDA, 9), (JfLevel.TERAMPIL, 6))
}
TEKNIK_PENGAIRAN = jf(
    "Teknik Pengairan", JfLevel.AHLI_PERTAMA, 8, majors=("teknik_sipil",), female_share=0.15
)
TEKNIK_BANGUNAN = jf(
    "Teknik Tata Bangunan dan Perumahan", JfLevel.AHLI_PERTAMA, 8, majors=("teknik_sipil",), female_share=0.25
)
PENATA_RUANG = jf("Penata Ruang", JfLevel.AHLI_MUDA, 9, majors=("planologi",), female_share=0.35)
POL_PP = {
    lvl: jf(
        "Polisi Pamong Praja",
        lvl,
        kelas,
        majors=("umum", "hukum"),
        female_share=0.15,
        education=("SMA", "D3") if lvl in (JfLevel.TERAMPIL, JfLevel.MAHIR) else ("S1",),
        pppk_share=0.15 if lvl is JfLevel.TERAMPIL else 0.0,
    )
    for lvl, kelas in ((JfLevel.TERAMPIL, 6), (JfLevel.MAHIR, 7), (JfLevel.AHLI_PERTAMA, 8))
}
PSM = jf("Penggerak Swadaya Masyarakat", JfLevel.AHLI_PERTAMA, 8, majors=("pemerintahan", "sosial"))
