"""The rows of the team list and of a team page's member table, rendered in Python.

A team page lists every member (25 in the benchmark, more in a large programme) and the list 20
teams a page; one template pass per row cost about half of a page's time. Every value is escaped
here and the labels are translated once per page, as the atasan's validation queue does.
"""

from html import escape

from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from abdi.web.csrf import request_token

from ..models import ANSWER_LABELS, STATUS_LABELS, Membership, Team
from ..rules.membership import LIVE, MemberStatus

ROW = ('<tr data-testid="member-row"><td>{name}</td><td>{agency}</td><td>{role}</td>'
       '<td data-testid="member-status">{status}{answers}</td>'
       '<td data-testid="member-weight">{weight}%</td>{action}</tr>')
END_FORM = ('<td><details><summary class="link" data-testid="end-member">{l_summary}</summary>'
            '<form method="post" action="{url}" class="stack">{csrf}'
            '<input type="hidden" name="version" value="{version}">'
            '<div class="field"><label for="end-{pk}">{l_reason}</label>'
            '<input id="end-{pk}" name="reason" maxlength="500" required></div>'
            '<button class="btn danger" data-testid="end-confirm">{l_button}</button></form>'
            '</details></td>')


class EndForms:
    """The lead's "end / withdraw" form of each live member: CSRF, URL and labels made once."""

    def __init__(self, request, team):
        self.team = team
        self.csrf = (f'<input type="hidden" name="csrfmiddlewaretoken" '
                     f'value="{escape(request_token(request))}">')
        self.url = reverse("teams:end_membership", args=[team.pk, 0]).replace("/0/", "/{}/")
        self.labels = {
            "withdraw": escape(_("Withdraw the invitation…")), "end": escape(_("End membership…")),
            "reason": escape(_("Reason")), "button_withdraw": escape(_("Withdraw")),
            "button_end": escape(_("End the membership"))}

    def cell(self, m) -> str:
        if m.status not in LIVE or m.employee_id == self.team.lead_id:
            return "<td></td>"
        withdraw = m.joined_at is None
        return END_FORM.format(
            url=self.url.format(m.pk), csrf=self.csrf, version=int(m.version), pk=m.pk,
            l_summary=self.labels["withdraw" if withdraw else "end"], l_reason=self.labels["reason"],
            l_button=self.labels["button_withdraw" if withdraw else "button_end"])
ANSWERS = ('<br><small class="muted">{l_member}: {member} \u00b7 {l_atasan}: {atasan}</small>')


def member_rows(members, *, end_forms: EndForms | None = None) -> str:
    """The <tr> rows of the members (from queries.memberships_for_page, LISTED ones); with
    end_forms (the lead) a last cell to end a membership or withdraw an invitation."""
    roles = {value: escape(str(label)) for value, label in Membership.Role.choices}
    statuses = {value.value: escape(str(label)) for value, label in STATUS_LABELS.items()}
    answers = {value.value: escape(str(label)) for value, label in ANSWER_LABELS.items()}
    l_member, l_atasan = escape(_("member")), escape(_("atasan"))
    html = []
    for m in members:
        pending = m.status == MemberStatus.PENDING
        html.append(ROW.format(
            name=escape(m.employee.name), agency=escape(m.agency.name),
            role=roles.get(m.role, escape(m.role)), status=statuses.get(m.status, escape(m.status)),
            answers=ANSWERS.format(l_member=l_member, l_atasan=l_atasan,
                                   member=answers.get(m.member_answer, ""),
                                   atasan=answers.get(m.atasan_answer, "")) if pending else "",
            weight=escape(floatformat(m.weight, "-2")),
            action=end_forms.cell(m) if end_forms else ""))
    return mark_safe("".join(html))  # noqa: S308 - every value escaped above


def member_options(members, *, leave_out=None) -> str:
    """<option>s of the given members by name (the feedback and new-lead pickers)."""
    return mark_safe("".join(  # noqa: S308 - every value escaped
        f'<option value="{m.pk}">{escape(m.employee.name)}</option>'
        for m in members if m.employee_id != leave_out))


TEAM_ROW = ('<tr data-testid="team-row"><td><a href="{url}">{name}</a></td><td>{agency}</td>'
            '<td>{lead}</td><td>{count}</td><td class="nowrap">{starts} \u2013 {ends}</td>'
            '<td>{status}</td></tr>')


def team_rows(teams) -> str:
    """The <tr> rows of a page of the team list (lead, agency and active_count loaded)."""
    url = reverse("teams:detail", args=[0]).replace("/0/", "/{}/")  # one reverse per page
    statuses = {value: escape(str(label)) for value, label in Team.Status.choices}
    no_lead = f'<span class="badge badge-bad">{escape(_("no lead"))}</span>'
    return mark_safe("".join(TEAM_ROW.format(  # noqa: S308 - every value escaped
        url=url.format(t.pk), name=escape(t.name), agency=escape(t.coordinating_agency.name),
        lead=escape(t.lead.name) if t.lead else no_lead, count=int(t.active_count),
        starts=date_format(t.starts_on, "d-m-Y"), ends=date_format(t.ends_on, "d-m-Y"),
        status=statuses.get(t.status, escape(t.status))) for t in teams))


def option_list(pairs, selected=None) -> str:
    """<option>s for (value, label) pairs with the selected value marked."""
    return mark_safe("".join(  # noqa: S308 - every value escaped
        f'<option value="{escape(str(value))}"{" selected" if value == selected else ""}>'
        f"{escape(str(label))}</option>" for value, label in pairs))
