"""The life of one membership: the member answers, the member's atasan answers, both agree.

A membership is active only when the invited employee accepted AND the atasan agreed
(issue 8 item 1: the atasan agrees to lend his staff to the team).
"""

from enum import StrEnum


class MemberStatus(StrEnum):
    PENDING = "pending"          # waiting for the member and/or the atasan
    ACTIVE = "active"            # both agreed
    DECLINED = "declined"        # the member said no
    REFUSED = "refused"          # the atasan said no
    REAPPROVAL = "reapproval"    # moved to another perangkat daerah: the new atasan must agree
    ENDED = "ended"              # left the team or the government


class Answer(StrEnum):
    PENDING = "pending"
    YES = "yes"
    NO = "no"


# A new invitation is refused while one of these stands (inviting twice).
LIVE = frozenset({MemberStatus.PENDING, MemberStatus.ACTIVE, MemberStatus.REAPPROVAL})
# Still part of the team's list of people (shown on the team page).
LISTED = LIVE | {MemberStatus.ENDED}


def status_after(member: Answer | str, atasan: Answer | str, *, moved: bool = False) -> MemberStatus:
    """The membership status that follows from both answers."""
    member, atasan = Answer(member), Answer(atasan)
    if member == Answer.NO:
        return MemberStatus.DECLINED
    if atasan == Answer.NO:
        return MemberStatus.REFUSED
    if member == Answer.YES and atasan == Answer.YES:
        return MemberStatus.ACTIVE
    return MemberStatus.REAPPROVAL if moved else MemberStatus.PENDING
