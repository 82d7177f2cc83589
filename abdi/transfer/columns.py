"""The columns of the import files: canonical Indonesian headers, English aliases, labels.

A header matches a column when its normalised text (case, spacing, punctuation and anything in
parentheses ignored) equals the canonical header, an alias, or the column's label in Indonesian
or English, so an exported file imports again in either language.
"""

import re
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Column:
    field: str
    header: str  # canonical Indonesian header, as written in the template
    label: Promise  # shown in reports and exports, in the user's language
    aliases: tuple[str, ...] = ()
    required: bool = False
    max_length: int | None = None


@dataclass(frozen=True)
class Spec:
    name: str
    columns: tuple[Column, ...]
    # Columns without which no row can be matched at all (e.g. NIP).
    key_fields: tuple[str, ...] = ()
    lookup: dict = field(default_factory=dict, compare=False, repr=False)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.field == name)

    def match(self, header: str) -> Column | None:
        if not self.lookup:
            self.lookup.update(_lookup(self.columns))
        return self.lookup.get(normalise_header(header))


_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SEPARATORS = re.compile(r"[\s_\-.:/*#]+")


def normalise_header(text) -> str:
    text = _PARENTHESES.sub(" ", str(text or "").casefold())
    return " ".join(_SEPARATORS.sub(" ", text).split())


def _lookup(columns) -> dict[str, Column]:
    table: dict[str, Column] = {}
    for language in ("en", "id"):
        with translation.override(language):
            for column in columns:
                table.setdefault(normalise_header(str(column.label)), column)
    # Canonical headers and aliases win over translated labels.
    for column in columns:
        for text in (column.header, *column.aliases):
            table[normalise_header(text)] = column
    return table


EMPLOYEES = Spec("employees", (
    Column("nip", "NIP", _("NIP"), ("nip baru", "nip ni pppk", "ni pppk", "nomor induk",
                                    "nomor induk pegawai"), required=True, max_length=18),
    Column("name", "Nama", _("Name"), ("nama lengkap", "nama pegawai", "full name"),
           required=True, max_length=120),
    Column("front_title", "Gelar Depan", _("Front title"), ("title before",), max_length=40),
    Column("back_title", "Gelar Belakang", _("Back title"), ("title after",), max_length=60),
    Column("birth_place", "Tempat Lahir", _("Place of birth"), ("birth place",), max_length=80),
    Column("birth_date", "Tanggal Lahir", _("Date of birth"), ("tgl lahir", "birth date"),
           required=True),
    Column("gender", "Jenis Kelamin", _("Sex"), ("jk", "l p", "gender"), required=True),
    Column("kind", "Jenis Pegawai", _("Employee kind"), ("jenis asn", "employee type", "type"),
           required=True),
    Column("grade", "Golongan", _("Golongan"), ("gol", "golongan ruang", "pangkat golongan",
                                                "grade"), max_length=10),
    Column("tmt_grade", "TMT Golongan", _("TMT golongan"), ("tmt gol", "tmt pangkat",
                                                            "tmt grade")),
    Column("tmt_cpns", "TMT CPNS", _("TMT CPNS"), ("tmt pengangkatan", "tmt appointment",
                                                   "appointment date")),
    Column("unit", "Kode Unit", _("Unit code"), ("kode unit kerja",), required=True,
           max_length=40),
    Column("position", "Jabatan", _("Position"), ("nama jabatan", "position name"),
           max_length=200),
    Column("tmt_position", "TMT Jabatan", _("TMT jabatan"), ("tmt position",)),
    Column("status", "Status", _("Status"), ("status pegawai", "status kepegawaian")),
    Column("education_level", "Pendidikan", _("Education"), ("pendidikan terakhir",
                                                             "tingkat pendidikan",
                                                             "education level")),
    Column("email", "Email", _("E-mail"), ("e mail", "surel", "email address"), max_length=254),
    Column("phone", "Telepon", _("Phone"), ("no hp", "hp", "nomor hp", "nomor telepon",
                                            "no telepon", "telp", "phone number", "mobile"),
           max_length=20),
    Column("nik", "NIK", _("NIK"), ("nomor induk kependudukan",), max_length=16),
    # Perjanjian kerja PPPK (PP 49/2018 Pasal 37): PPPK rows only.
    Column("contract_ends_on", "Akhir Perjanjian Kerja", _("PPPK contract ends on"),
           ("akhir kontrak", "tanggal akhir perjanjian kerja", "tmt akhir perjanjian kerja",
            "contract end", "contract ends on")),
), key_fields=("nip",))

UNITS = Spec("units", (
    Column("code", "Kode", _("Code"), ("kode unit", "unit code"), required=True, max_length=40),
    Column("name", "Nama", _("Name"), ("nama unit", "unit name"), required=True, max_length=160),
    Column("kind", "Jenis", _("Kind"), ("jenis unit", "unit kind", "type"), required=True),
    Column("parent", "Kode Induk", _("Parent code"), ("kode unit induk", "induk", "parent",
                                                      "parent unit code"), max_length=40),
    Column("short_name", "Nama Singkat", _("Short name"), ("singkatan",), max_length=40),
    Column("sort_order", "Urutan", _("Order"), ("no urut", "sort order")),
    Column("address", "Alamat", _("Address"), (), max_length=200),
), key_fields=("code",))

POSITIONS = Spec("positions", (
    Column("unit", "Kode Unit", _("Unit code"), ("kode unit kerja",), required=True,
           max_length=40),
    Column("name", "Nama Jabatan", _("Position name"), ("jabatan", "position"), required=True,
           max_length=200),
    Column("kind", "Jenis Jabatan", _("Kind of position"), ("jenis", "kind", "position kind"),
           required=True),
    Column("level", "Jenjang", _("Level"), ("tingkat", "jenjang jabatan")),
    Column("kelas_jabatan", "Kelas Jabatan", _("Kelas jabatan"), ("kelas", "job class"),
           required=True),
    Column("is_head", "Kepala Unit", _("Head of the unit"), ("kepala", "head", "is head")),
    Column("pelaksana_group", "Kelompok Pelaksana", _("Pelaksana group"), ("kelompok",)),
    Column("eselon", "Eselon", _("Eselon"), (), max_length=6),
), key_fields=("unit", "name"))

SPECS = {spec.name: spec for spec in (EMPLOYEES, UNITS, POSITIONS)}
