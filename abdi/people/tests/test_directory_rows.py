"""The directory's rows are built in Python for speed: every value must still be escaped."""

from django_scopes import scopes_disabled

from abdi.people.models import Employee


def test_hostile_values_are_escaped_in_directory_rows(login, client, world):
    with scopes_disabled():
        Employee.objects.filter(pk=world.peer.pk).update(
            name='<script>alert(1)</script>', front_title='"><img src=x>', back_title="S.T.&")
    login(world.users.hr_admin)
    body = client.get("/pegawai/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert '"><img src=x>' not in body
    assert "S.T.&amp;" in body
    assert f'href="/pegawai/{world.peer.pk}/"' in body
