"""Permission matrix of the back office: who may read, manage and see registrants of a forum.

Personas: the agency admin of the organising agency (own) and of another agency's forum,
BKPSDM, a leader, a plain employee, a user of another government, anonymous. Every refused
write leaves the data as it was.
"""

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.public_forums.models import Commitment, Forum, Registration

from .conftest import REGISTRANT_NAME, REGISTRANT_PHONE

pytestmark = pytest.mark.django_db

READ, MANAGE, REGISTRANTS = "read", "manage", "registrants"
# persona -> which forum -> what they may do (anything else: refused)
MATRIX = [
    ("agency_admin", "upcoming", {READ, MANAGE, REGISTRANTS}),
    ("agency_admin", "other_agency_forum", set()),
    ("hr_admin", "upcoming", {READ, MANAGE, REGISTRANTS}),
    ("hr_admin", "other_agency_forum", {READ, MANAGE, REGISTRANTS}),
    ("leader", "upcoming", {READ}),
    ("own", "upcoming", set()),
    ("agency_head", "upcoming", set()),
    ("other_gov", "upcoming", set()),
]


def _snapshot():
    with scopes_disabled():
        return (list(Forum.objects.order_by("pk").values()),
                list(Registration.objects.order_by("pk").values()),
                list(Commitment.objects.order_by("pk").values()))


@pytest.mark.parametrize(("persona", "which", "allowed"), MATRIX)
def test_back_office_matrix(world, forums, login, client, persona, which, allowed):
    forum = getattr(forums, which)
    login(getattr(world.users, persona))
    detail = client.get(reverse("public_forums:forum", args=[forum.pk]))
    assert (detail.status_code == 200) is (READ in allowed)
    if READ not in allowed:
        assert detail.status_code == 404  # never tell which forums exist
    edit = client.get(reverse("public_forums:forum_edit", args=[forum.pk]))
    assert (edit.status_code == 200) is (MANAGE in allowed)
    for name in ("public_forums:registrants", "public_forums:registrants_csv"):
        response = client.get(reverse(name, args=[forum.pk]))
        assert (response.status_code == 200) is (REGISTRANTS in allowed)
        assert (REGISTRANT_NAME in response.content.decode()) is (
            REGISTRANTS in allowed and which == "upcoming")
    # The forum page itself never shows registrants' personal data, whoever reads it.
    assert REGISTRANT_PHONE not in detail.content.decode()
    assert REGISTRANT_NAME not in detail.content.decode()

    before = _snapshot()
    if MANAGE not in allowed:
        posts = [
            ("public_forums:forum_edit", forum.pk, {"title": "Diubah", "version": forum.version}),
            ("public_forums:forum_publish", forum.pk, {"version": forum.version}),
            ("public_forums:forum_cancel", forum.pk, {"version": forum.version, "reason": "x"}),
            ("public_forums:minutes", forum.pk, {"version": forum.version, "minutes": "x"}),
            ("public_forums:commitment_add", forum.pk, {"promise": "x"}),
        ]
        if which == "upcoming":  # the registrant and the commitment belong to Dinas Pendidikan
            posts += [
                ("public_forums:attendance", forums.registrant.pk, {"attended": "on"}),
                ("public_forums:progress_add", forums.commitment.pk,
                 {"status": "done", "note": "x", "date": "2026-01-01"}),
            ]
        for name, pk, data in posts:
            response = client.post(reverse(name, args=[pk]), data)
            assert response.status_code in (403, 404), (name, response.status_code)
        assert _snapshot() == before


@pytest.mark.parametrize("persona", ["agency_admin", "hr_admin", "leader"])
def test_back_office_index_lists_what_each_may_see(world, forums, login, client, persona):
    login(getattr(world.users, persona))
    body = client.get(reverse("public_forums:index")).content.decode()
    assert "FKP Penerimaan Siswa Baru" in body
    assert ("FKP Puskesmas" in body) is (persona != "agency_admin")


@pytest.mark.parametrize("persona", ["own", "agency_head", "other_unit"])
def test_employees_have_no_back_office(world, forums, login, client, persona):
    login(getattr(world.users, persona))
    assert client.get(reverse("public_forums:index")).status_code == 403
    assert client.get(reverse("public_forums:forum_create")).status_code == 403


def test_leader_cannot_create(world, login, client):
    login(world.users.leader)
    assert client.get(reverse("public_forums:forum_create")).status_code == 403


def test_anonymous_is_sent_to_login_from_the_back_office(world, forums, client):
    for url in (reverse("public_forums:index"),
                reverse("public_forums:forum", args=[forums.upcoming.pk]),
                reverse("public_forums:registrants_csv", args=[forums.upcoming.pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_operator_gets_404(world, forums, login, client):
    login(world.users.operator)
    assert client.get(reverse("public_forums:index")).status_code == 404
