from decimal import Decimal

import pytest

from abdi.accounts.actor import Actor

from .factories import placement


def actor_of(user):
    return Actor.for_user(user)


@pytest.fixture
def no_competency(monkeypatch):
    """The competency app's scores replaced by a fixed mapping the test fills."""
    scores: dict[int, float] = {}
    import abdi.competency.queries as competency_queries

    monkeypatch.setattr(competency_queries, "potential_scores",
                        lambda instansi_id, employee_ids=None: dict(scores))
    return scores


@pytest.fixture
def placed(world):
    """own in box 9, peer in box 5, other_unit (Dinkes) in box 8, all for 2025."""
    return {"own": placement(world.own, Decimal("85.00"), "SB"),
            "peer": placement(world.peer, Decimal("70.00"), "B"),
            "other_unit": placement(world.other_unit, Decimal("82.00"), "B")}
