"""PDF documents with a QR code and their public verification page (being built)."""

from django.http import Http404

from abdi.tenancy.access import member_required


@member_required
def skp_pdf(request, **kwargs):
    raise Http404


@member_required
def evaluation_pdf(request, **kwargs):
    raise Http404


@member_required
def verify(request, **kwargs):
    raise Http404
