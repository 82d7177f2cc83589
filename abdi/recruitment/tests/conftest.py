"""Recruitment fixtures: a published, open CPNS selection of the first government with one
opening, and an applicant (confirmed, profile complete, every document) who applied to it."""

from types import SimpleNamespace

import pytest
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor

from .factories import ApplicantFactory, ApplicationFactory, OpeningFactory, SelectionFactory, all_documents


def actor(user):
    return Actor.for_user(user)


@pytest.fixture
def rec(world):
    with scopes_disabled():
        selection = SelectionFactory(instansi=world.gov, name="Seleksi CPNS Kota A 2026")
        opening = OpeningFactory(selection=selection, position=world.peer.position,
                                 title="Pranata Komputer Ahli Pertama")
        applicant = ApplicantFactory(instansi=world.gov, name="Siti Pelamar")
        all_documents(applicant)
        application = ApplicationFactory(opening=opening, applicant=applicant)
        other = ApplicantFactory(instansi=world.gov, name="Budi Pelamar Lain")
        all_documents(other)
        other_application = ApplicationFactory(opening=opening, applicant=other)
    return SimpleNamespace(selection=selection, opening=opening, applicant=applicant,
                           application=application, other=other,
                           other_application=other_application)


@pytest.fixture
def as_applicant(client):
    """Log a browser-less client in as an applicant (the applicant session key)."""
    def _as(applicant):
        session = client.session
        session["recruitment_applicant"] = [applicant.instansi_id, applicant.pk]
        session.save()
        return client
    return _as
