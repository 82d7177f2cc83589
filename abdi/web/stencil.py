"""Templates rendered once per process and language, then filled per request.

Pieces every page carries (the help link, the feedback form, the assets) render the same
markup on every request but for a few values: the CSRF token, the page's path. Rendering their
templates cost a millisecond of every page (template nodes, {% url %}, {% static %}, gettext).
A stencil renders the template once with a marker where each per-request value goes and keeps
the result in this process; each use puts the values in, escaped. The markup stays in its
template, so a view that renders the same template normally still shows the same thing.

Kept per (template, language, key): a template's output may depend only on them and on the
values passed in. Translations, URLs and static files do not change while a process runs.
"""

from html import escape

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

_rendered: dict[tuple, list[str]] = {}


def marker(name: str) -> str:
    """What a template is given for the value `name` when rendered to be filled later."""
    # No character HTML escaping would change: the marker survives autoescape as written.
    return f"@@abdi-stencil-{name}@@"


def fill(template_name: str, context, values: dict, key=()) -> SafeString:
    """`template_name` rendered with `context` (the same for every use under `key`; a dict,
    or a function returning one, called only when the stencil is first made) and `values`
    (strings, escaped here) where the template shows them."""
    cache_key = (template_name, get_language(), key, tuple(values))
    pieces = _rendered.get(cache_key)
    if pieces is None:
        markers = {name: marker(name) for name in values}
        html = render_to_string(template_name,
                                {**(context() if callable(context) else context), **markers})
        pieces = _split(html, list(values))
        _rendered[cache_key] = pieces
    return _joined(pieces, values)


def put_in(html: str, values: dict) -> SafeString:
    """`values` (escaped here) in place of their markers in `html`, a rendering kept elsewhere
    (e.g. the shared cache) that was made with `marker(name)` for each value."""
    return _joined(_split(html, list(values)), values)


def _joined(pieces: list[str], values: dict) -> SafeString:
    out = [pieces[0]]
    for index, name in enumerate(values):
        out.append(escape(str(values[name])))
        out.append(pieces[index + 1])
    return mark_safe("".join(out))  # noqa: S308 - the template's output and escaped values


def _split(html: str, names: list[str]) -> list[str]:
    """The output cut at each marker, in the order of `names` (each must appear once)."""
    pieces, rest = [], html
    for name in names:
        before, found, rest = rest.partition(marker(name))
        if not found or marker(name) in rest:
            raise ValueError(f"{name!r} must appear exactly once, in order, in the stencil")
        pieces.append(before)
    pieces.append(rest)
    return pieces


def forget() -> None:
    """Drop every kept rendering (tests that change templates or translations)."""
    _rendered.clear()
