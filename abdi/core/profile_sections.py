"""Sections other domains add to an employee's profile page.

The profile belongs to `people`, which must not import the domains built on it (rewards,
discipline, welfare, ...). Each of them registers a renderer here in its AppConfig.ready();
the profile calls them in order of registration. A renderer decides itself whether the viewer
may see its section and returns "" when not, so the permission stays in that domain's policy.
"""

from collections.abc import Callable

from django.utils.safestring import SafeString

# (request, actor, employee) -> rendered HTML of one <section>, or "" when there is nothing to show
SectionRenderer = Callable[[object, object, object], str]

_renderers: list[tuple[str, SectionRenderer]] = []


def register(key: str, renderer: SectionRenderer) -> None:
    """Add (or replace, on a second ready()) the renderer called ``key``."""
    global _renderers
    _renderers = [(k, r) for k, r in _renderers if k != key] + [(key, renderer)]


def render_all(request, actor, employee) -> list[SafeString]:
    sections = (renderer(request, actor, employee) for _key, renderer in _renderers)
    return [SafeString(html) for html in sections if html]
