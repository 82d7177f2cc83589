"""Indonesian names by cultural group, fields of study, and academic titles (gelar).

Pools are plain lists so the generator stays deterministic for a given random seed.
"""

from dataclasses import dataclass
from random import Random


@dataclass(frozen=True)
class NameGroup:
    male_first: tuple[str, ...]
    female_first: tuple[str, ...]
    male_last: tuple[str, ...]
    female_last: tuple[str, ...]
    # Family names (marga, Chinese-Indonesian surnames) that both sexes carry.
    family: tuple[str, ...] = ()
    male_prefixes: tuple[str, ...] = ()
    female_prefixes: tuple[str, ...] = ()
    prefix_share: float = 0.0
    single_share: float = 0.0  # a single name, common among older Javanese


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GROUPS: dict[str, NameGroup] = {
    "jawa": NameGroup(
        male_first=_t(
            "Agus Budi Bambang Joko Slamet Heru Dwi Eko Teguh Wahyu Hadi Sugeng Rudi Yudi Bayu "
            "Adi Arif Dimas Fajar Galih Hendro Kukuh Priyo Bagus Anang Tri Wisnu Yoga Aris "
            "Rahmat Sigit Bowo Hari Ari Danang Gilang Satrio Bimo Rizal"
        ),
        female_first=_t(
            "Sri Siti Dewi Endang Tri Rini Wulan Ratna Puji Retno Yuni Ayu Dyah Kartika Indah "
            "Novita Sulis Nur Dwi Anik Eni Tutik Wiwik Lilis Ika Fitri Yuliana Mega Rina "
            "Dian Septi"
        ),
        male_last=_t(
            "Santoso Setiawan Prasetyo Nugroho Wibowo Susanto Hidayat Kurniawan Saputro Purnomo "
            "Hartono Raharjo Gunawan Sutrisno Widodo Suryanto Haryanto Wicaksono Pamungkas "
            "Hermawan Darmawan Sasongko Utomo Priyambodo Sulistyo Suharto Mulyono"
        ),
        female_last=_t(
            "Wahyuni Lestari Rahayu Handayani Astuti Utami Wulandari Purwanti Kusumawati "
            "Susanti Rahmawati Anggraini Wijayanti Setyaningsih Purwaningsih Sulistyowati "
            "Pratiwi Hastuti Ningsih Suryani Kurniasih Widyastuti Mulyani Maharani"
        ),
        single_share=0.06,
    ),
    "palembang": NameGroup(
        male_first=_t(
            "Muhammad Ahmad Rizki Fadli Hendra Syahrial Zulkifli Herman Iskandar Rusdi Yusuf "
            "Ridwan Ismail Mahmud Hasan Fikri Taufik Amran Firdaus Syarifuddin Aidil Novri "
            "Deni Febri Andika Aprizal Irwansyah Sopian Jemmy Yudha"
        ),
        female_first=_t(
            "Nurul Fitri Yulia Rina Lia Maya Aisyah Nur Dian Desi Eka Fatimah Hasanah "
            "Rosmawati Zubaidah Herlina Marlina Yusnani Susilawati Mardiana Nurlela Cik "
            "Yeni Rita Novi Lisa Ayu Mery"
        ),
        male_last=_t(
            "Syahputra Saputra Hidayat Rahman Hamid Effendi Ibrahim Husin Zainal Fauzi Anwar "
            "Firmansyah Pratama Kurniawan Syafei Rasyid Hakim Umar Arifin Mansyur Gumay"
        ),
        female_last=_t(
            "Safitri Puspita Rahmawati Sari Oktaviani Novianti Maharani Yuliana Apriani "
            "Anggraini Wati Fitriani Herawati Yanti Susanti Lestari Ningsih Rosdiana"
        ),
        male_prefixes=("Kgs.", "Mgs.", "Kms.", "R."),
        female_prefixes=("Nyimas", "Nyayu", "Masayu", "R.A."),
        prefix_share=0.07,
    ),
    "minang": NameGroup(
        male_first=_t("Afrizal Yusrizal Syafrizal Zulhendri Hendri Alfian Asrul Erwin Fauzan Rahmat Irwan"),
        female_first=_t("Yuliarni Desmawati Erniwati Nofriyanti Rahmi Yelfi Suryani Fitria Delvi Vivi"),
        male_last=_t("Chaniago Piliang Tanjung Koto Sikumbang Jambak Syamsuddin Yunus Datuak"),
        female_last=_t("Chaniago Tanjung Koto Piliang Jambak Yusra Rahmi"),
    ),
    "sunda": NameGroup(
        male_first=_t("Asep Dede Ujang Cecep Yayan Dadang Iwan Ade Deden Enjang Ridwan Rully Agus"),
        female_first=_t("Euis Neneng Iis Imas Cucu Tati Yeni Rina Nia Lina Ai Ela"),
        male_last=_t("Saepudin Sukmana Permana Hidayat Suryana Mulyana Kurnia Rukmana Sopian Kusnadi"),
        female_last=_t("Komariah Nurjanah Rohaeti Kurniasih Hayati Rosita Sumarni Setiawati Maryani"),
    ),
    "batak": NameGroup(
        male_first=_t(
            "Parlindungan Hotman Togar Martua Bonar Sahat Frans Daniel Jhonson Roy Maruli Samuel "
            "Horas Rudolf Benny Tumpal Jonathan Erwin"
        ),
        female_first=_t(
            "Rotua Lamria Dameria Rosmaida Tiurma Elisabeth Maria Debora Yanti Nurhaida Mutiara "
            "Rosdiana Juliana Hotnida Lisbet"
        ),
        male_last=(),
        female_last=(),
        family=_t(
            "Siregar Simanjuntak Nasution Harahap Hutagalung Sitorus Sinaga Simatupang Pardede "
            "Lubis Tambunan Sihombing Panjaitan Manurung Situmorang Silalahi Hutapea Pasaribu "
            "Napitupulu Damanik"
        ),
    ),
    "tionghoa": NameGroup(
        male_first=_t(
            "Hendra Yohanes Stefanus Vincent Kevin Steven Willy Rudy Andreas Albert Ferry Johan "
            "Budi Michael Hartono Wilson"
        ),
        female_first=_t(
            "Felicia Jessica Linda Lili Meiliana Yenny Shinta Stephanie Angela Cindy Veronica "
            "Melinda Susan Natalia Grace"
        ),
        male_last=(),
        female_last=(),
        family=_t(
            "Wijaya Halim Gunawan Tanoto Salim Hartanto Setiadi Tjahjono Kusuma Tanjaya Lim Tan "
            "Susanto Widjaja Sutedja Liem Lukito Santoso Hendrawan Gozali"
        ),
    ),
    "dayak": NameGroup(
        male_first=_t(
            "Yohanes Markus Paulus Yakob Ignatius Robertus Petrus Simon Lukas Stefanus Yosef "
            "Alfons Matius Fransiskus"
        ),
        female_first=_t(
            "Lusia Lidia Maria Agustina Veronika Yuliana Theresia Magdalena Marta Sisilia Rosalia Katarina"
        ),
        male_last=(),
        female_last=(),
        family=_t(
            "Lawing Ajang Ngau Anyeq Ding Lahang Njau Laing Usat Bilung Jalung Lejau Ibau Usun "
            "Lencau Igau Jau Apui Lulun Bit"
        ),
    ),
    "bulungan": NameGroup(
        male_first=_t(
            "Abdul Muhammad Syahrani Asmadi Rahim Hamdani Jumadi Zainuddin Kamarudin Saiful "
            "Darmansyah Ilham Baharuddin"
        ),
        female_first=_t(
            "Asmawati Siti Fatimah Rosnah Hamidah Salmah Jamilah Nurbaya Rahmah Norhayati Masitah Aminah"
        ),
        male_last=_t("Rahim Hamid Saleh Yusuf Alam Anwar Sulaiman Syamsudin Kadir"),
        female_last=_t("Wati Hayati Rahmah Jamilah Aini Salmiah"),
        male_prefixes=("Datu", "Aji"),
        female_prefixes=("Aji",),
        prefix_share=0.08,
    ),
    "bugis": NameGroup(
        male_first=_t(
            "Muhammad Syamsul Rusdi Arsyad Akbar Hasanuddin Nurdin Irfan Firman Syahrir "
            "Amiruddin Basri Rahman Jufri"
        ),
        female_first=_t(
            "Nurhaeni Hasnawati Rosmini Haslinda Nurhayati Sitti Hasmiah Megawati Rahmawati "
            "Nurfadillah Sumarni Husniah"
        ),
        male_last=_t("Hamzah Bahri Syamsuddin Nurdin Amir Hasyim Tahir Ramli Latif Patarai Mappa"),
        female_last=_t("Nur Rahman Amir Tahir Hasyim Sari Yusuf"),
        male_prefixes=("Andi",),
        female_prefixes=("Andi",),
        prefix_share=0.15,
    ),
    "banjar": NameGroup(
        male_first=_t("Muhammad Ahmad Rifani Rahmat Hairul Norhadi Jumberi Fahmi Supian Anshari Taufik"),
        female_first=_t(
            "Nor Siti Rusmini Norlaila Rabiatul Mariatul Hidayah Rahmah Fauziah Salasiah Masliani"
        ),
        male_last=_t("Noor Rifani Hidayat Anshari Rahman Ramadhan Syahrani Effendi Hairani"),
        female_last=_t("Hasanah Adawiyah Jannah Rahmah Maulida Fitriani Noorhayati"),
        male_prefixes=("Gusti",),
        female_prefixes=("Gusti",),
        prefix_share=0.05,
    ),
}


def make_name(rng: Random, group: str, gender: str) -> tuple[str, str]:
    """A full name (without titles) and the word to build an e-mail from."""
    pool = GROUPS[group]
    male = gender == "L"
    first_names = pool.male_first if male else pool.female_first
    first = rng.choice(first_names)
    if pool.family:
        words = [first]
        if rng.random() < 0.35:
            words.append(rng.choice(first_names))
        words.append(rng.choice(pool.family))
    else:
        last_names = pool.male_last if male else pool.female_last
        if rng.random() < pool.single_share:
            words = [rng.choice(last_names)]
        else:
            words = [first]
            if rng.random() < 0.3:
                middle = rng.choice(first_names)
                if middle != first:
                    words.append(middle)
            words.append(rng.choice(last_names))
    prefixes = pool.male_prefixes if male else pool.female_prefixes
    if prefixes and rng.random() < pool.prefix_share:
        words.insert(0, rng.choice(prefixes))
    # Drop an immediate repeat ("Nur Nur") that the pools can produce.
    deduped = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    return " ".join(deduped), deduped[-1]


# Field of study per education level: (name of the field, back title); "" = no title.
MAJORS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "umum": {
        "SMP": (("SMP", ""),),
        "SMA": (("SMA IPS", ""), ("SMA IPA", ""), ("SMK Administrasi Perkantoran", "")),
        "D3": (("Administrasi Perkantoran", "A.Md."), ("Sekretari", "A.Md.")),
        "D4": (("Administrasi Bisnis", "S.Tr.AB."),),
        "S1": (("Administrasi Negara", "S.Sos."), ("Ilmu Administrasi Publik", "S.A.P.")),
        "S2": (("Administrasi Publik", "M.AP."),),
    },
    "pemerintahan": {
        "D4": (("Ilmu Pemerintahan (IPDN)", "S.STP."),),
        "S1": (
            ("Ilmu Pemerintahan", "S.IP."),
            ("Administrasi Negara", "S.Sos."),
            ("Ilmu Pemerintahan (IPDN)", "S.STP."),
            ("Ilmu Administrasi Publik", "S.A.P."),
        ),
        "S2": (("Administrasi Publik", "M.AP."), ("Ilmu Administrasi", "M.Si."), ("Manajemen", "M.M.")),
        "S3": (("Ilmu Administrasi Publik", ""),),
    },
    "ekonomi": {
        "SMA": (("SMK Akuntansi", ""),),
        "D3": (("Akuntansi", "A.Md.Ak."), ("Manajemen Keuangan", "A.Md.")),
        "D4": (("Akuntansi Sektor Publik", "S.Tr.Ak."),),
        "S1": (
            ("Manajemen", "S.E."),
            ("Akuntansi", "S.E."),
            ("Akuntansi", "S.Ak."),
            ("Ekonomi Pembangunan", "S.E."),
        ),
        "S2": (("Manajemen", "M.M."), ("Akuntansi", "M.Ak."), ("Ilmu Ekonomi", "M.Si.")),
        "S3": (("Ilmu Ekonomi", ""),),
    },
    "hukum": {
        "SMA": (("SMA IPS", ""),),
        "D3": (("Administrasi Perkantoran", "A.Md."),),
        "S1": (("Ilmu Hukum", "S.H."),),
        "S2": (("Ilmu Hukum", "M.H."), ("Kenotariatan", "M.Kn.")),
        "S3": (("Ilmu Hukum", ""),),
    },
    "pendidikan": {
        "S1": (
            ("Pendidikan Guru Sekolah Dasar", "S.Pd."),
            ("Pendidikan Matematika", "S.Pd."),
            ("Pendidikan Bahasa Indonesia", "S.Pd."),
            ("Pendidikan Bahasa Inggris", "S.Pd."),
            ("Pendidikan Biologi", "S.Pd."),
            ("Pendidikan Jasmani", "S.Pd."),
            ("Pendidikan Agama Islam", "S.Pd.I."),
        ),
        "D4": (("Pendidikan Teknik", "S.Pd."),),
        "S2": (("Manajemen Pendidikan", "M.Pd."), ("Pendidikan Dasar", "M.Pd.")),
        "S3": (("Manajemen Pendidikan", ""),),
    },
    "komputer": {
        "SMA": (("SMK Teknik Komputer dan Jaringan", ""),),
        "D3": (("Manajemen Informatika", "A.Md.Kom."), ("Teknik Komputer", "A.Md.Kom.")),
        "D4": (("Teknologi Rekayasa Perangkat Lunak", "S.Tr.Kom."),),
        "S1": (
            ("Teknik Informatika", "S.Kom."),
            ("Sistem Informasi", "S.Kom."),
            ("Teknik Informatika", "S.T."),
        ),
        "S2": (("Ilmu Komputer", "M.Kom."),),
    },
    "psikologi": {
        "S1": (("Psikologi", "S.Psi."),),
        "S2": (("Psikologi Profesi", "M.Psi."), ("Manajemen SDM", "M.M.")),
    },
    "sosial": {
        "D3": (("Pekerjaan Sosial", "A.Md."),),
        "D4": (("Pekerjaan Sosial", "S.Tr.Sos."),),
        "S1": (("Kesejahteraan Sosial", "S.Sos."), ("Sosiologi", "S.Sos.")),
        "S2": (("Kesejahteraan Sosial", "M.Si."),),
    },
    "komunikasi": {
        "S1": (("Ilmu Komunikasi", "S.I.Kom."),),
        "S2": (("Ilmu Komunikasi", "M.I.Kom."),),
    },
    "kesmas": {
        "D3": (("Kesehatan Lingkungan", "A.Md.KL."),),
        "S1": (("Kesehatan Masyarakat", "S.K.M."),),
        "S2": (("Kesehatan Masyarakat", "M.Kes."), ("Epidemiologi", "M.Epid.")),
    },
    "kedokteran": {
        "S1": (("Pendidikan Dokter", ""),),
        "S2": (("Kesehatan Masyarakat", "M.Kes."), ("Manajemen Rumah Sakit", "M.M.R.")),
    },
    "spesialis": {
        "S2": (
            ("Ilmu Penyakit Dalam", "Sp.PD."),
            ("Ilmu Kesehatan Anak", "Sp.A."),
            ("Obstetri dan Ginekologi", "Sp.OG."),
            ("Ilmu Bedah", "Sp.B."),
            ("Neurologi", "Sp.N."),
        ),
    },
    "kedokteran_gigi": {
        "S1": (("Pendidikan Dokter Gigi", ""),),
    },
    "keperawatan": {
        "D3": (("Keperawatan", "A.Md.Kep."),),
        "S1": (("Keperawatan", "S.Kep., Ners"),),
        "S2": (("Keperawatan", "M.Kep."),),
    },
    "kebidanan": {
        "D3": (("Kebidanan", "A.Md.Keb."),),
        "D4": (("Kebidanan", "S.Tr.Keb."),),
        "S1": (("Kebidanan", "S.Keb., Bd."),),
    },
    "farmasi": {
        "D3": (("Farmasi", "A.Md.Farm."),),
        "S1": (("Farmasi", "S.Farm."),),
    },
    "gizi": {
        "D3": (("Gizi", "A.Md.Gz."),),
        "S1": (("Ilmu Gizi", "S.Gz."),),
    },
    "analis_kesehatan": {
        "D3": (("Analis Kesehatan", "A.Md.AK."),),
        "D4": (("Teknologi Laboratorium Medis", "S.Tr.Kes."),),
    },
    "radiologi": {
        "D3": (("Radiodiagnostik dan Radioterapi", "A.Md.Rad."),),
    },
    "teknik_sipil": {
        "SMA": (("SMK Teknik Bangunan", ""),),
        "D3": (("Teknik Sipil", "A.Md.T."),),
        "S1": (("Teknik Sipil", "S.T."),),
        "S2": (("Teknik Sipil", "M.T."),),
    },
    "planologi": {
        "S1": (("Perencanaan Wilayah dan Kota", "S.T."),),
        "S2": (("Perencanaan Wilayah dan Kota", "M.T."), ("Ekonomi Pembangunan", "M.E.")),
    },
    "statistik": {
        "D4": (("Statistika", "S.Tr.Stat."),),
        "S1": (("Statistika", "S.Stat."),),
        "S2": (("Statistika", "M.Si."),),
    },
    "kearsipan": {
        "SMA": (("SMA IPS", ""),),
        "D3": (("Kearsipan", "A.Md."),),
        "S1": (("Ilmu Perpustakaan", "S.IP."),),
    },
}

# Graduates of the social sciences before the 1993 reform carry "Drs."/"Dra.", engineers "Ir.".
OLD_STYLE_S1 = {
    "S.Sos.": "Drs.",
    "S.IP.": "Drs.",
    "S.E.": "Drs.",
    "S.Pd.": "Drs.",
    "S.H.": "",
    "S.Psi.": "Drs.",
    "S.A.P.": "Drs.",
    "S.T.": "Ir.",
    "S.K.M.": "",
}


@dataclass(frozen=True)
class Education:
    level: str
    major: str
    front_title: str
    back_title: str


def _pick_major(rng: Random, major_key: str, level: str) -> tuple[str, str]:
    options = MAJORS.get(major_key, MAJORS["umum"])
    if level not in options:
        options = MAJORS["umum"]
    if level not in options:
        return ("", "")
    return rng.choice(options[level])


def make_education(
    rng: Random, *, level: str, majors: tuple[str, ...], gender: str, birth_year: int
) -> Education:
    """The highest diploma with its field and the titles it gives (S2 keeps the S1 title)."""
    key = rng.choice(majors)
    field, title = _pick_major(rng, key, level)
    front: list[str] = []
    back: list[str] = []
    if level in ("S2", "S3"):
        _first_field, first_title = _pick_major(rng, key, "S1") if key != "spesialis" else ("", "")
        if key == "spesialis":
            front.append("dr.")
        elif key == "kedokteran":
            front.append("dr.")
            first_title = ""
        if level == "S3":
            front.insert(0, "Dr.")
            field, title = _pick_major(rng, key, "S2")
            if key in MAJORS and "S3" in MAJORS[key]:
                field = MAJORS[key]["S3"][0][0]
        old = birth_year <= 1969 and OLD_STYLE_S1.get(first_title)
        if old:
            front.append("Dra." if old == "Drs." and gender == "P" else old)
        elif first_title:
            back.append(first_title)
        if title:
            back.append(title)
    elif level in ("S1", "D4"):
        if key == "kedokteran":
            front.append("dr.")
        elif key == "kedokteran_gigi":
            front.append("drg.")
        elif key == "farmasi":
            front.append("apt.")
        old = level == "S1" and birth_year <= 1969 and OLD_STYLE_S1.get(title)
        if old:
            front.append("Dra." if old == "Drs." and gender == "P" else old)
        elif title:
            back.append(title)
    elif title:
        back.append(title)
    return Education(level, field, " ".join(front), ", ".join(back))


def _phone(rng: Random) -> str:
    prefix = rng.choice(
        (
            "0812",
            "0813",
            "0821",
            "0822",
            "0852",
            "0853",
            "0856",
            "0857",
            "0877",
            "0878",
            "0811",
            "0895",
            "0896",
        )
    )
    return prefix + "".join(str(rng.randrange(10)) for _ in range(rng.choice((7, 8))))


def make_contact(rng: Random, *, name: str, domain: str, serial: int) -> tuple[str, str]:
    """Phone and e-mail; the e-mail domain is a reserved .example one so no mail reaches anyone."""
    phone = _phone(rng) if rng.random() < 0.8 else ""
    email = ""
    if rng.random() < 0.6:
        words = [w for w in name.replace(".", " ").lower().split() if w.isalpha()]
        local = ".".join(words[-2:]) if len(words) > 1 else words[0]
        email = f"{local}{serial % 100:02d}@{domain}"
    return phone, email
