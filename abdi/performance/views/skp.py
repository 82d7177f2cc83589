"""SKP planning pages (being built)."""

from django.http import Http404

from abdi.tenancy.access import member_required


@member_required
def my_plans(request, **kwargs):
    raise Http404


@member_required
def create(request, **kwargs):
    raise Http404


@member_required
def detail(request, **kwargs):
    raise Http404


@member_required
def result_add(request, **kwargs):
    raise Http404


@member_required
def result_edit(request, **kwargs):
    raise Http404


@member_required
def result_delete(request, **kwargs):
    raise Http404


@member_required
def indicator_add(request, **kwargs):
    raise Http404


@member_required
def indicator_edit(request, **kwargs):
    raise Http404


@member_required
def indicator_delete(request, **kwargs):
    raise Http404


@member_required
def outcome_report(request, **kwargs):
    raise Http404


@member_required
def expectations(request, **kwargs):
    raise Http404


@member_required
def lampiran(request, **kwargs):
    raise Http404


@member_required
def move(request, **kwargs):
    raise Http404


@member_required
def feedback(request, **kwargs):
    raise Http404


@member_required
def cascade(request, **kwargs):
    raise Http404


@member_required
def subordinates(request, **kwargs):
    raise Http404
