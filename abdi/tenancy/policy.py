"""Who may manage governments and their settings. One place; views and services ask here.

Platform operators manage every government but see no personal data: their pages touch
only governments and calendars. The BKPSDM administrator of a government edits that
government's own settings, except its code (slug), kind and active flag.
"""

SETTINGS_FIELDS = frozenset({
    "name", "seat", "province", "logo", "time_zone", "appraisal_period", "work_weekdays",
})
OPERATOR_FIELDS = SETTINGS_FIELDS | {"slug", "kind", "is_active"}


def can_manage_governments(actor) -> bool:
    return actor.is_authenticated and actor.is_operator


def can_edit_settings(actor, instansi) -> bool:
    if can_manage_governments(actor):
        return True
    return actor.is_authenticated and actor.is_hr_admin and actor.instansi_id == instansi.pk


def editable_fields(actor, instansi) -> frozenset[str]:
    if can_manage_governments(actor):
        return OPERATOR_FIELDS
    if can_edit_settings(actor, instansi):
        return SETTINGS_FIELDS
    return frozenset()


def can_manage_calendar(actor, instansi) -> bool:
    return can_edit_settings(actor, instansi)
