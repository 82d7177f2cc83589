"""Choices of the survey: periods, sample method and the respondent profile (§1.2, §1.5, §1.6).

The values equal the constants of rules.periods and rules.sample (same layer: no import).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PeriodKind(models.TextChoices):
    QUARTER = "quarter", _("Quarter (triwulan)")
    SEMESTER = "semester", _("Semester")
    YEAR = "year", _("Year")


class SampleMethod(models.TextChoices):
    FORMULA = "formula", _("Krejcie-Morgan formula, rounded half-up")
    TABLE = "table", _("Next larger row of the Krejcie-Morgan table")


class Sex(models.TextChoices):
    MALE = "L", _("Male")
    FEMALE = "P", _("Female")


class Education(models.TextChoices):
    SD = "sd", _("Primary school (SD) or lower")
    SMP = "smp", _("Junior high school (SMP)")
    SMA = "sma", _("Senior high school (SMA/SMK)")
    DIPLOMA = "d3", _("Diploma (D1-D3)")
    S1 = "s1", _("Bachelor (D4/S1)")
    S2 = "s2", _("Master (S2)")
    S3 = "s3", _("Doctorate (S3)")


class Occupation(models.TextChoices):
    PNS = "pns", _("Civil servant (PNS/PPPK)")
    TNI_POLRI = "tni", _("TNI/Polri")
    PRIVATE = "swasta", _("Private employee")
    SELF_EMPLOYED = "wirausaha", _("Self-employed")
    STUDENT = "pelajar", _("Student")
    OTHER = "lainnya", _("Other")
