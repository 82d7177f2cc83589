"""Daily activity and validation pages (being built)."""

from django.http import Http404

from abdi.tenancy.access import member_required


@member_required
def diary(request, **kwargs):
    raise Http404


@member_required
def activity_detail(request, **kwargs):
    raise Http404


@member_required
def queue(request, **kwargs):
    raise Http404


@member_required
def validate(request, **kwargs):
    raise Http404


@member_required
def bulk(request, **kwargs):
    raise Http404


@member_required
def settings_page(request, **kwargs):
    raise Http404
