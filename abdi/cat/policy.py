"""Who may do what in the CAT: BKPSDM (HR admin) runs the bank, sessions and results;
a proctor (pengawas) works only in the sessions assigned to them."""

from .models import Proctor


def can_manage(actor) -> bool:
    return actor.is_authenticated and actor.is_hr_admin


def is_proctor_of(actor, session) -> bool:
    if not actor.is_authenticated or actor.user is None:
        return False
    return Proctor.objects.filter(session=session, user_id=actor.user.pk).exists()


def can_proctor(actor, session) -> bool:
    return can_manage(actor) or is_proctor_of(actor, session)


def can_see_sessions(actor) -> bool:
    return can_manage(actor) or (actor.is_authenticated and actor.user is not None
                                 and Proctor.objects.filter(user_id=actor.user.pk).exists())
