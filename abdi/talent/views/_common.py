from django.http import HttpResponse
from django.shortcuts import render


def int_or_none(raw) -> int | None:
    raw = str(raw or "")
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


def refused(request, template, context, error) -> HttpResponse:
    """Re-render the page with the domain error's message and its 4xx status."""
    context = {**context, "error": error.message}
    return render(request, template, context, status=error.status)
