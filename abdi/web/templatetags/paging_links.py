"""{% pagination_links %}: the first/previous/next/last links of a list page, built in Python.

Every list page shows them; as a template with four {% querystring %} tags and two
blocktranslates they cost about a tenth of a directory search (profiled on 100,000 employees).
"""

from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

# The arrows the links have always shown (written as escapes: they look like < and >).
FIRST, PREVIOUS, NEXT, LAST = "\u00ab", "\u2039", "\u203a", "\u00bb"

register = template.Library()


def _query(request, number: int) -> str:
    params = request.GET.copy()
    params["page"] = number
    return escape(f"?{params.urlencode()}")


def _link(href: str, rel: str, label: str, htmx: bool) -> str:
    boosted = f' hx-get="{href}"' if htmx else ""
    return f'<a href="{href}"{boosted} rel="{rel}">{label}</a>'


@register.simple_tag(takes_context=True)
def pagination_links(context):
    """The links of `page_obj` (a Django page, or an OpenPage of an uncounted result); with
    `target`, htmx fetches each page into it."""
    page = context.get("page_obj")
    request = context.get("request")
    if page is None or request is None or not page.has_other_pages():
        return ""
    target = context.get("target") or ""
    capped = getattr(page.paginator, "capped", False)
    htmx = bool(target)
    parts = []
    if page.has_previous():
        parts.append(_link(_query(request, 1), "first", f"{FIRST} {escape(_('First'))}", htmx))
        parts.append(_link(_query(request, page.previous_page_number()), "prev",
                           f"{PREVIOUS} {escape(_('Previous'))}", htmx))
    if capped:
        current = _("Page %(n)s") % {"n": page.number}
    else:
        current = _("Page %(n)s of %(total)s") % {"n": page.number,
                                                  "total": page.paginator.num_pages}
    parts.append(f'<span aria-current="page">{escape(current)}</span>')
    if page.has_next():
        parts.append(_link(_query(request, page.next_page_number()), "next",
                           f"{escape(_('Next'))} {NEXT}", htmx))
        if not capped:
            parts.append(_link(_query(request, page.paginator.num_pages), "last",
                               f"{escape(_('Last'))} {LAST}", htmx))
    where = (f' hx-target="{escape(target)}" hx-swap="innerHTML show:{escape(target)}:top"'
             f' hx-push-url="true"') if htmx else ""
    return mark_safe(  # noqa: S308 - every piece escaped above
        f'<nav class="pagination" aria-label="{escape(_("Pages"))}"{where}>'
        f'{"".join(parts)}</nav>')
