"""Who sees the citizens'-voice dashboard, and how much of it: the one place this is decided."""

from dataclasses import dataclass

from abdi.accounts.actor import Actor


@dataclass(frozen=True)
class Sight:
    """What a viewer sees: the whole government, or only the agencies they administer."""

    whole_government: bool
    agency_ids: frozenset

    def allows_agency(self, agency_id: int) -> bool:
        return self.whole_government or agency_id in self.agency_ids


def dashboard_sight(actor: Actor) -> Sight | None:
    """Leaders and BKPSDM see every agency; an agency's admin sees their agency; nobody else."""
    if not actor.instansi_id:
        return None
    if actor.sees_whole_government:
        return Sight(True, frozenset())
    if actor.is_agency_admin and actor.agency_ids:
        return Sight(False, frozenset(actor.agency_ids))
    return None
