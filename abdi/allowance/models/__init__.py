"""The allowance domain's stored data: rules and calendar (rules.py), attendance (attendance.py),
the monthly TPP run (payroll.py)."""

from .attendance import AttendanceDay, AttendanceImport, AttendancePunch, LeaveRecord
from .payroll import TppObjection, TppRun, TppSlip
from .rules import TppBaseAmount, TppRuleSet

__all__ = [
           "AttendanceDay",
           "AttendanceImport",
           "AttendancePunch",
           "LeaveRecord",
           "TppBaseAmount",
           "TppObjection",
           "TppRuleSet",
           "TppRun",
           "TppSlip",
]
