"""Demo TPP rules and holidays for a demo government.

Rule sets: last year under the national default and this year from the Tulang Bawang schedule
preset (allowance-and-discipline.md §3.1), with the basic amounts per kelas jabatan that
Kab. Seruyan published (§1; "use only as realistic test data"). The demo's holidays are the
government calendar's (abdi.demo.generator).
"""

from datetime import date

from abdi.allowance.models import TppBaseAmount, TppRuleSet
from abdi.allowance.rules import codec, presets

# allowance-and-discipline.md §1: Kab. Seruyan basic TPP per kelas, TA 2022 and TA 2023 (Rp).
SERUYAN_2022 = (716_562, 905_939, 1_095_316, 1_325_640, 2_236_697, 2_681_989, 3_086_335,
                3_500_452, 4_355_208, 5_006_628, 5_755_761, 7_444_800, 9_310_653, 10_373_864,
                13_626_776)
SERUYAN_2023 = (894_961, 1_131_487, 1_368_012, 1_655_678, 2_793_557, 3_349_711, 3_854_725,
                4_371_943, 5_439_503, 6_253_104, 7_188_745, 9_298_296, 11_628_681, 12_956_594,
                17_019_369)


def _rule_set(instansi, *, name, preset, start, end, amounts):
    rule_set = TppRuleSet.objects.create(
        instansi=instansi, name=name, legal_basis="Contoh demo (bukan Perkada yang berlaku)",
        effective_from=start, effective_to=end, preset=preset,
        schedule=codec.schedule_to_data(presets.PRESETS_BY_KEY[preset]))
    TppBaseAmount.objects.bulk_create([
        TppBaseAmount(instansi=instansi, rule_set=rule_set, kelas_jabatan=kelas, component="BK",
                      amount=amount) for kelas, amount in enumerate(amounts, start=1)])
    return rule_set


def seed_allowance(instansi, *, today: date) -> dict:
    year = today.year
    _rule_set(instansi, name=f"TPP {year - 1}", preset="national", start=date(year - 1, 1, 1),
              end=date(year - 1, 12, 31), amounts=SERUYAN_2022)
    _rule_set(instansi, name=f"TPP {year}", preset="tulang_bawang", start=date(year, 1, 1),
              end=None, amounts=SERUYAN_2023)
    return {"rule_sets": 2}
