"""Every screen of the project (URL names from the resolver), grouped for the help index, and
which namespace/url name the current request is. Built once per process."""

from functools import cache

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.translation import gettext as _

from . import help_content


def _walk(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(p for p in (namespace, pattern.namespace) if p)
            yield from _walk(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace, pattern.name


@cache
def all_url_names() -> tuple[tuple[str, str], ...]:
    """(namespace, url name) of every named URL, the API excluded as a whole."""
    found = dict.fromkeys((ns, name) for ns, name in _walk(get_resolver().url_patterns)
                          if ns.split(":")[0] not in help_content.EXCLUDED_NAMESPACES)
    return tuple(found)


@cache
def screen_keys() -> frozenset[str]:
    """"namespace:name" of every screen that has help (articles may link these)."""
    keys = set()
    for ns, name in all_url_names():
        content = help_content.content_for(ns)
        if content and name in content.screens:
            keys.add(f"{ns}:{name}" if ns else name)
    return frozenset(keys)


def key_of(namespace: str | None, url_name: str) -> str:
    return f"{namespace}:{url_name}" if namespace else url_name


def grouped(language: str, search: str = "") -> list[dict]:
    """Help index: per namespace the screens with their titles, filtered by a search text."""
    needle = search.casefold().strip()
    groups: dict[str, list] = {}
    for ns, name in all_url_names():
        entry = help_content.entry(ns, name, language)
        if entry is None:
            continue
        if needle and needle not in entry.title.casefold() and needle not in entry.text.casefold():
            continue
        groups.setdefault(ns, []).append({"namespace": ns or "-", "url_name": name,
                                          "title": entry.title, "fallback": entry.is_fallback})
    return [{"namespace": ns, "label": _app_label(ns),
             "screens": sorted(items, key=lambda item: item["title"].casefold())}
            for ns, items in sorted(groups.items())]


def _app_label(namespace: str) -> str:
    """The app's own name for a namespace (most namespaces are app labels)."""
    if not namespace:
        return _("General")
    try:
        return str(apps.get_app_config(namespace.split(":")[0]).verbose_name)
    except LookupError:
        return namespace


def namespace_param(namespace: str) -> str:
    """URL segment of a namespace ("-" for names without one)."""
    return namespace or "-"


def namespace_from_param(value: str) -> str:
    return "" if value == "-" else value
