"""The nine unsur of the SKM, keyed by identity, not by position (public-service.md §1.2)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Unsur:
    code: str  # U1..U9 in the default order as printed
    key: str  # stable identity; also the column name of the answer
    name: str  # official name (Indonesian: the questionnaire's wording)
    question: str
    options: tuple[str, str, str, str]  # labels of the answers 1, 2, 3, 4


# PermenPANRB 14/2017 Lampiran: 9 unsur, scale 1..4 without a neutral midpoint.
UNSUR: tuple[Unsur, ...] = (
    Unsur("U1", "persyaratan", "Persyaratan",
          "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
          ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
    Unsur("U2", "prosedur", "Sistem, Mekanisme, dan Prosedur",
          "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
          ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah")),
    Unsur("U3", "waktu", "Waktu Penyelesaian",
          "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
          ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat")),
    Unsur("U4", "biaya", "Biaya/Tarif",
          "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
          ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")),
    Unsur("U5", "produk", "Produk Spesifikasi Jenis Pelayanan",
          "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum "
          "dalam standar pelayanan dengan hasil yang diberikan?",
          ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")),
    Unsur("U6", "kompetensi", "Kompetensi Pelaksana",
          "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
          ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten")),
    Unsur("U7", "perilaku", "Perilaku Pelaksana",
          "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan "
          "dan keramahan?",
          ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah",
           "Sangat sopan dan ramah")),
    Unsur("U8", "pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
          "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
          ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal",
           "Dikelola dengan baik")),
    Unsur("U9", "sarana", "Sarana dan prasarana",
          "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
          ("Buruk", "Cukup", "Baik", "Sangat baik")),
)
BY_KEY: dict[str, Unsur] = {u.key: u for u in UNSUR}
KEYS: tuple[str, ...] = tuple(u.key for u in UNSUR)
DEFAULT_ORDER: tuple[str, ...] = KEYS  # the order the spec prints (UNCONFIRMED against the Lampiran)
VALID_ANSWERS = (1, 2, 3, 4)  # R-SKM-3


def ordered(order: str | tuple | list | None = None) -> tuple[Unsur, ...]:
    """The unsur in a government's order ("pengaduan,sarana,..." or keys); unknown or missing
    keys fall back to the default order so that every unsur is always asked exactly once."""
    if isinstance(order, str):
        order = [part.strip() for part in order.split(",") if part.strip()]
    keys = [k for k in dict.fromkeys(order or ()) if k in BY_KEY]
    keys += [k for k in DEFAULT_ORDER if k not in keys]
    return tuple(BY_KEY[k] for k in keys)


def is_valid_order(order: str) -> bool:
    keys = [part.strip() for part in order.split(",") if part.strip()]
    return sorted(keys) == sorted(KEYS)


def is_valid_answer(value) -> bool:
    return type(value) is int and value in VALID_ANSWERS
