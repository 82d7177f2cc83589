"""A request that only searches skips building the filter form: its filters must be exactly
the form's, and every request the form is needed for must still get it."""

import pytest
from django.http import QueryDict

from abdi.accounts.actor import Actor
from abdi.people.forms import DirectoryFilterForm

MANY = [(1, "Dinas Pendidikan"), (2, "Dinas Kesehatan")]


@pytest.mark.parametrize("query", [
    "q=siti", "q=++siti+aminah++", "q=siti&page=3&size=20&round=2", "", "q=", "q=+++",
    "q=" + "a" * 101, "q=si%00ti", "page=2", "q=siti&agency=", "q=1990&status=",
])
def test_a_search_only_request_gets_the_forms_own_filters(world, query):
    data = QueryDict(query)
    quick = DirectoryFilterForm.search_only_filters(data, MANY)
    form = DirectoryFilterForm(data, actor=Actor.for_user(world.users.hr_admin), agencies=MANY)
    assert quick == form.filters()


@pytest.mark.parametrize("query", [
    "q=siti&agency=1", "agency=x", "unit=5", "grade=III/a", "job_kind=PELAKSANA",
    "status=aktif", "kind=PNS",
])
def test_a_chosen_filter_needs_the_form(query):
    assert DirectoryFilterForm.search_only_filters(QueryDict(query), MANY) is None


def test_a_viewer_with_one_agency_needs_the_form_for_its_units():
    only = [(1, "Dinas Pendidikan")]
    assert DirectoryFilterForm.search_only_filters(QueryDict("q=siti"), only) is None


def test_an_agency_admin_searching_as_typed_still_gets_the_unit_filter(world, login):
    """The agency admin sees one agency: the fragment swaps in its unit filter."""
    response = login(world.users.agency_admin).get("/pegawai/", {"q": "pegawai"},
                                                    HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert 'id="unit-filter"' in body
    assert 'name="unit"' in body
    assert world.unit.name in body
