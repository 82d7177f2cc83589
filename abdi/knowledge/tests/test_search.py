"""Search ranks by relevance on both databases: full-text on PostgreSQL (run the suite with a
PostgreSQL DATABASE_URL), icontains with a score on SQLite. The same assertions hold on both."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from abdi.knowledge import queries
from abdi.knowledge.tests.factories import make_solution
from abdi.tenancy.scoping import within

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(world):
    with within(world.gov):
        in_title = make_solution(world.own, title="Antrean online di puskesmas",
                                 tags=("antrean", "kesehatan"))
        in_body = make_solution(
            world.other_unit, title="Pelayanan KTP di kecamatan", tags=("adminduk",),
            problem="Warga lansia sulit datang ke kantor kecamatan untuk rekam KTP.",
            solution="Petugas jemput bola ke rumah warga; antrean di kantor berkurang.",
            published_at=timezone.now() - datetime.timedelta(days=400))
        unrelated = make_solution(world.own, title="SOP bersama Dinsos dan Dinkes",
                                  tags=("sop",), problem="Rujukan warga miskin sering ditolak.",
                                  solution="Satu SOP rujukan yang ditandatangani dua kepala dinas.",
                                  results="")
        draft = make_solution(world.own, title="Antrean draf rahasia", status="draft")
        yield {"title": in_title, "body": in_body, "other": unrelated, "draft": draft}


def _titles(found):
    return [s.title for s in found]


def test_a_title_match_ranks_above_a_body_match(library):
    found = list(queries.search("antrean"))
    assert _titles(found) == ["Antrean online di puskesmas", "Pelayanan KTP di kecamatan"]
    assert found[0].rank > found[1].rank  # both paths annotate a rank


def test_every_word_must_match(library):
    assert _titles(queries.search("antrean jemput")) == ["Pelayanan KTP di kecamatan"]
    assert _titles(queries.search("antrean tidakadakatanya")) == []


def test_words_are_found_in_tags_and_case_does_not_matter(library):
    assert _titles(queries.search("ADMINDUK")) == ["Pelayanan KTP di kecamatan"]


def test_filters_by_tag_agency_and_year(library, world):
    assert _titles(queries.search(tag="sop")) == ["SOP bersama Dinsos dan Dinkes"]
    assert set(_titles(queries.search(agency_id=world.other_agency.pk))) == {
        "Pelayanan KTP di kecamatan"}
    this_year = timezone.now().year
    assert "Pelayanan KTP di kecamatan" not in _titles(queries.search(year=this_year))
    assert _titles(queries.search("antrean", tag="kesehatan")) == ["Antrean online di puskesmas"]


def test_drafts_are_never_found(library):
    assert "Antrean draf rahasia" not in _titles(queries.search("antrean"))
    assert "Antrean draf rahasia" not in _titles(queries.search(""))


@pytest.mark.parametrize("hostile", [
    "'; DROP TABLE knowledge_solution; --", "!!!???***&&&|||", "a" * 100_000,
    "antrean & | ! ( ) :*", "\x00antrean", "<script>alert(1)</script>", "%_%_%",
])
def test_hostile_queries_answer_normally(library, hostile):
    found = list(queries.search(hostile))
    assert all(s.status == "published" for s in found)


def test_the_search_path_matches_the_database(library):
    sql = str(queries.search("antrean").query)
    if connection.vendor == "postgresql":
        assert "to_tsvector" in sql
        assert "ts_rank" in sql
    else:
        assert "LIKE" in sql.upper()


def test_other_governments_solutions_are_not_found(library, world):
    with within(world.other_gov):
        assert _titles(queries.search("antrean")) == []
