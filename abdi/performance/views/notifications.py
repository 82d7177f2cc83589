"""Notifications in the app (being built)."""

from django.http import Http404

from abdi.tenancy.access import member_required


@member_required
def index(request, **kwargs):
    raise Http404


@member_required
def read(request, **kwargs):
    raise Http404
