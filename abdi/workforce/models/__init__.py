from .abk import Abk, AbkEquipment, AbkLine, AbkTask, WorkforceSetting
from .proposal import FormationLine, FormationProposal

__all__ = ["Abk", "AbkEquipment", "AbkLine", "AbkTask", "FormationLine", "FormationProposal",
           "WorkforceSetting"]
