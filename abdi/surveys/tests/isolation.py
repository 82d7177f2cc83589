"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app.

The questionnaire (by counter token) and the published results (by government slug) are public
by design; every back-office page must answer 404 to another government.
"""

import datetime

from abdi.frontdesk.models import Counter
from abdi.surveys.models import Response, SurveySettings, UnitPeriod


class _ByKey:
    """A URL that names an object by a string (token, slug) rather than its id."""

    def __init__(self, key):
        self.pk = key


PARAMS: dict[str, str] = {"counter_token": "skm_counter_token", "gov_slug": "skm_gov_slug"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = {"surveys:fill", "surveys:thanks", "surveys:fill_unit", "surveys:thanks_unit",
                    "surveys:public_results"}
OPERATOR_PAGES: set[str] = set(PUBLIC)  # public pages answer anyone
SNAPSHOT_MODELS: tuple = (Response, UnitPeriod, SurveySettings)


def victims(world, marked) -> tuple[dict, set]:
    counter = Counter.objects.create(instansi=world.gov, unit=marked.unit, name="Loket Survei Kota A")
    Response.objects.create(instansi=world.gov, unit=marked.unit, counter=counter,
                            submitted_on=datetime.date(2026, 5, 4), device="victim",
                            suggestion="Saran Rahasia Kota A", age=30, sex="L", education="s1",
                            occupation="swasta", **dict.fromkeys(
                                ("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi",
                                 "perilaku", "pengaduan", "sarana"), 3))
    UnitPeriod.objects.create(instansi=world.gov, unit=marked.unit, kind="year", year=2026,
                              number=1, population=100, follow_up="Rencana Rahasia Kota A")
    return ({"skm_counter_token": _ByKey(counter.token), "skm_gov_slug": _ByKey(world.gov.slug)},
            {"Saran Rahasia Kota A", "Rencana Rahasia Kota A"})
