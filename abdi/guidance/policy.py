"""Who may do what with guidance: the one place it is decided.

BKPSDM (HR_ADMIN) writes the how-to articles, publishes announcements to anyone of the
government and answers feedback. An agency admin publishes announcements for his own agencies
only. Every member reads published articles and the announcements that reach him, sends
feedback and reads his own.
"""


def _member(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id)


def _in_government(actor, instansi_id) -> bool:
    return _member(actor) and actor.instansi_id == instansi_id


def sees_tour(actor) -> bool:
    return _member(actor)


def can_read_articles(actor) -> bool:
    return _member(actor)


def can_manage_articles(actor) -> bool:
    return _member(actor) and actor.is_hr_admin


def can_read_article(actor, article) -> bool:
    if not _in_government(actor, article.instansi_id):
        return False
    return article.is_published or actor.is_hr_admin


def can_edit_article(actor, article) -> bool:
    return _in_government(actor, article.instansi_id) and actor.is_hr_admin


def can_publish_announcements(actor) -> bool:
    return _member(actor) and (actor.is_hr_admin or actor.is_agency_admin)


def may_address_whole_government(actor) -> bool:
    return _member(actor) and actor.is_hr_admin


def may_address_agency(actor, agency_id) -> bool:
    """An agency admin addresses his agencies (and their units); HR addresses any."""
    return _member(actor) and (actor.is_hr_admin or agency_id in actor.agency_ids)


def can_manage_announcement(actor, announcement) -> bool:
    if not _in_government(actor, announcement.instansi_id):
        return False
    if actor.is_hr_admin:
        return True
    return (actor.is_agency_admin and announcement.owner_agency_id is not None
            and announcement.owner_agency_id in actor.agency_ids)


def can_read_announcements(actor) -> bool:
    return _member(actor)


def can_send_feedback(actor) -> bool:
    return _member(actor)


def can_answer_feedback(actor) -> bool:
    return _member(actor) and actor.is_hr_admin


def can_see_feedback(actor, feedback) -> bool:
    if not _in_government(actor, feedback.instansi_id):
        return False
    return actor.is_hr_admin or feedback.sender_id == actor.user.pk
