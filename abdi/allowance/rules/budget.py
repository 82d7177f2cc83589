"""A perangkat daerah's TPP month against its budget for the year (issue "TPP": before locking,
the admin reviews the month against the budget ceiling, pagu APBD, per agency).

No regulation fixes how a month is judged against the year; the common check is that what is
paid so far plus this month stays within the year's pagu, and what is left spread over the
months still to pay.
"""

from dataclasses import dataclass

MONTHS = 12


@dataclass(frozen=True)
class BudgetPosition:
    annual: int
    spent_before: int  # locked months of the year before this one
    this_month: int
    remaining: int  # after this month; negative when over
    per_month_left: int | None  # what is left per month still to pay after this one (None in December)

    @property
    def over(self) -> bool:
        return self.remaining < 0

    @property
    def used_percent(self) -> int:
        return round((self.spent_before + self.this_month) * 100 / self.annual) if self.annual else 0


def position(annual: int, spent_before: int, this_month: int, month: int) -> BudgetPosition:
    if annual < 0 or spent_before < 0 or this_month < 0 or not 1 <= month <= MONTHS:
        raise ValueError("Budget figures are whole Rupiah, the month 1 to 12.")
    remaining = annual - spent_before - this_month
    months_left = MONTHS - month
    return BudgetPosition(annual, spent_before, this_month, remaining,
                          remaining // months_left if months_left else None)
