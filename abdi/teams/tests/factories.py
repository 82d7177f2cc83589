"""Teams for tests, made through the services (so every test starts from a real state)."""

import datetime

from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.teams.models import Membership, Team
from abdi.teams.services import membership as membership_services
from abdi.teams.services import teams as team_services
from abdi.teams.services import work


def actor_of(user):
    return Actor.for_user(user, ip="198.51.100.9")


def team_data(agency, lead_employee, **overrides):
    today = timezone.localdate()
    data = {"name": "Tim Kesehatan dan Kesejahteraan", "coordinating_agency": agency.pk,
            "lead": lead_employee.pk, "mandate": "Menurunkan angka stunting lintas perangkat daerah.",
            "sk_number": "800/12/2026", "starts_on": today - datetime.timedelta(days=10),
            "ends_on": today + datetime.timedelta(days=120)}
    data.update(overrides)
    return data


def make_team(creator_user, agency, lead_employee, **overrides) -> Team:
    return team_services.create_team(actor=actor_of(creator_user),
                                     data=team_data(agency, lead_employee, **overrides))


def membership_of(team, employee) -> Membership:
    return Membership.objects.get(team=team, employee=employee)


def accept(user, team, employee):
    row = membership_of(team, employee)
    if row.member_answer == "pending":
        row = membership_services.answer_invitation(actor=actor_of(user), membership=row,
                                                    accept=True)
    return row


def agree(atasan_user, team, employee):
    row = membership_of(team, employee)
    if row.atasan_answer == "pending":
        row = membership_services.atasan_decision(actor=actor_of(atasan_user), membership=row,
                                                  agree=True)
    return row


def invite(lead_user, team, employee):
    return membership_services.invite(actor=actor_of(lead_user), team=team, employee_id=employee.pk)


def add_result(lead_user, team, *, text="Layanan terpadu kesehatan dan sosial",
               indicator="Dokumen protokol layanan", target="10", unit="dokumen"):
    return work.add_result(actor=actor_of(lead_user), team=team, data={
        "text": text, "indicator": indicator, "target_value": target, "target_unit": unit})
