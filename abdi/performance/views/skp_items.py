"""Filling an SKP: results, indicators, outcome values, lampiran, expectations and feedback.

Each view finds the SKP the actor may see (404 otherwise), then the row inside that SKP (404
when the row belongs to another plan), asks the policy (403 with the reason), parses the form
(400) and calls one service; a service's refusal comes back with its own status.
"""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries, services
from ..forms_skp import ExpectationsForm, FeedbackForm, IndicatorForm, LampiranForm, OutcomeForm, ResultForm
from ..models import SkpIndicator
from .skp_common import actor_of, done, edit_refusal, failed, form_page, invalid, refused


def _editable(request, pk):
    """The plan and the actor, or a 403 answer saying why the plan cannot be changed."""
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    reason = edit_refusal(actor, skp)
    return actor, skp, (refused(request, skp, reason) if reason else None)


def _indicator_of(actor, skp, indicator_id) -> SkpIndicator:
    indicator = queries.get_indicator_for_user(actor, indicator_id)
    if indicator.result.skp_id != skp.pk:
        raise Http404
    return indicator


def _save(request, skp, form, page, save, message: str, anchor):
    """Validate the form, call the service, and go back to the plan (or show why not)."""
    if not form.is_valid():
        return invalid(request, skp, form, **page)
    try:
        saved = save()
    except DomainError as exc:
        return failed(request, skp, form, exc, **page)
    return done(request, skp, message, anchor(saved))


# --- Results -----------------------------------------------------------------------------


@member_required
@require_POST
def result_add(request, pk):
    actor, skp, refusal = _editable(request, pk)
    if refusal:
        return refusal
    form = ResultForm(request.POST, kind=skp.kind, parents=queries.parent_result_choices(skp))
    page = {"title": _("Add a planned result"), "action": reverse("performance:result_add", args=[skp.pk])}
    return _save(request, skp, form, page,
                 lambda: services.add_result(actor=actor, skp=skp, values=form.values()),
                 _("The result was added."), lambda result: f"result-{result.pk}")


@member_required
@require_http_methods(["GET", "POST"])
def result_edit(request, pk, result_id):
    actor, skp, refusal = _editable(request, pk)
    result = queries.get_result_for_user(actor, skp, result_id)
    if refusal:
        return refusal
    parents = queries.parent_result_choices(skp)
    page = {"title": _("Edit the planned result"),
            "action": reverse("performance:result_edit", args=[skp.pk, result.pk])}
    if request.method == "GET":
        initial = {"category": result.category, "text": result.text, "parent": result.parent_id,
                   "perspective": result.perspective, "version": skp.version}
        form = ResultForm(kind=skp.kind, parents=parents, initial=initial,
                          auto_id=f"edit-result-{result.pk}-%s")
        return form_page(request, skp, form, **page)
    form = ResultForm(request.POST, kind=skp.kind, parents=parents)
    return _save(request, skp, form, page,
                 lambda: services.update_result(actor=actor, result=result, values=form.values(),
                                                expected_version=form.cleaned_data.get("version")),
                 _("The result was saved."), lambda _saved: f"result-{result.pk}")


@member_required
@require_POST
def result_delete(request, pk, result_id):
    actor, skp, refusal = _editable(request, pk)
    result = queries.get_result_for_user(actor, skp, result_id)
    if refusal:
        return refusal
    try:
        services.delete_result(actor=actor, result=result)
    except DomainError as exc:
        return refused(request, skp, exc.message, status=exc.status)
    return done(request, skp, _("The result was deleted."), "results")


# --- Indicators ----------------------------------------------------------------------------


@member_required
@require_POST
def indicator_add(request, pk, result_id):
    actor, skp, refusal = _editable(request, pk)
    result = queries.get_result_for_user(actor, skp, result_id)
    if refusal:
        return refusal
    form = IndicatorForm(request.POST, kind=skp.kind)
    page = {"title": _("Add an indicator"),
            "action": reverse("performance:indicator_add", args=[skp.pk, result.pk])}
    return _save(request, skp, form, page,
                 lambda: services.add_indicator(actor=actor, result=result, values=form.values()),
                 _("The indicator was added."), lambda _saved: f"result-{result.pk}")


@member_required
@require_http_methods(["GET", "POST"])
def indicator_edit(request, pk, indicator_id):
    actor, skp, refusal = _editable(request, pk)
    indicator = _indicator_of(actor, skp, indicator_id)
    if refusal:
        return refusal
    page = {"title": _("Edit the indicator"),
            "action": reverse("performance:indicator_edit", args=[skp.pk, indicator.pk])}
    if request.method == "GET":
        initial = {name: getattr(indicator, name)
                   for name in ("kind", "aspect", "text", "target_value", "target_unit")}
        initial["version"] = skp.version
        form = IndicatorForm(kind=skp.kind, initial=initial, auto_id=f"edit-ind-{indicator.pk}-%s")
        return form_page(request, skp, form, **page)
    form = IndicatorForm(request.POST, kind=skp.kind)
    return _save(request, skp, form, page,
                 lambda: services.update_indicator(actor=actor, indicator=indicator,
                                                   values=form.values(),
                                                   expected_version=form.cleaned_data.get("version")),
                 _("The indicator was saved."), lambda _saved: f"result-{indicator.result_id}")


@member_required
@require_POST
def indicator_delete(request, pk, indicator_id):
    actor, skp, refusal = _editable(request, pk)
    indicator = _indicator_of(actor, skp, indicator_id)
    if refusal:
        return refusal
    try:
        services.delete_indicator(actor=actor, indicator=indicator)
    except DomainError as exc:
        return refused(request, skp, exc.message, status=exc.status)
    return done(request, skp, _("The indicator was deleted."), f"result-{indicator.result_id}")


@member_required
@require_POST
def outcome_report(request, pk, indicator_id):
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    indicator = _indicator_of(actor, skp, indicator_id)
    if not policy.can_report_outcome(actor, skp):
        return refused(request, skp, _("Only the employee reports realisation on their approved SKP."))
    form = OutcomeForm(request.POST)
    page = {"title": _("Report the realisation"),
            "action": reverse("performance:outcome_report", args=[skp.pk, indicator.pk])}
    if not form.is_valid():
        return invalid(request, skp, form, **page)
    try:
        services.report_outcome(actor=actor, indicator=indicator, value=form.cleaned_data["value"],
                                evidence=form.cleaned_data["evidence"])
    except DomainError as exc:
        return failed(request, skp, form, exc, **page)
    return done(request, skp, _("The realisation was saved."), f"result-{indicator.result_id}")


# --- Lampiran, expectations, feedback --------------------------------------------------------


@member_required
@require_POST
def lampiran(request, pk):
    actor, skp, refusal = _editable(request, pk)
    if refusal:
        return refusal
    form = LampiranForm(request.POST)
    page = {"title": _("Lampiran"), "action": reverse("performance:lampiran", args=[skp.pk])}
    if not form.is_valid():
        return invalid(request, skp, form, **page)
    current: dict[str, list[str]] = {}
    for item in skp.lampiran.all():
        current.setdefault(item.kind, []).append(item.text)
    try:
        with transaction.atomic():  # the three lists are saved together or not at all
            for kind, lines in form.lines().items():
                if [" ".join(line.split()) for line in lines] != current.get(kind, []):
                    services.set_lampiran(actor=actor, skp=skp, kind=kind, lines=lines)
    except DomainError as exc:
        return failed(request, skp, form, exc, **page)
    return done(request, skp, _("The lampiran was saved."), "lampiran")


@member_required
@require_POST
def expectations(request, pk):
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    if not policy.can_set_expectations(actor, skp):
        return refused(request, skp, _("Only the employee's atasan sets the expected behaviour, "
                                       "before approval."))
    form = ExpectationsForm(request.POST)
    page = {"title": _("Specific expectations of the leader"),
            "action": reverse("performance:expectations", args=[skp.pk])}
    if not form.is_valid():
        return invalid(request, skp, form, **page)
    current = {b.value_number: b.expectation for b in skp.behaviours.all()}
    try:
        with transaction.atomic():  # the seven values are saved together or not at all
            for number, text in form.texts().items():
                if " ".join(text.split()) != current.get(number, ""):
                    services.set_expectation(actor=actor, skp=skp, value_number=number, text=text)
    except DomainError as exc:
        return failed(request, skp, form, exc, **page)
    return done(request, skp, _("The expectations were saved."), "behaviour")


@member_required
@require_POST
def feedback(request, pk):
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    if not policy.can_give_feedback(actor, skp):
        return refused(request, skp, _("Only the employee's atasan gives feedback on their work."))
    form = FeedbackForm(request.POST)
    page = {"title": _("Give feedback"), "action": reverse("performance:feedback", args=[skp.pk]),
            "submit": _("Send feedback")}
    if not form.is_valid():
        return invalid(request, skp, form, **page)
    data = form.cleaned_data
    try:
        services.add_feedback(actor=actor, skp=skp, target=data["target"],
                              target_id=data["target_id"], text=data["text"])
    except DomainError as exc:
        return failed(request, skp, form, exc, **page)
    if data["target"] == "activity":  # given on the entry's own page: go back there
        messages.success(request, _("The feedback was sent."))
        return redirect("performance:activity_detail", pk=data["target_id"])
    anchor = f"result-{data['target_id']}" if data["target"] == "result" else "behaviour"
    return done(request, skp, _("The feedback was sent."), anchor)
