"""Perilaku kerja: the seven BerAKHLAK values and their fixed indicators (performance.md §3)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class BehaviourValue:
    number: int
    name: str
    indicators: tuple[str, str, str]


# UU 20/2023 Pasal 3 (nilai dasar) and SE MenPANRB 20/2021 (panduan perilaku), stored verbatim.
BERAKHLAK: tuple[BehaviourValue, ...] = (
    BehaviourValue(1, "Berorientasi Pelayanan", (
        "Memahami dan memenuhi kebutuhan masyarakat",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        "Melakukan perbaikan tiada henti",
    )),
    BehaviourValue(2, "Akuntabel", (
        "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
        "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
        "Tidak menyalahgunakan kewenangan jabatan",
    )),
    BehaviourValue(3, "Kompeten", (
        "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
        "Membantu orang lain belajar",
        "Melaksanakan tugas dengan kualitas terbaik",
    )),
    BehaviourValue(4, "Harmonis", (
        "Menghargai setiap orang apapun latar belakangnya",
        "Suka menolong orang lain",
        "Membangun lingkungan kerja yang kondusif",
    )),
    BehaviourValue(5, "Loyal", (
        "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, "
        "setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
        "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
        "Menjaga rahasia jabatan dan negara",
    )),
    BehaviourValue(6, "Adaptif", (
        "Cepat menyesuaikan diri menghadapi perubahan",
        "Terus berinovasi dan mengembangkan kreativitas",
        "Bertindak proaktif",
    )),
    BehaviourValue(7, "Kolaboratif", (
        "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
        "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
        "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
    )),
)

BERAKHLAK_BY_NUMBER: dict[int, BehaviourValue] = {value.number: value for value in BERAKHLAK}


def behaviour_value(number: int) -> BehaviourValue:
    """The BerAKHLAK value with ``number`` 1 to 7 (the nilai_code of an SKP's perilaku row)."""
    try:
        return BERAKHLAK_BY_NUMBER[number]
    except KeyError:
        raise ValueError(f"BerAKHLAK values are numbered 1 to 7; got {number!r}.") from None
