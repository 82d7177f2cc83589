"""The Dokumen Evaluasi on screen (performance.md §9) and what is done on it: self-assessment,
peer input, the atasan's ratings with a live preview of the predikat, and the objection."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries_appraisal
from ..forms_appraisal import ObjectionForm, PeerInputForm, PreviewForm, RatingForm, SelfAssessmentForm
from ..models import Feedback, Objection
from ..rules import BERAKHLAK_BY_NUMBER
from ..rules.ratings import Rating, predikat_for
from ..services import appraisal as appraisal_services
from .appraisal_common import (
    PREDIKAT_BADGES,
    STATUS_BADGES,
    actor_of,
    curve_lines,
    not_allowed_message,
    org_predikat_label,
    period_label,
    predikat_label,
    rating_label,
    wants_fragment,
)

PAGE = "performance/appraisal/detail.html"
MIN_CITIZEN_RATINGS = 5  # fewer ratings say more about who gave them than about the service


def _results(appraisal, feedback):
    """Realisation within the period per planned result, with the feedback on each result."""
    results, by_id = [], {}
    for row in queries_appraisal.period_realisation(appraisal):
        result = row["indicator"].result
        if result.pk not in by_id:
            by_id[result.pk] = {"result": result, "rows": [],
                                "feedback": feedback.get((Feedback.Target.RESULT, result.pk), [])}
            results.append(by_id[result.pk])
        by_id[result.pk]["rows"].append(row)
    return results


def _behaviours(appraisal, feedback):
    rows = []
    for behaviour in appraisal.skp.behaviours.all():
        value = BERAKHLAK_BY_NUMBER.get(behaviour.value_number)
        rows.append({"behaviour": behaviour, "name": value.name if value else "",
                     "indicators": value.indicators if value else (),
                     "feedback": feedback.get((Feedback.Target.BEHAVIOUR, behaviour.pk), [])})
    return rows


def _citizens(appraisal):
    data = appraisal.citizen_feedback if isinstance(appraisal.citizen_feedback, dict) else {}
    count = data.get("count")
    count = count if isinstance(count, int) and not isinstance(count, bool) else 0
    comments = [str(c) for c in data.get("comments") or [] if isinstance(c, str)][:20]
    average = data.get("average")
    return {"enough": count >= MIN_CITIZEN_RATINGS, "count": count, "comments": comments,
            "average": average if isinstance(average, int | float) and not isinstance(average, bool)
            else None}


def _peer_summary(appraisal):
    summary = queries_appraisal.peer_summary(appraisal)
    return {"count": summary["count"],
            "ratings": [(rating.label, summary["ratings"].get(rating.value, 0)) for rating in Rating]}


def _preview(result_rating, behaviour_rating) -> str:
    try:
        return predikat_for(result_rating, behaviour_rating).label
    except (KeyError, ValueError):
        return ""


def _context(request, actor, appraisal, full, forms):
    can_peer = queries_appraisal.may_give_peer_input(actor, appraisal)
    own_input = queries_appraisal.own_peer_input(actor, appraisal) if can_peer else None
    context = {
        "appraisal": appraisal, "full": full,
        "period": period_label(appraisal.period_kind, appraisal.period_number, appraisal.year),
        "badge": STATUS_BADGES.get(appraisal.status, ""),
        "peer_form": forms.get("peer") or (PeerInputForm(initial={
            "rating": own_input.rating, "comment": own_input.comment,
            "anonymous": own_input.anonymous} if own_input else None) if can_peer else None),
        "gave_input": own_input is not None,
    }
    if not full:
        return context
    feedback = queries_appraisal.period_feedback(appraisal)
    entry = queries_appraisal.unit_performance(appraisal.unit, appraisal.year, appraisal.period_kind,
                                               appraisal.period_number)
    show_rating = policy.can_see_rating(actor, appraisal) and bool(appraisal.predikat)
    can_rate = policy.can_rate(actor, appraisal)
    rating_form = forms.get("rate")
    if can_rate and rating_form is None:
        rating_form = RatingForm(initial={
            "result_rating": appraisal.result_rating or Rating.SESUAI.value,
            "behaviour_rating": appraisal.behaviour_rating or Rating.SESUAI.value,
            "result_reason": appraisal.result_reason, "behaviour_reason": appraisal.behaviour_reason,
            "version": appraisal.version})
    preview_source = rating_form.data if rating_form is not None and rating_form.is_bound else (
        rating_form.initial if rating_form is not None else {})
    objections = list(appraisal.objections.all())
    may_object = (policy.can_object(actor, appraisal)
                  and not any(o.status == Objection.Status.FILED for o in objections))
    plan = queries_appraisal.coaching_plan_of(appraisal)
    context.update({
        "org_predikat": org_predikat_label(entry.org_predikat) if entry else "",
        "curve": curve_lines(entry.org_predikat) if entry else [],
        "results": _results(appraisal, feedback),
        "behaviours": _behaviours(appraisal, feedback),
        "self_form": forms.get("self") or (SelfAssessmentForm(initial={
            "text": appraisal.self_assessment, "evidence_link": appraisal.self_evidence_link})
            if policy.can_self_assess(actor, appraisal) else None),
        "peers": _peer_summary(appraisal),
        "citizens": _citizens(appraisal),
        "rating_form": rating_form,
        "preview": _preview(preview_source.get("result_rating"), preview_source.get("behaviour_rating")),
        "show_rating": show_rating,
        "ratings": {"result": rating_label(appraisal.result_rating),
                    "behaviour": rating_label(appraisal.behaviour_rating),
                    "predikat": predikat_label(appraisal.predikat),
                    "badge": PREDIKAT_BADGES.get(appraisal.predikat, "")} if show_rating else None,
        "objections": objections,
        "objection_form": forms.get("object") or (ObjectionForm() if may_object else None),
        "plan": plan,
    })
    return context


def _page(request, actor, appraisal, full, *, forms=None, error="", status=200):
    context = _context(request, actor, appraisal, full, forms or {})
    context["error"] = error
    return render(request, PAGE, context, status=status)


@member_required
@require_GET
def detail(request, pk):
    actor = actor_of(request)
    appraisal, full = queries_appraisal.find_appraisal_for_user(actor, pk)
    if "preview" in request.GET and wants_fragment(request):
        form = PreviewForm(request.GET)
        preview = (_preview(form.cleaned_data["result_rating"], form.cleaned_data["behaviour_rating"])
                   if form.is_valid() else "")
        return render(request, f"{PAGE}#preview", {"preview": preview})
    return _page(request, actor, appraisal, full)


def _run(request, actor, appraisal, full, name, form, action, done: str):
    """Validate the form, call the service; show the page again with the refusal if any."""
    if not form.is_valid():
        return _page(request, actor, appraisal, full, forms={name: form}, status=400)
    try:
        action(form.cleaned_data)
    except DomainError as exc:
        appraisal.refresh_from_db()
        if exc.field in form.fields:
            form.add_error(exc.field, exc.message)
        return _page(request, actor, appraisal, full, forms={name: form}, error=exc.message,
                     status=exc.status)
    messages.success(request, done)
    return redirect("performance:appraisal", pk=appraisal.pk)


def _refuse(request, actor, appraisal, full, status=403, message=""):
    return _page(request, actor, appraisal, full, error=message or not_allowed_message(),
                 status=status)


@member_required
@require_POST
def self_assess(request, pk):
    actor = actor_of(request)
    appraisal, full = queries_appraisal.find_appraisal_for_user(actor, pk)
    if not policy.can_self_assess(actor, appraisal):
        return _refuse(request, actor, appraisal, full)
    return _run(request, actor, appraisal, full, "self", SelfAssessmentForm(request.POST),
                lambda data: appraisal_services.submit_self_assessment(
                    actor=actor, appraisal=appraisal, text=data["text"],
                    evidence_link=data["evidence_link"]),
                _("Your self-assessment was saved."))


@member_required
@require_POST
def peer(request, pk):
    actor = actor_of(request)
    appraisal, full = queries_appraisal.find_appraisal_for_user(actor, pk)
    if not queries_appraisal.may_give_peer_input(actor, appraisal):
        return _refuse(request, actor, appraisal, full)
    return _run(request, actor, appraisal, full, "peer", PeerInputForm(request.POST),
                lambda data: appraisal_services.give_peer_input(
                    actor=actor, appraisal=appraisal, rating=data["rating"], comment=data["comment"],
                    anonymous=data["anonymous"]),
                _("Thank you: your input was saved."))


@member_required
@require_POST
def rate(request, pk):
    actor = actor_of(request)
    appraisal, full = queries_appraisal.find_appraisal_for_user(actor, pk)
    if not policy.can_rate(actor, appraisal):
        if appraisal.is_final and policy.is_current_atasan(actor, appraisal.employee):
            return _refuse(request, actor, appraisal, full, status=409,
                           message=_("This appraisal is final and can no longer be changed."))
        return _refuse(request, actor, appraisal, full)
    return _run(request, actor, appraisal, full, "rate", RatingForm(request.POST),
                lambda data: appraisal_services.rate(
                    actor=actor, appraisal=appraisal, result_rating=data["result_rating"],
                    result_reason=data["result_reason"], behaviour_rating=data["behaviour_rating"],
                    behaviour_reason=data["behaviour_reason"], expected_version=data["version"]),
                _("The ratings were saved. The employee sees them once the unit's predikat is final."))


@member_required
@require_POST
def object_to(request, pk):
    actor = actor_of(request)
    appraisal, full = queries_appraisal.find_appraisal_for_user(actor, pk)
    if not policy.can_object(actor, appraisal):
        return _refuse(request, actor, appraisal, full)
    return _run(request, actor, appraisal, full, "object", ObjectionForm(request.POST),
                lambda data: appraisal_services.file_objection(actor=actor, appraisal=appraisal,
                                                               reason=data["reason"]),
                _("Your objection was filed; the atasan of your pejabat penilai decides it."))
