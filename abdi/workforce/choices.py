"""Translated labels of the workforce enumerations whose values live in rules."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Period(models.TextChoices):
    TAHUN = "tahun", _("per year")
    BULAN = "bulan", _("per month")
    MINGGU = "minggu", _("per week")
    HARI = "hari", _("per day")


class AbkStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned")
    APPROVED = "approved", _("Approved")
    SUPERSEDED = "superseded", _("Superseded")


class BezettingBasis(models.TextChoices):
    HISTORY = "history", _("riwayat jabatan on 31 December")
    CURRENT = "current", _("current holders: no history for 31 December")


class ProposalStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", _("Approved")


PJ_LABELS = {"A": _("Very good (overloaded)"), "B": _("Good"), "C": _("Fair"), "D": _("Moderate"),
             "E": _("Low")}
