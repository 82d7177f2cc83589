"""Recording that a user has seen the first-login tour (finishing and skipping count alike)."""

from django.db import IntegrityError, transaction

from abdi.core.errors import NotFound

from .. import policy
from ..models import TourProgress


def mark_tour_seen(*, actor, version: int, skipped: bool) -> TourProgress:
    """Idempotent: a second call for the same version keeps the first record."""
    if not policy.sees_tour(actor):
        raise NotFound("")
    outcome = TourProgress.Outcome.SKIPPED if skipped else TourProgress.Outcome.FINISHED
    existing = TourProgress.objects.filter(user_id=actor.user.pk, version=version).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return TourProgress.objects.create(instansi_id=actor.instansi_id, user_id=actor.user.pk,
                                               version=version, outcome=outcome)
    except IntegrityError:  # a second tab finished the same tour at the same moment
        return TourProgress.objects.get(user_id=actor.user.pk, version=version)


def forget_tour(*, actor) -> int:
    """"Replay the tour": the seen-state of every version is removed."""
    if not policy.sees_tour(actor):
        raise NotFound("")
    deleted, _rows = TourProgress.objects.filter(user_id=actor.user.pk).delete()
    return deleted
