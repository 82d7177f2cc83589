"""Appraisal, curve, objection, dialog and coaching pages (being built)."""

from django.http import Http404

from abdi.tenancy.access import member_required


@member_required
def index(request, **kwargs):
    raise Http404


@member_required
def skp_appraisals(request, **kwargs):
    raise Http404


@member_required
def dialog(request, **kwargs):
    raise Http404


@member_required
def detail(request, **kwargs):
    raise Http404


@member_required
def self_assess(request, **kwargs):
    raise Http404


@member_required
def peer(request, **kwargs):
    raise Http404


@member_required
def rate(request, **kwargs):
    raise Http404


@member_required
def object_to(request, **kwargs):
    raise Http404


@member_required
def objections(request, **kwargs):
    raise Http404


@member_required
def decide(request, **kwargs):
    raise Http404


@member_required
def distribution_index(request, **kwargs):
    raise Http404


@member_required
def distribution(request, **kwargs):
    raise Http404


@member_required
def org_predikat(request, **kwargs):
    raise Http404


@member_required
def finalise(request, **kwargs):
    raise Http404


@member_required
def coaching(request, **kwargs):
    raise Http404
