"""The three demo governments (Palembang, Semarang, Bulungan) and the synthetic benchmark one.

Each is plain data: who lives there (name groups, NIK region codes, birth places), its
perangkat daerah, its demo personas, and which head positions are vacant or covered by Plt/Plh.
"""

from dataclasses import dataclass, field
from datetime import date

from abdi.tenancy.models import Instansi

from . import orgplan
from .orgplan import UnitPlan


@dataclass(frozen=True)
class Persona:
    """A demo account's employee, pinned so its NIP (the username) never changes."""

    unit_code: str
    job_name: str
    name: str
    gender: str
    birth_date: date
    tmt_cpns: date
    grade: str
    education_level: str
    education_major: str
    front_title: str = ""
    back_title: str = ""


@dataclass(frozen=True)
class Acting:
    """A head position covered by a Plt (vacant) or a Plh (holder away on leave)."""

    kind: str  # "plt" or "plh"
    unit_code: str  # the unit whose head position is covered
    by_unit_code: str  # the unit whose head acts


@dataclass
class GovernmentSpec:
    slug: str
    name: str
    kind: str
    seat: str
    province: str
    time_zone: str
    appraisal_period: str
    city: str  # "Kota Palembang", used in unit names
    mail_domain: str
    nik_regions: tuple[str, ...]  # 4-digit province+regency codes, the first is the home one
    birth_places: tuple[str, ...]
    name_mix: dict[str, float]
    streets: tuple[str, ...]
    plan: list[UnitPlan]
    employees: int
    seed: int
    personas: dict[str, Persona] = field(default_factory=dict)
    # Roles whose employee is generated like any other: role -> (unit code, holds the head position).
    random_personas: dict[str, tuple[str, bool]] = field(default_factory=dict)
    acting: tuple[Acting, ...] = ()
    local_holidays: tuple[tuple[int, int, str], ...] = ()
    sk_office: str = "BKPSDM"


# Days off in 2026 by SKB 3 Menteri (the fixed dates and Idul Fitri / Idul Adha 1447 H).
NATIONAL_HOLIDAYS_2026 = (
    (date(2026, 1, 1), "Tahun Baru 2026 Masehi"),
    (date(2026, 3, 20), "Hari Raya Idul Fitri 1447 Hijriah"),
    (date(2026, 3, 21), "Hari Raya Idul Fitri 1447 Hijriah"),
    (date(2026, 5, 1), "Hari Buruh Internasional"),
    (date(2026, 5, 27), "Hari Raya Idul Adha 1447 Hijriah"),
    (date(2026, 6, 1), "Hari Lahir Pancasila"),
    (date(2026, 8, 17), "Hari Proklamasi Kemerdekaan Republik Indonesia"),
    (date(2026, 12, 25), "Hari Raya Natal"),
)
FIXED_HOLIDAYS = (
    (1, 1, "Tahun Baru {year} Masehi"),
    (5, 1, "Hari Buruh Internasional"),
    (6, 1, "Hari Lahir Pancasila"),
    (8, 17, "Hari Proklamasi Kemerdekaan Republik Indonesia"),
    (12, 25, "Hari Raya Natal"),
)


def palembang() -> GovernmentSpec:
    address = "Jl. Merdeka No. 1, Palembang"
    kec = [
        (
            "KEC-IT1",
            "Ilir Timur I",
            [
                ("KEL-20ILIR-D1", "20 Ilir D I"),
                ("KEL-SEI-PANGERAN", "Sungai Pangeran"),
                ("KEL-17ILIR", "17 Ilir"),
            ],
        ),
        ("KEC-SU1", "Seberang Ulu I", [("KEL-1ULU", "1 Ulu"), ("KEL-7ULU", "7 Ulu")]),
        ("KEC-BUKIT-KECIL", "Bukit Kecil", [("KEL-26ILIR", "26 Ilir"), ("KEL-TALANG-SEMUT", "Talang Semut")]),
        ("KEC-IB1", "Ilir Barat I", [("KEL-BUKIT-LAMA", "Bukit Lama"), ("KEL-LOROK-PAKJO", "Lorok Pakjo")]),
    ]
    plan = [
        orgplan.setda("Kota Palembang", address),
        orgplan.setwan("Kota Palembang", "Jl. POM IX, Palembang"),
        orgplan.inspektorat("Jl. Merdeka No. 4, Palembang"),
        orgplan.bkpsdm("Jl. Merdeka No. 1, Palembang"),
        orgplan.bappeda(
            "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan",
            "Bappeda Litbang",
            "Jl. Merdeka No. 1, Palembang",
        ),
        orgplan.disdik(
            [
                ("SDN-1-PLG", "SD Negeri 1 Palembang", "SD"),
                ("SDN-79-PLG", "SD Negeri 79 Palembang", "SD"),
                ("SDN-117-PLG", "SD Negeri 117 Palembang", "SD"),
                ("SMPN-1-PLG", "SMP Negeri 1 Palembang", "SMP"),
                ("SMPN-9-PLG", "SMP Negeri 9 Palembang", "SMP"),
            ],
            "Jl. Dr. Wahidin No. 1, Palembang",
        ),
        orgplan.dinkes(
            [
                ("PKM-DEMPO", "UPTD Puskesmas Dempo"),
                ("PKM-SEKIP", "UPTD Puskesmas Sekip"),
                ("PKM-PLAJU", "UPTD Puskesmas Plaju"),
                ("PKM-KENTEN", "UPTD Puskesmas Kenten"),
            ],
            "Jl. Merdeka No. 72, Palembang",
        ),
        orgplan.dinsos("Jl. Kapten A. Rivai, Palembang"),
        orgplan.disdukcapil("Jl. Merdeka No. 1, Palembang"),
        orgplan.pupr("Jl. Slamet Riady, Palembang"),
        orgplan.satpolpp("Jl. Merdeka No. 1, Palembang"),
        orgplan.rsud("RSUD Palembang BARI", "RSUD Palembang BARI", "Jl. Panca Usaha No. 1, Palembang"),
        *(orgplan.kecamatan(code, name, kel) for code, name, kel in kec),
    ]
    return GovernmentSpec(
        slug="palembang",
        name="Pemerintah Kota Palembang",
        kind=Instansi.Kind.KOTA,
        seat="Palembang",
        province="Sumatera Selatan",
        time_zone=Instansi.TimeZone.WIB,
        appraisal_period="monthly",
        city="Kota Palembang",
        mail_domain="palembangkota.example",
        nik_regions=("1671", "1601", "1602", "1603", "1674", "1673"),
        birth_places=(
            "Palembang",
            "Palembang",
            "Palembang",
            "Prabumulih",
            "Lahat",
            "Baturaja",
            "Muara Enim",
            "Lubuklinggau",
            "Kayuagung",
            "Pagar Alam",
            "Sekayu",
            "Jambi",
            "Bandar Lampung",
        ),
        name_mix={
            "palembang": 0.45,
            "jawa": 0.22,
            "minang": 0.08,
            "batak": 0.08,
            "tionghoa": 0.06,
            "sunda": 0.06,
            "bugis": 0.02,
            "banjar": 0.03,
        },
        streets=(
            "Jl. Jenderal Sudirman",
            "Jl. Demang Lebar Daun",
            "Jl. Angkatan 45",
            "Jl. Kapten A. Rivai",
            "Jl. R. Sukamto",
            "Jl. Basuki Rahmat",
            "Jl. Veteran",
            "Jl. Kolonel H. Burlian",
            "Jl. Mayor Ruslan",
            "Jl. Srijaya Negara",
            "Jl. KH. Wahid Hasyim",
            "Jl. Sultan Mahmud Badaruddin II",
        ),
        plan=plan,
        employees=400,
        seed=1671,
        personas={
            "pegawai": Persona(
                "DISDIK-SD",
                "Penata Layanan Operasional",
                "Rizki Ananda Putra",
                "L",
                date(1996, 4, 12),
                date(2021, 3, 1),
                "III/a",
                "S1",
                "Teknik Informatika",
                back_title="S.Kom.",
            ),
            "atasan": Persona(
                "DISDIK-SD",
                "Kepala Bidang Pembinaan Sekolah Dasar",
                "Nurhayati",
                "P",
                date(1975, 8, 17),
                date(2000, 3, 1),
                "IV/a",
                "S2",
                "Manajemen Pendidikan",
                front_title="Hj.",
                back_title="S.Pd., M.Pd.",
            ),
            "agency_admin": Persona(
                "DISDIK-UMPEG",
                "Analis Kepegawaian Ahli Pertama",
                "Kgs. Muhammad Fadli",
                "L",
                date(1992, 11, 5),
                date(2019, 1, 1),
                "III/b",
                "S1",
                "Manajemen",
                back_title="S.E.",
            ),
            "hr_admin": Persona(
                "BKPSDM-PPIK",
                "Analis Kepegawaian Ahli Muda",
                "Desi Rahmawati",
                "P",
                date(1984, 12, 3),
                date(2009, 1, 1),
                "III/d",
                "S2",
                "Ilmu Administrasi",
                back_title="S.Sos., M.Si.",
            ),
            "leader": Persona(
                "SETDA",
                "Sekretaris Daerah",
                "Zulkarnain Hamid",
                "L",
                date(1968, 2, 14),
                date(1993, 3, 1),
                "IV/d",
                "S2",
                "Ilmu Administrasi",
                front_title="Drs. H.",
                back_title="M.Si.",
            ),
        },
        acting=(
            Acting("plt", "DINSOS", "DINSOS-SEKR"),
            Acting("plt", "PUPR-BM", "PUPR-SEKR"),
            Acting("plh", "DINKES", "DINKES-SEKR"),
        ),
        local_holidays=((6, 17, "Hari Jadi Kota Palembang"),),
    )


def semarang() -> GovernmentSpec:
    address = "Jl. Pemuda No. 148, Semarang"
    kec = [
        (
            "KEC-SMG-TENGAH",
            "Semarang Tengah",
            [("KEL-PEKUNDEN", "Pekunden"), ("KEL-SEKAYU", "Sekayu"), ("KEL-MIROTO", "Miroto")],
        ),
        (
            "KEC-BANYUMANIK",
            "Banyumanik",
            [("KEL-SRONDOL-WETAN", "Srondol Wetan"), ("KEL-PEDALANGAN", "Pedalangan")],
        ),
        ("KEC-TEMBALANG", "Tembalang", [("KEL-TEMBALANG", "Tembalang"), ("KEL-BULUSAN", "Bulusan")]),
        ("KEC-GAJAHMUNGKUR", "Gajahmungkur", [("KEL-BENDAN-NGISOR", "Bendan Ngisor")]),
    ]
    plan = [
        orgplan.setda("Kota Semarang", address),
        orgplan.setwan("Kota Semarang", "Jl. Pemuda No. 146, Semarang"),
        orgplan.inspektorat("Jl. Pemuda No. 148, Semarang"),
        orgplan.bkpsdm("Jl. Pemuda No. 148, Semarang"),
        orgplan.bappeda("Badan Perencanaan Pembangunan Daerah", "Bappeda", "Jl. Pemuda No. 148, Semarang"),
        orgplan.disdik(
            [
                ("SDN-PEKUNDEN", "SD Negeri Pekunden", "SD"),
                ("SDN-PLEBURAN-01", "SD Negeri Pleburan 01", "SD"),
                ("SDN-SRONDOL-02", "SD Negeri Srondol Wetan 02", "SD"),
                ("SMPN-2-SMG", "SMP Negeri 2 Semarang", "SMP"),
                ("SMPN-21-SMG", "SMP Negeri 21 Semarang", "SMP"),
            ],
            "Jl. Dr. Wahidin No. 118, Semarang",
        ),
        orgplan.dinkes(
            [
                ("PKM-HALMAHERA", "UPTD Puskesmas Halmahera"),
                ("PKM-PANDANARAN", "UPTD Puskesmas Pandanaran"),
                ("PKM-BANDARHARJO", "UPTD Puskesmas Bandarharjo"),
                ("PKM-NGESREP", "UPTD Puskesmas Ngesrep"),
            ],
            "Jl. Pandanaran No. 79, Semarang",
        ),
        orgplan.dinsos("Jl. Dr. Sutomo No. 19A, Semarang"),
        orgplan.disdukcapil("Jl. Kanguru Raya No. 3, Semarang"),
        orgplan.pupr("Jl. Madukoro Raya, Semarang"),
        orgplan.satpolpp("Jl. Ronggowarsito No. 1, Semarang"),
        orgplan.rsud(
            "RSUD K.R.M.T. Wongsonegoro", "RSUD K.R.M.T. Wongsonegoro", "Jl. Fatmawati No. 1, Semarang"
        ),
        *(orgplan.kecamatan(code, name, kel) for code, name, kel in kec),
    ]
    return GovernmentSpec(
        slug="semarang",
        name="Pemerintah Kota Semarang",
        kind=Instansi.Kind.KOTA,
        seat="Semarang",
        province="Jawa Tengah",
        time_zone=Instansi.TimeZone.WIB,
        appraisal_period="quarterly",
        city="Kota Semarang",
        mail_domain="semarangkota.example",
        nik_regions=("3374", "3322", "3321", "3324", "3373", "3315"),
        birth_places=(
            "Semarang",
            "Semarang",
            "Semarang",
            "Kendal",
            "Demak",
            "Salatiga",
            "Ungaran",
            "Kudus",
            "Surakarta",
            "Pati",
            "Magelang",
            "Purwodadi",
            "Jepara",
            "Yogyakarta",
        ),
        name_mix={
            "jawa": 0.76,
            "tionghoa": 0.08,
            "sunda": 0.05,
            "batak": 0.04,
            "palembang": 0.02,
            "minang": 0.02,
            "bugis": 0.01,
            "dayak": 0.02,
        },
        streets=(
            "Jl. Pandanaran",
            "Jl. Gajahmada",
            "Jl. Pahlawan",
            "Jl. Dr. Sutomo",
            "Jl. Setiabudi",
            "Jl. Ngesrep Timur",
            "Jl. Majapahit",
            "Jl. Sriwijaya",
            "Jl. Kedungmundu Raya",
            "Jl. Fatmawati",
            "Jl. Tlogosari Raya",
            "Jl. Wolter Monginsidi",
        ),
        plan=plan,
        employees=380,
        seed=3374,
        personas={
            "pegawai": Persona(
                "DISDIK-SD",
                "Penata Layanan Operasional",
                "Dimas Prasetyo Nugroho",
                "L",
                date(1995, 9, 21),
                date(2020, 12, 1),
                "III/a",
                "S1",
                "Sistem Informasi",
                back_title="S.Kom.",
            ),
            "atasan": Persona(
                "DISDIK-SD",
                "Kepala Bidang Pembinaan Sekolah Dasar",
                "Sri Wahyuningsih",
                "P",
                date(1974, 5, 9),
                date(1999, 3, 1),
                "IV/a",
                "S2",
                "Manajemen Pendidikan",
                back_title="S.Pd., M.Pd.",
            ),
            "agency_admin": Persona(
                "DISDIK-UMPEG",
                "Analis Kepegawaian Ahli Pertama",
                "Yohanes Kurniawan Setiadi",
                "L",
                date(1991, 7, 27),
                date(2019, 1, 1),
                "III/b",
                "S1",
                "Akuntansi",
                back_title="S.E.",
            ),
            "hr_admin": Persona(
                "BKPSDM-PPIK",
                "Analis Kepegawaian Ahli Muda",
                "Retno Dwi Astuti",
                "P",
                date(1983, 3, 30),
                date(2008, 12, 1),
                "III/d",
                "S2",
                "Manajemen SDM",
                back_title="S.Psi., M.M.",
            ),
            "leader": Persona(
                "SETDA",
                "Sekretaris Daerah",
                "Bambang Suryanto",
                "L",
                date(1967, 10, 2),
                date(1992, 3, 1),
                "IV/d",
                "S3",
                "Ilmu Administrasi Publik",
                front_title="Dr. Ir.",
                back_title="M.T.",
            ),
        },
        acting=(
            Acting("plt", "DISDUKCAPIL", "DISDUKCAPIL-SEKR"),
            Acting("plh", "BAPPEDA-EKON", "BAPPEDA-SEKR"),
        ),
        local_holidays=((5, 2, "Hari Jadi Kota Semarang"),),
    )


def bulungan() -> GovernmentSpec:
    address = "Jl. Jelarai, Tanjung Selor"
    kec = [
        (
            "KEC-TJS",
            "Tanjung Selor",
            [
                ("KEL-TJS-HILIR", "Tanjung Selor Hilir"),
                ("KEL-TJS-HULU", "Tanjung Selor Hulu"),
                ("KEL-TJS-TIMUR", "Tanjung Selor Timur"),
            ],
        ),
        ("KEC-TJP", "Tanjung Palas", []),
        ("KEC-SEKATAK", "Sekatak", []),
    ]
    plan = [
        orgplan.setda("Kabupaten Bulungan", address),
        orgplan.setwan("Kabupaten Bulungan", "Jl. Jelarai, Tanjung Selor"),
        orgplan.inspektorat("Jl. Jelarai, Tanjung Selor"),
        orgplan.bkpsdm("Jl. Sengkawit, Tanjung Selor"),
        orgplan.bappeda(
            "Badan Perencanaan Pembangunan Daerah dan Penelitian dan Pengembangan",
            "Bappeda dan Litbang",
            "Jl. Jelarai, Tanjung Selor",
        ),
        orgplan.disdik(
            [
                ("SDN-001-TJS", "SD Negeri 001 Tanjung Selor", "SD"),
                ("SDN-004-TJP", "SD Negeri 004 Tanjung Palas", "SD"),
                ("SMPN-1-TJS", "SMP Negeri 1 Tanjung Selor", "SMP"),
            ],
            "Jl. Katamso, Tanjung Selor",
        ),
        orgplan.dinkes(
            [
                ("PKM-TJS", "UPTD Puskesmas Tanjung Selor"),
                ("PKM-TJP", "UPTD Puskesmas Tanjung Palas"),
                ("PKM-SEKATAK", "UPTD Puskesmas Sekatak"),
            ],
            "Jl. Durian, Tanjung Selor",
        ),
        orgplan.dinsos("Jl. Skip II, Tanjung Selor"),
        orgplan.disdukcapil("Jl. Sengkawit, Tanjung Selor"),
        orgplan.pupr("Jl. Kolonel Soetadji, Tanjung Selor"),
        orgplan.satpolpp("Jl. Jelarai, Tanjung Selor"),
        orgplan.rsud(
            "RSUD dr. H. Soemarno Sosroatmodjo",
            "RSUD dr. H. Soemarno Sosroatmodjo",
            "Jl. Cendrawasih, Tanjung Selor",
        ),
        *(orgplan.kecamatan(code, name, kel) for code, name, kel in kec),
    ]
    return GovernmentSpec(
        slug="bulungan",
        name="Pemerintah Kabupaten Bulungan",
        kind=Instansi.Kind.KABUPATEN,
        seat="Tanjung Selor",
        province="Kalimantan Utara",
        time_zone=Instansi.TimeZone.WITA,
        appraisal_period="semester",
        city="Kabupaten Bulungan",
        mail_domain="bulungankab.example",
        nik_regions=("6501", "6571", "6502", "6504", "6472"),
        birth_places=(
            "Tanjung Selor",
            "Tanjung Selor",
            "Tanjung Palas",
            "Tarakan",
            "Malinau",
            "Nunukan",
            "Samarinda",
            "Balikpapan",
            "Banjarmasin",
            "Makassar",
            "Pare-Pare",
            "Long Bia",
            "Sekatak",
        ),
        name_mix={
            "dayak": 0.2,
            "bulungan": 0.16,
            "bugis": 0.2,
            "banjar": 0.14,
            "jawa": 0.18,
            "batak": 0.04,
            "tionghoa": 0.04,
            "sunda": 0.04,
        },
        streets=(
            "Jl. Sengkawit",
            "Jl. Katamso",
            "Jl. Durian",
            "Jl. Skip II",
            "Jl. Kolonel Soetadji",
            "Jl. Sabanar Lama",
            "Jl. Padat Karya",
            "Jl. Jelarai",
            "Jl. Agatis",
            "Jl. Cendrawasih",
        ),
        plan=plan,
        employees=300,
        seed=6501,
        personas={
            "pegawai": Persona(
                "DISDIK-SD",
                "Pengadministrasi Perkantoran",
                "Lusia Ipui Lawing",
                "P",
                date(1997, 6, 15),
                date(2020, 12, 1),
                "II/c",
                "D3",
                "Manajemen Informatika",
                back_title="A.Md.Kom.",
            ),
            "atasan": Persona(
                "DISDIK-SD",
                "Kepala Bidang Pembinaan Sekolah Dasar",
                "Andi Muhammad Arsyad",
                "L",
                date(1976, 1, 23),
                date(2002, 1, 1),
                "IV/a",
                "S2",
                "Ilmu Administrasi",
                back_title="S.Pd., M.Si.",
            ),
            "agency_admin": Persona(
                "DISDIK-UMPEG",
                "Analis Kepegawaian Ahli Pertama",
                "Markus Ajang",
                "L",
                date(1990, 10, 8),
                date(2017, 12, 1),
                "III/b",
                "S1",
                "Administrasi Negara",
                back_title="S.Sos.",
            ),
            "hr_admin": Persona(
                "BKPSDM-PPIK",
                "Analis Kepegawaian Ahli Muda",
                "Nor Hasanah",
                "P",
                date(1985, 4, 18),
                date(2010, 1, 1),
                "III/d",
                "S2",
                "Manajemen",
                back_title="S.E., M.M.",
            ),
            "leader": Persona(
                "SETDA",
                "Sekretaris Daerah",
                "Datu Iskandar Zulkarnain",
                "L",
                date(1969, 9, 12),
                date(1995, 3, 1),
                "IV/c",
                "S2",
                "Ilmu Hukum",
                front_title="H.",
                back_title="S.H., M.H.",
            ),
        },
        acting=(
            Acting("plt", "INSP", "INSP-SEKR"),
            Acting("plt", "KEC-TJP", "KEC-TJP-SEKR"),
            Acting("plh", "SATPOLPP", "SATPOLPP-SEKR"),
        ),
        local_holidays=((10, 12, "Hari Jadi Kabupaten Bulungan"),),
    )


DEMO_GOVERNMENTS = (palembang, semarang, bulungan)

_PLACE_WORDS = (
    "Sukamaju",
    "Sumberejo",
    "Karanganyar",
    "Tanjung Harapan",
    "Sungai Lebar",
    "Bukit Indah",
    "Mekarsari",
    "Sidomulyo",
    "Margasari",
    "Harapan Jaya",
    "Sukarame",
    "Kedungsari",
    "Tegalrejo",
    "Wonosari",
    "Sukajadi",
    "Talang Jaya",
    "Padang Sari",
    "Kebun Agung",
    "Sri Mulya",
    "Air Putih",
)
_DIRECTIONS = ("Barat", "Timur", "Utara", "Selatan", "Tengah", "Raya", "Baru", "Lama")


def _place(i: int) -> str:
    word = _PLACE_WORDS[i % len(_PLACE_WORDS)]
    direction = _DIRECTIONS[(i // len(_PLACE_WORDS)) % len(_DIRECTIONS)]
    cycle = i // (len(_PLACE_WORDS) * len(_DIRECTIONS))
    return f"{word} {direction}" + (f" {cycle + 1}" if cycle else "")


def synthetic(slug: str, employees: int, index: int = 1) -> GovernmentSpec:
    """A large government for benchmarks: schools, puskesmas and kecamatan grow with its size."""
    city = f"Kota Sintetis {index}"
    n_sd = max(3, employees // 110)
    n_smp = max(2, employees // 350)
    n_pkm = max(3, employees // 400)
    n_kec = max(3, employees // 2000)
    schools = [(f"SDN-{i}", f"SD Negeri {i} {city}", "SD") for i in range(1, n_sd + 1)]
    schools += [(f"SMPN-{i}", f"SMP Negeri {i} {city}", "SMP") for i in range(1, n_smp + 1)]
    puskesmas = [(f"PKM-{i}", f"UPTD Puskesmas {_place(i)}") for i in range(n_pkm)]
    kecamatan = []
    for k in range(n_kec):
        kel = [(f"KEL-{k}-{j}", _place(k * 6 + j + 7)) for j in range(6)]
        kecamatan.append(orgplan.kecamatan(f"KEC-{k}", f"Wilayah {k + 1}", kel))
    plan = [
        orgplan.setda(city, "Jl. Merdeka No. 1"),
        orgplan.setwan(city, "Jl. Merdeka No. 3"),
        orgplan.inspektorat("Jl. Merdeka No. 5"),
        orgplan.bkpsdm("Jl. Merdeka No. 7"),
        orgplan.bappeda("Badan Perencanaan Pembangunan Daerah", "Bappeda", ""),
        orgplan.disdik(schools, ""),
        orgplan.dinkes(puskesmas, ""),
        orgplan.dinsos(""),
        orgplan.disdukcapil(""),
        orgplan.pupr(""),
        orgplan.satpolpp(""),
        orgplan.rsud(f"RSUD {city}", "RSUD", ""),
        *kecamatan,
    ]
    spec = GovernmentSpec(
        slug=slug,
        name=f"Pemerintah {city}",
        kind=Instansi.Kind.KOTA,
        seat=city.removeprefix("Kota "),
        province="Provinsi Uji Beban",
        time_zone=Instansi.TimeZone.WIB,
        appraisal_period="monthly",
        city=city,
        mail_domain=f"{slug}.example",
        nik_regions=("3374", "1671", "6501", "3273", "1275"),
        birth_places=("Semarang", "Palembang", "Tanjung Selor", "Bandung", "Medan", "Surabaya", "Makassar"),
        name_mix={
            "jawa": 0.4,
            "palembang": 0.1,
            "sunda": 0.1,
            "batak": 0.08,
            "tionghoa": 0.05,
            "minang": 0.05,
            "bugis": 0.08,
            "banjar": 0.05,
            "dayak": 0.05,
            "bulungan": 0.04,
        },
        streets=("Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Ahmad Yani", "Jl. Gatot Subroto"),
        plan=plan,
        employees=employees,
        seed=9000 + index,
        acting=(Acting("plt", "DINSOS", "DINSOS-SEKR"), Acting("plh", "DINKES", "DINKES-SEKR")),
        random_personas={
            "hr_admin": ("BKPSDM-PPIK", False),
            "pegawai": ("DISDIK-SD", False),
            "atasan": ("DISDIK-SD", True),
        },
    )
    return spec
