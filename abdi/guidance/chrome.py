"""What base.html shows of guidance on every page: the help link, the unread-announcement
banner, the first-login tour and the feedback button. Cheap by design: the help link reads
the content loaded once per process; the banner and the tour's seen-state are cached per user
(zero queries on a hit), invalidated by a per-government generation and by the user's own acts.
"""

from django.conf import settings
from django.core.cache import cache

from abdi.accounts.actor import Actor
from abdi.core import request_cache
from abdi.core.generations import Generation

from . import help_content, queries
from .screens import namespace_param
from .tour import TOUR_VERSION, roles_of

BANNER_SECONDS = 120  # bounds how late a scheduled announcement appears or an ended one goes
TOUR_SECONDS = 24 * 3600
NO_TOUR_NAMESPACES = {"accounts", "tenancy"}  # login, password and platform pages


def announcements_generation(instansi_id: int) -> Generation:
    return Generation(f"guidance:announcements:{instansi_id}")


def _banner_key(actor) -> str:
    return _banner_key_of(actor.user.pk, actor.instansi_id)


def _banner_key_of(user_id, instansi_id) -> str:
    generation = announcements_generation(instansi_id).current()
    return f"guidance:banner:{instansi_id}:{generation}:{user_id}"


def start_keys(user_id, instansi_id) -> list[str]:
    """What every page of a member reads here, fetched with the principal (core.request_cache)."""
    if not instansi_id:
        return []
    return [_banner_key_of(user_id, instansi_id), _tour_key(user_id)]


def forget_banner(actor) -> None:
    cache.delete(_banner_key(actor))


def _tour_key(user_id: int) -> str:
    # "v2": the value's shape (seen version, roles); a release that changes it changes the key.
    return f"guidance:tour:v2:{user_id}"


def remember_tour(user_id: int, seen_version: int, actor=None) -> tuple:
    """Cache (seen version, roles of the steps); the roles only matter while the tour is due."""
    roles = tuple(sorted(roles_of(actor))) if actor is not None and seen_version != TOUR_VERSION \
        else ()
    value = (seen_version, roles)
    cache.set(_tour_key(user_id), value, TOUR_SECONDS)
    return value


def _member(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not getattr(user, "instansi_id", None):
        return None
    return Actor.from_request(request)


def current_screen(request) -> tuple[str, str] | None:
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name:
        return None
    return match.namespace or "", match.url_name


def help_url_parts(request) -> tuple[str, str] | None:
    """(namespace segment, url name) of the current screen's help, or None (then: the index)."""
    screen = current_screen(request)
    if screen is None or not help_content.has_help(*screen):
        return None
    return namespace_param(screen[0]), screen[1]


def screen_key(request) -> str:
    screen = current_screen(request)
    if screen is None:
        return ""
    return f"{screen[0]}:{screen[1]}" if screen[0] else screen[1]


def _kept(request, actor) -> dict:
    """The user's banner and tour state from the cache, both in one round trip per request."""
    found = getattr(request, "_guidance_kept", None)
    if found is None:
        found = request_cache.get_many([_banner_key(actor), _tour_key(actor.user.pk)])
        request._guidance_kept = found
    return found


def banner(request) -> list:
    actor = _member(request)
    if actor is None:
        return []
    cached = getattr(request, "_guidance_banner", None)
    if cached is not None:
        return cached
    key = _banner_key(actor)
    rows = _kept(request, actor).get(key)
    if rows is None:
        rows = queries.unread_banner(actor)
        cache.set(key, rows, BANNER_SECONDS)
    request._guidance_banner = rows
    return rows


def tour_due(request) -> bool:
    """True on the signed-in pages of a member who has not seen this tour version yet."""
    return _tour_state(request) is not None


def tour_roles(request) -> set[str]:
    return set(_tour_state(request) or ())


def _tour_state(request):
    """The roles whose steps to show while the tour is due, else None; cached per user so that
    a page costs no query, not even for the roles (is_supervisor asks the structure)."""
    if hasattr(request, "_guidance_tour"):
        return request._guidance_tour
    state = None
    actor = _member(request) if settings.ABDI_FIRST_LOGIN_TOUR else None
    screen = current_screen(request)
    if actor is not None and screen is not None and screen[0] not in NO_TOUR_NAMESPACES \
            and not getattr(request, "htmx", False):
        cached = _kept(request, actor).get(_tour_key(actor.user.pk))
        if not isinstance(cached, tuple):  # missing, or left by an older release
            cached = None
        if cached is None:
            seen = TOUR_VERSION if queries.tour_seen(actor, TOUR_VERSION) else 0
            cached = remember_tour(actor.user.pk, seen, actor)
        if cached[0] != TOUR_VERSION:
            state = tuple(cached[1])
    request._guidance_tour = state
    return state
