from .abk import Abk, AbkLine, AbkTask, WorkforceSetting
from .proposal import FormationLine, FormationProposal

__all__ = ["Abk", "AbkLine", "AbkTask", "FormationLine", "FormationProposal", "WorkforceSetting"]
