"""The organisation of a regional government as plain data: perangkat daerah and their units.

Follows the usual structure of a kota/kabupaten after penyederhanaan birokrasi: each dinas or
badan has a Sekretariat (with Subbagian) and Bidang; the Sekretariat Daerah has Asisten and
Bagian; schools and puskesmas are UPT of their dinas; kecamatan carry kelurahan.
"""

from dataclasses import dataclass, field, replace

from abdi.org.models import Unit

from . import jobs
from .jobs import Job, administrator, jpt, pengawas

Staff = tuple[tuple[Job, float], ...]


@dataclass
class UnitPlan:
    code: str
    name: str
    kind: str
    head: Job
    staff: Staff = ()
    children: list["UnitPlan"] = field(default_factory=list)
    short_name: str = ""
    address: str = ""

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


ADMIN_STAFF: Staff = (
    (jobs.PENGADMINISTRASI_PERKANTORAN, 2.0),
    (jobs.PENATA_LAYANAN, 1.5),
    (jobs.PENGADMINISTRASI_UMUM, 1.0),
    (jobs.OPERATOR_LAYANAN, 0.6),
)
UMPEG_STAFF: Staff = (
    (jobs.ANALIS_KEPEGAWAIAN["AHLI_PERTAMA"], 1.0),
    (jobs.ARSIPARIS, 0.6),
    (jobs.PENGADMINISTRASI_PERKANTORAN, 1.2),
    (jobs.PENGEMUDI, 0.5),
    (jobs.TEKNISI_SARPRAS, 0.3),
)
KEUANGAN_STAFF: Staff = ((jobs.PENGELOLA_KEUANGAN, 1.2), (jobs.BENDAHARA, 0.8), (jobs.ANALIS_KEUANGAN, 0.6))


def sekretariat(agency_code: str, *, with_subbag=True, staff: Staff = ()) -> UnitPlan:
    children = []
    if with_subbag:
        children = [
            UnitPlan(
                f"{agency_code}-UMPEG",
                "Subbagian Umum dan Kepegawaian",
                Unit.Kind.SUBBAGIAN,
                pengawas("Kepala Subbagian Umum dan Kepegawaian"),
                UMPEG_STAFF,
            ),
            UnitPlan(
                f"{agency_code}-KEU",
                "Subbagian Keuangan dan Aset",
                Unit.Kind.SUBBAGIAN,
                pengawas("Kepala Subbagian Keuangan dan Aset", majors=("ekonomi",)),
                KEUANGAN_STAFF,
            ),
        ]
    return UnitPlan(
        f"{agency_code}-SEKR",
        "Sekretariat",
        Unit.Kind.SEKRETARIAT,
        administrator("Sekretaris", 12, eselon="III.a"),
        staff
        or (
            (jobs.PERENCANA["AHLI_PERTAMA"], 0.8),
            (jobs.PERENCANA["AHLI_MUDA"], 0.5),
            (jobs.PENGADMINISTRASI_PERKANTORAN, 0.8),
        ),
        children,
    )


def bidang(
    code: str,
    name: str,
    staff: Staff,
    *,
    seksi: list[tuple[str, str, Staff]] = (),
    majors=("pemerintahan", "ekonomi"),
) -> UnitPlan:
    children = [
        UnitPlan(c, n, Unit.Kind.SEKSI, pengawas(f"Kepala {n}", majors=majors), s) for c, n, s in seksi
    ]
    return UnitPlan(
        code, name, Unit.Kind.BIDANG, administrator(f"Kepala {name}", majors=majors), staff, children
    )


def agency(
    code: str,
    name: str,
    kind: str,
    head: Job,
    children: list[UnitPlan],
    *,
    short: str = "",
    staff: Staff = (),
    address: str = "",
) -> UnitPlan:
    return UnitPlan(code, name, kind, head, staff, children, short_name=short, address=address)


# --- The perangkat daerah every demo government has -----------------------------------------


def setda(city: str, address: str) -> UnitPlan:
    def bagian(code, name, staff, majors=("pemerintahan", "hukum")):
        return UnitPlan(
            code,
            name,
            Unit.Kind.BAGIAN,
            administrator(f"Kepala {name}", eselon="III.a", majors=majors),
            staff,
        )

    asisten_staff: Staff = ((jobs.PENGADMINISTRASI_PERKANTORAN, 1.0),)
    return agency(
        "SETDA",
        f"Sekretariat Daerah {city}",
        Unit.Kind.SETDA,
        jpt("Sekretaris Daerah", 15, eselon="II.a"),
        [
            UnitPlan(
                "SETDA-AS1",
                "Asisten Pemerintahan dan Kesejahteraan Rakyat",
                Unit.Kind.OTHER,
                jpt("Asisten Pemerintahan dan Kesejahteraan Rakyat"),
                asisten_staff,
                [
                    bagian(
                        "SETDA-TAPEM",
                        "Bagian Tata Pemerintahan",
                        (
                            (jobs.ANALIS_KEBIJAKAN["AHLI_MUDA"], 1.0),
                            (jobs.PENATA_LAYANAN, 1.0),
                            (jobs.ANALIS_KEBIJAKAN["AHLI_PERTAMA"], 0.8),
                        ),
                    ),
                    bagian(
                        "SETDA-KESRA",
                        "Bagian Kesejahteraan Rakyat",
                        (
                            (jobs.ANALIS_KEBIJAKAN["AHLI_PERTAMA"], 1.0),
                            (jobs.PENGADMINISTRASI_PERKANTORAN, 1.0),
                        ),
                    ),
                    bagian(
                        "SETDA-HUKUM",
                        "Bagian Hukum",
                        (
                            (jobs.PERANCANG_PERUNDANGAN, 1.0),
                            (jobs.ANALIS_HUKUM, 1.0),
                            (jobs.PENGADMINISTRASI_PERKANTORAN, 0.6),
                        ),
                        majors=("hukum",),
                    ),
                ],
            ),
            UnitPlan(
                "SETDA-AS2",
                "Asisten Perekonomian dan Pembangunan",
                Unit.Kind.OTHER,
                jpt("Asisten Perekonomian dan Pembangunan", majors=("ekonomi", "teknik_sipil")),
                asisten_staff,
                [
                    bagian(
                        "SETDA-EKON",
                        "Bagian Perekonomian dan Sumber Daya Alam",
                        ((jobs.ANALIS_KEBIJAKAN["AHLI_PERTAMA"], 1.0), (jobs.PENATA_LAYANAN, 0.8)),
                        majors=("ekonomi",),
                    ),
                    bagian(
                        "SETDA-PBJ",
                        "Bagian Pengadaan Barang dan Jasa",
                        ((jobs.PENGELOLA_PBJ, 2.0), (jobs.PENGADMINISTRASI_PERKANTORAN, 0.6)),
                        majors=("ekonomi", "teknik_sipil"),
                    ),
                ],
            ),
            UnitPlan(
                "SETDA-AS3",
                "Asisten Administrasi Umum",
                Unit.Kind.OTHER,
                jpt("Asisten Administrasi Umum"),
                asisten_staff,
                [
                    bagian(
                        "SETDA-ORG",
                        "Bagian Organisasi",
                        ((jobs.ANALIS_KEBIJAKAN["AHLI_MUDA"], 0.8), (jobs.PENATA_LAYANAN, 0.8)),
                    ),
                    bagian(
                        "SETDA-UMUM",
                        "Bagian Umum",
                        (
                            (jobs.PENGEMUDI, 1.5),
                            (jobs.PENGADMINISTRASI_UMUM, 1.2),
                            (jobs.ARSIPARIS, 0.6),
                            (jobs.TEKNISI_SARPRAS, 0.6),
                            (jobs.BENDAHARA, 0.5),
                        ),
                    ),
                    bagian(
                        "SETDA-PROKOMPIM",
                        "Bagian Protokol dan Komunikasi Pimpinan",
                        ((jobs.PRANATA_HUMAS, 1.0), (jobs.PENGADMINISTRASI_PERKANTORAN, 1.0)),
                    ),
                ],
            ),
        ],
        short="Setda",
        staff=((jobs.PENGADMINISTRASI_PERKANTORAN, 0.5),),
        address=address,
    )


def setwan(city_label: str, address: str) -> UnitPlan:
    def bagian(code, name, staff):
        return UnitPlan(code, name, Unit.Kind.BAGIAN, administrator(f"Kepala {name}", eselon="III.a"), staff)

    return agency(
        "SETWAN",
        f"Sekretariat DPRD {city_label}",
        Unit.Kind.SETWAN,
        jpt("Sekretaris DPRD"),
        [
            bagian(
                "SETWAN-UMKEU",
                "Bagian Umum dan Keuangan",
                ((jobs.PENGELOLA_KEUANGAN, 1.0), (jobs.PENGEMUDI, 1.0), (jobs.PENGADMINISTRASI_UMUM, 1.0)),
            ),
            bagian(
                "SETWAN-SIDANG",
                "Bagian Persidangan dan Perundang-undangan",
                ((jobs.PERANCANG_PERUNDANGAN, 0.8), (jobs.PENGADMINISTRASI_PERKANTORAN, 1.0)),
            ),
            bagian(
                "SETWAN-FASIL",
                "Bagian Fasilitasi Penganggaran dan Pengawasan",
                ((jobs.ANALIS_KEUANGAN, 0.8), (jobs.PENATA_LAYANAN, 0.8)),
            ),
        ],
        short="Setwan",
        address=address,
    )


def inspektorat(address: str) -> UnitPlan:
    def irban(n, roman):
        return UnitPlan(
            f"INSP-IRBAN{n}",
            f"Inspektur Pembantu Wilayah {roman}",
            Unit.Kind.OTHER,
            administrator(f"Inspektur Pembantu Wilayah {roman}", 11, majors=("ekonomi", "hukum")),
            (
                (jobs.AUDITOR["AHLI_PERTAMA"], 1.0),
                (jobs.AUDITOR["AHLI_MUDA"], 0.8),
                (jobs.P2UPD["AHLI_PERTAMA"], 0.8),
                (jobs.P2UPD["AHLI_MUDA"], 0.5),
                (jobs.AUDITOR["AHLI_MADYA"], 0.2),
            ),
        )

    return agency(
        "INSP",
        "Inspektorat Daerah",
        Unit.Kind.INSPEKTORAT,
        jpt("Inspektur", majors=("ekonomi", "hukum")),
        [
            sekretariat("INSP", with_subbag=False, staff=ADMIN_STAFF),
            irban(1, "I"),
            irban(2, "II"),
            irban(3, "III"),
        ],
        short="Inspektorat",
        address=address,
    )


def bkpsdm(address: str) -> UnitPlan:
    kepeg = lambda lvl: jobs.ANALIS_KEPEGAWAIAN[lvl]  # noqa: E731
    return agency(
        "BKPSDM",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        Unit.Kind.BADAN,
        jpt(
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            majors=("pemerintahan", "psikologi"),
        ),
        [
            sekretariat("BKPSDM"),
            bidang(
                "BKPSDM-PPIK",
                "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
                (
                    (kepeg("AHLI_MUDA"), 1.0),
                    (kepeg("AHLI_PERTAMA"), 1.2),
                    (jobs.PRANATA_KOMPUTER["AHLI_PERTAMA"], 1.0),
                    (jobs.PRANATA_KOMPUTER["TERAMPIL"], 0.6),
                    (jobs.PENGADMINISTRASI_PERKANTORAN, 0.8),
                ),
            ),
            bidang(
                "BKPSDM-MUTASI",
                "Bidang Mutasi dan Promosi",
                (
                    (kepeg("AHLI_MUDA"), 1.0),
                    (kepeg("AHLI_PERTAMA"), 1.0),
                    (kepeg("TERAMPIL"), 0.6),
                    (jobs.PENGADMINISTRASI_PERKANTORAN, 0.6),
                ),
            ),
            bidang(
                "BKPSDM-BANGKOM",
                "Bidang Pengembangan Kompetensi Aparatur",
                ((jobs.ASSESSOR_SDM, 1.0), (kepeg("AHLI_PERTAMA"), 0.8), (jobs.PENATA_LAYANAN, 0.6)),
                majors=("psikologi", "pemerintahan"),
            ),
            bidang(
                "BKPSDM-PKA",
                "Bidang Penilaian Kinerja Aparatur dan Penghargaan",
                ((kepeg("AHLI_MUDA"), 0.8), (kepeg("MAHIR"), 0.6), (jobs.PENATA_LAYANAN, 0.6)),
            ),
        ],
        short="BKPSDM",
        address=address,
    )


def bappeda(name: str, short: str, address: str) -> UnitPlan:
    per = jobs.PERENCANA
    return agency(
        "BAPPEDA",
        name,
        Unit.Kind.BADAN,
        jpt(f"Kepala {short}", majors=("planologi", "ekonomi")),
        [
            sekretariat("BAPPEDA"),
            bidang(
                "BAPPEDA-PEM",
                "Bidang Perencanaan Pemerintahan dan Pembangunan Manusia",
                ((per["AHLI_MUDA"], 1.0), (per["AHLI_PERTAMA"], 1.0), (jobs.STATISTISI, 0.5)),
            ),
            bidang(
                "BAPPEDA-EKON",
                "Bidang Perekonomian dan Sumber Daya Alam",
                ((per["AHLI_MUDA"], 0.8), (per["AHLI_PERTAMA"], 1.0), (per["AHLI_MADYA"], 0.3)),
            ),
            bidang(
                "BAPPEDA-INFRA",
                "Bidang Infrastruktur dan Kewilayahan",
                ((per["AHLI_PERTAMA"], 1.0), (jobs.PENATA_RUANG, 0.5)),
                majors=("planologi", "teknik_sipil"),
            ),
            bidang(
                "BAPPEDA-LITBANG",
                "Bidang Penelitian dan Pengembangan",
                ((per["AHLI_PERTAMA"], 0.8), (jobs.STATISTISI, 0.5), (jobs.PENATA_LAYANAN, 0.5)),
            ),
        ],
        short=short,
        address=address,
    )


def disdik(schools: list[tuple[str, str, str]], address: str) -> UnitPlan:
    """schools: (code, name, kind "SD"/"SMP"); every school is a UPT satuan pendidikan."""
    school_units = []
    for code, name, level in schools:
        staff: Staff = (
            (jobs.GURU["AHLI_PERTAMA"], 3.0),
            (jobs.GURU["AHLI_MUDA"], 2.5),
            (jobs.GURU["AHLI_MADYA"], 1.8),
            (jobs.PENGADMINISTRASI_PERKANTORAN, 0.7),
        )
        if level == "SMP":
            staff += ((jobs.PENGELOLA_LAYANAN, 0.5),)
        school_units.append(UnitPlan(code, name, Unit.Kind.SEKOLAH, jobs.KEPALA_SEKOLAH, staff))
    return agency(
        "DISDIK",
        "Dinas Pendidikan",
        Unit.Kind.DINAS,
        jpt("Kepala Dinas Pendidikan", majors=("pendidikan",)),
        [
            sekretariat("DISDIK"),
            bidang(
                "DISDIK-SD",
                "Bidang Pembinaan Sekolah Dasar",
                (
                    (jobs.PENATA_LAYANAN, 1.2),
                    (jobs.PENGADMINISTRASI_PERKANTORAN, 1.0),
                    (jobs.PENGELOLA_LAYANAN, 0.6),
                ),
                majors=("pendidikan",),
            ),
            bidang(
                "DISDIK-SMP",
                "Bidang Pembinaan Sekolah Menengah Pertama",
                ((jobs.PENATA_LAYANAN, 1.0), (jobs.PENGADMINISTRASI_PERKANTORAN, 1.0)),
                majors=("pendidikan",),
            ),
            bidang(
                "DISDIK-PAUD",
                "Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal",
                ((jobs.PENATA_LAYANAN, 0.8), (jobs.PENGADMINISTRASI_UMUM, 0.6)),
                majors=("pendidikan",),
            ),
            bidang(
                "DISDIK-GTK",
                "Bidang Pembinaan Guru dan Tenaga Kependidikan",
                (
                    (jobs.ANALIS_KEPEGAWAIAN["AHLI_PERTAMA"], 0.8),
                    (jobs.PENATA_LAYANAN, 0.8),
                    (jobs.PRANATA_KOMPUTER["TERAMPIL"], 0.5),
                ),
                seksi=[
                    ("DISDIK-GTK-PD", "Seksi Pendidik", ((jobs.PENGADMINISTRASI_PERKANTORAN, 1.0),)),
                    ("DISDIK-GTK-TK", "Seksi Tenaga Kependidikan", ((jobs.PENGADMINISTRASI_UMUM, 1.0),)),
                ],
                majors=("pendidikan", "pemerintahan"),
            ),
            *school_units,
        ],
        short="Disdik",
        address=address,
    )


def dinkes(puskesmas: list[tuple[str, str]], address: str) -> UnitPlan:
    units = []
    for code, name in puskesmas:
        units.append(
            UnitPlan(
                code,
                name,
                Unit.Kind.PUSKESMAS,
                pengawas("Kepala UPTD Puskesmas", majors=("kesmas", "kedokteran")),
                (
                    (jobs.DOKTER["AHLI_PERTAMA"], 1.0),
                    (jobs.DOKTER["AHLI_MUDA"], 0.5),
                    (jobs.DOKTER_GIGI, 0.5),
                    (jobs.PERAWAT["TERAMPIL"], 2.0),
                    (jobs.PERAWAT["AHLI_PERTAMA"], 1.3),
                    (jobs.PERAWAT["MAHIR"], 0.6),
                    (jobs.BIDAN["TERAMPIL"], 2.0),
                    (jobs.BIDAN["AHLI_PERTAMA"], 0.8),
                    (jobs.APOTEKER, 0.5),
                    (jobs.NUTRISIONIS, 0.4),
                    (jobs.SANITASI, 0.4),
                    (jobs.PRANATA_LAB, 0.4),
                    (jobs.PENYULUH_KESEHATAN, 0.3),
                    (jobs.PENGADMINISTRASI_PERKANTORAN, 0.6),
                ),
            )
        )
    return agency(
        "DINKES",
        "Dinas Kesehatan",
        Unit.Kind.DINAS,
        jpt("Kepala Dinas Kesehatan", majors=("kedokteran", "kesmas")),
        [
            sekretariat("DINKES"),
            bidang(
                "DINKES-KESMAS",
                "Bidang Kesehatan Masyarakat",
                ((jobs.PENYULUH_KESEHATAN, 1.0), (jobs.NUTRISIONIS, 0.6), (jobs.BIDAN["AHLI_PERTAMA"], 0.5)),
                majors=("kesmas",),
            ),
            bidang(
                "DINKES-P2P",
                "Bidang Pencegahan dan Pengendalian Penyakit",
                ((jobs.EPIDEMIOLOG, 1.0), (jobs.SANITASI, 0.6), (jobs.PERAWAT["AHLI_MUDA"], 0.4)),
                majors=("kesmas", "kedokteran"),
            ),
            bidang(
                "DINKES-YANKES",
                "Bidang Pelayanan dan Sumber Daya Kesehatan",
                ((jobs.APOTEKER, 0.6), (jobs.PENATA_LAYANAN, 0.8), (jobs.DOKTER["AHLI_MUDA"], 0.3)),
                majors=("kesmas", "farmasi"),
            ),
            *units,
        ],
        short="Dinkes",
        address=address,
    )


def dinsos(address: str) -> UnitPlan:
    peksos = jobs.PEKERJA_SOSIAL
    return agency(
        "DINSOS",
        "Dinas Sosial",
        Unit.Kind.DINAS,
        jpt("Kepala Dinas Sosial", majors=("sosial", "pemerintahan")),
        [
            sekretariat("DINSOS"),
            bidang(
                "DINSOS-REHSOS",
                "Bidang Rehabilitasi Sosial",
                ((peksos["AHLI_PERTAMA"], 1.0), (peksos["TERAMPIL"], 0.8)),
                majors=("sosial",),
            ),
            bidang(
                "DINSOS-LINJAMSOS",
                "Bidang Perlindungan dan Jaminan Sosial",
                ((peksos["AHLI_MUDA"], 0.6), (jobs.PENATA_LAYANAN, 1.0), (jobs.OPERATOR_LAYANAN, 0.6)),
                majors=("sosial",),
            ),
            bidang(
                "DINSOS-DAYASOS",
                "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
                ((jobs.PENYULUH_SOSIAL, 1.0), (jobs.PENGADMINISTRASI_PERKANTORAN, 0.8)),
                majors=("sosial",),
            ),
        ],
        short="Dinsos",
        address=address,
    )


def disdukcapil(address: str) -> UnitPlan:
    adm = jobs.ADMINDUK
    return agency(
        "DISDUKCAPIL",
        "Dinas Kependudukan dan Pencatatan Sipil",
        Unit.Kind.DINAS,
        jpt("Kepala Dinas Kependudukan dan Pencatatan Sipil"),
        [
            sekretariat("DISDUKCAPIL"),
            bidang(
                "DUKCAPIL-DAFDUK",
                "Bidang Pelayanan Pendaftaran Penduduk",
                ((adm["TERAMPIL"], 0.8), (jobs.OPERATOR_LAYANAN, 1.2)),
                seksi=[
                    (
                        "DUKCAPIL-DAFDUK-ID",
                        "Seksi Identitas Penduduk",
                        ((jobs.OPERATOR_LAYANAN, 1.0), (jobs.PENGELOLA_LAYANAN, 0.6)),
                    ),
                    (
                        "DUKCAPIL-DAFDUK-PINDAH",
                        "Seksi Pindah Datang Penduduk",
                        ((jobs.PENGADMINISTRASI_PERKANTORAN, 1.0),),
                    ),
                ],
            ),
            bidang(
                "DUKCAPIL-CAPIL",
                "Bidang Pelayanan Pencatatan Sipil",
                ((jobs.PENGADMINISTRASI_PERKANTORAN, 1.0), (jobs.OPERATOR_LAYANAN, 1.0)),
            ),
            bidang(
                "DUKCAPIL-PIAK",
                "Bidang Pengelolaan Informasi Administrasi Kependudukan",
                (
                    (adm["AHLI_PERTAMA"], 1.0),
                    (jobs.PRANATA_KOMPUTER["AHLI_PERTAMA"], 0.8),
                    (jobs.PRANATA_KOMPUTER["TERAMPIL"], 0.6),
                ),
                majors=("komputer", "pemerintahan"),
            ),
            bidang(
                "DUKCAPIL-PDIP",
                "Bidang Pemanfaatan Data dan Inovasi Pelayanan",
                ((jobs.PENATA_LAYANAN, 0.8), (jobs.STATISTISI, 0.4)),
            ),
        ],
        short="Disdukcapil",
        address=address,
    )


def pupr(address: str) -> UnitPlan:
    tj = jobs.TEKNIK_JALAN
    sipil = ("teknik_sipil",)
    return agency(
        "PUPR",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        Unit.Kind.DINAS,
        jpt("Kepala Dinas Pekerjaan Umum dan Penataan Ruang", majors=sipil),
        [
            sekretariat("PUPR"),
            bidang(
                "PUPR-BM",
                "Bidang Bina Marga",
                (
                    (tj["AHLI_PERTAMA"], 1.0),
                    (tj["AHLI_MUDA"], 0.6),
                    (tj["TERAMPIL"], 0.6),
                    (jobs.TEKNISI_SARPRAS, 0.6),
                ),
                majors=sipil,
            ),
            bidang(
                "PUPR-SDA",
                "Bidang Sumber Daya Air",
                ((jobs.TEKNIK_PENGAIRAN, 1.0), (jobs.TEKNISI_SARPRAS, 0.6)),
                majors=sipil,
            ),
            bidang(
                "PUPR-CK",
                "Bidang Cipta Karya",
                ((jobs.TEKNIK_BANGUNAN, 1.0), (jobs.PENATA_LAYANAN, 0.5)),
                majors=sipil,
            ),
            bidang(
                "PUPR-TR",
                "Bidang Penataan Ruang",
                ((jobs.PENATA_RUANG, 1.0), (jobs.PENGADMINISTRASI_PERKANTORAN, 0.5)),
                majors=("planologi",),
            ),
        ],
        short="Dinas PUPR",
        address=address,
    )


def satpolpp(address: str) -> UnitPlan:
    pol = jobs.POL_PP
    return agency(
        "SATPOLPP",
        "Satuan Polisi Pamong Praja",
        Unit.Kind.SATPOL,
        jpt("Kepala Satuan Polisi Pamong Praja", 13, majors=("pemerintahan", "hukum")),
        [
            sekretariat("SATPOLPP", with_subbag=False, staff=ADMIN_STAFF),
            bidang(
                "SATPOLPP-GAKDA",
                "Bidang Penegakan Peraturan Daerah",
                ((pol["AHLI_PERTAMA"], 0.8), (pol["MAHIR"], 1.0)),
                seksi=[
                    ("SATPOLPP-GAKDA-LIDIK", "Seksi Penyelidikan dan Penyidikan", ((pol["TERAMPIL"], 1.5),))
                ],
                majors=("hukum", "pemerintahan"),
            ),
            bidang(
                "SATPOLPP-TIBUM",
                "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
                ((pol["TERAMPIL"], 2.5), (pol["MAHIR"], 1.0)),
                majors=("pemerintahan",),
            ),
            bidang(
                "SATPOLPP-LINMAS",
                "Bidang Perlindungan Masyarakat",
                ((pol["TERAMPIL"], 1.0), (jobs.PENGADMINISTRASI_PERKANTORAN, 0.5)),
                majors=("pemerintahan",),
            ),
        ],
        short="Satpol PP",
        address=address,
    )


def rsud(name: str, short: str, address: str) -> UnitPlan:
    per = jobs.PERAWAT
    kes = ("kedokteran", "kesmas")
    return agency(
        "RSUD",
        name,
        Unit.Kind.RSUD,
        jpt(f"Direktur {short}", majors=("kedokteran",)),
        [
            UnitPlan(
                "RSUD-TU",
                "Bagian Tata Usaha",
                Unit.Kind.BAGIAN,
                administrator("Kepala Bagian Tata Usaha", eselon="III.a"),
                (
                    (jobs.PENGELOLA_KEUANGAN, 1.0),
                    (jobs.ARSIPARIS, 0.6),
                    (jobs.PENGADMINISTRASI_PERKANTORAN, 1.0),
                    (jobs.PRANATA_KOMPUTER["TERAMPIL"], 0.5),
                    (jobs.PENGEMUDI, 0.5),
                ),
            ),
            UnitPlan(
                "RSUD-YANMED",
                "Bidang Pelayanan Medik",
                Unit.Kind.BIDANG,
                administrator("Kepala Bidang Pelayanan Medik", majors=kes),
                (
                    (jobs.DOKTER_SPESIALIS, 1.5),
                    (jobs.DOKTER["AHLI_MUDA"], 1.0),
                    (jobs.DOKTER["AHLI_PERTAMA"], 1.0),
                    (jobs.DOKTER_GIGI, 0.4),
                ),
            ),
            UnitPlan(
                "RSUD-KEP",
                "Bidang Keperawatan",
                Unit.Kind.BIDANG,
                administrator("Kepala Bidang Keperawatan", majors=("keperawatan",)),
                (
                    (per["TERAMPIL"], 3.0),
                    (per["MAHIR"], 1.2),
                    (per["AHLI_PERTAMA"], 2.0),
                    (per["AHLI_MUDA"], 0.8),
                    (jobs.BIDAN["TERAMPIL"], 1.0),
                ),
            ),
            UnitPlan(
                "RSUD-JANG",
                "Bidang Penunjang Medik dan Nonmedik",
                Unit.Kind.BIDANG,
                administrator("Kepala Bidang Penunjang Medik dan Nonmedik", majors=kes),
                (
                    (jobs.APOTEKER, 0.8),
                    (jobs.PRANATA_LAB, 0.8),
                    (jobs.RADIOGRAFER, 0.6),
                    (jobs.NUTRISIONIS, 0.5),
                    (jobs.TEKNISI_SARPRAS, 0.4),
                ),
            ),
        ],
        short=short,
        address=address,
    )


def kecamatan(code: str, name: str, kelurahan: list[tuple[str, str]], address: str = "") -> UnitPlan:
    seksi = [
        (f"{code}-PEM", "Seksi Pemerintahan", ((jobs.PENGADMINISTRASI_PERKANTORAN, 1.0),)),
        (f"{code}-TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", ((jobs.POL_PP["TERAMPIL"], 0.8),)),
        (f"{code}-PMKS", "Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial", ((jobs.PSM, 0.8),)),
    ]
    children = [
        UnitPlan(
            f"{code}-SEKR",
            "Sekretariat Kecamatan",
            Unit.Kind.SEKRETARIAT,
            administrator("Sekretaris Kecamatan", 11, eselon="III.b"),
            ((jobs.PENGELOLA_KEUANGAN, 0.6), (jobs.PENGADMINISTRASI_UMUM, 1.0)),
        ),
        *(UnitPlan(c, n, Unit.Kind.SEKSI, pengawas(f"Kepala {n}"), s) for c, n, s in seksi),
        *(
            UnitPlan(
                c,
                f"Kelurahan {n}",
                Unit.Kind.KELURAHAN,
                pengawas("Lurah"),
                (
                    (replace(pengawas("Sekretaris Kelurahan", 8, eselon="IV.b"), single=True), 0.8),
                    (jobs.PENGADMINISTRASI_PERKANTORAN, 1.0),
                    (jobs.OPERATOR_LAYANAN, 0.6),
                ),
            )
            for c, n in kelurahan
        ),
    ]
    return agency(
        code,
        f"Kecamatan {name}",
        Unit.Kind.KECAMATAN,
        administrator("Camat", 12, eselon="III.a", majors=("pemerintahan",)),
        children,
        short=f"Kec. {name}",
        address=address,
    )
