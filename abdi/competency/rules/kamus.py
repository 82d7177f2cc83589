"""The national kamus: 8 manajerial + 1 sosial kultural competency, levels 1-5 (R-KOM-1).

PermenPANRB 38/2017 Lampiran. The Integritas ladder is the paraphrase of §5.3; the other ladders
carry a SHORT DESCRIPTIVE TEXT of ours (marked `source="descriptive"`), following the same
scope-of-influence progression, because the spec does not give their indicator text.
"""

from dataclasses import dataclass

MANAJERIAL, SOSIAL_KULTURAL, TEKNIS = "manajerial", "sosial_kultural", "teknis"
LEVELS = (1, 2, 3, 4, 5)  # half levels are not used (R-KOM-1)

# The scope of influence each level widens to (§5.3, "general meaning").
SCOPE = {
    1: "personal conduct in their own work",
    2: "influences and invites peers",
    3: "ensures it within their own unit",
    4: "shapes the whole organisation (instansi)",
    5: "a role model at national level",
}


@dataclass(frozen=True)
class Level:
    level: int
    description: str
    source: str  # "spec" (paraphrased from §5.3) or "descriptive" (ours, not the Lampiran text)


@dataclass(frozen=True)
class Competency:
    code: str
    name: str
    kind: str
    focus: str  # what the competency is about, used in the descriptive level texts

    def levels(self) -> tuple[Level, ...]:
        if self.code == "M1":
            return INTEGRITAS
        return tuple(Level(n, f"{self.focus}: {SCOPE[n]}.", "descriptive") for n in LEVELS)


INTEGRITAS = (
    Level(1, "Behaves honestly and according to norms in their own work.", "spec"),
    Level(2, "Reminds and invites colleagues to act by the values.", "spec"),
    Level(3, "Makes sure the people they lead act by the values, in formal settings.", "spec"),
    Level(4, "Builds a work climate across the instansi that keeps people compliant with the values.",
          "spec"),
    Level(5, "Acts as an example of integrity at national level.", "spec"),
)

STANDARD = (
    Competency("M1", "Integritas", MANAJERIAL, "Acts consistently with the values and ethics"),
    Competency("M2", "Kerja Sama", MANAJERIAL, "Works together with others towards shared goals"),
    Competency("M3", "Komunikasi", MANAJERIAL, "Conveys and listens to information clearly"),
    Competency("M4", "Orientasi pada Hasil", MANAJERIAL, "Sets and reaches high work targets"),
    Competency("M5", "Pelayanan Publik", MANAJERIAL, "Serves the public fairly and responsively"),
    Competency("M6", "Pengembangan Diri dan Orang Lain", MANAJERIAL,
               "Develops own and others' abilities"),
    Competency("M7", "Mengelola Perubahan", MANAJERIAL, "Adapts to and leads change"),
    Competency("M8", "Pengambilan Keputusan", MANAJERIAL, "Takes sound, timely decisions"),
    Competency("SK1", "Perekat Bangsa", SOSIAL_KULTURAL,
               "Promotes tolerance and national unity in a plural society"),
)
STANDARD_CODES = tuple(c.code for c in STANDARD)
BY_CODE = {c.code: c for c in STANDARD}


def is_valid_level(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in LEVELS
