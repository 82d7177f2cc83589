"""What the appraisal pages share: who acts, how a period is named, and how a refusal looks.

A refused POST shows the page again (or a small page) with the translated message and the
status the service gave it (400, 403, 404 or 409), so a form without JavaScript says why.
"""

from django.shortcuts import render
from django.utils.translation import gettext as _

from abdi.accounts.actor import Actor
from abdi.web.fragments import wants_fragment  # noqa: F401 - the appraisal views import it from here

from ..models import Appraisal
from ..rules import MESSAGES
from ..rules.cycle import PeriodKind
from ..rules.distribution import DISTRIBUTION_CURVES, Bound
from ..rules.ratings import OrgPredikat, Predikat, Rating

REFUSED_PAGE = "performance/appraisal/refused.html"

STATUS_BADGES = {
    Appraisal.Status.OPEN: "",
    Appraisal.Status.RATED: "badge-warn",
    Appraisal.Status.FINAL: "badge-ok",
}

PREDIKAT_BADGES = {
    Predikat.SB: "badge-ok", Predikat.B: "badge-ok", Predikat.BP: "badge-warn",
    Predikat.K: "badge-bad", Predikat.SK: "badge-bad",
}


def actor_of(request) -> Actor:
    return Actor.from_request(request)


def government_period_kind(request) -> PeriodKind:
    """The government's periodic evaluation (monthly, quarterly, semester or annual)."""
    instansi = getattr(request, "instansi", None)
    try:
        return PeriodKind(getattr(instansi, "appraisal_period", "") or PeriodKind.ANNUAL)
    except ValueError:
        return PeriodKind.ANNUAL


def period_label(kind, number, year) -> str:
    kind = PeriodKind(kind)
    if kind is PeriodKind.ANNUAL:
        return _("%(kind)s %(year)s") % {"kind": kind.label, "year": year}
    return _("%(kind)s %(number)s of %(year)s") % {"kind": kind.label, "number": number, "year": year}


def rating_label(code) -> str:
    try:
        return Rating(code).label
    except ValueError:
        return ""


def predikat_label(code) -> str:
    try:
        return Predikat(code).label
    except ValueError:
        return ""


def org_predikat_label(code) -> str:
    try:
        return OrgPredikat(code).label
    except ValueError:
        return ""


def problem_messages(problems) -> list[str]:
    """The rules' findings in the user's language."""
    return [_(MESSAGES[p.code]) % p.params for p in problems]


def curve_lines(org_predikat) -> list[str]:
    """The pola distribusi of an organisation predikat in words (SE MenPANRB 3/2023)."""
    try:
        limits = DISTRIBUTION_CURVES[OrgPredikat(org_predikat)]
    except ValueError:
        return []
    lines = []
    for limit in limits:
        values = {"predikat": limit.label, "share": limit.percent, "count": limit.count}
        if limit.percent is not None:
            template = (_("%(predikat)s: at most %(share)s%% of the employees")
                        if limit.bound is Bound.AT_MOST
                        else _("%(predikat)s: at least %(share)s%% of the employees"))
        else:
            template = (_("%(predikat)s: at most %(count)s employees")
                        if limit.bound is Bound.AT_MOST
                        else _("%(predikat)s: at least %(count)s employee(s)"))
        lines.append(template % values)
    return lines


def refused(request, message: str, *, status: int = 403, back: str = "", title: str = ""):
    """A small page saying why an action was refused, with the status of the refusal."""
    return render(request, REFUSED_PAGE, {"message": message, "back": back,
                                          "title": title or _("Not possible")}, status=status)


def not_allowed_message() -> str:
    return _("You may see this, but you may not do this.")
