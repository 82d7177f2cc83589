"""Every text the pure talent rules hand to a page is marked for translation (abdi.talent.labels)."""

from abdi.talent.labels import RULE_TEXTS
from abdi.talent.rules.career import LEADERSHIP_REQUIRED, missing_for
from abdi.talent.rules.ninebox import BOX_ACTIONS


def test_every_box_action_is_marked():
    actions = {text for texts in BOX_ACTIONS.values() for text in texts}
    assert actions <= set(RULE_TEXTS)


def test_every_missing_item_is_marked():
    seen = set()
    for kind in (*LEADERSHIP_REQUIRED, "PELAKSANA"):
        for box in (None, 1, 9):
            seen.update(missing_for(kind, held_trainings=(), box=box, grade_ordinal=1,
                                    min_grade_ordinal=5))
    assert seen <= set(RULE_TEXTS)
    assert {"leadership training PKP", "rank (golongan)", "talent box (no placement)"} <= seen
