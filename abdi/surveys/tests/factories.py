import datetime
import itertools

from abdi.surveys.models import Response
from abdi.surveys.rules.unsur import KEYS

_devices = itertools.count(1)


def make_response(unit, day: datetime.date, answers, *, counter=None, service=None, **fields):
    """One stored questionnaire; `answers` is 9 values in the default order or a dict by key."""
    if not isinstance(answers, dict):
        answers = dict(zip(KEYS, answers, strict=True))
    defaults = {"age": 30, "sex": "P", "education": "s1", "occupation": "swasta"}
    return Response.objects.create(
        instansi=unit.instansi, unit=unit, counter=counter, service=service, submitted_on=day,
        device=f"dev-{next(_devices)}", **answers, **(defaults | fields))
