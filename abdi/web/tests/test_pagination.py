"""{% pagination_links %}: links keep the other parameters, escape them, and follow the page."""

from django.core.paginator import Paginator
from django.template import Context, Template
from django.utils import translation

from abdi.web.paging import OpenPage, OpenPaginator

TAG = Template("{% load paging_links %}{% pagination_links %}")


def links(rf, page, query="", target=None):
    request = rf.get(f"/daftar/?{query}")
    with translation.override("en"):
        return TAG.render(Context({"page_obj": page, "request": request, "target": target}))


def test_a_middle_page_links_every_way_and_keeps_the_filters(rf):
    page = Paginator(range(100), 10).page(3)
    html = links(rf, page, "q=siti&status=aktif&page=3")
    assert 'href="?q=siti&amp;status=aktif&amp;page=1" rel="first"' in html
    assert 'href="?q=siti&amp;status=aktif&amp;page=2" rel="prev"' in html
    assert 'href="?q=siti&amp;status=aktif&amp;page=4" rel="next"' in html
    assert 'href="?q=siti&amp;status=aktif&amp;page=10" rel="last"' in html
    assert "Page 3 of 10" in html
    assert "hx-get" not in html


def test_hostile_parameters_are_escaped(rf):
    html = links(rf, Paginator(range(30), 10).page(1), 'q="><script>x</script>')
    assert "<script>" not in html
    assert "%22%3E%3Cscript%3E" in html


def test_with_a_target_htmx_fetches_each_page_into_it(rf):
    html = links(rf, Paginator(range(30), 10).page(2), target="#results")
    assert 'hx-target="#results"' in html
    assert 'hx-get="?page=1"' in html
    assert 'hx-get="?page=3"' in html


def test_an_uncounted_result_has_no_last_page_and_no_total(rf):
    page = OpenPage(list(range(10)), 2, True, OpenPaginator(10, 1000))
    html = links(rf, page)
    assert 'rel="next"' in html
    assert 'rel="last"' not in html
    assert "Page 2<" in html
    assert " of " not in html


def test_a_single_page_shows_no_links(rf):
    assert links(rf, Paginator(range(5), 10).page(1)) == ""


def test_indonesian_labels(rf):
    request = rf.get("/daftar/")
    with translation.override("id"):
        html = TAG.render(Context({"page_obj": Paginator(range(30), 10).page(2),
                                   "request": request}))
    assert "Halaman 2 dari 3" in html
