"""What the event views share: refusing with a translated message and the right status."""

from django.shortcuts import render


def refused(request, error, back_url, *, title=None):
    return render(request, "events/refused.html", {
        "error": error.message, "back_url": back_url, "title": title}, status=error.status)
