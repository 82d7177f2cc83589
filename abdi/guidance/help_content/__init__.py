"""Help content of every screen, one module per URL namespace.

Each module ``<namespace>.py`` (``root.py`` for URL names without a namespace) holds two dicts:
``SCREENS`` (url name -> {"id": (title, text), "en": (title, text)}) and ``NOT_SCREENS``
(url name -> why it has no help: "action", "download", "fragment", "api"). The modules are
imported once per process (``functools.cache``) so the help link in every page costs no query.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache

ROOT_MODULE = "root"  # URL names without a namespace
EXCLUDED_NAMESPACES = frozenset({"api"})  # the ninja API is documented by its own schema
LANGUAGES = ("id", "en")
NOT_SCREEN_REASONS = frozenset({"action", "download", "fragment", "api", "redirect"})


@dataclass(frozen=True)
class HelpEntry:
    namespace: str
    url_name: str
    language: str  # language the text is written in
    title: str
    text: str
    is_fallback: bool  # True when the requested language was missing


@dataclass(frozen=True)
class NamespaceContent:
    namespace: str
    screens: dict
    not_screens: dict


def module_name(namespace: str | None) -> str:
    """File name (without .py) holding the help of ``namespace``; nested ``a:b`` -> ``a__b``."""
    if not namespace:
        return ROOT_MODULE
    return namespace.replace(":", "__")


def namespace_of_module(name: str) -> str:
    return "" if name == ROOT_MODULE else name.replace("__", ":")


@cache
def all_content() -> dict[str, NamespaceContent]:
    """Every content module of this package, keyed by namespace ("" = root). Loaded once."""
    found: dict[str, NamespaceContent] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        namespace = namespace_of_module(info.name)
        found[namespace] = NamespaceContent(
            namespace=namespace,
            screens=dict(getattr(module, "SCREENS", {}) or {}),
            not_screens=dict(getattr(module, "NOT_SCREENS", {}) or {}),
        )
    return found


def content_for(namespace: str | None) -> NamespaceContent | None:
    return all_content().get(namespace or "")


def has_help(namespace: str | None, url_name: str | None) -> bool:
    """Cheap check used by the help link of base.html (no database query)."""
    if not url_name or (namespace or "") in EXCLUDED_NAMESPACES:
        return False
    content = content_for(namespace)
    return bool(content and url_name in content.screens)


def _pair(raw) -> tuple[str, str] | None:
    if not raw or len(raw) != 2:
        return None
    title, text = raw
    if not (isinstance(title, str) and isinstance(text, str)) or not title.strip():
        return None
    return title, text


def entry(namespace: str | None, url_name: str, language: str) -> HelpEntry | None:
    """The help of one screen in ``language``; falls back to the other language (flagged)."""
    content = content_for(namespace)
    if content is None or url_name not in content.screens:
        return None
    languages = content.screens[url_name] or {}
    wanted = language if language in LANGUAGES else LANGUAGES[0]
    order = [wanted] + [code for code in LANGUAGES if code != wanted]
    for code in order:
        pair = _pair(languages.get(code))
        if pair:
            return HelpEntry(
                namespace=content.namespace,
                url_name=url_name,
                language=code,
                title=pair[0],
                text=pair[1],
                is_fallback=code != wanted,
            )
    return None


def title_of(namespace: str | None, url_name: str, language: str) -> str:
    found = entry(namespace, url_name, language)
    return found.title if found else url_name


def reset_cache() -> None:
    """For tests that add a content module at run time."""
    all_content.cache_clear()
