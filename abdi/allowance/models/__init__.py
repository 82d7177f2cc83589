"""The allowance domain's stored data: rules (rules.py), the working calendar (calendar.py),
attendance (attendance.py), phone check-in and corrections (checkin.py), the monthly TPP run
(payroll.py)."""

from .attendance import AttendanceDay, AttendanceImport, AttendancePunch, LeaveRecord
from .calendar import RamadanPeriod, SchemeUnit, WorkHoursVersion
from .checkin import AttendanceCorrection, OfficeLocation
from .payroll import TppBudget, TppObjection, TppRun, TppSlip
from .rules import TppBaseAmount, TppRuleSet

__all__ = [
           "AttendanceCorrection",
           "AttendanceDay",
           "AttendanceImport",
           "AttendancePunch",
           "LeaveRecord",
           "OfficeLocation",
           "RamadanPeriod",
           "SchemeUnit",
           "TppBaseAmount",
           "TppBudget",
           "TppObjection",
           "TppRuleSet",
           "TppRun",
           "TppSlip",
           "WorkHoursVersion",
]
