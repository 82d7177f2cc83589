"""Findings of the performance rules as a code plus an English sentence, translated by code.

The Django layer shows ``gettext(MESSAGES[p.code]) % p.params``; ``message`` is the same
sentence already filled in, for logs, imports and tests (the pattern of abdi.people.rules).
"""

from dataclasses import dataclass, field


def gettext_noop(message: str) -> str:
    """Marks a template for makemessages (xgettext knows this keyword) without importing Django."""
    return message


MESSAGES: dict[str, str] = {
    # SKP structure (performance.md §2.3)
    "result_needs_parent": gettext_noop(
        "Main result %(row)s must support exactly one result of the pejabat penilai's SKP (intervensi)."
    ),
    "result_needs_indicator": gettext_noop("Result %(row)s needs at least one indicator (IKI)."),
    "result_needs_perspective": gettext_noop(
        "Result %(row)s of a JPT SKP needs a perspektif: Penerima Layanan, Proses Bisnis, "
        "Penguatan Internal or Anggaran."
    ),
    "indicator_needs_aspect": gettext_noop(
        "Indicator %(indicator)s of result %(row)s needs one aspek: Kuantitas, Kualitas, Waktu or Biaya."
    ),
    "indicator_needs_target": gettext_noop("Indicator %(indicator)s of result %(row)s needs a target."),
    # Umpan balik berkelanjutan before a period closes (performance.md §8)
    "feedback_missing": gettext_noop(
        "%(target)s has %(count)s feedback entries this period; at least %(minimum)s are needed "
        "before the period can be closed."
    ),
    # Distribution curve (performance.md §7)
    "org_predikat_missing": gettext_noop(
        "The organisation's predikat for this period has not been fixed yet, so the distribution "
        "curve is unknown."
    ),
    "distribution_too_many": gettext_noop(
        "%(predikat)s is given to %(count)s of %(total)s employees; with organisation predikat "
        "%(org_predikat)s at most %(limit)s are allowed (%(excess)s too many)."
    ),
    "distribution_too_few": gettext_noop(
        "%(predikat)s is given to %(count)s of %(total)s employees; with organisation predikat "
        "%(org_predikat)s at least %(limit)s are required (%(shortfall)s missing)."
    ),
}


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    params: dict[str, str] = field(default_factory=dict, hash=False, repr=False)


def problem(code: str, /, **params: object) -> Problem:
    """A Problem for ``code`` with its template filled in (params become strings)."""
    values = {name: str(value) for name, value in params.items()}
    return Problem(code, MESSAGES[code] % values, values)
