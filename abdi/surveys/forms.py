"""The public questionnaire's form: only the honeypot is a Django field; the answers are parsed
and validated by services.responses so the API and the page refuse the same things."""

from abdi.core.public_guard import HoneypotMixin


class SurveyForm(HoneypotMixin):
    pass
