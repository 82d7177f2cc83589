"""The English texts the pure rules hand to the pages (actions of a nine-box box, what a career
step lacks), marked here for makemessages: rules import nothing of Django, and the templates
translate these texts where they show them ({% translate a %})."""

from django.utils.translation import gettext_noop

RULE_TEXTS = (
    # rules.ninebox.BOX_ACTIONS
    gettext_noop("Promote (siap dipromosikan)"), gettext_noop("Retain"),
    gettext_noop("Succession plan of the instansi and national"), gettext_noop("Award (penghargaan)"),
    gettext_noop("Succession plan of the instansi"), gettext_noop("Rotation or job enlargement"),
    gettext_noop("Performance guidance"), gettext_noop("Rotation or job enrichment"),
    gettext_noop("Competency development"), gettext_noop("Study assignment (tugas belajar)"),
    gettext_noop("Suitable placement"), gettext_noop("Performance counselling"),
    gettext_noop("Rotation"),
    gettext_noop("Handled under the applicable rules (e.g. PP 30/2019 performance sanctions)"),
    # rules.career.missing_for
    gettext_noop("leadership training PKP"), gettext_noop("leadership training PKA"),
    gettext_noop("leadership training PKN"), gettext_noop("rank (golongan)"),
    gettext_noop("talent box (no placement)"), gettext_noop("talent box 7, 8 or 9"),
)
