"""The tour's end (finished or skipped, sent by guidance.js) and "replay the tour"."""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from abdi.accounts.actor import Actor
from abdi.tenancy.access import member_required

from ..chrome import remember_tour
from ..services import tour as services
from ..tour import TOUR_VERSION


@member_required
@require_POST
def done(request):
    actor = Actor.from_request(request)
    services.mark_tour_seen(actor=actor, version=TOUR_VERSION,
                            skipped=request.POST.get("outcome") == "skipped")
    remember_tour(actor.user.pk, TOUR_VERSION)
    return HttpResponse(status=204)


@member_required
@require_POST
def replay(request):
    actor = Actor.from_request(request)
    services.forget_tour(actor=actor)
    remember_tour(actor.user.pk, 0, actor)
    return redirect("web:home")
