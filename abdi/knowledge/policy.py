"""Who may do what with shared solutions and the forums: the one place it is decided.

Everything belongs to one government: its members read the published library and the forums.
An employee writes solutions (he and his co-authors edit and publish them), records that his
agency reused someone else's solution, opens topics and replies. BKPSDM (HR_ADMIN) withdraws a
published solution with a reason, opens boards and hides posts with a reason.
"""


def _member(actor, instansi_id=None) -> bool:
    if not (actor.is_authenticated and actor.instansi_id):
        return False
    return instansi_id is None or actor.instansi_id == instansi_id


def _employee(actor, instansi_id=None) -> bool:
    return _member(actor, instansi_id) and actor.employee_id is not None


def is_author(actor, author_ids) -> bool:
    return actor.employee_id is not None and actor.employee_id in set(author_ids)


# --- the library ---------------------------------------------------------------------------


def can_browse(actor) -> bool:
    return _member(actor)


def can_view_solution(actor, solution, author_ids) -> bool:
    if not _member(actor, solution.instansi_id):
        return False
    return (solution.status == "published" or is_author(actor, author_ids)
            or actor.is_hr_admin)


def can_write_solution(actor) -> bool:
    return _employee(actor)


def can_edit_solution(actor, solution, author_ids) -> bool:
    return _employee(actor, solution.instansi_id) and is_author(actor, author_ids)


def can_publish(actor, solution, author_ids) -> bool:
    return can_edit_solution(actor, solution, author_ids) and solution.status != "published"


def can_unpublish(actor, solution) -> bool:
    return (_member(actor, solution.instansi_id) and actor.is_hr_admin
            and solution.status == "published")


def can_see_history(actor, solution, author_ids) -> bool:
    return is_author(actor, author_ids) or (_member(actor, solution.instansi_id)
                                            and actor.is_hr_admin)


def can_record_reuse(actor, solution, actor_agency_id) -> bool:
    """Another agency's employee, on a published solution (an agency does not reuse its own)."""
    return (_employee(actor, solution.instansi_id) and solution.status == "published"
            and actor_agency_id is not None and actor_agency_id != solution.agency_id)


# --- the forums ----------------------------------------------------------------------------


def can_manage_boards(actor) -> bool:
    return _member(actor) and actor.is_hr_admin


def can_post(actor, instansi_id=None) -> bool:
    return _employee(actor, instansi_id)


def can_reply(actor, topic) -> bool:
    return can_post(actor, topic.instansi_id) and not topic.hidden


def can_mark_answer(actor, topic) -> bool:
    return _employee(actor, topic.instansi_id) and actor.employee_id == topic.author_id \
        and not topic.hidden


def can_moderate(actor, instansi_id) -> bool:
    return _member(actor, instansi_id) and actor.is_hr_admin


def can_see_hidden(actor, instansi_id) -> bool:
    return can_moderate(actor, instansi_id)


def can_view_topic(actor, topic) -> bool:
    """A hidden topic stays readable to its author and to BKPSDM; others get 404."""
    if not _member(actor, topic.instansi_id):
        return False
    return not topic.hidden or actor.employee_id == topic.author_id or actor.is_hr_admin


def can_subscribe(actor, topic) -> bool:
    return _employee(actor, topic.instansi_id)
