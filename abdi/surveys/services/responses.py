"""A citizen's questionnaire: validated to the rules (answers 1..4 only, T-SKM-9), one per device
per counter per day, stored as one row with one column per unsur.

Decision (documented in docs/surveys.md): the public form asks every unsur; none may be skipped,
because a citizen who skips most questions adds noise, and paper questionnaires typed in later
are the only source of missing answers (the columns stay nullable and R-SKM-3 handles them).
"""

import hashlib

from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.core import insert_one
from abdi.core.errors import Conflict, DomainError
from abdi.core.text import storable
from abdi.frontdesk.queries import active_services_of, active_services_of_unit

from .. import queries
from ..choices import Education, Occupation, Sex
from ..models import Response
from ..rules.unsur import KEYS, is_valid_answer

MAX_SUGGESTION = 1000
MAX_AGE = 120


def device_key(device_id: str) -> str:
    # The raw cookie value is a bearer secret of the phone: only its hash is stored.
    return hashlib.sha256(f"skm:{device_id}".encode()).hexdigest()


def parse_answers(raw: dict) -> dict[str, int]:
    """Form values -> unsur key -> 1..4; refuses 0, 5, text and missing answers with a message."""
    answers, missing, invalid = {}, [], []
    for key in KEYS:
        value = str(raw.get(key, "") or "").strip()
        if not value:
            missing.append(key)
            continue
        number = int(value) if value.isdigit() and len(value) < 3 else None
        if number is None or not is_valid_answer(number):
            invalid.append(key)
            continue
        answers[key] = number
    if invalid:
        raise DomainError(_("Each answer must be one of the four options (1 to 4)."),
                          field=invalid[0])
    if missing:
        raise DomainError(_("Please answer all nine questions."), field=missing[0])
    return answers


def _choice(value, choices, field, message) -> str:
    value = str(value or "").strip()
    if value not in choices.values:
        raise DomainError(message, field=field)
    return value


def _profile(*, age, sex, education, occupation, min_age) -> dict:
    text = str(age or "").strip()
    if not (text.isdigit() and len(text) <= 3):
        raise DomainError(_("Enter your age in years."), field="age")
    years = int(text)
    if years < min_age:
        raise DomainError(_("Respondents must be at least %(age)d years old.") % {"age": min_age},
                          field="age")
    if years > MAX_AGE:
        raise DomainError(_("Enter your age in years."), field="age")
    return {
        "age": years,
        "sex": _choice(sex, Sex, "sex", _("Choose your sex.")),
        "education": _choice(education, Education, "education", _("Choose your last education.")),
        "occupation": _choice(occupation, Occupation, "occupation", _("Choose your occupation.")),
    }


def submit_response(*, device_id: str, answers: dict, counter=None, unit=None, service_id=None,
                    age=None, sex="", education="", occupation="", suggestion="",
                    today=None) -> Response:
    """Store one questionnaire for a counter (its unit), or for a unit without a counter; call
    inside the government's scope."""
    unit = counter.unit if counter is not None else unit
    settings = queries.settings_for(unit.instansi_id)
    parsed = parse_answers(answers)
    offered = active_services_of(counter) if counter is not None else active_services_of_unit(unit)
    services = {s.pk: s for s in offered}
    service = None
    if services:
        sid = str(service_id or "")
        service = services.get(int(sid)) if sid.isdigit() and len(sid) < 19 else None
        if service is None:
            raise DomainError(_("Choose the service you received."), field="service")
    profile = _profile(age=age, sex=sex, education=education, occupation=occupation,
                       min_age=settings.min_age)
    text = storable(suggestion, "suggestion")
    if len(text) > MAX_SUGGESTION:
        raise DomainError(_("Keep the suggestion under %(n)d characters.") % {"n": MAX_SUGGESTION},
                          field="suggestion")
    day = today or timezone.localdate()
    device = device_key(device_id)
    duplicate = _("This phone has already filled in the survey for this counter today. Thank you!")
    # No look-up first: the unique constraints (once per device, counter or unit, and day) decide,
    # which saves a query on the busiest public write and holds when two arrive at once. ON
    # CONFLICT DO NOTHING instead of catching the error: one statement, no BEGIN, savepoint or
    # COMMIT around it (a single statement is atomic), and no aborted transaction to recover.
    response = Response(instansi_id=unit.instansi_id, unit_id=unit.pk, counter=counter,
                        service=service, submitted_on=day, device=device, suggestion=text,
                        **parsed, **profile)
    if insert_one.insert(response, ignore_conflict=True) is None:  # the same phone again today
        raise Conflict(duplicate)
    return response
